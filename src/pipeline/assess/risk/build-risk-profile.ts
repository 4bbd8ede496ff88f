/**
 * The situation's risk profile against the Framework of Analysis (DOMAIN.md §3.1). Computed indicators
 * (RF1, RF2, RF11, RF13, RF14) come from incidents, their qualifications, statements, alerts and the
 * situation's context data; every other indicator is what an analyst set, with a note, or unknown —
 * nothing is imputed, and absence is never inferred from silence. Dynamic indicators decay to unknown
 * 90 days after their latest evidence. Factor level = highest indicator state, one step higher when
 * three or more indicators are present.
 */
import type { Alert } from "../../../domain/alert.js";
import type { IncidentAssessment } from "../../../domain/qualification.js";
import type {
  AnalystIndicator,
  CrimeGroup,
  FactorLevelLabel,
  IndicatorAssessment,
  IndicatorState,
  RiskFactorAssessment,
  RiskProfile,
} from "../../../domain/risk.js";
import type { RiskFactorDefinition, RiskIndicatorDefinition } from "../../../knowledge/legal/risk-factors.js";
import {
  conflictsOn,
  contextEvidenceId,
  type SituationContext,
} from "../../../knowledge/situations/situation-context.js";
import { addDays } from "../series/days.js";
import type { SeriesIncident } from "../series/series-incident.js";
import { PatternFinder } from "./find-pattern.js";

export interface StatementRef {
  id: string;
  kind: string;
  knownDay: string;
}

export interface RiskInput {
  situation: SituationContext;
  asOf: string;
  incidents: readonly SeriesIncident[];
  assessments: ReadonlyMap<string, IncidentAssessment>;
  alerts: readonly Alert[];
  statements: readonly StatementRef[];
  analyst: readonly AnalystIndicator[];
}

export interface RiskDeps {
  factors: readonly RiskFactorDefinition[];
  decayDays: number;
}

type Computed = Omit<IndicatorAssessment, "id" | "text" | "dynamic">;

const STATE_RANK: Record<IndicatorState, number> = { unknown: 0, absent: 1, present: 2, escalating: 3 };
const LABELS: FactorLevelLabel[] = ["unknown", "absent", "present", "elevated", "high"];
const EVIDENCE_LIMIT = 50;

const latest = (days: string[]) => (days.length ? days.sort()[days.length - 1]! : null);
const unknown = (note: string): Computed => ({
  state: "unknown",
  origin: "none",
  evidence: [],
  lastEvidenceDate: null,
  note,
});

function fromIncidents(list: readonly SeriesIncident[], escalating: boolean, what: string): Computed {
  if (!list.length) return unknown(`no ${what} in our record for the window`);
  const grades = new Map<string, number>();
  for (const i of list) grades.set(i.grade, (grades.get(i.grade) ?? 0) + 1);
  const gradeText = [...grades].map(([g, n]) => `${n} ${g}`).join(", ");
  return {
    state: escalating ? "escalating" : "present",
    origin: "computed",
    evidence: list.map((i) => i.id).slice(0, EVIDENCE_LIMIT),
    lastEvidenceDate: latest(list.map((i) => i.eventDay)),
    note: `${list.length} ${what} (${gradeText})${escalating ? "; more in the last 30 days than in the 60 before" : ""}${list.length > EVIDENCE_LIMIT ? `; first ${EVIDENCE_LIMIT} ids listed` : ""}`,
  };
}

/** More in the last 30 days than in the 60 days before, per day, and at least two. */
function rising(list: readonly SeriesIncident[], asOf: string, recordFrom: string | null): boolean {
  // A record younger than 90 days has no "before" to compare with: its first incidents are not a rise.
  if (recordFrom === null || recordFrom > addDays(asOf, -90)) return false;
  const cut = addDays(asOf, -30);
  const recent = list.filter((i) => i.eventDay > cut).length;
  const before = list.filter((i) => i.eventDay <= cut).length;
  return recent >= 2 && recent / 30 > before / 60;
}

function hasCode(assessments: ReadonlyMap<string, IncidentAssessment>, id: string, codes: string[]): boolean {
  return assessments.get(id)?.qualifications.some((q) => codes.includes(q.code)) ?? false;
}

function computeIndicators(input: RiskInput): Map<string, Computed> {
  const { situation, asOf, assessments } = input;
  const known = input.incidents.filter((i) => i.knownDay <= asOf && i.eventDay <= asOf);
  const recordFrom = known.length ? known.map((i) => i.eventDay).sort()[0]! : null;
  const last90 = known.filter((i) => i.eventDay > addDays(asOf, -90));
  const prev90 = known.filter((i) => i.eventDay > addDays(asOf, -180) && i.eventDay <= addDays(asOf, -90));
  const out = new Map<string, Computed>();

  const conflicts = conflictsOn(situation, asOf);
  out.set(
    "RF1.armed-conflict",
    conflicts.length
      ? {
          state: "present",
          origin: "context",
          evidence: conflicts.map((c) => contextEvidenceId(situation, c.id)),
          lastEvidenceDate: null,
          note: conflicts.map((c) => `${c.classification} since ${c.from}: ${c.description}`).join("; "),
        }
      : unknown("no armed conflict recorded in the context data for this date"),
  );
  const escalationAlerts = input.alerts.filter(
    (a) => a.kind.startsWith("escalation") && a.raisedAsOf <= asOf && a.raisedAsOf > addDays(asOf, -90),
  );
  const hostilities = fromIncidents(last90, escalationAlerts.length > 0, "incidents in the last 90 days");
  if (escalationAlerts.length)
    hostilities.note += `; ${escalationAlerts.length} escalation alert(s) in the last 90 days`;
  out.set("RF1.hostilities", hostilities);

  const qualified = known.filter((i) => assessments.get(i.id)?.qualifications.some((q) => q.level !== "L0"));
  out.set("RF2.past-violations", {
    ...fromIncidents(qualified, false, "incidents qualified L1 or above"),
    lastEvidenceDate: null,
  });
  const denials = input.statements.filter(
    (s) => s.kind === "denial" && s.knownDay <= asOf && s.knownDay > addDays(asOf, -90),
  );
  out.set(
    "RF2.denial",
    denials.length
      ? {
          state: "present",
          origin: "computed",
          evidence: denials.map((d) => d.id),
          lastEvidenceDate: latest(denials.map((d) => d.knownDay)),
          note: `${denials.length} denial statement(s) in the last 90 days`,
        }
      : unknown("no denial statement in the last 90 days"),
  );

  const civilian90 = last90.filter((i) => i.civilian);
  const finder = new PatternFinder(known);
  const patterns = civilian90
    .map((i) => ({ incident: i, pattern: finder.find(i, asOf) }))
    .filter((p) => p.pattern);
  if (patterns.length) {
    const ids = [...new Set(patterns.flatMap((p) => p.pattern!.incidentIds))].sort();
    const perpetrators = [...new Set(patterns.map((p) => p.pattern!.perpetrator))];
    const recent = patterns.some((p) => p.incident.eventDay > addDays(asOf, -30));
    out.set("RF11.pattern", {
      state: recent && perpetrators.length > 1 ? "escalating" : "present",
      origin: "computed",
      evidence: ids.slice(0, EVIDENCE_LIMIT),
      lastEvidenceDate: latest(patterns.map((p) => p.incident.eventDay)),
      note: `patterns of 5+ attacks on civilians within 30 days across 2+ areas by: ${perpetrators.join(", ")}`,
    });
  } else
    out.set(
      "RF11.pattern",
      unknown(
        "no pattern of 5+ attacks on civilians by one perpetrator within 30 days across 2+ areas and 2+ reports",
      ),
    );

  const areas = (list: readonly SeriesIncident[]) =>
    new Set(list.filter((i) => i.civilian).map((i) => i.admin2 ?? i.admin1 ?? "unlocated"));
  const days = (list: readonly SeriesIncident[]) =>
    new Set(list.filter((i) => i.civilian).map((i) => i.eventDay));
  for (const [id, measure, min, unit] of [
    ["RF11.spread-areas", areas, 2, "areas"],
    ["RF11.spread-time", days, 3, "days"],
  ] as const) {
    const now = measure(last90).size;
    const before = measure(prev90).size;
    out.set(
      id,
      now >= min
        ? {
            state: before > 0 && now > before ? "escalating" : "present",
            origin: "computed",
            evidence: civilian90.map((i) => i.id).slice(0, EVIDENCE_LIMIT),
            lastEvidenceDate: latest(civilian90.map((i) => i.eventDay)),
            note: `attacks on civilians on ${now} ${unit} in the last 90 days, ${before} in the 90 before`,
          }
        : unknown(`attacks on civilians on ${now} ${unit} in the last 90 days (fewer than ${min})`),
    );
  }

  const protectedHits = last90.filter(
    (i) =>
      i.rescuersOrMedical ||
      hasCode(assessments, i.id, ["WC-E-EMB", "WC-E-PROT", "WC-E-RESC"]) ||
      assessments
        .get(i.id)
        ?.qualifications.some(
          (q) =>
            q.code === "WC-E-CIV" &&
            q.elements.some((e) => e.name.startsWith("civilians were the object") && e.status === "met"),
        ),
  );
  out.set(
    "RF13.protected-attacks",
    fromIncidents(
      protectedHits,
      rising(protectedHits, asOf, recordFrom),
      "attacks on protected persons or objects in the last 90 days",
    ),
  );
  const displacement = last90.filter((i) => hasCode(assessments, i.id, ["CAH-DEP", "WC-E-DISP"]));
  out.set(
    "RF13.provoke-displacement",
    fromIncidents(
      displacement,
      rising(displacement, asOf, recordFrom),
      "incidents reported with displacement, an order to leave or an aim to displace, in the last 90 days",
    ),
  );
  const humanitarian = last90.filter((i) => hasCode(assessments, i.id, ["WC-E-HUM", "WC-E-RESC"]));
  out.set(
    "RF14.humanitarian-attacks",
    fromIncidents(
      humanitarian,
      rising(humanitarian, asOf, recordFrom),
      "attacks on humanitarian workers or rescuers in the last 90 days",
    ),
  );

  for (const fact of situation.facts) {
    if (out.has(fact.indicatorId) || fact.from > asOf) continue;
    out.set(fact.indicatorId, {
      state: "present",
      origin: "context",
      evidence: [contextEvidenceId(situation, fact.id)],
      lastEvidenceDate: null,
      note: fact.text,
    });
  }
  return out;
}

function analystState(
  definition: RiskIndicatorDefinition,
  set: AnalystIndicator | undefined,
  asOf: string,
  decayDays: number,
): Computed {
  if (!set) return unknown("not assessed: set it with `r2p situation set` and a note");
  const setDay = set.setAt.slice(0, 10);
  if (definition.dynamic && setDay <= addDays(asOf, -decayDays))
    return unknown(
      `set to ${set.state} by ${set.setBy} on ${setDay}; decayed after ${decayDays} days without renewal ("${set.note}")`,
    );
  return {
    state: set.state,
    origin: "analyst",
    evidence: set.evidence,
    lastEvidenceDate: setDay,
    note: `${set.setBy} on ${setDay}: ${set.note}`,
  };
}

function decay(definition: RiskIndicatorDefinition, c: Computed, asOf: string, decayDays: number): Computed {
  if (!definition.dynamic || !c.lastEvidenceDate || c.state === "unknown") return c;
  if (c.lastEvidenceDate > addDays(asOf, -decayDays)) return c;
  return {
    ...c,
    state: "unknown",
    note: `decayed: latest evidence on ${c.lastEvidenceDate}, over ${decayDays} days ago (${c.note})`,
  };
}

/**
 * Builds the profile as of `asOf`.
 *
 * @example buildRiskProfile({ situation: SYRIA_SITUATION, asOf: "2021-09-30", incidents, assessments, alerts, statements: [], analyst: [] }, { factors: RISK_FACTORS, decayDays: 90 })
 */
export function buildRiskProfile(input: RiskInput, deps: RiskDeps): RiskProfile {
  const computed = computeIndicators(input);
  const analyst = new Map<string, AnalystIndicator>();
  for (const a of [...input.analyst]
    .filter((a) => a.setAt.slice(0, 10) <= input.asOf)
    .sort((x, y) => x.setAt.localeCompare(y.setAt)))
    analyst.set(a.indicatorId, a);
  const factors: RiskFactorAssessment[] = deps.factors.map((factor) => {
    const indicators: IndicatorAssessment[] = factor.indicators.map((definition) => {
      // Computed indicators come from the record; the others from the analyst, else curated context data.
      const set = analyst.get(definition.id);
      const fromContext = computed.get(definition.id);
      const value = definition.computed
        ? decay(definition, fromContext ?? unknown("no evidence"), input.asOf, deps.decayDays)
        : set || !fromContext
          ? analystState(definition, set, input.asOf, deps.decayDays)
          : fromContext;
      return { id: definition.id, text: definition.text, dynamic: definition.dynamic, ...value };
    });
    const highest = Math.max(...indicators.map((i) => STATE_RANK[i.state]));
    const present = indicators.filter((i) => STATE_RANK[i.state] >= STATE_RANK.present).length;
    const level = Math.min(4, highest + (present >= 3 ? 1 : 0));
    return {
      id: factor.id,
      name: factor.name,
      groups: factor.groups,
      level,
      levelLabel: LABELS[level]!,
      indicators,
    };
  });
  const groups = (["common", "genocide", "crimes_against_humanity", "war_crimes"] as CrimeGroup[]).map(
    (group) => {
      const mine = factors.filter((f) => f.groups.includes(group));
      return {
        group,
        factors: mine.map((f) => f.id),
        present: mine.filter((f) => f.level >= 2).length,
        escalating: mine.filter((f) => f.indicators.some((i) => i.state === "escalating")).length,
        unknown: mine.filter((f) => f.level === 0).length,
      };
    },
  );
  return {
    situationId: input.situation.id,
    asOf: input.asOf,
    factors,
    groups,
    caveats: [
      "The Framework of Analysis gives no formula: levels here rank evidence, they are not a probability of atrocity crimes.",
      "Computed indicators count reported incidents of every grade, including single-source allegations; each lists its grades.",
      "Unknown means not assessed or no evidence in our record, never absent.",
      `Context data: ${input.situation.version}.`,
    ],
  };
}
