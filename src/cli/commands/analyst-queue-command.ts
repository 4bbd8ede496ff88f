/**
 * `r2p analyst-queue list|decide`: the items the machine never raises on its own (genocide codes, held
 * at L0), and an analyst's decision on each with a note. Every decision is audited with the one before.
 */
import { Argument, Command, Option } from "commander";
import { ANALYST_DECISIONS, ANALYST_DECISION_MEANINGS } from "../../domain/analyst-queue-vocabulary.js";
import { errors } from "../../domain/errors.js";
import { printJson, reportFailure, withRuntime } from "../context.js";

const decisionHelp = ANALYST_DECISIONS.map((d) => `  ${d.padEnd(14)} ${ANALYST_DECISION_MEANINGS[d]}`).join(
  "\n",
);

export function analystQueueCommand(): Command {
  const queue = new Command("analyst-queue").description(
    "Items waiting for an analyst (genocide codes stay at L0 until a person looks): list them, record a decision",
  );
  queue
    .command("list")
    .description("List analyst-queue items, open ones by default")
    .addOption(
      new Option("--status <status>", "which items").choices(["open", "done", "all"]).default("open"),
    )
    .option("--json", "print the items as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p analyst-queue list\n  r2p analyst-queue list --status done --json",
    )
    .action(async (flags: { status: "open" | "done" | "all"; json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const items = await runtime.store.assessments.analystQueue(
            flags.status === "all" ? undefined : flags.status,
          );
          if (flags.json) return printJson(items);
          for (const item of items) {
            process.stdout.write(
              `${item.id}  ${item.status}  ${item.code}  since ${item.createdAt.slice(0, 10)}\n`,
            );
            process.stdout.write(`    ${item.reason}\n`);
            if (item.decision)
              process.stdout.write(
                `    decided ${item.decision} by ${item.resolvedBy} on ${item.resolvedAt?.slice(0, 10)}: ${item.note}\n`,
              );
          }
          process.stdout.write(`${items.length} ${flags.status === "all" ? "" : `${flags.status} `}items\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  queue
    .command("decide")
    .description("Record an analyst's decision on a queue item, with a note saying why (audited)")
    .argument("<id>", "item id as listed, e.g. inc_4f16442b7d8426da:GEN-A")
    .addArgument(new Argument("<decision>", "the decision").choices(ANALYST_DECISIONS))
    .addOption(new Option("--note <text>", "why: the reasoning or source (required)"))
    .option("--by <name>", "who decides (default: $USER)")
    .option("--json", "print the item as JSON")
    .addHelpText(
      "after",
      `\nDecisions (none changes a qualification's level; the record stands beside it):\n${decisionHelp}\n\nExample:\n  r2p analyst-queue decide inc_4f16442b7d8426da:GEN-A not_supported --note "No protected group named; the threat is against opposition fighters"`,
    )
    .action(
      async (
        id: string,
        decision: string,
        flags: { note?: string; by?: string; json?: boolean },
        command: Command,
      ) => {
        try {
          if ((flags.note?.trim().length ?? 0) < 3) throw errors.decisionNoteRequired();
          const { AnalystDecision } = await import("../../domain/qualification.js");
          const parsed = AnalystDecision.parse({ decision, note: flags.note ?? "" });
          await withRuntime(command, async (runtime) => {
            const actor = `cli:${flags.by ?? process.env.USER ?? "analyst"}`;
            const item = await runtime.store.assessments.decideQueueItem(id, parsed, actor);
            if (flags.json) return printJson(item);
            process.stdout.write(`${item.id}: ${item.decision} by ${item.resolvedBy} (${item.note})\n`);
          });
        } catch (error) {
          reportFailure(error);
        }
      },
    );
  return queue;
}
