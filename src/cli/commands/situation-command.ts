/** `r2p situation show|set`: the situation's risk profile, and analyst-set risk indicators with a note. */
import { Argument, Command, Option } from "commander";
import { errors } from "../../domain/errors.js";
import { checkDateFlag, printJson, reportFailure, withRuntime } from "../context.js";

export function situationCommand(): Command {
  const situation = new Command("situation").description(
    "A situation's risk profile against the UN Framework of Analysis (14 risk factors)",
  );
  situation
    .command("show")
    .description(
      "Show the risk profile: each factor's level and every indicator with its state, origin and evidence",
    )
    .argument("[id]", "situation id", "syria")
    .option("--as-of <date>", "as of this day (YYYY-MM-DD); default today")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p situation show syria\n  r2p situation show syria --as-of 2021-09-30 --json",
    )
    .action(async (id: string, flags: { asOf?: string; json?: boolean }, command: Command) => {
      try {
        await checkDateFlag(flags.asOf);
        const { computeAssessment } = await import("../../services/assessment-service.js");
        const { getSituation } = await import("../../knowledge/situations/index.js");
        const { formatRiskProfile } = await import("../format-assessment.js");
        await withRuntime(command, async (runtime) => {
          const context = getSituation(id);
          const run = await computeAssessment(runtime, id, { asOf: flags.asOf });
          if (flags.json)
            return printJson({
              situation: {
                id: context.id,
                name: context.name,
                country: context.country,
                contextVersion: context.version,
                armedConflicts: context.armedConflicts,
              },
              profile: run.profile,
            });
          process.stdout.write(formatRiskProfile(run.profile, context.name));
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  situation
    .command("set")
    .description(
      "Set an analyst indicator (e.g. RF3.judiciary) or a factor's overall state (RF3), with a note saying why",
    )
    .argument("<indicator>", "indicator id (RF3.judiciary) or factor id (RF3)")
    .addArgument(
      new Argument("<state>", "unknown, absent, present or escalating").choices([
        "unknown",
        "absent",
        "present",
        "escalating",
      ]),
    )
    .addOption(new Option("--note <text>", "why: the source or reasoning (required)"))
    .option("--evidence <ids...>", "evidence: report ids, URLs, document symbols")
    .option("--situation <id>", "situation", "syria")
    .option("--by <name>", "who sets it (default: $USER)")
    .addHelpText(
      "after",
      '\nExamples:\n  r2p situation set RF3.judiciary present --note "No independent judiciary (CoI A/HRC/46/54)"\n  r2p situation set RF6 present --note "Council referral vetoed 2014" --evidence S/PV.7180',
    )
    .action(
      async (
        indicator: string,
        state: "unknown" | "absent" | "present" | "escalating",
        flags: { note?: string; evidence?: string[]; situation: string; by?: string },
        command: Command,
      ) => {
        try {
          if (!flags.note?.trim()) throw errors.noteRequired();
          const { setAnalystIndicator } = await import("../../services/risk-indicator-service.js");
          await withRuntime(command, async (runtime) => {
            const set = await setAnalystIndicator(runtime, {
              situationId: flags.situation,
              indicatorId: indicator,
              state,
              note: flags.note!.trim(),
              evidence: flags.evidence ?? [],
              setBy: flags.by ?? process.env.USER ?? "analyst",
            });
            process.stdout.write(`${set.indicatorId} set to ${set.state} by ${set.setBy} (${set.note})\n`);
          });
        } catch (error) {
          reportFailure(error);
        }
      },
    );
  return situation;
}
