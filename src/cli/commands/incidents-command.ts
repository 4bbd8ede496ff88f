/** `r2p incidents list|show|…`: incidents resolved from all reports, and the analyst's review of them. */
import { Command, Option } from "commander";
import { CORROBORATION_GRADES, REVIEW_STATUSES } from "../../domain/incident-vocabulary.js";
import { errors } from "../../domain/errors.js";
import type { IncidentQuery } from "../../services/incident-service.js";
import { checkDateFlag, printJson, reportFailure, withRuntime } from "../context.js";
import { addReviewCommands } from "./incidents-review-command.js";

interface ListFlags {
  json?: boolean;
  area?: string;
  from?: string;
  to?: string;
  grade?: string;
  status?: string;
  limit: number;
  offset: number;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

async function parseListFlags(flags: ListFlags): Promise<IncidentQuery> {
  await checkDateFlag(flags.from);
  await checkDateFlag(flags.to);
  if (flags.grade !== undefined && !isOneOf(CORROBORATION_GRADES, flags.grade))
    throw errors.usage(
      `--grade must be one of ${CORROBORATION_GRADES.join(", ")}.`,
      "r2p incidents list --grade fair",
    );
  if (flags.status !== undefined && !isOneOf(REVIEW_STATUSES, flags.status))
    throw errors.usage(
      `--status must be one of ${REVIEW_STATUSES.join(", ")}.`,
      "r2p incidents list --status confirmed",
    );
  return {
    area: flags.area,
    from: flags.from,
    to: flags.to,
    grade: flags.grade as IncidentQuery["grade"],
    status: flags.status as IncidentQuery["status"],
    limit: flags.limit,
    offset: flags.offset,
  };
}

export function incidentsCommand(): Command {
  const incidents = new Command("incidents").description(
    "Incidents resolved from all reports: sources, corroboration grade, analyst review",
  );
  incidents
    .command("list")
    .description("List incidents, newest first")
    .option("--json", "print an array of incident records (src/domain/incident.ts)")
    .option("--area <name>", "a governorate (any spelling: Idleb, إدلب) or words of the place name")
    .option("--from <date>", "incidents on or after this day, YYYY-MM-DD")
    .option("--to <date>", "incidents on or before this day, YYYY-MM-DD")
    .option("--grade <grade>", `only this grade: ${CORROBORATION_GRADES.join(", ")}`)
    .option("--status <status>", `only this review status: ${REVIEW_STATUSES.join(", ")}`)
    .addOption(new Option("--limit <n>", "how many").argParser(Number).default(100))
    .addOption(new Option("--offset <n>", "skip this many").argParser(Number).default(0))
    .addHelpText(
      "after",
      "\nExamples:\n  r2p incidents list --area Idlib --from 2021-09-01 --to 2021-09-30\n  r2p incidents list --grade fair --json > fair.json",
    )
    .action(async (flags: ListFlags, command: Command) => {
      try {
        const query = await parseListFlags(flags);
        const [{ listIncidents }, { incidentLine }] = await Promise.all([
          import("../../services/incident-service.js"),
          import("../format-incident.js"),
        ]);
        await withRuntime(command, async (runtime) => {
          const { items, total } = await listIncidents(runtime, query);
          if (flags.json) return printJson(items);
          for (const incident of items) process.stdout.write(`${incidentLine(incident)}\n`);
          process.stdout.write(`${items.length} of ${total} incidents\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  incidents
    .command("show")
    .description(
      'Show one incident: sources, tolls per source, grade, why each claim is in it, and its legal qualifications ("consistent with" wording)',
    )
    .argument("<id>", "incident id (inc_…) or a unique prefix of at least 6 hex characters")
    .option("--json", "print the incident record as JSON, with its assessment (null when not assessed yet)")
    .addHelpText("after", "\nExample:\n  r2p incidents show inc_4f16442b --json")
    .action(async (id: string, flags: { json?: boolean }, command: Command) => {
      try {
        const [{ findIncident }, { incidentDetails }, { formatAssessments }] = await Promise.all([
          import("../../services/incident-service.js"),
          import("../format-incident.js"),
          import("../format-assessment.js"),
        ]);
        await withRuntime(command, async (runtime) => {
          const incident = await findIncident(runtime, id);
          const assessment = await runtime.store.assessments.getAssessment(incident.id);
          if (flags.json) return printJson({ ...incident, assessment });
          process.stdout.write(
            `${incidentDetails(incident)}\n\nlegal qualifications (analytical readings, not findings):\n`,
          );
          process.stdout.write(
            assessment
              ? formatAssessments([assessment], true, { always: true })
              : "  not assessed yet (run `r2p jobs work --once` or `r2p assess`)\n",
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  addReviewCommands(incidents);
  return incidents;
}
