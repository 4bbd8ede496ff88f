/**
 * When a governorate named alone ("rural Hama", "Idlib province") is an incident place: only as the
 * object of an attack, never as territory, origin, front line or destination.
 */
import type { Segment } from "./event-segments.js";
import type { ResolvedPlace } from "./resolved-place.js";

const CONTEXT_BEFORE_RE =
  /\b(?:from|held|controlled|control|captur\w*|seiz\w*|areas? of|parts of|positioned|stationed|based|deployed|nearby|neighbou?ring|home to|front ?lines?|borders?|toward|towards|fled|displaced|across)\b[^,;:]*$/i;

/**
 * A governorate named alone is an incident place only when it is the attack's object: a live trigger
 * precedes it in its own clause and nothing between says it is an origin, a front line or territory
 * ("fired from Idlib", "areas of Aleppo and Hama provinces", "the countryside of nearby Hama").
 */
export function adminIsTarget(text: string, p: ResolvedPlace, seg: Segment): boolean {
  const at = p.candidate.start;
  const before = text.slice(Math.max(seg.start, at - 100), at);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const clause = before.slice(clauseStart + 1);
  if (CONTEXT_BEFORE_RE.test(before)) return false;
  const clauseFrom = at - clause.length;
  return seg.events.some((e) => !e.period && e.start >= clauseFrom && e.end <= at);
}
