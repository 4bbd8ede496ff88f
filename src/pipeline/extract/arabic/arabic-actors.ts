/**
 * Attackers of one Arabic sentence: the actors (named through the actor registry, or by a nisba
 * adjective on the attack or weapon: "قصف تركي", "مسيّرة تركية", "الغارات الروسية") that stand as the
 * agent of an attack word: its subject before or after the verb ("قصفت قوات النظام", "قوات النظام
 * قصفت"), its genitive ("قصف النظام", "بقصف لقوات النظام"), "من قبل X", "نفذها X". A group that is
 * hit ("استهدف مواقع قسد", "على X", "ضد X") or a victim's side ("مقتل عنصر من قسد") is not one.
 * Passes: mentions → roles → attackers.
 */
import type { ActorKind, ActorLookup } from "../../../domain/actors.js";
import type { ArabicPerpetrator } from "./arabic-facts.js";
import { matchAttackWords, type AttackMatch } from "./arabic-events.js";
import { readArabicNumber } from "./arabic-numbers.js";
import { TOLL_NOUNS, TOLL_TRIGGERS } from "./arabic-toll-words.js";
import {
  CLAUSE_MARKS,
  crossesClause,
  foldedOffset,
  lookupWord,
  spanOf,
  splitArabicWords,
  wordAt,
  wordDistance,
  type WordedSentence,
} from "./arabic-words.js";

/** Kinds of actor that attack; monitors, outlets, responders and political bodies never do. */
const ATTACKER_KINDS = new Set<ActorKind>([
  "state_force",
  "foreign_state_force",
  "non_state_armed_group",
  "militia",
]);

/** Nisba adjectives (folded stems) and the forces they name. */
const NISBA: { re: RegExp; actorId: string }[] = [
  { re: /^[وب]?(?:ال)?تركي(?:ه)?$/, actorId: "TR_MIL" },
  { re: /^[وب]?(?:ال)?روسي(?:ه)?$/, actorId: "RU_MIL" },
  { re: /^[وب]?(?:ال)?اسراييلي(?:ه)?$/, actorId: "IL_MIL" },
  { re: /^[وب]?(?:ال)?ايراني(?:ه)?$/, actorId: "IR_MIL" },
  { re: /^[وب]?(?:ال)?(?:امريكي|اميركي)(?:ه)?$/, actorId: "COALITION" },
];

/** Weapons that fire: "راجمة صواريخ تابعة لـX". */
const WEAPON =
  /^[وفبل]*(?:ال)?(?:راجم(?:ه|ات)|مدفع|مدافع|دباب(?:ه|ات)|منصه|منصات|طاير(?:ه|ات)|مسير(?:ه|ات)|مروحي(?:ه|ات))$/;

/** A number word or digits (a count of the dead before "عنصر"). */
function readsCount(word: string): boolean {
  return (
    /^\d/.test(word) ||
    readArabicNumber([{ text: word, start: 0, end: word.length, mark: false }], 0) !== null
  );
}

/** Nouns a nisba adjective makes into an attacker: the attack, the weapon, the force. */
const NISBA_HEADS =
  /^[وفبل]*(?:ال)?(?:قصف|غاره|غارات|ضربه|ضربات|طيران|طايره|طايرات|مسيره|مسيرات|مقاتلات|مروحيات|قوات|جيش|مدفعيه|قذايف|قذيفه|صواريخ|صاروخ|هجوم|هجمات|استهداف|احتلال|عدوان|حربي|حربيه|مسير|قاعده|قواعد|دوريه|جنود|جندرمه|انتحاريه|مدرعات|دبابات|قصفا)$/;

/** Words before an actor that make it the thing hit, not the attacker. */
const TARGET_BEFORE =
  /^[وفبل]*(?:ال)?(?:مواقع|موقع|نقاط|نقطه|مقرات|مقر|تجمعات|تجمع|معاقل|ثكنات|ثكنه|اليات|اليه|سياره|مواقع|حواجز|حاجز|ضد|علي|مناطق|منطقه|سيطره|نفوذ|قاعده|قواعد|تشييع)$/;
/** A victim's side: "عنصر من قسد", "مقاتلين في صفوف". */
const SIDE_BEFORE = /^(?:من|في|صفوف|لدي|ل)$/;
/** "من قبل X", "نفذها X", "شنها X", "مصدرها X": the agent named after the attack. */
const AGENT_MARK =
  /^(?:قبل|نفذها|نفذه|نفذته|نفذتها|شنها|شنه|شنته|شنتها|اطلقها|اطلقه|اطلقته|اطلقتها|مصدرها|مصدره)$/;

interface Candidate {
  actorId: string | null;
  name: string;
  /** Folded offsets and word indices of the mention. */
  start: number;
  end: number;
  from: number;
  to: number;
  /** Named by a nisba on the attack or weapon itself. */
  nisba: boolean;
}

/** Registry mentions of armed actors, and nisba adjectives on an attack, weapon or force noun. */
function findCandidates(sentence: WordedSentence, actors: ActorLookup, onDate: string | null): Candidate[] {
  const out: Candidate[] = [];
  const { folded } = sentence;
  for (const m of actors.findActors(folded.original, onDate)) {
    if (!ATTACKER_KINDS.has(m.actor.kind)) continue;
    // The registry gives original offsets; the words are folded ones.
    const start = foldedOffset(folded, m.start);
    const end = foldedOffset(folded, m.end);
    if (start >= folded.folded.length) continue;
    out.push({
      actorId: m.actor.id,
      name: m.actor.name,
      start,
      end,
      from: wordAt(sentence, start),
      to: wordAt(sentence, Math.max(start, end - 1)),
      nisba: false,
    });
  }
  sentence.words.forEach((w, i) => {
    const nisba = w.mark ? undefined : NISBA.find((n) => n.re.test(w.text));
    if (!nisba || out.some((c) => c.from <= i && i <= c.to)) return;
    // The head noun: right before, or two before with one adjective between ("الطيران الحربي الروسي").
    const head = [i - 1, i - 2, i - 3].find((k) => k >= 0 && NISBA_HEADS.test(sentence.words[k]!.text));
    if (head === undefined) return;
    const actor = actors.get(nisba.actorId);
    out.push({
      actorId: nisba.actorId,
      name: actor?.name ?? nisba.actorId,
      start: sentence.words[head]!.start,
      end: w.end,
      from: head,
      to: i,
      nisba: true,
    });
  });
  return out.sort((a, b) => a.start - b.start);
}

const clauseBetween = (sentence: WordedSentence, a: number, b: number): boolean =>
  crossesClause(sentence, a, b);

/** The actor is hit or is a victim's side: the word before it says so. */
/** The words before the actor, quotes and brackets around its name skipped, nearest last. */
function wordsBefore(sentence: WordedSentence, c: Candidate): string[] {
  return sentence.words
    .slice(Math.max(0, c.from - 6), c.from)
    .filter((w) => !w.mark || CLAUSE_MARKS.has(w.text))
    .map((w) => w.text);
}

/** Fighters named before their group: "عنصر من قسد", "عناصر قسد". */
const FIGHTER = /^(?:ال)?(?:عنصر|عناصر|مقاتل|مقاتلين|مقاتلي|جندي|جنود|قيادي|قياديا|عنصرين|عنصرا|مسلحين)$/;

function isTargetOrSide(sentence: WordedSentence, c: Candidate, attacks: AttackMatch[]): boolean {
  const before = wordsBefore(sentence, c);
  const b1 = before.at(-1) ?? "";
  const b2 = before.at(-2) ?? "";
  // "سيارة تابعة لقسد" is hit; "راجمة صواريخ تابعة لقسد" fires.
  if (/^(?:ال)?(?:تابع|تابعه)$/.test(b1)) return !NISBA_HEADS.test(b2) && !WEAPON.test(b2);
  if (TARGET_BEFORE.test(b1)) return true;
  // "شهداء الجيش السوري", "قتلى قسد": the actor's own dead.
  if (lookupWord(TOLL_NOUNS, b1)) return true;
  // "الفصائل الموالية لتركيا", "المدعومة من أنقرة": a backer named after its proxy, not the one firing.
  if (/^(?:ال)?(?:موالي|مواليه|مدعوم|مدعومه)$/.test(b1) || /^(?:ال)?(?:مدعوم|مدعومه)$/.test(b2)) return true;
  // Fighters of the group: its dead or hurt ("مقتل عنصر من قسد") or the attack's object ("استهدفت
  // عناصر قسد"); as a subject ("نفذ عناصر من قسد عملية") they are the attacker.
  const fighter = FIGHTER.test(b1) ? 1 : SIDE_BEFORE.test(b1) && FIGHTER.test(b2) ? 2 : 0;
  if (fighter) {
    const at = before.length - fighter;
    const head = before.slice(Math.max(0, at - 3), at);
    const hurt = head.some((w) => lookupWord(TOLL_TRIGGERS, w) || lookupWord(TOLL_NOUNS, w) || readsCount(w));
    // The fighters' word in the sentence: punctuation around the group's name is not counted.
    const personIndex = sentence.words.findLastIndex((w, k) => k < c.from && FIGHTER.test(w.text));
    const object = attacks.some(
      (a) => !a.word.light && a.to < personIndex && wordDistance(sentence, a.to, personIndex) <= 5,
    );
    return hurt || object;
  }
  return /^(?:علي|ضد)$/.test(b1);
}

/** "مصدره", "انطلق من": the attack came from where the actor named after it holds. */
const SOURCE_MARK = /^(?:مصدره|مصدرها|مصدر|انطلق|انطلقت|اطلق|اطلقت)$/;

/** The candidate is the agent of an attack word: subject, genitive, "من قبل", or a nisba on it. */
function isAgentOf(sentence: WordedSentence, c: Candidate, attacks: AttackMatch[]): boolean {
  if (c.nisba) return true;
  // "الطائرات المسيرة التركية": the attack word is the actor's own weapon.
  if (attacks.some((a) => a.from <= c.to && c.from <= a.to)) return true;
  for (const a of attacks) {
    if (a.to >= c.from || c.from - a.to > 9 || clauseBetween(sentence, a.to, c.from)) continue;
    const between = sentence.words.slice(a.to + 1, c.from).map((w) => w.text);
    // "قصف صاروخي مصدره المناطق التي تسيطر عليها X", "هجمات بالصواريخ من X".
    if (between.some((w) => SOURCE_MARK.test(w))) return true;
    if (wordsBefore(sentence, c).at(-1) === "من" && c.from - a.to <= 6) return true;
  }
  // "من قبل X", "من قبل طائرات X": the mark right before the actor or before its force noun.
  const before = wordsBefore(sentence, c);
  const marks = [before.at(-1) ?? "", before.at(-2) ?? ""];
  // "راجمة صواريخ تابعة لقسد": the weapon that fired is the actor's.
  if (/^(?:ال)?(?:تابع|تابعه)$/.test(marks[0]!) && (WEAPON.test(marks[1]!) || NISBA_HEADS.test(marks[1]!)))
    return true;
  if (AGENT_MARK.test(marks[0]!) || (AGENT_MARK.test(marks[1]!) && NISBA_HEADS.test(marks[0]!))) return true;
  for (const a of attacks) {
    if (clauseBetween(sentence, a.to, c.from) || clauseBetween(sentence, c.to, a.from)) continue;
    // Attack word then actor: "قصفت قوات النظام", "قصف النظام", "غارات لطيران النظام"; punctuation
    // around a name ("نفذ عناصر من “قسد”") is not counted.
    if (c.from > a.to && wordDistance(sentence, a.to, c.from) <= 3) return true;
    // Actor then attack verb: "قوات النظام قصفت", "قسد تستهدف".
    if (a.from > c.to && wordDistance(sentence, c.to, a.from) <= 4) return true;
  }
  return false;
}

/** Harm verbs with an agent: "قتلت قسد مدنيا". */
function tollVerbs(sentence: WordedSentence): AttackMatch[] {
  const out: AttackMatch[] = [];
  sentence.words.forEach((w, i) => {
    const t = w.mark ? null : lookupWord(TOLL_TRIGGERS, w.text);
    // "قتلت قسد مدنياً", "قامت القوات بقتل طفل".
    const bare = t ? w.text.slice(t.prefix.length) : "";
    if (t && t.value.kind === "killed" && /^[يت]?قتل/.test(bare))
      out.push({
        start: w.start,
        end: w.end,
        from: i,
        to: i,
        word: { pattern: "", type: "attack", generic: true },
        index: -1,
      });
  });
  return out;
}

/**
 * Attackers of one sentence, first mention first; one entry per actor.
 * @example findArabicPerpetrators("قصفت القوات التركية قرية", actors)[0].actorId // "TR_MIL"
 */
export function findArabicPerpetrators(
  sentence: string,
  actors: ActorLookup,
  onDate: string | null = null,
): ArabicPerpetrator[] {
  const worded = splitArabicWords(sentence);
  const attacks = [...matchAttackWords(worded), ...tollVerbs(worded)];
  if (attacks.length === 0) return [];
  const seen = new Set<string>();
  const out: ArabicPerpetrator[] = [];
  let last: Candidate | null = null;
  for (const c of findCandidates(worded, actors, onDate)) {
    // "قوات النظام وروسيا", "قوات النظام وميليشيا قسد": a conjunct of an attacker attacks with it.
    const conjunct =
      last !== null &&
      c.from > last.to &&
      c.from - last.to <= 2 &&
      worded.words.slice(last.to + 1, c.from + 1).some((w) => w.text.startsWith("و"));
    const agent = conjunct || (!isTargetOrSide(worded, c, attacks) && isAgentOf(worded, c, attacks));
    if (!agent) continue;
    last = c;
    const key = c.actorId ?? c.name;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...spanOf(worded.folded, c.start, c.end), actorId: c.actorId, name: c.name });
  }
  return out;
}
