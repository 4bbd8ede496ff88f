/**
 * Statements of fact that nobody was killed or hurt ("there were no casualties", "no one was hurt",
 * "without causing casualties", "caused no deaths") become zero counts, so a claim can say killed = 0
 * instead of "unknown". Statements that only say nothing has been reported or is known ("no casualties
 * were reported", "no casualties have been reported yet", "no reported casualties", "no information
 * about casualties") are not zero counts: they give nothing, and the toll stays unknown.
 */
import type { CountRange } from "../../../domain/claim.js";
import type { CasualtyKind, VictimCategory } from "./victim-lexicon.js";
import { matchesOf } from "../regex-matches.js";

/** A zero count read from an explicit negation (same shape as a casualty mention). */
export interface NoCasualtyMention {
  kind: CasualtyKind;
  range: CountRange;
  start: number;
  end: number;
  text: string;
  victims: VictimCategory;
  rule: "negation:none";
}

const NO_CASUALTY_RE =
  /(?<![\p{L}])(?:(?:no|without|not\s+cause\s+any|zero)\s+(?:reported\s+|human\s+)?(?:casualties|injuries|deaths|fatalities|loss(?:es)?\s+of\s+life)|no\s*(?:one|body)\s+was\s+(?:killed|hurt|injured|wounded)|(?:no|without(?:\s+any)?)\s+(?:information|reports?|details?|news|word)\s+(?:about|on|of|regarding)\s+(?:any\s+)?(?:the\s+)?(?:casualties|victims|losses|injuries))(?![\p{L}])/iu;

const BOTH: CasualtyKind[] = ["killed", "injured"];
const KILLED: CasualtyKind[] = ["killed"];
const INJURED: CasualtyKind[] = ["injured"];

/**
 * Negations and the kinds they set to zero; "casualties" and "hurt" cover both the dead and the injured.
 * `needs`: words without which the pattern cannot match (a negation word and a casualty word), tested
 * first with the same flags: the patterns open with a lookbehind, so a scan tries them at every
 * character, while few sentences hold both words. Keep them in step when a pattern changes.
 */
const NEGATIONS: { re: RegExp; needs: RegExp[]; kinds: CasualtyKind[] }[] = [
  {
    re: /(?<![\p{L}])(?:(?:no|without(?:\s+any)?|zero)\s+(?:(?:reported|human|civilian)\s+)?(?:casualties|victims|human\s+losses)|(?:did\s+not|didn['’]t|does\s+not|not)\s+(?:cause|result\s+in|leave|lead\s+to)\s+any\s+(?:casualties|victims)|(?:without|not)\s+(?:causing|resulting\s+in|leaving)\s+(?:any\s+)?(?:casualties|victims)|(?:caused|causing|left|leaving|resulted\s+in|resulting\s+in)\s+no\s+(?:casualties|victims)|no\s*(?:one|body)\s+(?:was|were|has\s+been|had\s+been)\s+(?:hurt|harmed|(?:killed|hurt)\s+or\s+(?:injured|wounded|hurt)))(?![\p{L}])/giu,
    needs: [/no|without|zero|didn/iu, /casualt|victim|losses|hurt|harm|injur|wound/iu],
    kinds: BOTH,
  },
  {
    re: /(?<![\p{L}])(?:(?:no|without(?:\s+any)?|zero)\s+(?:(?:reported|civilian)\s+)?(?:deaths|fatalities|loss(?:es)?\s+of\s+life)|no\s*(?:one|body)\s+(?:was|were|has\s+been|had\s+been)\s+killed|no\s*(?:one|body)\s+died|no\s+(?:civilians|people|one)\s+(?:were|was)\s+killed|none\s+(?:of\s+them\s+)?(?:were|was)\s+killed)(?![\p{L}])/giu,
    needs: [/no|without|zero/iu, /death|fatalit|life|killed|died/iu],
    kinds: KILLED,
  },
  {
    re: /(?<![\p{L}])(?:(?:no|without(?:\s+any)?)\s+(?:(?:reported|civilian)\s+)?injuries|no\s*(?:one|body)\s+(?:was|were|has\s+been|had\s+been)\s+(?:injured|wounded))(?![\p{L}])/giu,
    needs: [/no|without/iu, /injur|wound/iu],
    kinds: INJURED,
  },
];

/** A negation that is really about missing knowledge or a missing figure, not about zero victims. */
const UNKNOWN_BEFORE_RE =
  /(?:information|reports?|details?|news|word|confirmation|figures?|toll)\s+(?:about|on|of|regarding)\s+(?:any\s+)?(?:the\s+)?$|(?:not\s+(?:yet\s+)?(?:known|clear|confirmed)|unknown|unclear)\W*$/i;
const UNKNOWN_AFTER_RE =
  /^\s*(?:(?:figures?|toll|counts?|numbers?|information|details)(?![\p{L}])|yet(?![\p{L}]))/iu;
/**
 * "no casualties (among the staff) were reported / have been recorded yet", "no casualties reported":
 * nobody reported any, which is not the same as nobody being hurt.
 */
const REPORTED_AFTER_RE =
  /^[^.;:,]{0,50}?(?<![\p{L}])(?:(?:were|was|are|is|have|has|had)\s+(?:(?:yet|so\s+far|immediately|officially|also)\s+)?(?:been\s+)?(?:(?:yet|so\s+far|immediately|officially)\s+)?)?(?:reported|recorded|confirmed|known|documented|registered|announced)(?![\p{L}])/iu;

/**
 * True when the span says there were no casualties or that nothing is known about them
 * ("no casualties were reported", "without information about casualties").
 */
export function hasNoCasualtyStatement(text: string, range: { start: number; end: number }): boolean {
  return NO_CASUALTY_RE.test(text.slice(range.start, range.end));
}

/**
 * Zero counts from explicit statements that nobody was killed / hurt in `text` between `range.start`
 * and `range.end` (rule "negation:none"); "no information about casualties" gives nothing.
 * @example findNoCasualties("The shells hit Kafr X; no one was hurt.", { start: 0, end: 38 })
 *   // → [{ kind: "killed", range: { min: 0, max: 0 } … }, { kind: "injured", … }]
 */
export function findNoCasualties(text: string, range: { start: number; end: number }): NoCasualtyMention[] {
  const seg = text.slice(range.start, range.end);
  const out: NoCasualtyMention[] = [];
  const taken: [number, number][] = [];
  for (const { re, needs, kinds } of NEGATIONS) {
    if (!needs.every((word) => word.test(seg))) continue;
    for (const m of matchesOf(seg, re)) {
      const start = range.start + m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const before = text.slice(Math.max(range.start, start - 40), start);
      const after = text.slice(end, Math.min(range.end, end + 80));
      if (UNKNOWN_BEFORE_RE.test(before) || UNKNOWN_AFTER_RE.test(after)) continue;
      // Only a statement about people ("no casualties …") can be a statement about reports.
      if (!/^no\s*(?:one|body)\b/i.test(m[0]) && (/reported/i.test(m[0]) || REPORTED_AFTER_RE.test(after)))
        continue;
      taken.push([start, end]);
      const victims: VictimCategory = /civilian/i.test(m[0]) ? "civilians" : "unknown";
      for (const kind of kinds)
        out.push({ kind, range: { min: 0, max: 0 }, start, end, text: m[0], victims, rule: "negation:none" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
