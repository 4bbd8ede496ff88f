/**
 * Assessment service: loads a situation's incidents, reports and analyst indicators, runs the pure
 * assess stage as of a day, and stores qualifications and alerts (alerts go to the outbox in the same
 * transaction). Re-running is idempotent: unchanged assessments and known alerts write nothing. After
 * ingest it is incremental (`storeAssessment` with the resolved reports): only incidents whose input
 * changed are qualified again and only the series they touch are replayed.
 */
import type { Alert } from "../domain/alert.js";
import type { IncidentAssessment } from "../domain/qualification.js";
import type { RiskProfile } from "../domain/risk.js";
import {
  DECAY_DAYS,
  LEGAL_CODES,
  LEGAL_INDICATORS,
  QUALIFICATION_RULES_VERSION,
  RISK_FACTORS,
} from "../knowledge/legal/index.js";
import { getSituation, SITUATIONS } from "../knowledge/situations/index.js";
import {
  addDays,
  assessSituation,
  assessPlanned,
  dailySeries,
  DEFAULT_ESCALATION_CONFIG,
  planAssessment,
  toSeriesIncident,
  type AssessmentPlan,
  type AssessDeps,
  type SeriesPoint,
  type SeriesSelector,
} from "../pipeline/assess/index.js";
import { sha256Hex } from "../storage/hash.js";
import type { Actor, AssessmentInputRecord, Store } from "../storage/ports.js";
import type { Runtime } from "./runtime.js";
import {
  loadAssessReports,
  loadIncidents,
  loadReportDates,
  loadSituationData,
  type SituationData,
} from "./situation-incidents.js";

export const ASSESS_DEPS: AssessDeps = {
  codes: LEGAL_CODES,
  indicators: LEGAL_INDICATORS,
  rulesVersion: QUALIFICATION_RULES_VERSION,
  factors: RISK_FACTORS,
  decayDays: DECAY_DAYS,
  escalation: DEFAULT_ESCALATION_CONFIG,
};

export interface AssessmentRun {
  situationId: string;
  asOf: string;
  assessments: IncidentAssessment[];
  alerts: Alert[];
  profile: RiskProfile;
  data: SituationData;
}

/** Today's date (UTC) by the store's clock. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Computes the situation's assessment as of `asOf` without storing anything. */
export async function computeAssessment(
  runtime: Runtime,
  situationId: string,
  options: { asOf?: string; alertsFrom?: string } = {},
): Promise<AssessmentRun> {
  const situation = getSituation(situationId);
  const asOf = options.asOf ?? today();
  const [data, analystIndicators] = await Promise.all([
    loadSituationData(runtime),
    runtime.store.assessments.listIndicators(situation.id),
  ]);
  const out = assessSituation(
    {
      situation,
      incidents: data.incidents,
      reports: data.reports,
      analystIndicators,
      asOf,
      alertsFrom: options.alertsFrom,
    },
    ASSESS_DEPS,
  );
  return { situationId: situation.id, asOf, ...out, data };
}

export interface StoredAssessmentRun {
  situationId: string;
  asOf: string;
  /** The assessments computed now (all of them in a full run; the changed ones otherwise). */
  assessments: IncidentAssessment[];
  /** The alerts of the replayed series (all of them in a full run). */
  alerts: Alert[];
  changedAssessments: number;
  removedAssessments: number;
  newAlerts: Alert[];
  updatedAlerts: number;
  /** Incidents that count as of `asOf`, and how many of them were qualified again now. */
  incidents: number;
  requalified: number;
  /** Series keys replayed, or "all". */
  replayed: number | "all";
}

/**
 * Input fingerprints over plain JSON, not canonical JSON: canonical serialising every incident was the
 * largest single cost of an incremental run. Key order only differs between two serialisations of the
 * same content written by different code, and then the incident is merely qualified again, never
 * wrongly skipped.
 */
const fingerprint = (value: unknown) => sha256Hex(JSON.stringify(value));

/**
 * Assesses what changed and stores it, the writes in one transaction holding the assessment lock: incidents
 * whose input changed (or that `forced` names, or all in a full run) are qualified again, the alert
 * series they touch are replayed (new alerts go to the outbox), and assessments of incidents that no
 * longer count are removed. Stored inputs make the next run incremental.
 *
 * @example await storeAssessment(runtime.store, "syria", { actor: "job:assess-report", forcedReports: [reportId] })
 */
export async function storeAssessment(
  store: Store,
  situationId: string,
  options: StoreAssessmentOptions,
): Promise<StoredAssessmentRun> {
  const situation = getSituation(situationId);
  const asOf = options.asOf ?? today();
  // Qualifying reads report text and can take seconds for a long report; on SQLite a write
  // transaction held that long stalls every other writer (better-sqlite3 waits synchronously, so a
  // server's event loop with it). So compute outside the transaction, then, holding the lock, write
  // only if the inputs computed from are still the current ones. A concurrent change means computing again; after two misses the
  // third try computes under the lock.
  for (let attempt = 0; attempt < OPTIMISTIC_TRIES; attempt++) {
    const seen = await store.audit.lastSeq();
    const computed = await computeChanges(store, situation.id, asOf, options);
    const written = await store.batch(async (tx) => {
      await tx.assessments.lockAssessments();
      // Every write is audited: when nothing was written since the reads, they are current (the
      // common case, and one query); otherwise plan again and compare.
      const quiet = (await tx.audit.lastSeq()) === seen;
      if (!quiet && !samePlan(await planChanges(tx, situation.id, asOf, options), computed.plan)) return null;
      return writeChanges(tx, computed, options.actor);
    });
    if (written) return written;
  }
  return store.batch(async (tx) => {
    await tx.assessments.lockAssessments();
    return writeChanges(tx, await computeChanges(tx, situation.id, asOf, options), options.actor);
  });
}

const OPTIMISTIC_TRIES = 2;

interface StoreAssessmentOptions {
  asOf?: string;
  alertsFrom?: string;
  actor: Actor;
  /** "all": a full run; else the reports whose incidents are qualified again whatever their input. */
  forcedReports?: readonly string[] | "all";
  /** Incidents qualified again whatever their input (the ones an analyst's review touched). */
  forcedIncidents?: readonly string[];
}

interface ComputedChanges {
  situationId: string;
  asOf: string;
  plan: AssessmentPlan;
  assessments: IncidentAssessment[];
  alerts: Alert[];
}

/** Reads what assessment needs (no report text) and plans what to do. */
async function planChanges(
  store: Store,
  situationId: string,
  asOf: string,
  options: StoreAssessmentOptions,
): Promise<AssessmentPlan> {
  const situation = getSituation(situationId);
  const [incidents, reportDates, stored] = await Promise.all([
    loadIncidents(store),
    loadReportDates(store),
    store.assessments.assessmentInputs(situation.id),
  ]);
  const forcedReports = options.forcedReports ?? [];
  let forced: ReadonlySet<string> | "all" = "all";
  if (forcedReports !== "all") {
    const named = new Set(forcedReports);
    const ids = new Set(options.forcedIncidents ?? []);
    forced = new Set(
      incidents.filter((i) => ids.has(i.id) || i.reports.some((r) => named.has(r))).map((i) => i.id),
    );
  }
  return planAssessment(
    { situation, incidents, reportDates, asOf, stored, forced },
    { rulesVersion: ASSESS_DEPS.rulesVersion, fingerprint },
  );
}

/** Plans, reads the reports of the incidents to qualify, and runs the stage. */
async function computeChanges(
  store: Store,
  situationId: string,
  asOf: string,
  options: StoreAssessmentOptions,
): Promise<ComputedChanges> {
  const situation = getSituation(situationId);
  const plan = await planChanges(store, situationId, asOf, options);
  const reports = await loadAssessReports(
    store,
    plan.qualify.flatMap((q) => q.incident.reports),
  );
  const out = assessPlanned({ situation, plan, reports, asOf, alertsFrom: options.alertsFrom }, ASSESS_DEPS);
  return { situationId, asOf, plan, ...out };
}

/** Whether two plans name the same work from the same inputs. */
function samePlan(a: AssessmentPlan, b: AssessmentPlan): boolean {
  const keys = (p: AssessmentPlan) => (p.alertKeys === "all" ? "all" : [...p.alertKeys].sort().join(","));
  const inputs = (p: AssessmentPlan) =>
    JSON.stringify([...p.inputs].map(([id, input]) => [id, input.inputHash]).sort());
  return (
    a.series.length === b.series.length &&
    keys(a) === keys(b) &&
    a.remove.join(",") === b.remove.join(",") &&
    inputs(a) === inputs(b)
  );
}

async function writeChanges(
  tx: Store,
  computed: ComputedChanges,
  actor: Actor,
): Promise<StoredAssessmentRun> {
  const { plan } = computed;
  const inputs = new Map<string, AssessmentInputRecord>(plan.inputs);
  const { changed } = await tx.assessments.saveAssessments(
    computed.situationId,
    computed.assessments,
    actor,
    inputs,
  );
  const removed = await tx.assessments.removeAssessments(plan.remove, actor);
  const { created, updated } = await tx.alerts.recordAlerts(computed.alerts, actor);
  return {
    situationId: computed.situationId,
    asOf: computed.asOf,
    assessments: computed.assessments,
    alerts: computed.alerts,
    changedAssessments: changed,
    removedAssessments: removed,
    newAlerts: created,
    updatedAlerts: updated,
    incidents: plan.qualifiable,
    requalified: plan.qualify.length,
    replayed: plan.alertKeys === "all" ? "all" : plan.alertKeys.size,
  };
}

/**
 * A full assessment: every incident qualified again and every series replayed (`r2p assess`, replays
 * as of a past day). Re-running writes nothing new.
 */
export async function runAssessment(
  runtime: Runtime,
  situationId: string,
  options: { asOf?: string; alertsFrom?: string; actor: Actor },
): Promise<StoredAssessmentRun> {
  return storeAssessment(runtime.store, situationId, { ...options, forcedReports: "all" });
}

/**
 * After ingest: assesses, in every known situation, what the given reports' resolution changed.
 *
 * @example await assessAfterResolution(runtime.store, [reportId], "job:assess-report")
 */
export async function assessAfterResolution(
  store: Store,
  reportIds: readonly string[],
  actor: Actor,
): Promise<StoredAssessmentRun[]> {
  const runs: StoredAssessmentRun[] = [];
  for (const id of Object.keys(SITUATIONS))
    runs.push(await storeAssessment(store, id, { actor, forcedReports: reportIds }));
  return runs;
}

/**
 * After an analyst's review: assesses, in every known situation, what the decision changed. The
 * incidents it touched are qualified again; one merged away or rejected loses its assessment (the plan
 * removes assessments of incidents that are gone or no longer count) and the series it was in are
 * replayed, so the survivor of a merge is qualified with all its claims.
 *
 * @example await assessAfterReview(runtime.store, ["inc_3f2a9c", "inc_7b1e04"], "cli:alice")
 */
export async function assessAfterReview(
  store: Store,
  incidentIds: readonly string[],
  actor: Actor,
): Promise<StoredAssessmentRun[]> {
  const runs: StoredAssessmentRun[] = [];
  for (const id of Object.keys(SITUATIONS))
    runs.push(await storeAssessment(store, id, { actor, forcedIncidents: incidentIds }));
  return runs;
}

/** The daily series behind the alerts for one area or perpetrator, as known on `asOf` (default today). */
export async function situationSeries(
  runtime: Runtime,
  situationId: string,
  selector: SeriesSelector,
  options: { from?: string; to?: string; asOf?: string },
): Promise<{ selector: SeriesSelector; asOf: string; baselineDays: number; points: SeriesPoint[] }> {
  const situation = getSituation(situationId);
  const asOf = options.asOf ?? today();
  const to = options.to ?? asOf;
  const from = options.from ?? addDays(to, -89);
  const data = await loadSituationData(runtime);
  const series = data.incidents
    .filter((i) => i.place.country === null || i.place.country === situation.country)
    .map((i) => toSeriesIncident(i, data.reports))
    .filter((s) => s !== null);
  const baselineDays = DEFAULT_ESCALATION_CONFIG.baselineDays;
  return {
    selector,
    asOf,
    baselineDays,
    points: dailySeries(series, selector, from, to, asOf, baselineDays),
  };
}
