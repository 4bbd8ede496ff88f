/**
 * Explicit administrative context of the places of one sentence, read from how English lists villages:
 * "A, B in Jabal Y, C and D in southern Idlib, E in Sahl Z in north-western Hama". An admin phrase (a
 * governorate, or a named sub-region whose governorates are known) applies to the list items before it,
 * back to the previous admin phrase, as long as only list wording links them; a sub-region refined by a
 * governorate right after it ("Jabal Y in northern Latakia") takes that governorate; an admin phrase that
 * opens a list ("in the countryside of Idlib, the villages of A and B") also applies rightwards.
 * Homonymous village names are common in Syria, so find-places.ts treats this context as a constraint,
 * not a hint. Also finds locators: "X western Y", "X north of Y", "X village in Y town": Y says where X is.
 */
import type { ResolvedPlace } from "./resolved-place.js";

/** Words that may link the items of one list of places to the admin phrase that closes or opens it. */
const CONNECTOR_WORDS = new Set(
  (
    "in of the and as well within at & village villages town towns city cities area areas frontline frontlines " +
    "front axis axes countryside rural province governorate region district sub-district plain plains " +
    "mountain mountains outskirts vicinity surroundings environs periphery side edge edges on camp camps " +
    "neighbourhood neighborhood " +
    "neighbourhoods neighborhoods other several nearby hamlet hamlets farms positions " +
    "north south east west northern southern eastern western central north-west north-east south-west " +
    "south-east north-western north-eastern south-western south-eastern northwest northeast southwest " +
    "southeast northwestern northeastern southwestern southeastern northwest's"
  ).split(" "),
);

/** A sub-region refined by the governorate right after it: "Jabal Y in northern Latakia", "Sahl Z, Hama". */
const REFINE_GAP =
  /^(?:'s)?(?:\s+[a-z-]+)?\s*(?:,\s*(?:in\s+)?|\s+(?:in|of|within)\s+)(?:the\s+)?(?:[a-z-]+\s+){0,3}$/;
/** Admin phrases listed together ("in Idlib and Hama countryside"): the context is either. */
const UNION_GAP =
  /^(?:\s+[a-z-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*)(?:[a-z-]+\s+){0,3}$/;
/** An admin phrase opening a list: "in rural Idlib, the villages of A", "in Hama countryside: the towns of A". */
const OPENS_LIST_GAP =
  /^(?:'s)?(?:\s+(?:countryside|province|governorate|region|rural|plain|mountains?))?\s*(?::\s*(?:the\s+)?(?:villages?|towns?|areas?)\s+of\s+(?:the\s+)?|,\s*(?:including\s+|namely\s+|especially\s+|particularly\s+|notably\s+|in\s+|on\s+)?(?:the\s+)?(?:villages?|towns?|areas?|cities|neighbou?rhoods?)\s+of\s+(?:the\s+)?)$/i;

/**
 * Words of "to the north of" and a distance ("some 16 km west of") between a place and its locator,
 * accepted on top of list wording.
 */
const DIRECTION_WORDS =
  /\b(?:to|of|the)\b|\b(?:(?:about|some|around|approximately|nearly)\s+)?\d{1,3}(?:[.,]\d+)?\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?)\b/gi;

/**
 * Wording that lists an admin phrase beside the places before it instead of containing them: "A, B and
 * rural Idlib", but not "A, B and other areas in rural Idlib".
 */
const COORDINATED = /(?:\band\b|&|\bas well as\b)(?![^]*\b(?:in|of|within)\b)/i;

/** List wording that joins two items ("A, B", "A and B"), not one that places the first in the second. */
const COORDINATION_GAP = /(?:,|\band\b|&|\bas well as\b)/i;

/** True when `gap` holds nothing but list wording (parenthesised alternate spellings aside). */
export function isListConnector(gap: string): boolean {
  const bare = gap.replace(/\s*\([^)]{0,60}\)/g, " ");
  if (/[^\p{L}\s,'’&-]/u.test(bare)) return false;
  const words = bare
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return words.every((w) => CONNECTOR_WORDS.has(w));
}

/** An admin phrase: a governorate ("rural Idlib") or a named sub-region ("Jabal al-Zawiya"). */
export function isAdminPhrase(p: ResolvedPlace): boolean {
  return (p.precision === "admin1" && p.entry === null && p.admin1 !== null) || p.regionEntry !== null;
}

export interface SentenceContext {
  /** Governorates a place must lie in, from the admin phrase of its list. */
  admins: Map<ResolvedPlace, string[]>;
  /** The place named right after a place to locate it ("X north of Y" gives X → Y). */
  locators: Map<ResolvedPlace, ResolvedPlace>;
}

/**
 * Admin context and locators of the places of one sentence.
 * @param text the sentence text, whose first character is at absolute offset `offset`
 * @param regionAdmins every governorate of a sub-region phrase (a region may span several)
 */
export function sentenceContext(
  text: string,
  offset: number,
  places: readonly ResolvedPlace[],
  regionAdmins: (p: ResolvedPlace) => readonly string[],
): SentenceContext {
  const list = [...places].sort((a, b) => a.candidate.start - b.candidate.start);
  const gap = (i: number) =>
    text.slice(list[i]!.candidate.end - offset, list[i + 1]!.candidate.start - offset);
  const phrase = list.map(isAdminPhrase);
  const own = list.map((p, i) =>
    !phrase[i] ? [] : p.regionEntry ? [...regionAdmins(p)] : p.admin1 ? [p.admin1] : [],
  );
  // Effective context of each admin phrase, right to left: a refining governorate wins, listed ones add up.
  const eff: string[][] = list.map(() => []);
  for (let i = list.length - 1; i >= 0; i--) {
    if (!phrase[i]) continue;
    eff[i] = own[i]!;
    if (i + 1 >= list.length || !phrase[i + 1]) continue;
    const g = gap(i);
    const next = eff[i + 1]!;
    if (list[i]!.regionEntry && REFINE_GAP.test(g) && next.length > 0) {
      const both = own[i]!.filter((a) => next.includes(a));
      eff[i] = both.length > 0 ? both : next;
    } else if (UNION_GAP.test(g) && isListConnector(g)) {
      eff[i] = [...new Set([...own[i]!, ...next])];
    }
  }

  const admins = new Map<ResolvedPlace, string[]>();
  // Rightwards first, for lists an admin phrase opens; the leftward scope of a later phrase overrides.
  for (let i = 0; i + 1 < list.length; i++) {
    if (!phrase[i] || phrase[i + 1] || eff[i]!.length === 0 || !OPENS_LIST_GAP.test(gap(i))) continue;
    for (let j = i + 1; j < list.length && !phrase[j]; j++) {
      if (j > i + 1 && !isListConnector(gap(j - 1))) break;
      admins.set(list[j]!, eff[i]!);
    }
  }
  // Leftwards: each admin phrase scopes over the list items since the previous one, when it contains
  // them ("A and B in rural Idlib"), not when it is listed beside them ("A, B and rural Idlib").
  // A town that locates the item before it closes that item ("A in Y countryside and B in rural Idlib":
  // Y places A, and the governorate phrase covers B only).
  for (let i = 1; i < list.length; i++) {
    if (!phrase[i] || eff[i]!.length === 0 || COORDINATED.test(gap(i - 1))) continue;
    for (let j = i - 1; j >= 0 && !phrase[j] && isListConnector(gap(j)); j--) {
      if (j < i - 1 && list[j]!.candidate.role === "container" && COORDINATION_GAP.test(gap(j))) break;
      admins.set(list[j]!, eff[i]!);
    }
  }

  // Locators: a place contained in the next one (a town, not an admin phrase) is located by it, and so
  // are the items listed before it ("A and B east of Y").
  const locators = new Map<ResolvedPlace, ResolvedPlace>();
  for (let i = 1; i < list.length; i++) {
    const y = list[i]!;
    if (phrase[i] || y.candidate.role !== "container" || phrase[i - 1]) continue;
    // The place right before it is the one its wording contains ("X Camp for IDPs in Y"); earlier ones
    // only through list wording.
    const listed = (j: number) => j === i - 1 || isListConnector(gap(j).replace(DIRECTION_WORDS, " "));
    for (let j = i - 1; j >= 0 && !phrase[j] && listed(j); j--) {
      if (!locators.has(list[j]!)) locators.set(list[j]!, y);
      if (list[j]!.candidate.role === "container") break;
    }
  }
  return { admins, locators };
}
