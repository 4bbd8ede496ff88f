/**
 * Incident claims of a report (no statements): sentences, triggers, places, actors, casualties and
 * dates assembled into one claim per place per day.
 */
import type { IncidentClaim } from "../../domain/claim.js";
import type { Report } from "../../domain/report.js";
import type { ActorLookup } from "../../domain/actors.js";
import type { PlaceLookup } from "../../domain/places.js";
import { assembleDrafts, type SentenceFacts } from "./assemble-claims.js";
import { findCasualties } from "./casualties/find-casualties.js";
import { mergeDrafts, toIncidentClaim } from "./claim-draft.js";
import { findDates } from "./dates/find-dates.js";
import { isClaimable } from "./event-segments.js";
import { findEvents } from "./find-events.js";
import { findPlaces } from "./find-places.js";
import { findRoledActors } from "./find-perpetrators.js";
import { findPlaceCandidates } from "./place-candidates.js";
import { refineAttribution } from "./refine-attribution.js";
import { inBackground, refineEvents } from "./refine-events.js";
import { type Sentence, splitSentences } from "./sentences.js";

/** Admin1 areas named in the title ("... in rural Idlib"): low-priority hints only. */
function titleAdmins(title: string | null, places: PlaceLookup): string[] {
  if (!title) return [];
  const out: string[] = [];
  for (const c of findPlaceCandidates(title, 0, [])) {
    const a = places.resolveAdmin1(c.mention);
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}

/**
 * Incident claims of one report, with the sentences they were read from.
 * @example extractIncidents(report, places, actors).incidents.length  // 4 for the seed article
 */
export function extractIncidents(
  report: Report,
  placesLookup: PlaceLookup,
  actors: ActorLookup,
): { sentences: Sentence[]; incidents: IncidentClaim[] } {
  const text = report.text;
  const sentences = splitSentences(text);
  const roled = findRoledActors(text, actors, report.publishedAt);
  const places = findPlaces(sentences, placesLookup, roled, titleAdmins(report.title, placesLookup));
  const placesOf = new Map<number, typeof places>();
  for (const p of places) placesOf.set(p.sentence, [...(placesOf.get(p.sentence) ?? []), p]);
  const facts: SentenceFacts[] = sentences.map((s, i) => {
    const range = { start: s.start, end: s.end };
    return {
      sentence: s,
      events: findEvents(s.text, s.start, { killings: (placesOf.get(i) ?? []).some(isClaimable) }),
      places: placesOf.get(i) ?? [],
      casualties: findCasualties(text, range, {}),
      dates: findDates(text, range, report.publishedAt).filter((d) => d.start >= s.start && d.end <= s.end),
    };
  });
  refineEvents(facts, roled, report.publishedAt);
  // Places of a background attack ("the 2019 chemical attack on A") are not this report's incidents.
  for (const f of facts)
    if (f.events.some((e) => e.background))
      f.places = f.places.filter((p) => !inBackground(f.events, p.candidate.start));
  const drafts = assembleDrafts({ text, facts, roled, originators: report.originators });
  refineAttribution(text, drafts, sentences, roled);
  return { sentences, incidents: mergeDrafts(drafts).map((d) => toIncidentClaim(text, d)) };
}
