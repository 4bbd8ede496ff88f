/**
 * Patterns of attacks on civilians in our own incident series: the same alleged perpetrator hitting
 * civilians again and again across several areas within a month. This is what the chapeau of crimes
 * against humanity asks about (a widespread or systematic attack) and what RF11 tracks; a source's word
 * "systematic" never stands in for it.
 */
import type { PatternEvidence } from "../qualify/incident-facts.js";
import { addDays } from "../series/days.js";
import type { SeriesIncident } from "../series/series-incident.js";

export interface PatternConfig {
  windowDays: number;
  minIncidents: number;
  minAreas: number;
  /** One statement listing five villages is one voice, not a pattern: the incidents must come from this many reports. */
  minReports: number;
}

/** Incidents listed as a pattern's evidence (the count covers them all). */
const PATTERN_EVIDENCE_LIMIT = 50;

export const DEFAULT_PATTERN_CONFIG: PatternConfig = {
  windowDays: 30,
  minIncidents: 5,
  minAreas: 2,
  minReports: 2,
};

const areaOf = (i: SeriesIncident) => i.admin2 ?? i.admin1 ?? "unlocated";

/**
 * The pattern around `incident` (same perpetrator, civilians hit, `windowDays` up to its day, known by
 * `asOf`), or null when there is none.
 */
export function findPattern(
  incident: SeriesIncident,
  series: readonly SeriesIncident[],
  asOf: string,
  config: PatternConfig = DEFAULT_PATTERN_CONFIG,
): PatternEvidence | null {
  const from = addDays(incident.eventDay, -(config.windowDays - 1));
  for (const perpetrator of incident.perpetrators) {
    if (!perpetrator.actorId) continue;
    const related = series.filter(
      (other) =>
        other.civilian &&
        other.knownDay <= asOf &&
        other.eventDay >= from &&
        other.eventDay <= incident.eventDay &&
        other.perpetrators.some((p) => p.actorId === perpetrator.actorId),
    );
    const areas = [...new Set(related.map(areaOf))].sort();
    const reports = new Set(related.flatMap((r) => r.reports));
    if (
      related.length >= config.minIncidents &&
      areas.length >= config.minAreas &&
      reports.size >= config.minReports
    ) {
      return {
        perpetrator: perpetrator.name,
        count: related.length,
        incidentIds: related.map((r) => r.id).sort(),
        areas,
        fromDay: from,
        toDay: incident.eventDay,
      };
    }
  }
  return null;
}

/**
 * `findPattern` over an index: incidents by perpetrator, sorted by day, so each lookup reads only its
 * 30-day window instead of the whole record (the whole-record scan made assessment quadratic).
 */
export class PatternFinder {
  private readonly byActor = new Map<string, SeriesIncident[]>();

  constructor(series: readonly SeriesIncident[]) {
    for (const incident of series)
      for (const p of incident.perpetrators) {
        if (!p.actorId || !incident.civilian) continue;
        const list = this.byActor.get(p.actorId) ?? [];
        list.push(incident);
        this.byActor.set(p.actorId, list);
      }
    for (const list of this.byActor.values()) list.sort((a, b) => a.eventDay.localeCompare(b.eventDay));
  }

  find(
    incident: SeriesIncident,
    asOf: string,
    config: PatternConfig = DEFAULT_PATTERN_CONFIG,
  ): PatternEvidence | null {
    const from = addDays(incident.eventDay, -(config.windowDays - 1));
    for (const perpetrator of incident.perpetrators) {
      if (!perpetrator.actorId) continue;
      const list = this.byActor.get(perpetrator.actorId) ?? [];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.eventDay < from) lo = mid + 1;
        else hi = mid;
      }
      let count = 0;
      const areas = new Set<string>();
      const reports = new Set<string>();
      let last = lo;
      for (let i = lo; i < list.length && list[i]!.eventDay <= incident.eventDay; i++) {
        last = i;
        if (list[i]!.knownDay > asOf) continue;
        count++;
        areas.add(areaOf(list[i]!));
        for (const r of list[i]!.reports) reports.add(r);
      }
      if (
        count >= config.minIncidents &&
        areas.size >= config.minAreas &&
        reports.size >= config.minReports
      ) {
        const ids: string[] = [];
        for (let i = lo; i <= last && ids.length < PATTERN_EVIDENCE_LIMIT; i++)
          if (list[i]!.knownDay <= asOf) ids.push(list[i]!.id);
        return {
          perpetrator: perpetrator.name,
          incidentIds: ids,
          areas: [...areas].sort(),
          fromDay: from,
          toDay: incident.eventDay,
          count,
        };
      }
    }
    return null;
  }
}
