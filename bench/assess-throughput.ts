/**
 * Assessment speed on synthetic incident records of growing size (two years, 14 governorates, 5
 * districts each, 6 perpetrators, one report per incident published 0–3 days later): the whole
 * assessSituation pass (alert replay as of every publication day, qualifications, risk profile), and
 * the alert replay alone. Deterministic data (seeded generator). Run: `npm run bench:assess`.
 */
import {
  DECAY_DAYS,
  LEGAL_CODES,
  LEGAL_INDICATORS,
  QUALIFICATION_RULES_VERSION,
  RISK_FACTORS,
} from "../src/knowledge/legal/index.js";
import { SYRIA_SITUATION } from "../src/knowledge/situations/index.js";
import {
  addDays,
  assessSituation,
  DEFAULT_ESCALATION_CONFIG,
  detectAlerts,
  toSeriesIncident,
} from "../src/pipeline/assess/index.js";
import { DAYS, records, START } from "./synthetic-incidents.js";

const deps = {
  codes: LEGAL_CODES,
  indicators: LEGAL_INDICATORS,
  rulesVersion: QUALIFICATION_RULES_VERSION,
  factors: RISK_FACTORS,
  decayDays: DECAY_DAYS,
  escalation: DEFAULT_ESCALATION_CONFIG,
};
const asOf = addDays(START, DAYS + 5);
const rows = [];
for (const n of [1_000, 5_000, 20_000]) {
  const { incidents, reports } = records(n);
  const series = incidents.map((i) => toSeriesIncident(i, reports)!);
  let started = process.hrtime.bigint();
  const alerts = detectAlerts(
    { situationId: "syria", incidents: series, asOf },
    { config: DEFAULT_ESCALATION_CONFIG },
  );
  const replayMs = Number(process.hrtime.bigint() - started) / 1e6;
  started = process.hrtime.bigint();
  const out = assessSituation(
    { situation: SYRIA_SITUATION, incidents, reports, analystIndicators: [], asOf },
    deps,
  );
  const wholeMs = Number(process.hrtime.bigint() - started) / 1e6;
  rows.push({
    incidents: n,
    alerts: alerts.length,
    "alert replay ms": Math.round(replayMs),
    "whole assessment ms": Math.round(wholeMs),
    "incidents/s (whole)": Math.round((n / wholeMs) * 1000),
    qualifications: out.assessments.reduce((s, a) => s + a.qualifications.length, 0),
  });
}
console.table(rows);
