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
}

export const DEFAULT_PATTERN_CONFIG: PatternConfig = { windowDays: 30, minIncidents: 5, minAreas: 2 };

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
    if (related.length >= config.minIncidents && areas.length >= config.minAreas) {
      return {
        perpetrator: perpetrator.name,
        incidentIds: related.map((r) => r.id).sort(),
        areas,
        fromDay: from,
        toDay: incident.eventDay,
      };
    }
  }
  return null;
}
