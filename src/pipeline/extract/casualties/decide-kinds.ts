/**
 * Killed / injured / unspecified for one count: its own casualty noun ("12 dead"), a verb group right
 * after it ("were killed", also after a subgroup list: "nine people, including two children, died"),
 * a verb right before it ("killing", "the death of"), the passive verb after a long apposition ("two
 * civilians, X from Y, … and another, were killed"), a verb loosely after it in the same clause, or a
 * heading above a breakdown ("Fatalities:\n- two children"). Two kinds mean "killing and injuring".
 */
import type { Head } from "./read-head.js";
import {
  DIED_OF_WOUNDS_RE,
  INJURED_RE,
  KILLED_RE,
  STRICT_AFTER_RE,
  UNSPEC_RE,
  type CasualtyKind,
} from "./victim-lexicon.js";
import { execUnlessShort, matchesOf, matchesTwoCharsOrMore } from "../regex-matches.js";

/** What the kind decision needs to know about a count. */
export interface KindInput {
  start: number;
  end: number;
  /** End of a subgroup list attached to the count ("…, including three children and a woman"). */
  subEnd?: number;
  head: Head | null;
  singular: boolean;
  rule: string;
  tollKind?: CasualtyKind;
}

export const CLAUSE_BREAK_RE =
  /(?<![\p{L}])(?:as|while|after|when|which|who|but|where|because|whereas)(?![\p{L}])|[;:]/iu;

const PAIR_BEFORE_RE =
  /(kill(?:ing|ed)|died|deaths?|martyrdom)\s+(?:and|or)\s+(?:the\s+)?(injur(?:ing|ed|y|ies)|wound(?:ing|ed|s))\s+(?:of\s+)?(?:\w+\s+)?$|(injur(?:ing|ed)|wound(?:ing|ed))\s+(?:and|or)\s+(kill(?:ing|ed))\s+(?:\w+\s+)?$/i;

/**
 * Kinds of a count, and whether it was read as "died of wounds" (a later death of someone already
 * counted as injured: the caller treats it as an update).
 */
export function decideKinds(
  work: string,
  c: KindInput,
  range: { start: number; end: number },
  prevEnd: number,
  nextStart: number,
): { kinds: CasualtyKind[]; diedOfWounds: boolean } {
  const none = { kinds: [] as CasualtyKind[], diedOfWounds: false };
  const one = (k: CasualtyKind) => ({ kinds: [k], diedOfWounds: false });
  if (c.tollKind) return one(c.tollKind);
  // "a young man (27 yrs) killed": an aside in parentheses right after the count does not break it from its verb.
  const aside = /^\s*\([^()]{0,40}\)/.exec(work.slice(c.end, Math.min(range.end, c.end + 45)));
  const from = c.end + (aside ? aside[0].length : 0);
  const after = work.slice(from, Math.min(range.end, from + 160));
  if (DIED_OF_WOUNDS_RE.test(after)) return { kinds: ["killed"], diedOfWounds: true };
  // "A woman, named as X, was killed", "a displaced man from X village, Y, was killed": an inserted
  // phrase between the count and its verb does not break them apart.
  const inserted = INSERTED_RE.exec(after);
  const modifier = MODIFIER_RE.exec(after);
  const coordinated = COORDINATED_PLURAL_RE.exec(after);
  const strict =
    STRICT_AFTER_RE.exec(after) ??
    (inserted ? STRICT_AFTER_RE.exec(after.slice(inserted[0].length)) : null) ??
    (modifier ? STRICT_AFTER_RE.exec(after.slice(modifier[0].length)) : null) ??
    (coordinated ? STRICT_AFTER_RE.exec(after.slice(coordinated[0].length)) : null) ??
    (c.subEnd !== undefined
      ? // "… – including two children – were killed": the closing dash of the subgroup.
        (STRICT_AFTER_RE.exec(
          work.slice(c.subEnd, Math.min(range.end, c.subEnd + 160)).replace(/^\s*[–—-](?=\s)/, ""),
        ) ??
        // "… five children of whom one was an infant, were killed": a member singled out of the subgroup.
        STRICT_AFTER_RE.exec(
          work.slice(c.subEnd, Math.min(range.end, c.subEnd + 160)).replace(ONE_OF_SUB_RE, ""),
        ))
      : null);
  // "dozens of deaths and injuries", "five dead and wounded": one count of both kinds (R6 split).
  if (
    c.head?.kind &&
    c.head.kind !== "unspecified" &&
    PAIRED_NOUN_AFTER_RE.test(work.slice(c.end, c.end + 30))
  )
    return { kinds: ["killed", "injured"], diedOfWounds: false };
  if (c.head?.kind && c.head.kind !== "unspecified") return one(c.head.kind);
  if (c.head?.kind === "unspecified" && !strict) return one("unspecified");
  if (strict) return { kinds: kindsOf(strict[1] ?? "", strict[2]), diedOfWounds: false };
  const looseEnd = Math.min(range.end, nextStart, c.end + 100);
  let loose = work.slice(c.end, looseEnd);
  const stop = /[.;]|\n/.exec(loose);
  if (stop) loose = loose.slice(0, stop.index);
  const lk = firstKind(loose);
  // "Two teenage girls have described the moment a drone struck, killing four": a count that is the
  // subject of a verb of its own is not the casualty of a later one.
  const looseOk =
    lk !== undefined && !CLAUSE_BREAK_RE.test(loose.slice(0, lk.index)) && !OWN_VERB_AFTER_RE.test(loose);
  // "One citizen was killed and two others in X were injured": the count is the subject of the passive
  // verb after it, not the object of the verb before it.
  if (looseOk && PASSIVE_BEFORE_RE.test(loose.slice(0, lk.index)) && !/,/.test(loose.slice(0, lk.index)))
    return one(lk.kind);
  const copula = copulaVictimsKind(work, Math.max(range.start, prevEnd), c.start);
  if (copula) return one(copula);
  const fromBefore = verbBefore(work, Math.max(range.start, prevEnd, c.start - 60), c.start);
  if (fromBefore.length) return { kinds: fromBefore, diedOfWounds: false };
  // "two civilians, 37-year-old X from Y, administratively part of Z, and another we have yet to
  // identify, were killed", "two persons: a civilian and a member of X, were killed": a subject count
  // whose apposition or breakdown runs up to the passive verb it is the subject of.
  const far = work.slice(from, Math.min(range.end, from + APPOSITION_REACH));
  const apposition = APPOSITION_RE.exec(far);
  const verb = apposition ? STRICT_AFTER_RE.exec(far.slice(apposition[0].length)) : null;
  if (verb) return { kinds: kindsOf(verb[1] ?? "", verb[2]), diedOfWounds: false };
  if (c.singular && c.rule !== "composition") return none;
  if (looseOk) return one(lk.kind);
  // A breakdown under a heading ("Fatalities:\n- two children").
  const head = work.slice(range.start, c.start);
  const hk = lastKind(head);
  if (hk && /[:\n]/.test(head.slice(hk.index))) return one(hk.kind);
  return none;
}

/**
 * "The victims were eight civilians", "the victims of the strike are two men and a boy": a copula
 * whose subject is the victims identifies them with the persons counted. Monitors count victims as the
 * dead (SNHR's and SOHR's tallies of victims are deaths) and tell the wounded apart ("the wounded
 * include …", read by its own noun), so the count is killed; unless the sentence before told only
 * injuries ("a shell wounded pupils; the victims are …"). "Casualties" stays unspecified (R6: killed
 * unknown).
 */
const COPULA_VICTIMS_BEFORE = matchesTwoCharsOrMore(
  /(?<![\p{L}])victims(?:\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)?\s+(?:were|are|was|is|included?|includes|numbered)\s+(?:all\s+)?$/iu,
);

function copulaVictimsKind(work: string, from: number, to: number): CasualtyKind | null {
  const win = work.slice(Math.max(from, to - 80), to);
  const m = execUnlessShort(COPULA_VICTIMS_BEFORE, win);
  if (!m) return null;
  const told = work.slice(from, to - win.length + m.index);
  const kinds = allKinds(told).map((k) => k.kind);
  return kinds.includes("injured") && !kinds.includes("killed") ? "injured" : "killed";
}

/** A finite verb right after a count that is not a casualty verb: "have described", "said", "fled". */
const OWN_VERB_AFTER_RE =
  /^\s+(?:(?:have|has|had)\s+(?:\p{L}+ly\s+)?(?!\p{L}+ly\s)(?!(?:been|died|perished|succumbed|lost|sustained|suffered)(?![\p{L}]))\p{L}+|said|told|described|recounted|explained|added|fled|survived|escaped|witnessed|saw|heard|rushed|arrived)(?![\p{L}])/iu;

/**
 * A phrase inserted after a count: a prepositional phrase of origin ("from X village in Y") and/or an
 * apposition between commas (", named as X,"), each without clause punctuation.
 */
const INSERTED_RE = /^(?:\s+(?:from|of)\s[^,;.:()]{1,60})?\s*,[^,;.:()]{1,60},/;

/** How far an apposition after a subject count may run before its verb. */
const APPOSITION_REACH = 300;
/**
 * An apposition after a count, between a comma and the comma before a passive auxiliary, without
 * sentence punctuation: ", 37-year-old X from Y, … and another civilian," before "were killed"; or a
 * breakdown a colon opens ("Two persons: a civilian and a member of the X party, were killed").
 */
const APPOSITION_RE =
  /^\s*[,:][^.;:()]{1,250}?,[”"’]?(?=\s*(?:were|was|have\s+been|has\s+been|had\s+been)\s)/i;

/**
 * A participle phrase of allegiance or origin after a count, up to the verb it is the subject of: "a
 * fighter affiliated with the X faction was killed", "two men loyal to Y were wounded".
 */
const MODIFIER_RE =
  /^\s+(?:affiliated\s+(?:with|to)|belonging\s+to|loyal\s+to|(?:backed|supported|funded|recruited)\s+by|working\s+(?:for|with)|(?:displaced|originally|hailing)\s+from)\s[^,;.:()]{1,60}?(?=\s+(?:was|were|has|have|had|got)\s)/i;

/**
 * A plural noun joined to the counted one, up to the verb both are the subject of: "a number of
 * civilians and nurses (were) injured" (the count reads the first noun only).
 */
const COORDINATED_PLURAL_RE =
  /^\s+and\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*(?:s|men|children|people)(?=\s)/u;

/** One member singled out of a subgroup, up to its closing comma: " of whom one was a baby,". */
const ONE_OF_SUB_RE = /^\s*,?\s*(?:of\s+whom\s+one|one\s+of\s+(?:them|whom))\s[^,;.:()]{1,60},/i;

/** The other casualty noun paired with a count's own: "(deaths) and injuries", "(dead) or wounded". */
const PAIRED_NOUN_AFTER_RE =
  /^\s+(?:and|or)\s+(?:injur(?:ies|ed)|wound(?:s|ed)|deaths|dead|fatalities)(?![\p{L}])/iu;

/** A passive auxiliary right before a casualty participle: "… were injured". */
const PASSIVE_BEFORE_RE = /(?<![\p{L}])(?:were|was|are|is|been|got)\s+(?:\w+ly\s+)?$/iu;

function kindsOf(a: string, b: string | undefined): CasualtyKind[] {
  const k = (w: string): CasualtyKind => (/injur|wound|hurt|maim/i.test(w) ? "injured" : "killed");
  const first = k(a);
  if (!b) return [first];
  const second = k(b);
  return first === second ? [first] : [first, second];
}

function verbBefore(work: string, from: number, to: number): CasualtyKind[] {
  const win = work.slice(from, to);
  if (PAIR_BEFORE_RE.test(win)) return ["killed", "injured"];
  const hit = lastKind(win);
  if (!hit) return [];
  const gap = win.slice(hit.index + hit.length);
  if (CLAUSE_BREAK_RE.test(gap) || /(?<![\p{L}])\w+ed\s/iu.test(gap.replace(TOLL_VERBS_RE, ""))) return [];
  return [hit.kind];
}

/**
 * Participles that may stand between a casualty word and its count without starting another clause:
 * the casualty verbs themselves, and the verbs a toll is given with ("the death toll reached 12",
 * "ranged from 9 to 13", "was estimated at 20").
 */
const TOLL_VERBS_RE =
  /\b(?:killed|injured|wounded|reported|reached|ranged|climbed|increased|jumped|estimated|numbered|recorded|documented)\b/gi;

interface KindHit {
  kind: CasualtyKind;
  index: number;
  length: number;
}

function allKinds(s: string): KindHit[] {
  const hits: KindHit[] = [];
  for (const [re, kind] of [
    [KILLED_RE, "killed"],
    [INJURED_RE, "injured"],
    [UNSPEC_RE, "unspecified"],
  ] as const) {
    for (const m of matchesOf(s, re)) hits.push({ kind, index: m.index, length: m[0].length });
  }
  return hits.sort((a, b) => a.index - b.index);
}
function firstKind(s: string): KindHit | undefined {
  return allKinds(s)[0];
}
function lastKind(s: string): KindHit | undefined {
  const all = allKinds(s);
  return all[all.length - 1];
}
