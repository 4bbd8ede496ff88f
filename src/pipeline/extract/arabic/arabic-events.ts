/**
 * Attack words of one Arabic sentence (arabic-event-words.ts), typed by the means named beside them
 * and marked untold when negated, denied, threatened, planned or hypothetical. Passes: matches →
 * light verbs dropped → types → untold.
 */
import type { EventTypeCode } from "../../../domain/claim.js";
import type { ArabicEventMention, SentenceSpan } from "./arabic-facts.js";
import {
  ATTACK_WORDS,
  MEANS,
  RECALLED_BY,
  UNTOLD_AFTER,
  UNTOLD_CLAUSE,
  UNTOLD_IF_SUBJUNCTIVE,
  UNTOLD_NEAR,
  type AttackWord,
} from "./arabic-event-words.js";
import { TALLY_PERIOD } from "./arabic-toll-words.js";
import {
  CLAUSE_MARKS,
  crossesClause,
  SENTENCE_MARKS,
  spanOf,
  splitArabicWords,
  wordAt,
  wordDistance,
  wordPattern,
  type WordedSentence,
} from "./arabic-words.js";

const ATTACK_RES = ATTACK_WORDS.map((w) => ({ word: w, re: new RegExp(wordPattern(w.pattern), "g") }));
const ATTACK_CORE = ATTACK_WORDS.map((w) => new RegExp(`^(?:${w.pattern})$`));
const MEANS_RES = MEANS.map((m) => ({ type: m.type, re: new RegExp(wordPattern(m.pattern), "g") }));

/** An attack word with the words it covers. */
export interface AttackMatch {
  start: number;
  end: number;
  /** First and last word index. */
  from: number;
  to: number;
  word: AttackWord;
  index: number;
}

/** Means words of a sentence, found once: their type and word index. */
function findMeans(sentence: WordedSentence): { type: EventTypeCode; at: number }[] {
  return MEANS_RES.flatMap(({ type, re }) =>
    [...sentence.folded.folded.matchAll(re)].map((m) => ({ type, at: wordAt(sentence, m.index) })),
  );
}

/** Every attack word, the earliest and then longest where two overlap. */
export function matchAttackWords(sentence: WordedSentence): AttackMatch[] {
  const all: AttackMatch[] = [];
  ATTACK_RES.forEach(({ word, re }, index) => {
    for (const m of sentence.folded.folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      all.push({ start, end, from: wordAt(sentence, start), to: wordAt(sentence, end - 1), word, index });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  // Sorted by start and kept apart, the last kept ends furthest: only it can overlap the next.
  const kept: AttackMatch[] = [];
  for (const m of all) if (m.start >= (kept.at(-1)?.end ?? 0)) kept.push(m);
  // "إطلاق النار" in "وقف إطلاق النار" is a ceasefire, not shooting.
  const fired = kept.filter(
    (m) => !/^[وفبل]*وقف$|^[وفبل]*(?:وقف|اتفاق|هدنه)$/.test(sentence.words[m.from - 1]?.text ?? ""),
  );
  // "شنت الطائرات غارات", "قصف نفذته طائرة": the light verb's attack is the attack word beside it.
  // In word order, so only the neighbours within five words are looked at.
  const beside = (j: number): boolean => {
    const m = fired[j]!;
    const hit = (o: AttackMatch) => !o.word.light && !crossesClause(sentence, m.from, o.from);
    for (let k = j - 1; k >= 0 && m.from - fired[k]!.to <= 5; k--) if (hit(fired[k]!)) return true;
    for (let k = j + 1; k < fired.length && fired[k]!.from - m.to <= 5; k++) if (hit(fired[k]!)) return true;
    return false;
  };
  return fired.filter((m, j) => !m.word.light || !beside(j));
}

/**
 * Means named near word positions [from, to] in the same clause: the nearest one's type, except that
 * a drone named in reach makes an aircraft one a drone ("الطيران التركي المسيّر"), and remnants named
 * in reach make any munition's blast a landmine/ERW event ("انفجار قذيفة من مخلفات الحرب").
 */
function nearestMeans(
  sentence: WordedSentence,
  means: { type: EventTypeCode; at: number }[],
  from: number,
  to: number,
): EventTypeCode | null {
  let best: { type: EventTypeCode; distance: number } | null = null;
  let drone = false;
  let remnant = false;
  for (const { type, at: i } of means) {
    // Reach is counted in words; punctuation between makes the index gap larger, never smaller.
    if (i > to + 20 || i < from - 20) continue;
    const distance =
      i > to ? wordDistance(sentence, to, i) : i < from ? wordDistance(sentence, i, from) + 0.5 : 0;
    const reach = i > to ? 7 : 5;
    if (distance > reach || crossesClause(sentence, i, i > to ? to : from, SENTENCE_MARKS)) continue;
    if (type === "drone_strike") drone = true;
    if (type === "landmine_erw") remnant = true;
    if (!best || distance < best.distance) best = { type, distance };
  }
  if (remnant) return "landmine_erw";
  return best?.type === "air_strike" && drone ? "drone_strike" : (best?.type ?? null);
}

/** Verbs of happening between a negation and its attack word: "لم يتم استهداف", "لم يحدث قصف". */
const AUXILIARY = /^(?:يتم|تتم|تم|يكن|تكن|يجر|يجري|يحدث|تحدث|يقع|تقع|يسجل|تسجل)$/;

/** The verb carries the future prefix س ("سيقصف", "ستستهدف"). */
function isFuture(sentence: WordedSentence, m: AttackMatch): boolean {
  const text = sentence.folded.folded.slice(m.start, m.end).replace(/^[وف]/, "");
  return /^س[يتن]/.test(text) && ATTACK_CORE[m.index]!.test(text.slice(1));
}

/** An imperfect verb: its present prefix (يقصف، تتعرض، نستهدف), three letters or more. */
const IMPERFECT = /^[يتن][\u0621-\u064A]{2,}$/;
/** Negators the free-choice "أي" follows: "لم تسجل أي غارات", "خلا من أي قصف", "دون أي هجوم". */
const ANY_NEGATORS = /^[وف]?(?:لم|لا|لن|ليس|ليست|دون|بدون|عدم|خلا|خلت)$/;
/** Verbs of going on, recurring or undergoing in the future: "سيتواصل القصف", "ستتعرض البلدة لقصف". */
const FUTURE_ASPECT = /^[وف]?س[يتن](?:تواصل|ستمر|تجدد|تكرر|تعرض|طال|شهد|توسع)$/;
/** Shooting down: "أسقطت الفصائل طائرة مسيرة" — the aircraft shot down struck nothing. */
const SHOT_DOWN = /^[وف]?(?:اسقط|اسقطت|اسقطوا|يسقط|تسقط|اسقاط|باسقاط)$/;
/** Fear, whose object after "من" is an act feared: "يخشى السكان من قصف". */
const FEAR = /^[وف]?(?:يخشي|تخشي|يخشون|خشيه|مخاوف|يخاف|تخاف)$/;
/** A rejected accusation: "رفضت روسيا اتهامات بقصف A" denies the act, as "نفت" does. */
const REJECTED = /^[وف]?(?:رفض|رفضت|يرفض|ترفض|رفضه|رفضها)$/;
const ACCUSATION = /^(?:ال)?اتهام(?:ات)?$/;
/** Frequency: "قصف يومي", "يومياً": a pattern of attacks, not one told. */
const DAILY = /^(?:يومي|يوميه|يوميا|اليومي|اليوميه)$/;

/** Words that open the result of an attack: "ما أدى إلى", "مما أسفر عن", "أدى إلى". */
const RESULT = /^(?:[وف]?م?ما|ادي|ادت|اسفر|اسفرت)$/;

/**
 * The words of the attack word's clause, as folded text, up to its result: a period after "ما أدى إلى
 * مقتل 63 طفلاً منذ حزيران" tallies the toll, not the attack.
 */
function clauseText(sentence: WordedSentence, m: AttackMatch): string {
  const { words } = sentence;
  const isMark = (k: number) => words[k]!.mark && CLAUSE_MARKS.has(words[k]!.text);
  let a = m.from;
  while (a > 0 && !isMark(a - 1)) a--;
  let b = m.to;
  while (b + 1 < words.length && !isMark(b + 1) && !RESULT.test(words[b + 1]!.text)) b++;
  return sentence.folded.folded.slice(words[a]!.start, words[b]!.end);
}

/**
 * Negation, denial, threat, condition, expectation, fear, warning, preparation, interception, a court
 * case or a commemoration before the attack word in its clause, or a period or frequency in its clause
 * that makes it a tally of many attacks.
 */
function isUntold(sentence: WordedSentence, m: AttackMatch): boolean {
  if (isFuture(sentence, m)) return true;
  const words = sentence.words;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 12; k--) {
    const w = words[k]!;
    if (w.mark && CLAUSE_MARKS.has(w.text)) break;
    // A court case or a commemoration reaches further: its act is often the long object of a noun.
    if (RECALLED_BY.test(w.text)) return true;
    if (k < m.from - 8) continue;
    // "لم تقصف", "لم يتم استهداف"; not "لم تسفر الغارة عن", which denies the harm, not the attack.
    const next = words[k + 1]!.text;
    if (UNTOLD_NEAR.test(w.text) && (k === m.from - 1 || (k === m.from - 2 && AUXILIARY.test(next))))
      return true;
    if (UNTOLD_CLAUSE.test(w.text) || UNTOLD_AFTER.test(w.text) || FUTURE_ASPECT.test(w.text)) return true;
    // "يتوقع أن تشن", "من المرجح أن تستهدف", "يخشى السكان أن تقصف": "أن" and an imperfect verb.
    // Fear of an act names it as its object after "من": "تخشى الأهالي من غارات جديدة".
    if (UNTOLD_IF_SUBJUNCTIVE.test(w.text))
      for (let j = k + 1; j < m.from; j++) {
        // Not "أن تكون الطائرات قد قصفت": a copula with قد and a perfect hedges a done act.
        const verb = words[j + 1]?.text ?? "";
        if (/^[وف]?ان$/.test(words[j]!.text) && IMPERFECT.test(verb) && !/^[يت]كون$/.test(verb)) return true;
        if (FEAR.test(w.text) && words[j]!.text === "من" && j <= k + 3) return true;
      }
    // "قد تتعرض البلدة لقصف": قد before an imperfect verb is "may" (before a perfect, "already").
    // A four-letter word in ت may be a perfect of form V or VI ("وقد تركّز القصف", "قد تعرّضت"):
    // only ي، ن، تت or تست open an imperfect here without doubt.
    if (/^[وف]?قد$/.test(w.text) && /^(?:[ين]|تت|تست)[\u0621-\u064A]{2,}$/.test(next)) return true;
    if (REJECTED.test(w.text) && words.slice(k + 1, m.from).some((x) => ACCUSATION.test(x.text))) return true;
    // "لم تشهد المدينة أي قصف": any act under a negation is none.
    if (ANY_NEGATORS.test(w.text) && words[m.from - 1]?.text === "اي") return true;
    if (SHOT_DOWN.test(w.text) && m.word.type === "drone_strike" && m.from - k <= 3) return true;
  }
  const clause = clauseText(sentence, m);
  if (TALLY_PERIOD.test(clause)) return true;
  for (
    let k = m.to + 1;
    k < words.length && !(words[k]!.mark && CLAUSE_MARKS.has(words[k]!.text)) && !RESULT.test(words[k]!.text);
    k++
  ) {
    const w = words[k]!.text;
    // "قصف يومي" right after the act; "50 مرة" anywhere after it in its clause ("للمرة الثانية"
    // counts this attack among others, and stays told).
    if ((k <= m.to + 4 && DAILY.test(w)) || (/^(?:مره|مرات)$/.test(w) && /^\d+$/.test(words[k - 1]!.text)))
      return true;
  }
  return false;
}

/**
 * Attack words of one sentence.
 * @example findArabicEvents("قصفت طائرة مسيّرة تركية سيارة")[0].eventType // "drone_strike"
 */
export function findArabicEvents(sentence: string): ArabicEventMention[] {
  const worded = splitArabicWords(sentence);
  const means = findMeans(worded);
  const typed = matchAttackWords(worded).map((m) => ({
    m,
    eventType: m.word.generic ? (nearestMeans(worded, means, m.from, m.to) ?? m.word.type) : m.word.type,
    untold: isUntold(worded, m),
  }));
  // "قصفت طائرة مسيّرة", "بقذائف هاون": attack words side by side tell one attack.
  const joined: (typeof typed)[number][] = [];
  for (const t of typed) {
    const last = joined.at(-1);
    if (last && t.m.from - last.m.to <= 2 && !crossesClause(worded, last.m.to, t.m.from)) {
      const keep =
        t.eventType === "landmine_erw" || (last.m.word.generic && !t.m.word.generic)
          ? t.eventType
          : last.eventType;
      joined[joined.length - 1] = {
        m: { ...last.m, end: t.m.end, to: t.m.to, word: last.m.word.generic ? t.m.word : last.m.word },
        eventType: keep,
        untold: last.untold || t.untold,
      };
    } else joined.push(t);
  }
  return joined.map(({ m, eventType, untold }) => ({
    ...spanOf(worded.folded, m.start, m.end),
    eventType,
    untold,
  }));
}

/** Negators before "علاقة"/"صلة": "لا علاقة له ب…", "دون أي صلة ب…". */
const LINK_NEGATORS = /^[وف]?(?:لا|بلا|دون|بدون|ليس|ليست)$/;
const LINK_NOUNS = /^(?:علاقه|صله)$/;
/** "وليس", "وليست": and not (the one told is not the one after it). */
const NOT_THAT = /^ولي(?:س|ست)$/;

/**
 * Spans of a sentence's clauses that deny a link to another attack ("… والذي لا علاقة له
 * بالاشتباكات التي تحدث في ريف حماة") or set another thing apart from the one told ("هو جامع A،
 * وليس جامع B الموجود في حي C"): from the negator to the clause's end. An attack or a place
 * there is named to deny it any part in the one told, as the English path reads "has no relation to".
 * @example deniedLinks("قصف مشفى، ولا علاقة له بالاشتباكات في حماة")[0].text // "ولا علاقة له بالاشتباكات في حماة"
 */
export function deniedLinks(sentence: string | WordedSentence): SentenceSpan[] {
  const worded = typeof sentence === "string" ? splitArabicWords(sentence) : sentence;
  const { words } = worded;
  const out: SentenceSpan[] = [];
  for (let k = 0; k < words.length; k++) {
    // "X وليس Y": the contrast excludes Y ("هو جامع A، وليس جامع B الموجود في حي C").
    const contrast = NOT_THAT.test(words[k]!.text);
    if (!contrast && !LINK_NOUNS.test(words[k]!.text)) continue;
    const neg = contrast
      ? k
      : LINK_NEGATORS.test(words[k - 1]?.text ?? "")
        ? k - 1
        : words[k - 1]?.text === "اي" && LINK_NEGATORS.test(words[k - 2]?.text ?? "")
          ? k - 2
          : -1;
    if (neg < 0) continue;
    let end = k;
    while (end + 1 < words.length && !(words[end + 1]!.mark && CLAUSE_MARKS.has(words[end + 1]!.text))) end++;
    out.push(spanOf(worded.folded, words[neg]!.start, words[end]!.end));
    k = end;
  }
  return out;
}

/** "كان/كانت/كانوا … قد": the pluperfect, within four words. */
const WAS = /^[وف]?(?:كان|كانت|كانوا|كانتا)$/;
/** Verbs of reporting: "ذكر في وقت سابق" dates the report of the story, not an earlier event. */
const REPORTED = /^[وف]?(?:ذكر|ذكرت|قال|قالت|افاد|افادت|اعلن|اعلنت|اكد|اكدت|اشار|اشارت|نشر|نشرت)$/;
/** "سبق أن", "سبق لـ", "سبق و": had already. */
const HAD_ALREADY = /^[وف]?(?:سبق|سبقت)$/;

/**
 * Where a sentence turns to background told in the pluperfect ("وكانت الطائرات قد قصفت …", "سبق أن
 * استهدفت …", "في وقت سابق"), the offset in the sentence of its marker; null when it has none. News
 * tells what happened before the story in the pluperfect; "في وقت سابق اليوم" (earlier today) is the
 * story's own day, and "ذكر في وقت سابق" (said earlier) dates a report of the story.
 * @example backgroundMark("وكانت الطائرات الروسية قد قصفت البلدة") // 0
 */
export function backgroundMark(sentence: string | WordedSentence): number | null {
  const worded = typeof sentence === "string" ? splitArabicWords(sentence) : sentence;
  const { words } = worded;
  const at = (k: number) => spanOf(worded.folded, words[k]!.start, words[k]!.end).start;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.text;
    if (WAS.test(w)) {
      for (let j = k + 1; j <= k + 4 && j < words.length; j++) {
        if (words[j]!.mark) break;
        if (words[j]!.text === "قد") return at(k);
      }
    } else if (HAD_ALREADY.test(w) && /^(?:ان|وان|ل\S*|و)$/.test(words[k + 1]?.text ?? "")) return at(k);
    else if (
      /^[وف]?في$/.test(w) &&
      words[k + 1]?.text === "وقت" &&
      words[k + 2]?.text === "سابق" &&
      !/^(?:اليوم|من|امس|صباح|مساء)$/.test(words[k + 3]?.text ?? "") &&
      !words.slice(Math.max(0, k - 3), k).some((x) => REPORTED.test(x.text))
    )
      return at(k);
  }
  return null;
}
