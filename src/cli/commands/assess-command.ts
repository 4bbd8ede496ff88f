/** `r2p assess`: qualify incidents, raise alerts (replayed as of each publication day) and store both. */
import { Command } from "commander";
import { checkDateFlag, printJson, reportFailure, withRuntime } from "../context.js";

interface AssessFlags {
  situation: string;
  asOf?: string;
  from?: string;
  json?: boolean;
  verbose?: boolean;
}

export function assessCommand(): Command {
  return new Command("assess")
    .description(
      'Qualify incidents against the legal elements ("consistent with" wording), detect escalation and rule alerts as of each day, and store them; re-running adds nothing new',
    )
    .option("--situation <id>", "situation", "syria")
    .option("--as-of <date>", "assess as of this day (YYYY-MM-DD); default today")
    .option("--from <date>", "raise alerts only from this day on (a backfill's start)")
    .option("--json", "print the assessments and new alerts as JSON")
    .option("-v, --verbose", "list every legal element with its evidence")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p assess                         assess Syria as of today\n  r2p assess --as-of 2021-09-30 -v   replay: only reports published by then count",
    )
    .action(async (flags: AssessFlags, command: Command) => {
      try {
        await checkDateFlag(flags.asOf);
        await checkDateFlag(flags.from);
        const { runAssessment } = await import("../../services/assessment-service.js");
        const { formatAssessments } = await import("../format-assessment.js");
        await withRuntime(command, async (runtime) => {
          const run = await runAssessment(runtime, flags.situation, {
            asOf: flags.asOf,
            alertsFrom: flags.from,
            actor: "cli:assess",
          });
          if (flags.json)
            return printJson({ asOf: run.asOf, assessments: run.assessments, newAlerts: run.newAlerts });
          process.stdout.write(formatAssessments(run.assessments, flags.verbose ?? false));
          for (const alert of run.newAlerts)
            process.stdout.write(
              `new alert ${alert.id} (${alert.kind}, ${alert.date}, raised as of ${alert.raisedAsOf}): ${alert.summary}\n`,
            );
          process.stdout.write(
            `${run.assessments.length} incidents assessed as of ${run.asOf} (${run.changedAssessments} changed); ${run.alerts.length} alerts (${run.newAlerts.length} new, ${run.updatedAlerts} updated)\n`,
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}
