/**
 * The commands that change incidents: `r2p incidents confirm|reject|merge|split|edit` (analyst review,
 * audited and sticky) and `r2p incidents resolve` (re-resolve stored reports).
 */
import { Command } from "commander";
import { errors } from "../../domain/errors.js";
import type { IncidentEdit, ReviewResult } from "../../services/review-service.js";
import type { Runtime } from "../../services/runtime.js";
import { printJson, reportFailure, withRuntime } from "../context.js";

type ReviewService = typeof import("../../services/review-service.js");

const PAGE = 500;
const actor = () => `cli:${process.env.USER ?? "user"}`;

/** "5" → 5–5, "3-7" → 3–7, "12+" → at least 12, "unknown" → no figure. */
export function parseCount(value: string): { min: number; max: number | null } | null {
  const text = value.trim().toLowerCase();
  if (text === "unknown" || text === "none") return null;
  const match = /^(\d+)(?:\s*(?:-|–|\.\.)\s*(\d+)|(\+))?$/.exec(text);
  if (!match)
    throw errors.usage(
      `"${value}" is not a count: write 5, 3-7, 12+ or unknown.`,
      "r2p incidents edit inc_3f2a9c --killed 3-5",
    );
  const min = Number(match[1]);
  return { min, max: match[3] ? null : match[2] !== undefined ? Number(match[2]) : min };
}

function number(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n))
    throw errors.usage(
      `"${value}" is not a number.`,
      "r2p incidents edit inc_3f2a9c --lat 35.93 --lon 36.63",
    );
  return n;
}

async function printResult(result: ReviewResult, json: boolean | undefined, verb: string): Promise<void> {
  if (json) {
    printJson(result);
    return;
  }
  const { incidentLine } = await import("../format-incident.js");
  process.stdout.write(`${verb} ${incidentLine(result.incident)}\n`);
  if (result.removed) process.stdout.write(`removed ${result.removed} (merged into ${result.incident.id})\n`);
  if (result.created) process.stdout.write(`created ${incidentLine(result.created)}\n`);
}

/**
 * Runs one review decision with an open runtime, then the assessment of the incidents it touched (as
 * `r2p ingest` waits for its reports' assessment), and prints the result. The assessment summary goes
 * to stderr so `--json` output stays the review result alone.
 */
async function review(
  command: Command,
  flags: { json?: boolean },
  verb: string,
  run: (service: ReviewService, runtime: Runtime) => Promise<ReviewResult>,
): Promise<void> {
  try {
    const service = await import("../../services/review-service.js");
    const { assessAfterReview } = await import("../../services/assessment-service.js");
    await withRuntime(command, async (runtime) => {
      const result = await run(service, runtime);
      await printResult(result, flags.json, verb);
      const runs = await assessAfterReview(runtime.store, service.touchedIncidents(result), actor()).catch(
        (error: unknown) => {
          process.stderr.write(
            "The decision is recorded, but assessing it failed; `r2p assess` (or a running `r2p serve`) catches up.\n",
          );
          throw error;
        },
      );
      const sum = (pick: (r: (typeof runs)[number]) => number) => runs.reduce((n, r) => n + pick(r), 0);
      process.stderr.write(
        `assessed: ${sum((r) => r.requalified)} incident(s) qualified again, ${sum((r) => r.removedAssessments)} assessment(s) removed, ${sum((r) => r.newAlerts.length)} new alert(s)\n`,
      );
    });
  } catch (error) {
    reportFailure(error);
  }
}

type NoteFlags = { note?: string; json?: boolean };

interface EditFlags {
  eventType?: string;
  date?: string;
  dateEnd?: string;
  datePrecision?: string;
  placeName?: string;
  admin1?: string;
  lat?: string;
  lon?: string;
  placePrecision?: string;
  killed?: string;
  injured?: string;
  grade?: string;
  note?: string;
  json?: boolean;
}

function toEdit(service: ReviewService, flags: EditFlags): IncidentEdit {
  const raw = {
    eventType: flags.eventType,
    dateStart: flags.date,
    dateEnd: flags.dateEnd,
    datePrecision: flags.datePrecision,
    placeName: flags.placeName,
    admin1: flags.admin1,
    lat: flags.lat === undefined ? undefined : number(flags.lat),
    lon: flags.lon === undefined ? undefined : number(flags.lon),
    placePrecision: flags.placePrecision,
    killed: flags.killed === undefined ? undefined : parseCount(flags.killed),
    injured: flags.injured === undefined ? undefined : parseCount(flags.injured),
    grade: flags.grade,
    note: flags.note,
  };
  const parsed = service.IncidentEdit.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success)
    throw errors.usage(
      parsed.error.issues.map((i) => `${i.path.join(".") || "edit"}: ${i.message}`).join("; ") + ".",
      "r2p incidents edit inc_3f2a9c --killed 3-5 --note 'SNHR names five victims'",
    );
  return parsed.data;
}

/** Adds the commands that change incidents to `r2p incidents`. */
export function addReviewCommands(incidents: Command): void {
  incidents
    .command("confirm")
    .description("Confirm an incident as one real event; its claims stay together from now on")
    .argument("<id>", "incident id or unique prefix")
    .option("--note <text>", "why")
    .option("--json", "print the result as JSON")
    .addHelpText("after", "\nExample:\n  r2p incidents confirm inc_4f16442b --note 'SNHR and SCD agree'")
    .action((id: string, flags: NoteFlags, command: Command) =>
      review(command, flags, "confirmed", (service, runtime) =>
        service.confirmIncident(runtime, id, actor(), flags.note),
      ),
    );
  incidents
    .command("reject")
    .description("Reject an incident (not an event, not civilian harm, a duplicate): it is graded discounted")
    .argument("<id>", "incident id or unique prefix")
    .option("--note <text>", "why")
    .option("--json", "print the result as JSON")
    .addHelpText(
      "after",
      "\nExample:\n  r2p incidents reject inc_4f16442b --note 'the 2019 strike, republished'",
    )
    .action((id: string, flags: NoteFlags, command: Command) =>
      review(command, flags, "rejected", (service, runtime) =>
        service.rejectIncident(runtime, id, actor(), flags.note),
      ),
    );
  incidents
    .command("merge")
    .description("Merge incident <b> into incident <a>: one event told twice (b is removed)")
    .argument("<a>", "incident that stays")
    .argument("<b>", "incident merged into it")
    .option("--note <text>", "why")
    .option("--json", "print the result as JSON")
    .addHelpText(
      "after",
      "\nExample:\n  r2p incidents merge inc_4f16442b inc_0c138d7c --note 'same strike, Ihsim and Ahsem'",
    )
    .action((a: string, b: string, flags: NoteFlags, command: Command) =>
      review(command, flags, "merged", (service, runtime) =>
        service.mergeIncidents(runtime, a, b, actor(), flags.note),
      ),
    );
  incidents
    .command("split")
    .description("Move claims out of an incident into a new one: two events told as one")
    .argument("<id>", "incident id or unique prefix")
    .requiredOption(
      "--claims <ids>",
      "comma-separated claim ids as `incidents show` lists them (report prefix:ordinal)",
    )
    .option("--note <text>", "why")
    .option("--json", "print the result as JSON")
    .addHelpText(
      "after",
      "\nExample:\n  r2p incidents split inc_4f16442b --claims 4dd286647d95:1,ced79c0a11b2:0",
    )
    .action((id: string, flags: NoteFlags & { claims: string }, command: Command) => {
      const claims = flags.claims
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean);
      return review(command, flags, "kept", (service, runtime) =>
        service.splitIncident(runtime, id, claims, actor(), flags.note),
      );
    });
  incidents
    .command("edit")
    .description("Set values by hand; they are kept over later automatic resolution")
    .argument("<id>", "incident id or unique prefix")
    .option("--event-type <type>", "one of the event types of src/domain/claim.ts, e.g. air_strike")
    .option("--date <YYYY-MM-DD>", "the day (or first day) of the event")
    .option("--date-end <YYYY-MM-DD>", "the last day of a window")
    .option("--date-precision <p>", "day, window, week, month or unknown")
    .option("--place-name <name>", "the place's name")
    .option("--admin1 <governorate>", "the governorate")
    .option("--lat <degrees>", "latitude (with --lon)")
    .option("--lon <degrees>", "longitude (with --lat)")
    .option("--place-precision <p>", "settlement, admin2, admin1, country or unresolved")
    .option("--killed <count>", "5, 3-7, 12+ or unknown")
    .option("--injured <count>", "5, 3-7, 12+ or unknown")
    .option("--grade <grade>", "confirmed, fair, weak, contested or discounted (needs --note)")
    .option("--note <text>", "why (kept in the review and the audit log)")
    .option("--json", "print the result as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p incidents edit inc_4f16442b --killed 3-5 --note 'SNHR lists five names'\n  r2p incidents edit inc_4f16442b --event-type air_strike --date 2021-09-07",
    )
    .action((id: string, flags: EditFlags, command: Command) =>
      review(command, flags, "edited", (service, runtime) =>
        service.editIncident(runtime, id, toEdit(service, flags), actor()),
      ),
    );
  incidents
    .command("resolve")
    .description("Resolve every stored report's latest claims (skips reports already resolved from them)")
    .option("--force", "resolve again even reports already resolved from the same claims")
    .option(
      "--bulk",
      "a backlog into an empty incident store: reports in publication order, each incident written once (the usual way when incidents are stored)",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  r2p incidents resolve\n  r2p incidents resolve --force   # after editing source aliases\n  r2p incidents resolve --bulk    # an imported archive, into an empty store",
    )
    .action(async (flags: { force?: boolean; bulk?: boolean }, command: Command) => {
      try {
        const { resolveReports } = await import("../../services/resolve-service.js");
        await withRuntime(command, async (runtime) => {
          const ids: string[] = [];
          const published = new Map<string, string | null>();
          for (let offset = 0; ; offset += PAGE) {
            const page = await runtime.store.reports.list({ limit: PAGE, offset });
            ids.push(...page.map((r) => r.id));
            for (const r of page) published.set(r.id, r.publishedAt);
            if (page.length < PAGE) break;
          }
          if (flags.bulk) {
            const { resolveStoredBacklog } = await import("../../services/backlog-resolve.js");
            const summary = await resolveStoredBacklog(runtime, published, actor());
            process.stdout.write(
              `${summary.reports} reports resolved (${summary.claims} claims${summary.bulk ? `: ${summary.windowed} in time order, ${summary.late} late, ${summary.undated} undated` : ", incidents were stored: one batch at a time"}) in ${summary.transactions} transactions\n`,
            );
            return;
          }
          const summary = await resolveReports(runtime, ids, actor(), { force: flags.force });
          process.stdout.write(
            `${summary.resolved} reports resolved (${summary.claims} claims), ${summary.skipped} already up to date; ${summary.incidentsWritten} incidents written, ${summary.incidentsDeleted} removed\n`,
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}
