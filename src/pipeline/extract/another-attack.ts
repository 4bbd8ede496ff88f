/**
 * The place of an attack told as "another" one on a day of its own, without a place ("A strike on
 * August 6 killed three in A. Later on August 9, another strike killed four fighters."): "another",
 * "a second", "a new" strike says a second attack, its own day says when, and it happened where the
 * attack just told did, the only place the paragraph gives it. Told on the day of that attack, it is
 * the same incident (a second strike of one raid), which the claims pass already adds to the first.
 */
import type { DateMention } from "./dates/find-dates.js";
import { sameDay } from "./claim-draft.js";
import type { ResolvedPlace } from "./resolved-place.js";

/** "another strike", "a second deadly drone attack", "a new raid": a second attack, opening its noun phrase. */
const ANOTHER_ATTACK_RE =
  /(?<![\p{L}])(?:another|a\s+(?:second|third|further|new))\s+(?:[\p{L}-]+\s+){0,2}?(?:strikes?|air\s*strikes?|attacks?|raids?|bombings?|explosions?|blasts?|shelling)(?![\p{L}])/iu;

/** How many sentences after the attack it follows a second attack may be told. */
const ANOTHER_REACH = 2;

/** The attack told last, as the claims pass remembers it. */
export interface PlacedAttack {
  /** Its one settlement; absent when it was told at several or none. */
  place?: ResolvedPlace;
  date?: DateMention | null;
  sentence: number;
  paragraph: number;
}

/**
 * The place of a second attack told on its own day without a place, else none.
 * @param segmentText the words of the segment that tells the attack
 * @param ownDate the segment's own date (none: no claim of its own)
 * @example anotherAttackAt("Later on August 9, another strike killed four.", aug9, last, 3, 1) // [al-Qamishli]
 */
export function anotherAttackAt(
  segmentText: string,
  ownDate: DateMention | null,
  last: PlacedAttack | null,
  sentence: number,
  paragraph: number,
): ResolvedPlace[] {
  if (!ownDate || !last?.place || last.paragraph !== paragraph) return [];
  if (sentence - last.sentence > ANOTHER_REACH || !ANOTHER_ATTACK_RE.test(segmentText)) return [];
  if (last.date && sameDay(last.date, ownDate)) return [];
  return [last.place];
}
