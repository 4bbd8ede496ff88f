/**
 * Escalation detection and rule alerts, computed as of each day on which something became known. The
 * incidents are replayed in the order of the day they were first known (publication dates), so an
 * alert for day d uses only what was known by the day it is raised, and a backfill raises exactly the
 * alerts a live system would have raised then — and none for days that were quiet at the time.
 *
 * Series: per admin1, per admin2 and per primary perpetrator, daily incidents and daily killed. A day's
 * count is judged against the previous `baselineDays` with a negative-binomial tail (negative-binomial.ts).
 * Rules: attack on rescuers or medical staff, double tap, mass casualty, new perpetrator in an admin1.
 */
import type { Alert, AlertKind, AlertScope } from "../../../domain/alert.js";
import { addDays, daysBetween } from "../series/days.js";
import { bestGrade, type SeriesIncident } from "../series/series-incident.js";
import { alertId } from "./alert-id.js";
import type { EscalationConfig } from "./escalation-config.js";
import { expectedCount, predictive, tailProbability } from "./negative-binomial.js";

export interface DetectAlertsInput {
  situationId: string;
  incidents: readonly SeriesIncident[];
  /** Raise alerts as of days up to this one (inclusive). */
  asOf: string;
  /** Raise no alert before this day (knowledge before it still forms baselines); default: from the start. */
  from?: string;
  /**
   * Replay only these series (keys from `seriesKeyIds`) and the rule alerts of incidents in their
   * admin1 areas or named `incident:<id>`; default: everything. Every incident still forms baselines.
   */
  keys?: ReadonlySet<string>;
}

interface SeriesKey {
  scope: Exclude<AlertScope, "incident">;
  key: string;
  label: string;
  admin1: string | null;
  admin2: string | null;
  perpetrator: { actorId: string | null; name: string } | null;
}

function seriesKeys(incident: SeriesIncident): SeriesKey[] {
  const keys: SeriesKey[] = [];
  if (incident.admin1) {
    keys.push({
      scope: "admin1",
      key: `admin1:${incident.admin1}`,
      label: incident.admin1,
      admin1: incident.admin1,
      admin2: null,
      perpetrator: null,
    });
    if (incident.admin2)
      keys.push({
        scope: "admin2",
        key: `admin2:${incident.admin1}/${incident.admin2}`,
        label: `${incident.admin2} (${incident.admin1})`,
        admin1: incident.admin1,
        admin2: incident.admin2,
        perpetrator: null,
      });
  }
  for (const p of incident.perpetrators) {
    if (!p.actorId) continue;
    keys.push({
      scope: "perpetrator",
      key: `perpetrator:${p.actorId}`,
      label: p.name,
      admin1: null,
      admin2: null,
      perpetrator: p,
    });
  }
  return keys;
}

/**
 * The series an incident counts in (`admin1:…`, `admin2:…`, `perpetrator:…`) and its own `incident:<id>`
 * key for its rule alerts: what a change to it can alter.
 */
export function seriesKeyIds(incident: SeriesIncident): string[] {
  return [...seriesKeys(incident).map((k) => k.key), `incident:${incident.id}`];
}

/** Whether the rule alerts of `incident` are in scope: they read its admin1 area only. */
function rulesInScope(incident: SeriesIncident, keys: ReadonlySet<string> | undefined): boolean {
  if (!keys) return true;
  return (
    keys.has(`incident:${incident.id}`) || (incident.admin1 !== null && keys.has(`admin1:${incident.admin1}`))
  );
}

/** Known incidents by series key and event day, growing as the replay advances. */
class SeriesIndex {
  private readonly byKey = new Map<string, Map<string, SeriesIncident[]>>();
  earliestDay: string | null = null;

  add(incident: SeriesIncident): void {
    if (this.earliestDay === null || incident.eventDay < this.earliestDay)
      this.earliestDay = incident.eventDay;
    for (const k of seriesKeys(incident)) {
      const days = this.byKey.get(k.key) ?? new Map<string, SeriesIncident[]>();
      const list = days.get(incident.eventDay) ?? [];
      list.push(incident);
      days.set(incident.eventDay, list);
      this.byKey.set(k.key, days);
    }
  }

  on(key: string, day: string): SeriesIncident[] {
    return this.byKey.get(key)?.get(day) ?? [];
  }

  /** Incidents of `key` with an event day in [from, to]: day by day when the range is short. */
  between(key: string, from: string, to: string): SeriesIncident[] {
    const days = this.byKey.get(key);
    if (!days) return [];
    const out: SeriesIncident[] = [];
    const span = daysBetween(from, to);
    if (span <= 60) {
      for (let d = 0; d <= span; d++) {
        const list = days.get(addDays(from, d));
        if (list) out.push(...list);
      }
      return out;
    }
    for (const [day, list] of days) if (day >= from && day <= to) out.push(...list);
    return out;
  }
}

const fmt = (x: number) => (x < 0.001 ? x.toExponential(1) : x.toPrecision(2));

/**
 * Every alert that fires between `from` and `asOf`, each at the first day it would have fired.
 *
 * @example detectAlerts({ situationId: "syria", incidents, asOf: "2021-09-30" }, { config: DEFAULT_ESCALATION_CONFIG })
 */
export function detectAlerts(input: DetectAlertsInput, deps: { config: EscalationConfig }): Alert[] {
  const { config } = deps;
  const byKnownDay = new Map<string, SeriesIncident[]>();
  for (const incident of input.incidents) {
    if (incident.knownDay > input.asOf) continue;
    const list = byKnownDay.get(incident.knownDay) ?? [];
    list.push(incident);
    byKnownDay.set(incident.knownDay, list);
  }
  const index = new SeriesIndex();
  const alerts = new Map<string, Alert>();
  const raise = (alert: Alert) => {
    if (!alerts.has(alert.id)) alerts.set(alert.id, alert);
  };

  for (const today of [...byKnownDay.keys()].sort()) {
    const arrived = byKnownDay
      .get(today)!
      .slice()
      .sort((a, b) => a.id.localeCompare(b.id));
    for (const incident of arrived) index.add(incident);
    if (input.from && today < input.from) continue;
    const fresh = arrived.filter((i) => daysBetween(i.eventDay, today) <= config.lagDays);
    const evaluated = new Set<string>();
    for (const incident of fresh) {
      if (rulesInScope(incident, input.keys))
        for (const alert of ruleAlerts(input.situationId, incident, today, index, config)) raise(alert);
      for (const key of seriesKeys(incident)) {
        if (input.keys && !input.keys.has(key.key)) continue;
        const slot = `${key.key}|${incident.eventDay}`;
        if (evaluated.has(slot)) continue;
        evaluated.add(slot);
        for (const alert of seriesAlerts(input.situationId, key, incident.eventDay, today, index, config))
          raise(alert);
      }
    }
  }
  return [...alerts.values()].sort(
    (a, b) =>
      a.raisedAsOf.localeCompare(b.raisedAsOf) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}

function seriesAlerts(
  situationId: string,
  key: SeriesKey,
  day: string,
  today: string,
  index: SeriesIndex,
  config: EscalationConfig,
): Alert[] {
  const baselineFrom = addDays(day, -config.baselineDays);
  // Without a record reaching back over a whole baseline, any activity would look like a surge.
  if (index.earliestDay === null || index.earliestDay > addDays(day, -config.minHistoryDays)) return [];
  const onDay = index.on(key.key, day);
  const baseline = index.between(key.key, baselineFrom, addDays(day, -1));
  const out: Alert[] = [];
  const checks: {
    kind: AlertKind;
    observed: number;
    total: number;
    tail: number;
    min: number;
    unit: string;
  }[] = [
    {
      kind: "escalation_incidents",
      observed: onDay.length,
      total: baseline.length,
      tail: config.incidentTail,
      min: config.minIncidents,
      unit: "incidents",
    },
    {
      kind: "escalation_killed",
      observed: onDay.reduce((s, i) => s + i.killed, 0),
      total: baseline.reduce((s, i) => s + i.killed, 0),
      tail: config.killedTail,
      min: config.minKilled,
      unit: "people killed",
    },
  ];
  for (const check of checks) {
    if (check.observed < check.min) continue;
    const params = predictive(check.total, config.baselineDays);
    const pValue = tailProbability(check.observed, params);
    if (pValue >= check.tail) continue;
    const expected = expectedCount(params);
    out.push({
      id: alertId([situationId, check.kind, key.key, day]),
      kind: check.kind,
      scope: key.scope,
      situationId,
      area: { admin1: key.admin1 ?? commonAdmin1(onDay), admin2: key.admin2 },
      perpetrator: key.perpetrator,
      date: day,
      raisedAsOf: today,
      statistic: {
        method: "negative-binomial posterior-predictive tail (Gamma(0.5, 1) prior on the daily rate)",
        observed: check.observed,
        expected,
        baselineDays: config.baselineDays,
        baselineTotal: check.total,
        pValue,
        threshold: check.tail,
        note: `${check.total} ${check.unit} in the ${config.baselineDays} days before`,
      },
      incidents: onDay.map((i) => i.id).sort(),
      grade: bestGrade(onDay),
      summary: `${check.observed} ${check.unit} reported for ${key.label} on ${day}, against ${fmt(expected)} expected a day from the previous ${config.baselineDays} days (${check.total} in all); tail probability ${fmt(pValue)}.`,
    });
  }
  return out;
}

function commonAdmin1(incidents: readonly SeriesIncident[]): string | null {
  const areas = new Set(incidents.map((i) => i.admin1));
  return areas.size === 1 ? [...areas][0]! : null;
}

function ruleAlert(
  situationId: string,
  kind: AlertKind,
  incident: SeriesIncident,
  today: string,
  statistic: Alert["statistic"],
  summary: string,
  /** Same-kind incidents of the same area and day: one alert for them all (one report often tells several places). */
  group: SeriesIncident[] | null = null,
): Alert {
  const members = group?.length ? group : [incident];
  return {
    id: group?.length
      ? alertId([situationId, kind, `area:${incident.admin1}/${incident.admin2 ?? "-"}`, incident.eventDay])
      : alertId([situationId, kind, "incident", incident.id]),
    kind,
    scope: group?.length ? (incident.admin2 ? "admin2" : "admin1") : "incident",
    situationId,
    area: { admin1: incident.admin1, admin2: incident.admin2 },
    perpetrator: incident.perpetrators[0] ?? null,
    date: incident.eventDay,
    raisedAsOf: today,
    statistic: { ...statistic, observed: members.length },
    incidents: members.map((m) => m.id).sort(),
    grade: bestGrade(members),
    summary,
  };
}

const rule = (
  method: string,
  observed: number,
  threshold: number | null,
  note: string,
): Alert["statistic"] => ({
  method,
  observed,
  expected: null,
  baselineDays: null,
  baselineTotal: null,
  pValue: null,
  threshold,
  note,
});

function ruleAlerts(
  situationId: string,
  incident: SeriesIncident,
  today: string,
  index: SeriesIndex,
  config: EscalationConfig,
): Alert[] {
  const where = incident.admin2
    ? `${incident.admin2} (${incident.admin1})`
    : (incident.admin1 ?? "an unlocated place");
  const out: Alert[] = [];
  const sameAreaDay = (has: (o: SeriesIncident) => boolean) =>
    incident.admin1
      ? index
          .on(`admin1:${incident.admin1}`, incident.eventDay)
          .filter((o) => o.admin2 === incident.admin2 && has(o))
      : null;
  if (incident.rescuersOrMedical)
    out.push(
      ruleAlert(
        situationId,
        "attack_on_rescuers_or_medical",
        incident,
        today,
        rule(
          "rule: rescuers or medical staff among the targets",
          1,
          1,
          "targets include rescuers or medical staff",
        ),
        `Rescuers or medical staff reported hit in ${where} on ${incident.eventDay}.`,
        sameAreaDay((o) => o.rescuersOrMedical),
      ),
    );
  if (incident.doubleTap)
    out.push(
      ruleAlert(
        situationId,
        "double_tap",
        incident,
        today,
        rule("rule: a second strike on responders at the same scene", 1, 1, "reported double tap"),
        `A second strike on responders at the same scene reported in ${where} on ${incident.eventDay}.`,
        sameAreaDay((o) => o.doubleTap),
      ),
    );
  if (incident.civilian && incident.killed >= config.massCasualty)
    out.push(
      ruleAlert(
        situationId,
        "mass_casualty",
        incident,
        today,
        rule(
          "rule: civilians killed in one incident (lowest reported figure)",
          incident.killed,
          config.massCasualty,
          `at least ${config.massCasualty}`,
        ),
        `At least ${incident.killed} people reported killed in one incident in ${where} on ${incident.eventDay}.`,
      ),
    );
  if (incident.admin1) {
    const areaKey = `admin1:${incident.admin1}`;
    const history =
      index.earliestDay !== null && index.earliestDay <= addDays(incident.eventDay, -config.minHistoryDays);
    for (const p of incident.perpetrators) {
      if (!p.actorId || !history) continue;
      const before = index
        .between(
          areaKey,
          addDays(incident.eventDay, -config.newPerpetratorLookbackDays),
          addDays(incident.eventDay, -1),
        )
        .some((other) => other.perpetrators.some((q) => q.actorId === p.actorId));
      if (before) continue;
      const sameDay = index
        .on(areaKey, incident.eventDay)
        .filter((o) => o.perpetrators.some((q) => q.actorId === p.actorId));
      out.push({
        id: alertId([situationId, "new_perpetrator", areaKey, p.actorId, incident.eventDay]),
        kind: "new_perpetrator",
        scope: "admin1",
        situationId,
        area: { admin1: incident.admin1, admin2: null },
        perpetrator: p,
        date: incident.eventDay,
        raisedAsOf: today,
        statistic: rule(
          "rule: first incident attributed to this actor in the area",
          sameDay.length,
          null,
          `none in the previous ${config.newPerpetratorLookbackDays} days`,
        ),
        incidents: sameDay.map((o) => o.id).sort(),
        grade: bestGrade(sameDay),
        summary: `${p.name} reported attacking in ${incident.admin1} on ${incident.eventDay}, with no incident attributed to it there in the previous ${config.newPerpetratorLookbackDays} days.`,
      });
    }
  }
  return out;
}
