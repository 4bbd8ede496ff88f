/**
 * Incremental assessment: from every incident's cheap series view and the inputs recorded with the
 * stored assessments, decide which incidents must be qualified again and which alert series must be
 * replayed. An incident is qualified again when what its qualification reads changed — the incident,
 * its reports' dates, the pattern of attacks around it (so a neighbour's arrival re-qualifies it), the
 * rules or the situation context — or when the caller names it (its reports were re-extracted, so
 * their statements may differ). Alerts of a series depend only on the incidents in it, so only the
 * series of incidents whose series view changed (where they are now and where they were) are
 * replayed — a neighbour qualified again for its pattern replays nothing; when the start of
 * the record moves, every baseline may change and everything is replayed.
 */
import type { Incident } from "../../../domain/incident.js";
import type { SituationContext } from "../../../knowledge/situations/situation-context.js";
import type { PatternEvidence } from "../qualify/incident-facts.js";
import { PatternFinder } from "../risk/find-pattern.js";
import { seriesKeyIds } from "../escalation/detect-alerts.js";
import { toSeriesIncident, type ReportDates, type SeriesIncident } from "../series/series-incident.js";

/** Where an incident counted in the alert series when it was assessed. */
export interface SeriesView {
  keys: string[];
  eventDay: string;
  knownDay: string;
  /** Fingerprint of everything the alerts read of the incident (its series view). */
  digest: string;
}

/** What a stored assessment was computed from; `inputHash` null for rows recorded before inputs were. */
export interface StoredInput {
  inputHash: string | null;
  series: SeriesView | null;
}

export interface PlanInput {
  situation: SituationContext;
  /** Every incident of the store (other countries are left out here). */
  incidents: readonly Incident[];
  reportDates: ReportDates;
  asOf: string;
  stored: ReadonlyMap<string, StoredInput>;
  /** Incidents to qualify again whatever their input, or "all" (a full run). */
  forced: ReadonlySet<string> | "all";
}

export interface PlanDeps {
  rulesVersion: string;
  /** A stable digest of a JSON-able value (the service passes sha256 over canonical JSON). */
  fingerprint: (value: unknown) => string;
}

export interface AssessmentPlan {
  /** Every incident known by `asOf` that has a place in time: the alerts' replay reads them all. */
  series: SeriesIncident[];
  /** Incidents to qualify, each with the pattern around it. */
  qualify: { incident: Incident; pattern: PatternEvidence | null }[];
  /** The input record of every incident in `qualify`. */
  inputs: Map<string, StoredInput>;
  /** Stored assessments whose incident is gone or no longer counts (rejected, not known by `asOf`). */
  remove: string[];
  /** Series keys to replay (see `seriesKeyIds`), or "all". */
  alertKeys: ReadonlySet<string> | "all";
  /** How many qualifiable incidents there are in all (the rest kept their stored assessment). */
  qualifiable: number;
}

/**
 * @example planAssessment({ situation, incidents, reportDates, asOf, stored: new Map(), forced: "all" }, { rulesVersion, fingerprint })
 */
export function planAssessment(input: PlanInput, deps: PlanDeps): AssessmentPlan {
  const { situation, asOf } = input;
  const inSituation = input.incidents.filter(
    (i) => i.place.country === null || i.place.country === situation.country,
  );
  const series: SeriesIncident[] = [];
  const seriesById = new Map<string, SeriesIncident>();
  for (const incident of inSituation) {
    const s = toSeriesIncident(incident, input.reportDates);
    if (s && s.knownDay <= asOf) {
      series.push(s);
      seriesById.set(s.id, s);
    }
  }
  const patterns = new PatternFinder(series);
  const qualify: AssessmentPlan["qualify"] = [];
  const inputs = new Map<string, StoredInput>();
  const current = new Set<string>();
  const touched: { now: SeriesView | null; before: StoredInput | undefined }[] = [];

  for (const incident of inSituation) {
    const s = seriesById.get(incident.id);
    // Undated incidents cannot be placed in a series, but their reported facts are still qualified.
    const undatedKnown =
      !s && !incident.date.start && !incident.date.end && firstKnownDay(incident, input.reportDates) <= asOf;
    if (!s && !undatedKnown) continue;
    current.add(incident.id);
    const pattern = s ? patterns.find(s, asOf) : null;
    const view: SeriesView | null = s
      ? { keys: seriesKeyIds(s), eventDay: s.eventDay, knownDay: s.knownDay, digest: deps.fingerprint(s) }
      : null;
    const inputHash = deps.fingerprint({
      rules: deps.rulesVersion,
      context: situation.version,
      incident,
      reportDays: incident.reports.map((id) => [id, reportDay(input.reportDates, id)]),
      pattern,
    });
    const before = input.stored.get(incident.id);
    const forced = input.forced === "all" || input.forced.has(incident.id);
    if (!forced && before?.inputHash === inputHash) continue;
    qualify.push({ incident, pattern });
    inputs.set(incident.id, { inputHash, series: view });
    touched.push({ now: view, before });
  }
  const remove = [...input.stored.keys()].filter((id) => !current.has(id)).sort();
  for (const id of remove) touched.push({ now: null, before: input.stored.get(id) });

  return {
    series,
    qualify,
    inputs,
    remove,
    alertKeys: input.forced === "all" ? "all" : alertScope(touched, series, input.stored, inputs),
    qualifiable: current.size,
  };
}

/** The series keys touched by the changed incidents, or "all" when that cannot be bounded. */
function alertScope(
  touched: readonly { now: SeriesView | null; before: StoredInput | undefined }[],
  series: readonly SeriesIncident[],
  stored: ReadonlyMap<string, StoredInput>,
  inputs: ReadonlyMap<string, StoredInput>,
): ReadonlySet<string> | "all" {
  const keys = new Set<string>();
  for (const { now, before } of touched) {
    // A row from before inputs were recorded: where it counted is unknown.
    if (before && before.inputHash === null) return "all";
    // Qualified again for its pattern or its reports' statements only: the alerts read nothing new.
    if (now && before?.series && now.digest === before.series.digest) continue;
    for (const k of now?.keys ?? []) keys.add(k);
    for (const k of before?.series?.keys ?? []) keys.add(k);
  }
  if (keys.size === 0) return keys;
  // Series are judged only once the record reaches back a baseline: its start, as known on each day,
  // is read by every series. Compare it before and after the change.
  const after = series.map((s) => ({ eventDay: s.eventDay, knownDay: s.knownDay }));
  const previous: { eventDay: string; knownDay: string }[] = [];
  const inSeries = new Set(series.map((s) => s.id));
  for (const s of series) {
    if (inputs.has(s.id)) continue;
    previous.push({ eventDay: s.eventDay, knownDay: s.knownDay });
  }
  for (const [id, record] of stored)
    if ((inputs.has(id) || !inSeries.has(id)) && record.series) previous.push(record.series);
  return recordStart(after) === recordStart(previous) ? keys : "all";
}

/** The earliest event day known on each day something became known, as a comparable string. */
function recordStart(views: readonly { eventDay: string; knownDay: string }[]): string {
  const sorted = [...views].sort(
    (a, b) => a.knownDay.localeCompare(b.knownDay) || a.eventDay.localeCompare(b.eventDay),
  );
  const steps: string[] = [];
  let earliest: string | null = null;
  for (const v of sorted)
    if (earliest === null || v.eventDay < earliest) {
      earliest = v.eventDay;
      steps.push(`${v.knownDay}:${v.eventDay}`);
    }
  return steps.join(",");
}

function reportDay(dates: ReportDates, id: string): string | null {
  const d = dates[id];
  return d ? (d.publishedAt ?? d.retrievedAt.slice(0, 10)) : null;
}

function firstKnownDay(incident: Incident, dates: ReportDates): string {
  const days = incident.reports.map((id) => reportDay(dates, id)).filter((d): d is string => d !== null);
  return days.sort()[0] ?? incident.createdAt.slice(0, 10);
}
