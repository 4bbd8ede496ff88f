/**
 * `r2p reports reparse [ids...] [--all]`: re-derive stored reports (clean text, title, metadata,
 * furniture) from their original bytes with the current ingest stage, then run the re-extractions.
 */
import { Command } from "commander";
import { errors } from "../../domain/errors.js";
import type { ReparseOutcome } from "../../services/reparse-service.js";
import { printJson, reportFailure, withRuntime } from "../context.js";

interface ReparseFlags {
  all?: boolean;
  extract: boolean;
  json?: boolean;
}

const EXAMPLE = "r2p reports reparse 4dd286647d95 9f1c03aa41be";

/** One line per report: "<id> unchanged", "<id> updated (title, text)" or "<id> failed: CODE: reason". */
export function describeReparse(outcome: ReparseOutcome): string {
  const id = outcome.id.slice(0, 12);
  if (outcome.status === "unchanged") return `${id}  unchanged`;
  if (outcome.status === "updated") return `${id}  updated (${outcome.changed.join(", ")})`;
  return `${id}  failed: ${outcome.code}: ${outcome.reason}`;
}

export function reparseCommand(): Command {
  return new Command("reparse")
    .description(
      "Re-derive stored reports from their original bytes with the current ingest rules (keeps ids, originals and user-supplied metadata)",
    )
    .argument("[ids...]", "report ids or unique prefixes (at least 6 characters)")
    .option("--all", "re-parse every stored report")
    .option("--no-extract", "do not run the queued re-extractions now")
    .option("--json", "print outcomes as JSON")
    .addHelpText(
      "after",
      `\nExamples:\n  r2p reports reparse --all\n  ${EXAMPLE}\n\nPublication dates, publishers and URLs given with --published/--publisher/--url or\nannotations are kept; everything else is derived again. A report whose original no longer passes\ningestion is listed as failed and left unchanged.`,
    )
    .action(async (ids: string[], flags: ReparseFlags, command: Command) => {
      try {
        if (flags.all && ids.length > 0)
          throw errors.usage("Give report ids or --all, not both.", "r2p reports reparse --all");
        if (!flags.all && ids.length === 0)
          throw errors.usage("Say which reports to re-parse: ids (or prefixes), or --all.", EXAMPLE);
        const [{ reparseReports }, { drainJobs }] = await Promise.all([
          import("../../services/reparse-service.js"),
          import("../../jobs/job-runner.js"),
        ]);
        await withRuntime(command, async (runtime) => {
          const { store } = runtime;
          const targets: string[] = [];
          for (const prefix of ids) {
            const id = await store.reports.resolveId(prefix);
            if (!id) throw errors.notFound("report", prefix);
            targets.push(id);
          }
          const summary = await reparseReports(
            store,
            flags.all ? "all" : targets,
            { actor: `cli:${process.env.USER ?? "user"}`, queueExtraction: flags.extract },
            (outcome) => {
              if (!flags.json) process.stdout.write(`${describeReparse(outcome)}\n`);
            },
          );
          if (flags.extract && summary.updated > 0) await drainJobs(runtime);
          if (flags.json) {
            printJson(
              summary.outcomes.map((o) =>
                o.status === "updated" ? { id: o.id, status: o.status, changed: o.changed } : o,
              ),
            );
          } else {
            process.stdout.write(
              `${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed\n`,
            );
          }
          if (summary.failed > 0) process.exitCode = 2;
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}
