/**
 * Casualty counts in a span of text: numbers and vague quantities attached to people, classified as
 * killed / injured / unspecified by nearby verbs, with victim category and groups, compositions
 * ("five women and three children" → 8), subgroups ("including two children") and tallies flagged
 * (cumulative / update) so the caller can keep them out of incident tolls. Pure and synchronous;
 * offsets are absolute into `text`.
 */
import type { CountRange } from "../../../domain/claim.js";
import { asciiDigits, COUNT_RE, rangeOfMatch } from "./count-phrases.js";
import {
  CUMULATIVE_RE,
  DIED_OF_WOUNDS_RE,
  GROUP_WORD_RE,
  INJURED_RE,
  KILLED_RE,
  STRICT_AFTER_RE,
  UNSPEC_RE,
  UPDATE_BEFORE_RE,
  groupOf,
} from "./victim-lexicon.js";
import type { CasualtyKind, VictimCategory, VictimGroup } from "./victim-lexicon.js";
import { readHead, resolveCategory, SINGULAR_RE, type Head } from "./read-head.js";

export interface CasualtyMention {
  kind: CasualtyKind;
  range: CountRange;
  start: number;
  end: number;
  text: string;
  victimGroups: VictimGroup[];
  victims: VictimCategory;
  cumulative: boolean;
  update: boolean;
  rule: string;
}

interface Candidate {
  start: number;
  end: number;
  range: CountRange;
  rule: string;
  head: Head | null;
  groups: Set<VictimGroup>;
  singular: boolean;
  /** Counts persons (not a casualty noun): may join a composition. */
  person: boolean;
  nounless: boolean;
  tollKind?: CasualtyKind;
}

const EXCLUDE_BEFORE =
  /(?:aged|age\s+of|ages(?:\s+of)?|resolution|chapter|article|paragraph|no\.|route|highway|brigade|division|regiment|battalion|the|this|that|no|every|any|each|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s*$/i;
const EXCLUDE_AFTER =
  /^(?:\s*-?\s*years?[- ]old|-year|\s*(?:%|percent|per\s+cent)|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:st|nd|rd|th)\b)/i;
const TOLL_BEFORE_RE =
  /(toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|casualties|injured|wounded|people\s+killed|martyrs|killed|injuries))[^.;\d]{0,50}$/i;
const SUBGROUP_GAP_RE = /^\s*,?\s*(?:including|among\s+(?:them|whom)|of\s+(?:whom|them))\s+$/i;
const SUB_TAIL_GROUP_RE = new RegExp(`^\\s*(?:were\\s+|are\\s+)?${GROUP_WORD_RE.source}`, "iu");
const AMONG_AFTER_RE = /^\s+(?:were|are|was)\s+among\s+$/i;
const COMPOSE_GAP_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
const CLAUSE_BREAK_RE =
  /(?<![\p{L}])(?:as|while|after|when|which|who|but|where|because|whereas)(?![\p{L}])|[;:]/iu;
const NO_CASUALTY_RE =
  /(?<![\p{L}])(?:(?:no|without|not\s+cause\s+any|zero)\s+(?:reported\s+|human\s+)?(?:casualties|injuries|deaths|fatalities|loss(?:es)?\s+of\s+life)|no\s*(?:one|body)\s+was\s+(?:killed|hurt|injured|wounded)|(?:no|without(?:\s+any)?)\s+(?:information|reports?|details?|news|word)\s+(?:about|on|of|regarding)\s+(?:any\s+)?(?:the\s+)?(?:casualties|victims|losses|injuries))(?![\p{L}])/iu;
const GROUPS_TAIL_RE =
  /^\s*,?\s*(?:(?:most|many|some|all|half|the\s+majority)\s+of\s+(?:whom|them)\s+(?:were|are)|including|mostly|mainly|among\s+them)\s+((?:(?:women|children|elderly|men|families|girls|boys|infants|the|and|,|\s)+))/i;

/**
 * True when the span says there were no casualties or that nothing is known about them
 * ("no casualties were reported", "without information about casualties").
 */
export function hasNoCasualtyStatement(text: string, range: { start: number; end: number }): boolean {
  return NO_CASUALTY_RE.test(text.slice(range.start, range.end));
}

/**
 * Find casualty counts in `text` between `range.start` and `range.end`.
 * @example findCasualties("Shelling killed five women and three children.", { start: 0, end: 47 })
 *   // → [{ kind: "killed", range: { min: 8, max: 8 }, victimGroups: ["women", "children"], … }]
 */
export function findCasualties(
  text: string,
  range: { start: number; end: number },
  options: { largeScale?: boolean } = {},
): CasualtyMention[] {
  const work = asciiView(text);
  const cands = collectCandidates(work, range, options.largeScale ?? false);
  const merged = mergeStructure(work, cands);
  const out: CasualtyMention[] = [];
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i]!;
    const prevEnd = i > 0 ? merged[i - 1]!.end : range.start;
    const nextStart = i + 1 < merged.length ? merged[i + 1]!.start : range.end;
    const kinds = decideKinds(work, c, range, prevEnd, nextStart);
    if (kinds.length === 0) continue;
    const clause = clauseAround(work, c, range);
    const before = work.slice(clause.start, c.start);
    const cumulative = CUMULATIVE_RE.test(work.slice(clause.start, clause.end));
    const update =
      UPDATE_BEFORE_RE.test(before) ||
      /(?:toll|number|tally)[^.;]{0,60}(?:rose|risen|increased|climbed|jumped|reached)\s/i.test(before) ||
      DIED_OF_WOUNDS_RE.test(work.slice(c.end, clause.end));
    addTailGroups(work, c, clause.end);
    const victims = resolveCategory(work, c.head, range.start, c.start);
    const split = kinds.length > 1;
    for (const kind of kinds) {
      out.push({
        kind,
        range: split ? { min: Math.min(1, c.range.min), max: c.range.max } : { ...c.range },
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        victimGroups: [...c.groups],
        victims,
        cumulative,
        update,
        rule: split ? `${c.rule}+R6:split_unknown` : c.rule,
      });
    }
  }
  return out;
}

let lastView: { text: string; work: string } | null = null;

/** The text with ASCII digits; memoised for the last text because callers scan one text sentence by sentence. */
function asciiView(text: string): string {
  if (lastView?.text !== text) lastView = { text, work: asciiDigits(text) };
  return lastView.work;
}

function collectCandidates(
  work: string,
  range: { start: number; end: number },
  largeScale: boolean,
): Candidate[] {
  const cands: Candidate[] = [];
  // Scan only the span: a regex run from an offset would search on past its end when nothing matches.
  const seg = work.slice(range.start, range.end);
  for (const m of seg.matchAll(COUNT_RE)) {
    const start = range.start + m.index;
    const numEnd = start + m[0].length;
    const lead = work.slice(Math.max(range.start, start - 25), start);
    if (EXCLUDE_BEFORE.test(lead) && !m[1]) continue;
    const tail = work.slice(numEnd, Math.min(range.end, numEnd + 120));
    if (EXCLUDE_AFTER.test(tail)) continue;
    const parsed = rangeOfMatch(m, largeScale);
    if (!parsed) continue;
    const head = readHead(work, numEnd, range.end);
    if (head === "reject") continue;
    const c: Candidate = {
      start,
      end: numEnd,
      ...parsed,
      head,
      groups: new Set(),
      singular: false,
      nounless: !head,
      person: head !== null && !head.kind && !head.pronoun,
    };
    if (head) {
      c.end = head.end;
      head.groups.forEach((g) => c.groups.add(g));
      const post = /^\s+at\s+least(?![\p{L}])/iu.exec(work.slice(c.end, range.end));
      if (post && c.range.max !== null) {
        c.range = { min: c.range.min, max: null };
        c.rule = "R6:at_least";
        c.end += post[0].length;
      }
    } else if (!STRICT_AFTER_RE.test(tail)) {
      const toll = TOLL_BEFORE_RE.exec(work.slice(Math.max(range.start, start - 80), start));
      if (!toll) continue;
      c.tollKind = /injur|wound/i.test(toll[1] ?? "")
        ? "injured"
        : /victim|casualt/i.test(toll[1] ?? "")
          ? "unspecified"
          : "killed";
    }
    if (/family\s+of\s+$/i.test(lead)) c.groups.add("families");
    cands.push(c);
  }
  for (const m of seg.matchAll(SINGULAR_RE)) {
    const start = range.start + m.index;
    const end = start + m[0].length;
    if (cands.some((c) => start < c.end && end > c.start)) continue;
    const word = (m[2] ?? m[3] ?? m[1] ?? "").toLowerCase();
    const g = groupOf(word) ?? (word === "him" ? "men" : word === "her" ? "women" : undefined);
    const head = readHead(work, start, range.end);
    cands.push({
      start,
      end,
      range: { min: 1, max: 1 },
      rule: "singular",
      head: head === "reject" ? null : head,
      groups: new Set(g ? [g] : []),
      singular: true,
      nounless: false,
      person: true,
    });
  }
  cands.sort((a, b) => a.start - b.start);
  return dropParentheticals(work, cands);
}

/** A breakdown in parentheses right after a count ("five people (the father, … three children)") is not added. */
function dropParentheticals(work: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = work.slice(prev.end, c.start);
      if (/^\s*\([^)]*$/.test(gap)) continue;
      if (/^\s*\(/.test(gap) && !gap.includes(")") && out.length > 0) continue;
    }
    const inside = out.length > 0 && insideParenAfter(work, out, c);
    if (!inside) out.push(c);
  }
  return out;
}

function insideParenAfter(work: string, kept: Candidate[], c: Candidate): boolean {
  const open = work.lastIndexOf("(", c.start);
  if (open < 0 || work.slice(open, c.start).includes(")")) return false;
  const before = work.slice(0, open).trimEnd().length;
  return kept.some((k) => k.end === before);
}

/** Subgroups attach to their parent; adjacent person counts joined by "and" / "," add up. */
function mergeStructure(work: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = out[out.length - 1];
    const next = cands[i + 1];
    const gapPrev = prev ? work.slice(prev.end, c.start) : null;
    if (
      prev &&
      gapPrev !== null &&
      (SUBGROUP_GAP_RE.test(gapPrev) || (c.head?.pronoun && /^\s*,\s*$/.test(gapPrev)))
    ) {
      c.groups.forEach((g) => prev.groups.add(g));
      const gm = SUB_TAIL_GROUP_RE.exec(work.slice(c.end, c.end + 40));
      const g = gm ? groupOf(gm[1] ?? "") : undefined;
      if (g) prev.groups.add(g);
      continue;
    }
    if (next && AMONG_AFTER_RE.test(work.slice(c.end, next.start))) {
      c.groups.forEach((g) => next.groups.add(g));
      continue;
    }
    if (prev && gapPrev !== null && COMPOSE_GAP_RE.test(gapPrev) && composable(prev, c)) {
      prev.range = {
        min: prev.range.min + c.range.min,
        max: prev.range.max === null || c.range.max === null ? null : prev.range.max + c.range.max,
      };
      prev.end = c.end;
      prev.rule = "composition";
      prev.singular = false;
      c.groups.forEach((g) => prev.groups.add(g));
      if (prev.head && c.head && prev.head.category !== c.head.category)
        prev.head = { ...prev.head, category: "civilians" };
      continue;
    }
    out.push(c);
  }
  return out;
}

function composable(a: Candidate, b: Candidate): boolean {
  if (!a.person || !b.person) return false;
  const ca = a.head?.category ?? "civilians";
  const cb = b.head?.category ?? "civilians";
  return ca === cb || ca === "unknown" || cb === "unknown";
}

/** Decide killed / injured / unspecified; two kinds mean "killing and injuring" (split_unknown). */
function decideKinds(
  work: string,
  c: Candidate,
  range: { start: number; end: number },
  prevEnd: number,
  nextStart: number,
): CasualtyKind[] {
  if (c.tollKind) return [c.tollKind];
  const after = work.slice(c.end, Math.min(range.end, c.end + 160));
  const strict = STRICT_AFTER_RE.exec(after);
  if (c.head?.kind && c.head.kind !== "unspecified") return [c.head.kind];
  if (c.head?.kind === "unspecified" && !strict) return ["unspecified"];
  if (strict) return kindsOf(strict[1] ?? "", strict[2]);
  if (DIED_OF_WOUNDS_RE.test(after)) return ["killed"];
  const fromBefore = verbBefore(work, Math.max(range.start, prevEnd, c.start - 60), c.start);
  if (fromBefore.length) return fromBefore;
  if (c.singular && c.rule !== "composition") return [];
  const looseEnd = Math.min(range.end, nextStart, c.end + 100);
  let loose = work.slice(c.end, looseEnd);
  const stop = /[.;]|\n/.exec(loose);
  if (stop) loose = loose.slice(0, stop.index);
  const lk = firstKind(loose);
  if (lk && !CLAUSE_BREAK_RE.test(loose.slice(0, lk.index))) return [lk.kind];
  // A breakdown under a heading ("Fatalities:\n- two children").
  const head = work.slice(range.start, c.start);
  const hk = lastKind(head);
  if (hk && /[:\n]/.test(head.slice(hk.index))) return [hk.kind];
  return [];
}

function kindsOf(a: string, b: string | undefined): CasualtyKind[] {
  const k = (w: string): CasualtyKind => (/injur|wound|hurt|maim/i.test(w) ? "injured" : "killed");
  const first = k(a);
  if (!b) return [first];
  const second = k(b);
  return first === second ? [first] : [first, second];
}

function verbBefore(work: string, from: number, to: number): CasualtyKind[] {
  const win = work.slice(from, to);
  const pair =
    /(kill(?:ing|ed)|died)\s+(?:and|or)\s+(injur(?:ing|ed)|wound(?:ing|ed))\s+(?:\w+\s+)?$|(injur(?:ing|ed)|wound(?:ing|ed))\s+(?:and|or)\s+(kill(?:ing|ed))\s+(?:\w+\s+)?$/i;
  if (pair.test(win)) return ["killed", "injured"];
  const hit = lastKind(win);
  if (!hit) return [];
  const gap = win.slice(hit.index + hit.length);
  if (
    CLAUSE_BREAK_RE.test(gap) ||
    /(?<![\p{L}])\w+ed\s/iu.test(gap.replace(/\b(?:killed|injured|wounded|reported)\b/gi, ""))
  )
    return [];
  return [hit.kind];
}

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
    for (const m of s.matchAll(re)) hits.push({ kind, index: m.index, length: m[0].length });
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

function clauseAround(
  work: string,
  c: Candidate,
  range: { start: number; end: number },
): { start: number; end: number } {
  let start = c.start;
  while (start > range.start && !/[.;\n]/.test(work[start - 1] ?? "")) start--;
  let end = c.end;
  while (end < range.end && !/[.;\n]/.test(work[end] ?? "")) end++;
  return { start, end };
}

/** "…, most of whom were women and children" / "including women and children" add victim groups. */
function addTailGroups(work: string, c: Candidate, clauseEnd: number): void {
  const m = GROUPS_TAIL_RE.exec(work.slice(c.end, clauseEnd));
  if (!m) return;
  for (const gm of (m[1] ?? "").matchAll(GROUP_WORD_RE)) {
    const g = groupOf(gm[1] ?? "");
    if (g) c.groups.add(g);
  }
}
