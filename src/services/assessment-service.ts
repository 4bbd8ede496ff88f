/**
 * Assessment service: loads a situation's incidents, reports and analyst indicators, runs the pure
 * assess stage as of a day, and stores qualifications and alerts (alerts go to the outbox in the same
 * transaction). Re-running is idempotent: unchanged assessments and known alerts write nothing.
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
import { getSituation } from "../knowledge/situations/index.js";
import {
  addDays,
  assessSituation,
  dailySeries,
  DEFAULT_ESCALATION_CONFIG,
  toSeriesIncident,
  type AssessDeps,
  type SeriesPoint,
  type SeriesSelector,
} from "../pipeline/assess/index.js";
import type { Actor } from "../storage/ports.js";
import type { Runtime } from "./runtime.js";
import { loadSituationData, type SituationData } from "./situation-incidents.js";

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

/**
 * Assesses and stores: qualifications replace older ones, new alerts are recorded and queued for
 * delivery. Returns the run and what changed.
 */
export async function runAssessment(
  runtime: Runtime,
  situationId: string,
  options: { asOf?: string; alertsFrom?: string; actor: Actor },
): Promise<AssessmentRun & { changedAssessments: number; newAlerts: Alert[]; updatedAlerts: number }> {
  const run = await computeAssessment(runtime, situationId, options);
  const { changed } = await runtime.store.assessments.saveAssessments(
    run.situationId,
    run.assessments,
    options.actor,
  );
  const { created, updated } = await runtime.store.alerts.recordAlerts(run.alerts, options.actor);
  return { ...run, changedAssessments: changed, newAlerts: created, updatedAlerts: updated };
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
