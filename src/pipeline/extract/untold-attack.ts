/**
 * Attacks a report mentions without telling them. An undated attack is usually the report's own (an
 * investigation dates its incident once, in a fact box), but the way a sentence mentions it can show it
 * is no event the report tells:
 * - an example of a kind: "violations include attacks on civilians, including an attack that hit a
 *   market in X", "such as the attack that targeted a convoy in Y", "For example, a video showing an
 *   airstrike on Z is geolocated …", "attacks on medical facilities, such as those in A and B";
 * - the content of a collection of records: "12 videos of airstrikes on A and B", "footage of attacks
 *   on A", "the dataset also includes … the incendiary weapon attack in B" (a dataset described, not an
 *   attack told);
 * - the finding of an earlier publication: "previous investigations documented the bombing of X", or
 *   earlier work: "the Archive has previously investigated the attack on X";
 * - a comparison: "similar attacks were documented in X";
 * - a hypothesis: "an attack on a hospital in X could amount to a war crime", or what did not happen:
 *   "had the warplanes bombed X, …", "if X had been struck …";
 * - a question: "who bombed the hospital in X?", also an indirect one: "asked whether jets had bombed X";
 * - a negation: "its aircraft had not carried out any strikes near X", "no airstrikes hit X";
 * - a pattern: "attacks on hospitals in X are used systematically", "X has repeatedly been bombed",
 *   "airstrikes on X are a pattern of the campaign".
 * Only undated claims are judged: a day makes any of these a telling ("such as the strike on X on 3 May").
 */
import type { ClaimDraft } from "./claim-draft.js";
import { testWhen } from "./regex-matches.js";

/** "such as the", "including an", "violations include unlawful" right before the attack's word. */
const EXAMPLE_BEFORE_RE =
  /(?<![\p{L}])(?:such\s+as|including|includes?|included|for\s+(?:example|instance)|e\.g\.)\s*,?\s*(?:(?:the|an?)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** "For example, a video showing an airstrike on X …": an example announced earlier in the sentence. */
const EXAMPLE_OPENER_RE = /(?<![\p{L}])(?:for\s+(?:example|instance)|e\.g\.)(?![\p{L}])/iu;
/**
 * "attacks on facilities, such as those in A and B", "many airstrikes, including those in A": the places
 * are examples of the kind.
 */
const EXAMPLE_BETWEEN_RE = /(?<![\p{L}])(?:such\s+as|including\s+(?:those|the\s+ones|one)\b)(?![\p{L}])/iu;
/**
 * "Asked whether jets had also bombed A, …", "It is unclear whether the strike hit A": an indirect
 * question, which asks about an attack rather than telling it.
 */
const INDIRECT_QUESTION_RE =
  /(?<![\p{L}])(?:whether|asked\s+if|ask(?:ed|ing)?\s+(?:him|her|them)\s+if)(?![\p{L}])/iu;
/** "Similar attacks were documented in A", "comparable strikes on B": a comparison, not a telling. */
const COMPARISON_BEFORE_RE = /(?<![\p{L}])(?:similar|comparable|identical|analogous)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "Had the warplanes bombed A, …", "If A had been struck …": what did not happen. */
const COUNTERFACTUAL_RE =
  /^\s*had\s|(?<![\p{L}])(?:if|unless|even\s+if)\s+(?:[\p{L}'’-]+\s+){0,8}(?:had|were|was\s+to|should)\s/iu;
/** "videos of airstrikes on", "footage showing attacks on": records of attacks, no article. */
const RECORDS_BEFORE_RE =
  /(?<![\p{L}])(?:videos?|footage|photos?|photographs?|images?|pictures?|recordings?|posts?|documentation|evidence)\s+(?:of|about|showing|documenting|depicting)\s+(?:(?!the\s|this\s|that\s|an?\s)[\p{L}-]+\s+){0,2}$/iu;
/** "The dataset also includes …", "the database contains …": a sentence telling what a collection holds. */
const COLLECTION_HOLDS_RE =
  /(?<![\p{L}])(?:dataset|database|archive|collection)\s+(?:also\s+)?(?:includes|contains|holds|comprises)(?![\p{L}])/iu;
/** "previous investigations", "earlier reports by HRW": a publication older than the report. */
const EARLIER_REPORT_RE =
  /(?<![\p{L}])(?:previous|earlier|past|prior|older)\s+(?:[\p{L}-]+\s+){0,3}(?:reports?|investigations?|studies|publications|articles|findings)(?![\p{L}])/iu;
/**
 * "The Archive has previously investigated the attack on A", "HRW had already documented the strike on
 * B": an attack an earlier piece of work examined, named by its verb with a word of earlier time.
 */
const EARLIER_WORK_RE =
  /(?<![\p{L}])(?:(?:previously|earlier|already|before)\s+(?:investigated|documented|examined|analy[sz]ed|verified|reported\s+on|covered|geolocated)|(?:investigated|documented|examined|analy[sz]ed|verified|reported\s+on|covered|geolocated)\s+(?:[^.;:]{0,60}?\s)?(?:in\s+(?:a|an|its|their)\s+(?:earlier|previous|past|prior)\s+(?:report|investigation|study|publication)))(?![\p{L}])/iu;
/**
 * Words one of which every match of INDIRECT_QUESTION_RE, and of EARLIER_WORK_RE, holds, read with the
 * same case rule: both open with a lookbehind and are tried at every character of the sentence, which
 * most sentences rule out by a quick search first (testWhen).
 */
const INDIRECT_QUESTION_NEEDS = /whether|if/iu;
const EARLIER_WORK_NEEDS =
  /investigated|documented|examined|analy[sz]ed|verified|reported|covered|geolocated/iu;

/**
 * True when the sentence asks an indirect question ("asked whether jets had bombed A").
 * @example isIndirectQuestion("Reporters asked whether jets had bombed A.") // true
 */
export const isIndirectQuestion = (sentence: string): boolean =>
  testWhen(INDIRECT_QUESTION_NEEDS, INDIRECT_QUESTION_RE, sentence);

/**
 * True when the sentence names earlier work on an attack ("HRW had already documented the strike on A").
 * @example tellsEarlierWork("The Archive has previously investigated the attack on A.") // true
 */
export const tellsEarlierWork = (sentence: string): boolean =>
  testWhen(EARLIER_WORK_NEEDS, EARLIER_WORK_RE, sentence);

/** "An attack on …", "any strike on …": an attack of no particular time or place. */
const INDEFINITE_BEFORE_RE = /(?<![\p{L}])(?:an?|any)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "… could amount to", "… would be": what an attack would be, not what one was. */
const MODAL_AFTER_RE =
  /(?<![\p{L}])(?:would|could|might|may|can)\s+(?:also\s+|well\s+)?(?:be|amount|constitute|violate|breach|count)(?![\p{L}])/iu;
/** "had not carried out any strikes", "no airstrikes", "never bombed": an attack said not to be. */
const NEGATED_BEFORE_RE =
  /(?:(?<![\p{L}])(?:not|never)\s+(?:(?:carried|carry|conducted|conduct|launched|launch)\s+(?:out\s+)?)?(?:any\s+)?|(?<![\p{L}])no\s+)$/iu;
/** "attacks on hospitals are used systematically", "repeatedly bombed": a pattern, not one attack. */
const HABITUAL_RE =
  /(?<![\p{L}])(?:systematically|repeatedly|routinely|regularly|frequently|habitually|(?:a|the)\s+pattern\s+of)(?![\p{L}])/iu;
/**
 * "protested against the air strikes on their town", "a sit-in against the shelling": an attack as the
 * object of a protest, right before its word. A condemnation is not judged: statements condemning an
 * attack often are the only telling of it.
 */
const PROTESTED_BEFORE_RE =
  /(?<![\p{L}])(?:(?:protest(?:ed|ing|s)?|demonstrat(?:ed|ing|ions?)|rall(?:ied|ies|y|ying)|march(?:ed|es|ing)?|sit-ins?)\s+(?:[^,.;:]{0,40}?\s)?against)\s+(?:the\s+|an?\s+|this\s+|these\s+|recent\s+|continued\s+|continuing\s+|ongoing\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;
/** How far back a sentence's opening is looked for. */
const SENTENCE_REACH = 300;
/** The characters that end a sentence for `sentenceBefore`. */
const SENTENCE_STOPS = ".!?\n";

/** The text from the start of the sentence (after a full stop or a line break) to `at`. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  // A backward scan for the last stop: `search(/[^.!?\n]*$/)` did the same, but from every position
  // of the text before it (quadratic in the sentence's length).
  let from = before.length;
  while (from > 0 && !SENTENCE_STOPS.includes(before[from - 1]!)) from--;
  return before.slice(from);
}

/** The text from `at` to the end of the sentence. */
function sentenceAfter(text: string, at: number): string {
  const after = text.slice(at, at + SENTENCE_REACH);
  const end = after.search(/[.!?](?:\s|$)|\n/);
  return end < 0 ? after : after.slice(0, end);
}

/** The sentence around `start`–`end` (from the last full stop or line break to the next). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  return { start: start - sentenceBefore(text, start).length, end: end + sentenceAfter(text, end).length };
}

/**
 * True when the sentence of an undated claim mentions its attack without telling it (see the header).
 * @example isUntold("The dataset holds 12 videos of airstrikes on Ihsim.", draft)  // true
 */
export function isUntold(text: string, d: ClaimDraft): boolean {
  if (d.trigger === null) return false;
  const at = d.trigger.start;
  const close = text.slice(Math.max(0, at - 50), at);
  const sentence = sentenceBefore(text, at);
  const place = d.place.candidate.start;
  const between = place > d.trigger.end ? text.slice(d.trigger.end, place) : "";
  const after = sentenceAfter(text, d.trigger.end);
  return (
    // A question asks about an attack ("Who bombed the hospital in A?"); the report tells it elsewhere.
    text[d.trigger.end + after.length] === "?" ||
    COMPARISON_BEFORE_RE.test(close) ||
    isIndirectQuestion(sentence) ||
    COUNTERFACTUAL_RE.test(sentence) ||
    EXAMPLE_BEFORE_RE.test(close) ||
    EXAMPLE_OPENER_RE.test(sentence) ||
    EXAMPLE_BETWEEN_RE.test(between) ||
    RECORDS_BEFORE_RE.test(close) ||
    COLLECTION_HOLDS_RE.test(sentence) ||
    EARLIER_REPORT_RE.test(sentence) ||
    tellsEarlierWork(sentence) ||
    (INDEFINITE_BEFORE_RE.test(close) && MODAL_AFTER_RE.test(after)) ||
    NEGATED_BEFORE_RE.test(close) ||
    HABITUAL_RE.test(sentence) ||
    HABITUAL_RE.test(after)
  );
}

/**
 * "in retaliation for the shelling of X", "in response to an attack on X", "a day after a strike on X":
 * the attack a clause reacts to or is timed against is an earlier one, right before its word.
 */
const EARLIER_ATTACK_BEFORE_RE =
  /(?<![\p{L}])(?:in\s+(?:retaliation|response|revenge|reprisal|reaction)\s+(?:for|to)|as\s+(?:a\s+)?(?:response|retaliation|reprisal|reaction)\s+(?:for|to)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+few|few|a\s+couple\s+of)\s+(?:days?|weeks?|months?)\s+(?:after|before)|a\s+(?:day|week|month)\s+(?:after|before)|(?:heaviest|deadliest|worst|largest|biggest|fiercest|bloodiest|first|most\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}?since)\s+(?:(?:the|an?|its|their|his|her|this|that|last|recent|earlier|previous)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** A day named after the attack's word: a weekday, "yesterday", a day of a month. */
const DAY_WORD_RE =
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu;

/**
 * True when the claim's attack is only the earlier attack another one answers or is timed against
 * ("Turkish artillery shelled A on Monday in retaliation for an attack on B", "…, a day after a strike
 * on B killed three"): B's attack is another event, and the sentence's day is the answering one's. It
 * is told when a day follows its own word ("in response to the shelling of B on Sunday").
 * @example isEarlierAttack("Jets struck A on Monday in retaliation for an attack on B.", draftOfB)  // true
 */
export function isEarlierAttack(text: string, d: ClaimDraft): boolean {
  if (d.trigger === null) return false;
  const at = d.trigger.start;
  if (isEarlierAttackBefore(text.slice(Math.max(0, at - 80), at)))
    return !DAY_WORD_RE.test(sentenceAfter(text, d.trigger.end));
  // "The attack came two weeks after Russian jets bombed A": the claim's trigger may be another word of
  // the sentence ("attack"); the place's own clause, with no comma between, is the earlier attack's.
  const place = d.place.candidate;
  if (place.start <= d.trigger.end) return false;
  if (!isEarlierClauseBefore(text.slice(Math.max(0, place.start - 120), place.start))) return false;
  return !DAY_WORD_RE.test(sentenceAfter(text, place.end));
}

/** "two weeks after Russian jets bombed ", "a day after the shelling of ": a timed-against clause up to a place. */
const EARLIER_CLAUSE_BEFORE_RE = new RegExp(
  `${EARLIER_ATTACK_BEFORE_RE.source.slice(0, -1)}(?:[\\p{L}-]+\\s+){0,4}$`,
  "iu",
);

/**
 * A word every match of EARLIER_ATTACK_BEFORE_RE (and so of EARLIER_CLAUSE_BEFORE_RE) holds, read with
 * the same case rule. Both end at $ and open with a lookbehind, so they are tried at every character of
 * the context before each claim; most contexts hold none of these words and are ruled out first.
 */
const EARLIER_ATTACK_NEEDS = /retaliation|response|revenge|reprisal|reaction|after|before|since/iu;

/**
 * True when `before` (the text up to an attack's word) ends in a clause the attack is reacted to or timed
 * against by: "in retaliation for the ", "a day after an ", "the heaviest shelling since the ".
 * @example isEarlierAttackBefore("Jets struck A on Monday in retaliation for an ") // true
 */
export const isEarlierAttackBefore = (before: string): boolean =>
  testWhen(EARLIER_ATTACK_NEEDS, EARLIER_ATTACK_BEFORE_RE, before);

/**
 * True when `before` (the text up to a place) ends in such a clause told up to the place: "two weeks
 * after Russian jets bombed ".
 * @example isEarlierClauseBefore("The attack came two weeks after Russian jets bombed ") // true
 */
export const isEarlierClauseBefore = (before: string): boolean =>
  testWhen(EARLIER_ATTACK_NEEDS, EARLIER_CLAUSE_BEFORE_RE, before);

/**
 * True when the claim's attack is only the object of a protest ("residents protested
 * on Monday against the air strikes on their town"): no incident is told unless the sentence gives the
 * attack's toll or a date after its word (a date before it is the protest's).
 * @example isProtestedOnly("Residents protested against the air strikes on Ihsim.", draft)  // true
 */
export function isProtestedOnly(text: string, d: ClaimDraft): boolean {
  if (d.trigger === null || d.casualties) return false;
  const at = d.trigger.start;
  // "condemned the strikes on A on Monday": a day after the attack's word dates the attack, a telling.
  if (d.date !== null && d.date.start > at) return false;
  return PROTESTED_BEFORE_RE.test(text.slice(Math.max(0, at - 80), at));
}
