/**
 * Tolls of claims: which casualty counts of a sentence make a claim's toll, which place each count
 * belongs to when a segment names several places ("killing two in A and three in B"), how deaths from
 * earlier wounds and persons told as more ("another civilian", "… were also killed") add to a toll,
 * and how a toll told in a later sentence revises the claims before it.
 * A toll is a group toll only when it grammatically covers several places ("shelling on A and B killed
 * four"); places used as locators never make one.
 */
import type { CountRange } from "../../domain/claim.js";
import { COUNT_RE, parseNumber } from "./casualties/count-phrases.js";
import type { CasualtyMention } from "./casualties/find-casualties.js";
import { firstMatchOf } from "./regex-matches.js";
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";
import type { ClaimDraft } from "./claim-draft.js";

export type Toll = NonNullable<ClaimDraft["casualties"]>;

const isDow = (c: CasualtyMention) => c.rule === "died-of-wounds";

/** n more deaths on top of a toll; an unknown or open toll stays open. */
function addDeaths(prev: CountRange | null, n: CountRange): CountRange {
  if (!prev) return { min: n.min, max: null };
  return { min: prev.min + n.min, max: prev.max === null || n.max === null ? null : prev.max + n.max };
}

/**
 * The toll of one claim from the counts read for it: the largest figure of each kind; a toll update
 * ("rose to 14") wins over the first count, and deaths from earlier wounds add to the first count when
 * no update is given. Cumulative tallies never count.
 */
export function pickCasualties(text: string, list: CasualtyMention[], group: boolean): Toll | null {
  const usable = list.filter((c) => !c.cumulative);
  if (usable.length === 0) return null;
  const best = (l: CasualtyMention[]) => l.sort((a, b) => b.range.min - a.range.min)[0] ?? null;
  const ofKind = (k: CasualtyMention["kind"]) => usable.filter((c) => c.kind === k && !isDow(c));
  const byKind = (k: CasualtyMention["kind"]) => best(ofKind(k));
  // "X was killed, and another civilian was killed": persons counted on top of the count before them
  // add up ("Four more people were killed in A" is A's whole toll: more than another place's).
  const moreOf = (k: CasualtyMention["kind"], base: CasualtyMention | null) =>
    base ? ofKind(k).filter((c) => c.more && c !== base && c.start > base.start) : [];
  const withMore = (range: CountRange, more: CasualtyMention[]) =>
    more.reduce((acc, c) => addDeaths(acc, c.range), range);
  const dows = usable.filter(isDow);
  const trueUpdate = best(usable.filter((c) => c.kind === "killed" && c.update && !isDow(c)));
  const disagreeing = disagreeingFigures(text, ofKind("killed"));
  // "A man was killed along with his three children": the persons told as more join the count they
  // are more than, even when they outnumber it.
  // are more than, even when they outnumber it ("Four more were killed in A, among them a paramedic"
  // stays four: nothing is told before them).
  const largest = byKind("killed");
  const before = largest?.more
    ? best(ofKind("killed").filter((c) => !c.more && c.start < largest.start))
    : null;
  const base = disagreeing?.lowest ?? before ?? largest;
  const moreKilled = trueUpdate ? [] : moreOf("killed", base);
  let killed: CountRange | null = disagreeing
    ? { min: disagreeing.lowest.range.min, max: disagreeing.highest.range.max }
    : base
      ? withMore(base.range, moreKilled)
      : null;
  if (!trueUpdate && dows.length > 0) {
    const n = dows.reduce<CountRange>(
      (acc, c) => ({
        min: acc.min + c.range.min,
        max: acc.max === null || c.range.max === null ? null : acc.max + c.range.max,
      }),
      { min: 0, max: 0 },
    );
    killed = killed ? addDeaths(killed, n) : n;
  }
  const injured = byKind("injured");
  const moreInjured = moreOf("injured", injured);
  const unspecified = byKind("unspecified");
  const used = [
    base ?? trueUpdate,
    disagreeing?.highest ?? null,
    injured,
    unspecified,
    ...moreKilled,
    ...moreInjured,
    ...(trueUpdate ? [] : dows),
  ].filter((c): c is CasualtyMention => c !== null);
  if (used.length === 0) return null;
  const start = Math.min(...used.map((c) => c.start));
  const end = Math.max(...used.map((c) => c.end));
  return {
    killed,
    injured: injured ? withMore(injured.range, moreInjured) : null,
    unspecified: unspecified?.range ?? null,
    scope: group ? "group" : "incident",
    text: text.slice(start, end),
    start,
    end,
    update: used.some((c) => c.update),
  };
}

/**
 * Between two figures that different sources give for one toll: a contrast, then a source giving the
 * second figure ("10 were killed, while a local monitor put the toll at 13", "…, but the Civil Defence
 * said 12", "…, whereas according to medics 9 died").
 */
const DISAGREE_GAP_RE =
  /(?<![\p{L}])(?:while|whereas|but|however)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:said|says|put|puts|putting|gave|gives|giving|estimated|counted|reported|reports|according\s+to)(?![\p{L}])[^.;\d]{0,40}$/iu;

/**
 * Killed figures of one toll that sources give differently: the lowest and the highest, so that the
 * toll is the range from one to the other (DOMAIN.md R6 keeps a toll as a range; Airwars records
 * "13–46" where sources differ; its low end is ACLED's figure, eval/README.md: "the lowest figure when
 * sources disagree"); null when the counts do not disagree that way. Updates ("rose to") and persons
 * told as more are not disagreements.
 */
function disagreeingFigures(
  text: string,
  killed: CasualtyMention[],
): { lowest: CasualtyMention; highest: CasualtyMention } | null {
  const plain = killed.filter((c) => !c.update && !c.more).sort((a, b) => a.start - b.start);
  for (let i = 1; i < plain.length; i++) {
    const [a, b] = [plain[i - 1]!, plain[i]!];
    if (a.range.min !== b.range.min && DISAGREE_GAP_RE.test(text.slice(a.end, b.start)))
      return a.range.min < b.range.min ? { lowest: a, highest: b } : { lowest: b, highest: a };
  }
  return null;
}

/** "in the village of " / "at " / "near the town of " right before a place ("from A" is an origin). */
const PREP_END_RE = /(?<![\p{L}])(?:in|at|near|on|inside)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){1,2}of\s+)?$/iu;
/** A place heading its clause: "In A, two were killed", "…, while in B three were hurt". */
const CLAUSE_HEAD_RE =
  /(?:^|[,;:]\s*|(?<![\p{L}])(?:while|whereas|and|but)\s+)(?:in|at)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){1,2}of\s+)?$/iu;
/**
 * Between a place and the count its attack caused, told right after it: "on A, killing five, and on B,
 * killing two", "hit A, leaving three dead".
 */
const PLACE_THEN_TOLL_RE =
  /^\s*,\s*(?:(?:killing|injuring|wounding|leaving)(?:\s+(?:and|or)\s+(?:killing|injuring|wounding))?)\s+$/iu;
/** From a place to a count inside the parentheses opened right after it: " (", " (three killed, ". */
const PAREN_AFTER_PLACE_RE = /^\s*\([^()]{0,60}$/;
/** Between two counts of one clause joined by "and": "were killed and ", " killed and ". */
const JOINED_COUNTS_RE = /^[^.;:,()]{0,40}?(?<![\p{L}])and\s+$/iu;
/** Between two places of a list: "A and B", "A, B and C", "A or B". */
const LIST_GAP_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+(?:[\p{L}-]+\s+){1,2}of\s+)?$/iu;

/** True when the places (in any order) are named as one list: "A, B and C", "the villages of A and B". */
export function namedAsList(text: string, places: ResolvedPlace[]): boolean {
  const sorted = [...places].sort((a, b) => a.candidate.start - b.candidate.start);
  return (
    sorted.length > 1 &&
    sorted.every(
      (p, i) => i === 0 || LIST_GAP_RE.test(text.slice(sorted[i - 1]!.candidate.end, p.candidate.start)),
    )
  );
}

/**
 * Counts of a segment that belong to one of its places: the count's own "… in A" (no comma between, A
 * not the first of a list "in A and B"), a clause headed by "In A, …" before the count, or the count
 * its attack on A caused, told right after A ("on A, killing five, and on B, killing two"). Returns null
 * when no count is bound to a place (the caller then treats the toll as covering all places).
 * @param places the segment's claim places (locators already removed), in text order
 */
export function placeTolls(
  text: string,
  counts: CasualtyMention[],
  places: ResolvedPlace[],
  mentions: ResolvedPlace[] = [],
): { own: Map<ResolvedPlace, CasualtyMention[]>; shared: CasualtyMention[] } | null {
  if (places.length < 2) return null;
  // Later mentions of a claim place count as that place ("shelled A, B and C, killing two in A").
  const keyOf = (p: ResolvedPlace) => p.entry?.id ?? p.candidate.mention.toLowerCase();
  const ownerOf = new Map<ResolvedPlace, ResolvedPlace>(places.map((p) => [p, p]));
  for (const m of mentions) {
    const owner = places.find((p) => keyOf(p) === keyOf(m));
    if (owner && !ownerOf.has(m)) ownerOf.set(m, owner);
  }
  const sorted = [...ownerOf.keys()].sort((a, b) => a.candidate.start - b.candidate.start);
  const inList = (p: ResolvedPlace, idx: number): boolean => {
    const next = sorted[idx + 1];
    const prev = sorted[idx - 1];
    return (
      (next !== undefined && LIST_GAP_RE.test(text.slice(p.candidate.end, next.candidate.start))) ||
      (prev !== undefined && LIST_GAP_RE.test(text.slice(prev.candidate.end, p.candidate.start)))
    );
  };
  const target = new Map<CasualtyMention, ResolvedPlace>();
  const boundAfter = new Set<CasualtyMention>();
  for (const c of counts) {
    // "A (three killed, five wounded) and B (two wounded)": counts in parentheses opened right after a place.
    const opener = sorted.filter((p) => p.candidate.end <= c.start).pop();
    if (opener && PAREN_AFTER_PLACE_RE.test(text.slice(opener.candidate.end, c.start))) {
      target.set(c, opener);
      continue;
    }
    const after = sorted.findIndex((p) => p.candidate.start >= c.end);
    if (after >= 0) {
      const p = sorted[after]!;
      const gap = text.slice(c.end, p.candidate.start);
      const between = counts.some((o) => o !== c && o.start >= c.end && o.end <= p.candidate.start);
      if (
        gap.length <= 80 &&
        !/[.;:,()]/.test(gap) &&
        !between &&
        PREP_END_RE.test(gap) &&
        !inList(p, after)
      ) {
        target.set(c, p);
        boundAfter.add(c);
        continue;
      }
    }
    const beforeIdx = sorted.map((p) => p.candidate.end <= c.start).lastIndexOf(true);
    const p = beforeIdx >= 0 ? sorted[beforeIdx]! : null;
    if (p && !inList(p, beforeIdx)) {
      const gap = text.slice(p.candidate.end, c.start);
      const head = text.slice(Math.max(0, p.candidate.start - 60), p.candidate.start);
      const between = counts.some((o) => o !== c && o.start >= p.candidate.end && o.end <= c.start);
      if (gap.length <= 60 && !/[.;]/.test(gap) && !between && CLAUSE_HEAD_RE.test(head)) target.set(c, p);
      else if (!between && PLACE_THEN_TOLL_RE.test(gap)) target.set(c, p);
    }
  }
  // "Two civilians were killed and three wounded in A": counts joined by "and" before the place the
  // last of them is told with all belong to it.
  const byStart = [...counts].sort((a, b) => b.start - a.start);
  for (const c of byStart) {
    if (target.has(c)) continue;
    const next = counts.filter((o) => o.start >= c.end).sort((a, b) => a.start - b.start)[0];
    if (next && boundAfter.has(next) && JOINED_COUNTS_RE.test(text.slice(c.end, next.start))) {
      target.set(c, target.get(next)!);
      boundAfter.add(c);
    }
  }
  if (target.size === 0) return null;
  const own = new Map<ResolvedPlace, CasualtyMention[]>();
  const shared: CasualtyMention[] = [];
  for (const c of counts) {
    const p = target.get(c);
    const owner = p ? ownerOf.get(p)! : null;
    if (owner) own.set(owner, [...(own.get(owner) ?? []), c]);
    else shared.push(c);
  }
  return { own, shared };
}

const BULLET_ONE_RE = /:\s*(an?)\b/i;

/** A breakdown bullet's toll ("• X town: thirteen people.") after an intro about fatalities. */
export function bulletToll(text: string, s: Sentence): Toll | null {
  const colon = s.text.indexOf(":");
  if (colon < 0) return null;
  // The first count after the colon, in digits or words of any size (the shared count reader).
  const count = firstMatchOf(s.text.slice(colon), COUNT_RE);
  const one = count ? null : BULLET_ONE_RE.exec(s.text);
  const raw = count?.[4] ?? one?.[1];
  if (raw === undefined) return null;
  const n = one ? 1 : (parseNumber(raw) ?? 0);
  if (n <= 0) return null;
  const start = s.start + (count ? colon + count.index : one!.index + one![0].length - raw.length);
  const end = s.end;
  return {
    killed: { min: n, max: n },
    injured: null,
    unspecified: null,
    scope: "incident",
    text: text.slice(start, end),
    start,
    end,
    update: false,
  };
}

/**
 * A later sentence without a place of its own revises a claim's toll: a true update ("the toll rose
 * to 14") replaces the killed figure unless it is lower than an update already applied ("had risen to
 * 11" told after "rose to 14"); deaths from earlier wounds alone add to the toll.
 * @returns the revised toll, or null when the toll stays as it was
 */
export function revisedToll(prev: Toll | null, mentions: CasualtyMention[]): Toll | null {
  if (!prev) return null;
  const killed = mentions.filter((c) => c.kind === "killed" && !c.cumulative);
  const update = killed.filter((c) => c.update && !isDow(c)).sort((a, b) => b.range.min - a.range.min)[0];
  if (update) {
    if (prev.update && prev.killed && update.range.min < prev.killed.min) return null;
    return {
      ...prev,
      killed: update.range,
      text: update.text,
      start: update.start,
      end: update.end,
      update: true,
    };
  }
  const dows = killed.filter(isDow);
  if (dows.length === 0) return null;
  let k = prev.killed;
  for (const c of dows) k = addDeaths(k, c.range);
  return { ...prev, killed: k, update: true };
}

/**
 * A toll told in the sentence after a claim sentence ("Regime shelling hit A on Monday. Two civilians
 * were killed and five injured, …"): the kinds the claim does not have yet are filled from it.
 * Zero counts from an explicit negation ("no one was hurt") fill only unknown kinds too.
 * @returns the filled toll, or null when nothing changes
 */
export function filledToll(text: string, prev: Toll | null, mentions: CasualtyMention[]): Toll | null {
  const t = pickCasualties(text, mentions, false);
  if (!t) return null;
  if (!prev) return t;
  if (prev.scope === "group") return null;
  const killed = prev.killed ?? t.killed;
  const injured = prev.injured ?? t.injured;
  if (killed === prev.killed && injured === prev.injured) return null;
  return { ...prev, killed, injured, unspecified: prev.unspecified ?? t.unspecified };
}

/**
 * Persons counted on top of a claim's toll in a later sentence about the same attack ("… killing two
 * civilians. Our volunteer X was killed while rescuing a child, and another civilian was killed."): the
 * counts marked `more` add to the kinds the claim has; the others fill the kinds it lacks.
 * @returns the new toll, or null when no count adds to it
 */
export function addedToll(text: string, prev: Toll | null, mentions: CasualtyMention[]): Toll | null {
  if (!prev || prev.scope === "group") return null;
  const usable = mentions.filter((c) => !c.cumulative && !c.update && !isDow(c) && c.range.min > 0);
  const t = pickCasualties(text, usable, false);
  const more = usable.filter((c) => c.more);
  if (!t || more.length === 0) return null;
  const sum = (k: CasualtyMention["kind"], have: CountRange | null, got: CountRange | null) =>
    have && more.some((c) => c.kind === k) && got ? addDeaths(have, got) : (have ?? got);
  const killed = sum("killed", prev.killed, t.killed);
  const injured = sum("injured", prev.injured, t.injured);
  if (killed === prev.killed && injured === prev.injured) return null;
  return {
    ...prev,
    killed,
    injured,
    extra: [...(prev.extra ?? []), { start: t.start, end: t.end, text: t.text }],
  };
}

/**
 * A toll told right after a sentence that named several places together ("A, B and C were shelled …
 * The rescuers were bombed too, killing and injuring a number of them") belongs to the group: a claim
 * of the group gets it with scope "group", only where that count is still unknown, and the wording of
 * both sentences is kept.
 * @returns the claim's new toll, or null when nothing changes
 */
export function groupFilledToll(text: string, prev: Toll | null, mentions: CasualtyMention[]): Toll | null {
  const t = pickCasualties(text, mentions, false);
  if (!t) return null;
  if (!prev) return { ...t, scope: "group" };
  if (prev.scope !== "group") return null;
  const killed = prev.killed ?? t.killed;
  const injured = prev.injured ?? t.injured;
  if (killed === prev.killed && injured === prev.injured) return null;
  return {
    ...prev,
    killed,
    injured,
    unspecified: prev.unspecified ?? t.unspecified,
    extra: [...(prev.extra ?? []), { start: t.start, end: t.end, text: t.text }],
  };
}
