/**
 * The site an attack told without a place hit ("a drone struck their school in Syria"), and a later
 * sentence that places that site ("The girls are students at a boarding school in the village of A"):
 * the attack happened at A. The site is a facility or dwelling the victim lexicon names (a school, a
 * market, a mosque, a camp, a hospital, homes, a water station) or a vehicle, tent or building struck,
 * never a group of persons, and it must be the attack's object (after its trigger); the later sentence
 * must name a site of the same kind followed, in the same clause, by "in / at / near (the village of) A".
 */
import type { EventMention } from "./find-events.js";
import { findVictims, type TargetCategory } from "./find-victims.js";
import type { ResolvedPlace } from "./resolved-place.js";

/** Target categories that are places something stands at, not persons. */
const SITE_CATEGORIES: ReadonlySet<TargetCategory> = new Set([
  "school",
  "market",
  "worship",
  "camp",
  "medical",
  "residential",
  "infrastructure",
]);

/** Things an attack strikes that the victim lexicon has no target category for. */
const STRUCK_OBJECTS: [string, RegExp][] = [
  ["vehicle", /\b(?:cars?|vehicles?|motorcycles?|motorbikes?|buses|bus|trucks?|vans?|pick-?ups?)\b/gi],
  ["tent", /\btents?\b/gi],
  ["building", /\bbuildings?\b/gi],
];

/** A site of some kind named at `start`–`end` (absolute offsets). */
export interface Site {
  kind: string;
  start: number;
  end: number;
}

/** Person nouns of the medical category ("doctors", "paramedics"): persons, not a site. */
const PERSON_WORD_RE = /(?:medics?|nurses?|doctors?|staff|teams?|workers?)$/i;

/** The auxiliary of a passive right before a trigger: "was targeted", "were hit", "has been shelled". */
const PASSIVE_BEFORE_RE =
  /(?<![\p{L}])(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?$/iu;

/** Between a site noun and its settlement: "school in the village of ", "camp near ", "market at ". */
const SITE_TO_PLACE_RE =
  /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:in|at|near|inside)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+)?(?:village|town|city|hamlet|area|outskirts|countryside|neighbou?rhood|district|suburb|centre|center|heart|middle|edge|entrance)\s+of\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?)?$/iu;

/** The sites of `text` (absolute offset `offset`): victim-lexicon targets and struck objects. */
function sitesIn(text: string, offset: number): Site[] {
  const targets = findVictims(text, offset)
    .targets.filter(
      (t) =>
        SITE_CATEGORIES.has(t.value) && !PERSON_WORD_RE.test(text.slice(t.start - offset, t.end - offset)),
    )
    .map((t) => ({ kind: t.value as string, start: t.start, end: t.end }));
  const objects = STRUCK_OBJECTS.flatMap(([kind, re]) =>
    [...text.matchAll(re)].map((m) => ({
      kind,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    })),
  );
  return [...targets, ...objects];
}

/**
 * The sites an attack told in `segment` hit: those named after one of its triggers.
 * @example attackSites(text, seg, events)  // [{ kind: "school", … }] for "a drone struck their school in Syria"
 */
export function attackSites(
  text: string,
  segment: { start: number; end: number },
  events: readonly EventMention[],
): Site[] {
  const told = events.filter((e) => !e.period && !e.background);
  if (told.length === 0) return [];
  const first = Math.min(...told.map((e) => e.end));
  // "A mosque … was targeted by airstrikes": the subject of a passive trigger is its object.
  const passive = told.find((e) =>
    PASSIVE_BEFORE_RE.test(text.slice(Math.max(segment.start, e.start - 30), e.start)),
  );
  const sites = sitesIn(text.slice(segment.start, segment.end), segment.start);
  const subject = passive ? sites.filter((t) => t.end <= passive.start).slice(0, 1) : [];
  return [...subject, ...sites.filter((t) => t.start >= first)];
}

/**
 * The settlement of `places` that a sentence locates a site of one of the `kinds` at ("a boarding school
 * in the village of A"), or null.
 */
export function placedSite(
  text: string,
  sentence: { start: number; end: number },
  places: readonly ResolvedPlace[],
  kinds: readonly string[],
): ResolvedPlace | null {
  if (kinds.length === 0) return null;
  const sites = sitesIn(text.slice(sentence.start, sentence.end), sentence.start).filter((t) =>
    kinds.includes(t.kind),
  );
  for (const site of sites)
    for (const p of places) {
      if (p.role !== "settlement" || p.entry === null || p.candidate.start < site.end) continue;
      const gap = text.slice(site.end, p.candidate.start);
      if (gap.length <= 60 && !/[.;:,()]/.test(gap) && SITE_TO_PLACE_RE.test(gap)) return p;
    }
  return null;
}
