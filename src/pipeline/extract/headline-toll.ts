/**
 * Headline pass: ingestion keeps a report's headline as its title, apart from the text, and headlines
 * often carry the toll the body never repeats ("Two civilians killed in Turkish bombardment on Tal Tamr
 * countryside" over a body that names the village shelled). The headline's deaths go to the one claim
 * the headline is about, when that claim has no deaths of its own: the claim whose place the headline
 * names, else — when the headline names none of the claims' places — the report's only claim. The toll
 * keeps the headline's words as its text; it has no evidence span, since the title is not in the text.
 */
import type { PlaceLookup } from "../../domain/places.js";
import { findCasualties } from "./casualties/find-casualties.js";
import { looseNameKey, type ClaimDraft } from "./claim-draft.js";
import { pickCasualties } from "./claim-tolls.js";
import { bestEventType, findEvents } from "./find-events.js";
import { family } from "./make-claims.js";
import { findPlaceCandidates } from "./place-candidates.js";

/** A period the headline counts over ("in a year of shelling", "since January", "so far"). */
const TALLY_RE =
  /\b(?:(?:in|over|during|within)\s+(?:a|an|the|one|two|three|\d+|past|last|this)\s+(?:[\p{L}-]+\s+)?(?:years?|months?|weeks?)|since|so\s+far|to\s+date|tally|monthly|annual|weekly)\b/iu;

/** True when the draft's place is the place the headline names as `mention`. */
function namedBy(d: ClaimDraft, mention: string, places: PlaceLookup): boolean {
  if (looseNameKey(d.place.candidate.mention) === looseNameKey(mention)) return true;
  const id = d.place.entry?.id;
  if (!id) return false;
  return places.findPlaces(mention).some((m) => m.matchedBy !== "fuzzy" && m.entry.id === id);
}

/**
 * The drafts with the headline's deaths given to the claim it is about (see the module header).
 * @example withHeadlineToll("Shelling kills two in Ihsim", [ihsimDraft], places)[0].casualties.killed
 *   // → { min: 2, max: 2 }
 */
export function withHeadlineToll(
  title: string | null,
  drafts: ClaimDraft[],
  places: PlaceLookup,
): ClaimDraft[] {
  if (!title || drafts.length === 0) return drafts;
  const range = { start: 0, end: title.length };
  const deaths = findCasualties(title, range).filter(
    (c) => c.kind === "killed" && !c.cumulative && c.range.min > 0,
  );
  if (deaths.length === 0) return drafts;
  // A headline about a campaign or tally ("500 killed in a year of strikes") is no incident's toll.
  const events = findEvents(title, 0, { killings: true });
  if (events.length === 0 || events.some((e) => e.period) || TALLY_RE.test(title)) return drafts;
  const toll = pickCasualties(title, deaths, false);
  if (!toll) return drafts;
  // A governorate in the headline ("… kills 8 in Idlib") sums up the report's places: no one place's toll.
  const named = findPlaceCandidates(title, 0, [])
    .map((c) => c.mention)
    .filter((m) => places.resolveAdmin1(m) === null);
  const kinds = new Set(events.map((e) => family(bestEventType([e.type]))));
  const fits = (d: ClaimDraft) =>
    kinds.has(family(d.eventType)) || kinds.has("generic") || family(d.eventType) === "generic";
  const about = drafts.filter((d) => named.some((m) => namedBy(d, m, places)));
  const target = (about.length > 0 ? about : drafts.length === 1 ? drafts : []).filter(fits);
  if (target.length !== 1) return drafts;
  const [d] = target;
  if (!d || d.casualties?.killed || d.casualties?.scope === "group") return drafts;
  const casualties: NonNullable<ClaimDraft["casualties"]> = d.casualties
    ? { ...d.casualties, killed: toll.killed, text: `${title} … ${d.casualties.text}` }
    : { ...toll, text: title, start: -1, end: -1 };
  return drafts.map((x) => (x === d ? { ...d, casualties } : x));
}
