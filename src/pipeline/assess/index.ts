/**
 * The assessment stage: incidents (with their reports' text and statements) → legal qualifications,
 * alerts and the situation's risk profile, all as of one day. Pure: the caller loads incidents, reports
 * and analyst indicators, and stores what comes back. The passes run in this order, each reading only
 * what the previous ones produced:
 *   series (event day, known day) → alerts (replayed as of each publication day) → patterns →
 *   qualifications → risk profile.
 * After a change, `planAssessment` (incremental/) decides from the stored inputs which incidents to
 * qualify again and which series to replay, and `assessPlanned` does only that.
 */
import type { Alert } from "../../domain/alert.js";
import type { Statement } from "../../domain/claim.js";
import type { Incident } from "../../domain/incident.js";
import type { IncidentAssessment } from "../../domain/qualification.js";
import type { AnalystIndicator, RiskProfile } from "../../domain/risk.js";
import type { LegalCode } from "../../knowledge/legal/legal-codes.js";
import type { LegalIndicator } from "../../knowledge/legal/legal-indicators.js";
import type { RiskFactorDefinition } from "../../knowledge/legal/risk-factors.js";
import type { SituationContext } from "../../knowledge/situations/situation-context.js";
import { detectAlerts } from "./escalation/detect-alerts.js";
import type { EscalationConfig } from "./escalation/escalation-config.js";
import { qualifyIncident } from "./qualify/qualify-incident.js";
import { buildRiskProfile, type StatementRef } from "./risk/build-risk-profile.js";
import { PatternFinder } from "./risk/find-pattern.js";
import { toSeriesIncident, type SeriesIncident } from "./series/series-incident.js";
import type { AssessmentPlan } from "./incremental/plan-assessment.js";

export interface AssessReport {
  text: string;
  statements: Statement[];
  publishedAt: string | null;
  retrievedAt: string;
}

export interface AssessInput {
  situation: SituationContext;
  /** The situation's incidents (those of other countries are left out by the caller or ignored here). */
  incidents: readonly Incident[];
  reports: Readonly<Record<string, AssessReport>>;
  analystIndicators: readonly AnalystIndicator[];
  /** Assess as of this day: only what was published by then counts. */
  asOf: string;
  /** Raise alerts from this day on (a backfill's start); default: from the start of the record. */
  alertsFrom?: string;
}

export interface AssessDeps {
  codes: readonly LegalCode[];
  indicators: readonly LegalIndicator[];
  rulesVersion: string;
  factors: readonly RiskFactorDefinition[];
  decayDays: number;
  escalation: EscalationConfig;
}

export interface AssessOutput {
  assessments: IncidentAssessment[];
  alerts: Alert[];
  profile: RiskProfile;
}

/**
 * Assesses a situation as of `asOf`.
 *
 * @example assessSituation({ situation: SYRIA_SITUATION, incidents, reports, analystIndicators: [], asOf: "2021-09-30" }, defaultAssessDeps)
 */
export function assessSituation(input: AssessInput, deps: AssessDeps): AssessOutput {
  const { situation, asOf } = input;
  const inSituation = input.incidents.filter(
    (i) => i.place.country === null || i.place.country === situation.country,
  );
  const series: SeriesIncident[] = [];
  for (const incident of inSituation) {
    const s = toSeriesIncident(incident, input.reports);
    if (s && s.knownDay <= asOf) series.push(s);
  }
  const knownIds = new Set(series.map((s) => s.id));
  const byId = new Map(series.map((s) => [s.id, s]));

  const alerts = detectAlerts(
    { situationId: situation.id, incidents: series, asOf, from: input.alertsFrom },
    { config: deps.escalation },
  );

  // Undated incidents cannot be placed in a series, but their reported facts are still qualified.
  const qualifiable = inSituation.filter(
    (i) => knownIds.has(i.id) || (!i.date.start && !i.date.end && knownDay(i, input.reports) <= asOf),
  );
  const patterns = new PatternFinder(series);
  const assessments = qualifiable.map((incident) => {
    const s = byId.get(incident.id);
    const reports = Object.fromEntries(
      incident.reports.filter((id) => input.reports[id]).map((id) => [id, input.reports[id]!]),
    );
    return qualifyIncident(
      { incident, reports, situation, pattern: s ? patterns.find(s, asOf) : null },
      { codes: deps.codes, indicators: deps.indicators, rulesVersion: deps.rulesVersion },
    );
  });

  const statements: StatementRef[] = [];
  for (const [reportId, report] of Object.entries(input.reports)) {
    const day = report.publishedAt ?? report.retrievedAt.slice(0, 10);
    report.statements.forEach((statement, ordinal) =>
      statements.push({ id: `${reportId}:s${ordinal}`, kind: statement.kind, knownDay: day }),
    );
  }
  const profile = buildRiskProfile(
    {
      situation,
      asOf,
      incidents: series,
      assessments: new Map(assessments.map((a) => [a.incidentId, a])),
      alerts,
      statements,
      analyst: input.analystIndicators.filter((a) => a.situationId === situation.id),
    },
    { factors: deps.factors, decayDays: deps.decayDays },
  );
  return { assessments, alerts, profile };
}

export interface PlannedAssessInput {
  situation: SituationContext;
  plan: AssessmentPlan;
  /** The reports of the incidents in `plan.qualify` (others may be left out). */
  reports: Readonly<Record<string, AssessReport>>;
  asOf: string;
  alertsFrom?: string;
}

/**
 * The incremental path: qualifies the incidents a plan (`planAssessment`) names and replays the alerts
 * of the series it names. Stored assessments of other incidents and alerts of other series stand.
 *
 * @example const plan = planAssessment(input, planDeps); assessPlanned({ situation, plan, reports, asOf }, deps)
 */
export function assessPlanned(
  input: PlannedAssessInput,
  deps: AssessDeps,
): { assessments: IncidentAssessment[]; alerts: Alert[] } {
  const { plan, situation } = input;
  const keys = plan.alertKeys;
  const alerts =
    keys !== "all" && keys.size === 0
      ? []
      : detectAlerts(
          {
            situationId: situation.id,
            incidents: plan.series,
            asOf: input.asOf,
            from: input.alertsFrom,
            keys: keys === "all" ? undefined : keys,
          },
          { config: deps.escalation },
        );
  const assessments = plan.qualify.map(({ incident, pattern }) =>
    qualifyIncident(
      {
        incident,
        reports: Object.fromEntries(
          incident.reports.filter((id) => input.reports[id]).map((id) => [id, input.reports[id]!]),
        ),
        situation,
        pattern,
      },
      { codes: deps.codes, indicators: deps.indicators, rulesVersion: deps.rulesVersion },
    ),
  );
  return { assessments, alerts };
}

function knownDay(incident: Incident, reports: Readonly<Record<string, AssessReport>>): string {
  const days = incident.reports
    .map((id) => reports[id])
    .filter((r) => r !== undefined)
    .map((r) => r.publishedAt ?? r.retrievedAt.slice(0, 10));
  return days.sort()[0] ?? incident.createdAt.slice(0, 10);
}

export { qualifyIncident } from "./qualify/qualify-incident.js";
export {
  planAssessment,
  type AssessmentPlan,
  type PlanInput,
  type SeriesView,
  type StoredInput,
} from "./incremental/plan-assessment.js";
export { detectAlerts } from "./escalation/detect-alerts.js";
export { DEFAULT_ESCALATION_CONFIG, type EscalationConfig } from "./escalation/escalation-config.js";
export { buildRiskProfile } from "./risk/build-risk-profile.js";
export { toSeriesIncident, bestGrade, type SeriesIncident } from "./series/series-incident.js";
export { addDays, daysBetween, eachDay } from "./series/days.js";
export { dailySeries, type SeriesPoint, type SeriesSelector } from "./series/daily-series.js";
