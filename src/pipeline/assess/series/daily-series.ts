/**
 * The daily series behind escalation alerts, for charts: per day, incidents and killed in one area or
 * by one perpetrator, with the baseline expectation the alerts compare against — all as known on
 * `asOf` (publication dates), so a chart of the past shows what was known then.
 */
import { expectedCount, predictive } from "../escalation/negative-binomial.js";
import { addDays, daysBetween } from "./days.js";
import type { SeriesIncident } from "./series-incident.js";

export interface SeriesSelector {
  admin1?: string;
  admin2?: string;
  /** Actor id of a primary perpetrator. */
  perpetrator?: string;
}

export interface SeriesPoint {
  day: string;
  incidents: number;
  killed: number;
  /** Expected incidents that day from the previous `baselineDays` (the alerts' predictive mean). */
  expectedIncidents: number;
  incidentIds: string[];
}

const matches = (i: SeriesIncident, s: SeriesSelector) =>
  (!s.admin1 || i.admin1 === s.admin1) &&
  (!s.admin2 || i.admin2 === s.admin2) &&
  (!s.perpetrator || i.perpetrators.some((p) => p.actorId === s.perpetrator));

/**
 * Daily points from `from` to `to` (at most 3 years).
 *
 * @example dailySeries(series, { admin1: "Idlib" }, "2021-08-01", "2021-09-30", "2021-09-30", 28)[0].incidents
 */
export function dailySeries(
  series: readonly SeriesIncident[],
  selector: SeriesSelector,
  from: string,
  to: string,
  asOf: string,
  baselineDays: number,
): SeriesPoint[] {
  const span = Math.min(daysBetween(from, to), 3 * 366);
  const byDay = new Map<string, SeriesIncident[]>();
  for (const i of series) {
    if (i.knownDay > asOf || !matches(i, selector)) continue;
    const list = byDay.get(i.eventDay) ?? [];
    list.push(i);
    byDay.set(i.eventDay, list);
  }
  const count = (day: string) => byDay.get(day)?.length ?? 0;
  const points: SeriesPoint[] = [];
  let window = 0;
  for (let d = 1; d <= baselineDays; d++) window += count(addDays(from, -d));
  for (let k = 0; k <= span; k++) {
    const day = addDays(from, k);
    const list = byDay.get(day) ?? [];
    points.push({
      day,
      incidents: list.length,
      killed: list.reduce((s, i) => s + i.killed, 0),
      expectedIncidents: expectedCount(predictive(window, baselineDays)),
      incidentIds: list.map((i) => i.id).sort(),
    });
    window += list.length - count(addDays(day, -baselineDays));
  }
  return points;
}
