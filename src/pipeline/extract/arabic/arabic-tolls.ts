/**
 * Tolls of one Arabic sentence: toll words (arabic-toll-words.ts) read with their victims
 * (arabic-victim-phrase.ts), then joined where the sentence joins them ("مقتل ثلاثة مدنيين وإصابة
 * خمسة آخرين" is one toll, killed 3 and injured 5). Passes: readings → zero statements → tolls.
 */
import type { CountRange, IncidentClaim } from "../../../domain/claim.js";
import type { ArabicToll } from "./arabic-facts.js";
import { readArabicCount } from "./arabic-numbers.js";
import {
  NO_TOLL,
  TALLY_PERIOD,
  TOLL_IDIOMS,
  TOLL_NOUNS,
  TOLL_TRIGGERS,
  UNSPECIFIED_NOUNS,
  type TollKind,
  type TollNoun,
} from "./arabic-toll-words.js";
import { rangeOfNumber, readVictims, type VictimPhrase } from "./arabic-victim-phrase.js";
import { TARGET_PHRASES, TARGET_WORDS } from "./arabic-victims.js";
import {
  CLAUSE_MARKS,
  lookupWord,
  spanOf,
  splitArabicWords,
  type Word,
  type WordedSentence,
} from "./arabic-words.js";

/** One toll word with the victims it counts. */
interface Reading {
  /** "both": "مقتل وإصابة خمسة" counts the dead and the hurt together. */
  kind: TollKind | "both" | "unspecified";
  range: CountRange;
  /** First and last word (inclusive). */
  from: number;
  to: number;
  groups: Set<IncidentClaim["victimGroups"][number]>;
  targets: Set<IncidentClaim["targets"][number]>;
  combatant: boolean;
}

function emptyReading(kind: Reading["kind"], from: number, to: number): Reading {
  return {
    kind,
    range: { min: 0, max: 0 },
    from,
    to,
    groups: new Set(),
    targets: new Set(),
    combatant: false,
  };
}

function reading(kind: Reading["kind"], phrase: VictimPhrase, from: number, to: number): Reading {
  return {
    kind,
    range: phrase.range,
    from,
    to,
    groups: phrase.groups,
    targets: phrase.targets,
    combatant: phrase.combatant,
  };
}

/** Victims that end just before word i ("امرأة قُتلت"), the longest such phrase. */
function victimsBefore(words: Word[], i: number): { phrase: VictimPhrase; from: number } | null {
  for (let s = Math.max(0, i - 8); s < i; s++) {
    if (words.slice(s, i).some((w) => w.mark && !/^\d/.test(w.text))) continue;
    const phrase = readVictims(words, s, false);
    if (phrase && phrase.end === i) return { phrase, from: s };
  }
  return null;
}

/**
 * "قتلت قوات الاحتلال 3 أشخاص": a verb, its agent, then the victims, who must be counted people
 * (a number and a person noun) a few words on in the same clause.
 */
function victimsAfterAgent(words: Word[], i: number): VictimPhrase | null {
  for (let s = i + 2; s <= i + 5 && s < words.length; s++) {
    if (words[s - 1]!.mark && CLAUSE_MARKS.has(words[s - 1]!.text)) return null;
    if (!readArabicCount(words, s)) continue;
    const phrase = readVictims(words, s, false);
    if (phrase) return phrase;
  }
  return null;
}

/** A count that ends just before word i ("خمسة قتلى", "عشرات الجرحى"). */
function countBefore(words: Word[], i: number): { range: CountRange; from: number } | null {
  for (let s = Math.max(0, i - 5); s < i; s++) {
    const c = readArabicCount(words, s);
    if (c && c.end === i) return { range: c.range, from: s };
    // "عشرات من الجرحى" counts the wounded; "ثلاثة من المصابين السبعة" is a part of a toll told
    // before, whose fate the verb after it tells ("فقدوا حياتهم"): not a count of the wounded.
    if (c && c.end === i - 1 && words[i - 1]!.text === "من")
      return c.rule.startsWith("R6:") ? { range: c.range, from: s } : null;
  }
  return null;
}

/** Toll words followed (or, for a verb, preceded) by their victims. */
function readTriggers(sentence: WordedSentence): Reading[] {
  const { words } = sentence;
  const readings: Reading[] = [];
  let consumedTo = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.mark || i <= consumedTo) continue;
    const trigger = lookupWord(TOLL_TRIGGERS, w.text);
    if (trigger) {
      const { kind, verb, dual, pronoun } = trigger.value;
      // "امرأة قُتلت وأصيب …": a verb whose victims stand before it and none after.
      const before = verb ? victimsBefore(words, i) : null;
      if (before && before.from > consumedTo && !readVictims(words, i + 1)) {
        readings.push(reading(kind, before.phrase, before.from, i));
        consumedTo = i;
        continue;
      }
      // "مقتل وإصابة خمسة مدنيين", "قتل وجرح خمسة": the dead and the hurt counted together; not a
      // verb whose ending names its own subject ("استشهدا وأصيب مدني").
      const other = lookupWord(TOLL_TRIGGERS, words[i + 1]?.text ?? "");
      const bare = !verb || /^[وف]?(?:قتل|جرح)$/.test(w.text);
      if (bare && other && other.value.kind !== kind && other.prefix.startsWith("و")) {
        const both = readVictims(words, i + 2);
        if (both) {
          readings.push(reading("both", both, i, both.end - 1));
          consumedTo = both.end - 1;
          continue;
        }
      }
      const after = readVictims(words, i + 1) ?? (verb ? victimsAfterAgent(words, i) : null);
      if (after) {
        readings.push(reading(kind, after, i, after.end - 1));
        consumedTo = after.end - 1;
      } else if (pronoun && /^متاثر/.test(words[i - 1]?.text ?? "")) {
        // "توفي متأثراً بإصابته": the wound of one already counted as dead.
        continue;
      } else if (dual || pronoun === "one" || pronoun === "two") {
        const n = pronoun === "one" ? 1 : 2;
        readings.push({ ...emptyReading(kind, i, i), range: { min: n, max: n } });
        consumedTo = i;
      } else if (pronoun === "plural") {
        readings.push({ ...emptyReading(kind, i, i), range: rangeOfNumber("plural") });
        consumedTo = i;
      }
      continue;
    }
    // "سقوط 5 ضحايا": victims, dead or hurt.
    const victims = lookupWord(UNSPECIFIED_NOUNS, w.text);
    if (victims && !victims.prefix.endsWith("ال") && victims.prefix !== "لل") {
      const before = countBefore(words, i);
      const from = before && before.from > consumedTo ? before.from : i;
      readings.push({
        ...emptyReading("unspecified", from, i),
        range: before?.range ?? rangeOfNumber(victims.value),
      });
      consumedTo = i;
      continue;
    }
    const noun = lookupWord(TOLL_NOUNS, w.text);
    if (noun) {
      const r = readTollNoun(words, i, noun.value, noun.prefix, consumedTo);
      if (r) {
        readings.push(r);
        consumedTo = r.to;
      }
    }
  }
  return [...readings, ...readIdioms(sentence)];
}

/** "خمسة قتلى", "قتيلين", "عشرات الجرحى", "ارتفاع عدد القتلى إلى 12". */
function readTollNoun(
  words: Word[],
  i: number,
  noun: TollNoun,
  prefix: string,
  consumedTo: number,
): Reading | null {
  const empty = { groups: new Set<never>(), targets: new Set<never>(), combatant: false };
  const before = countBefore(words, i);
  // "6 شهداء وجرحى": one count for the dead and the hurt together.
  const other = lookupWord(TOLL_NOUNS, words[i + 1]?.text ?? "");
  if (
    before &&
    before.from > consumedTo &&
    other &&
    other.prefix.startsWith("و") &&
    other.value.kind !== noun.kind
  )
    return { ...emptyReading("both", before.from, i + 1), range: before.range };
  if (before && before.from > consumedTo) {
    const who = readVictims(words, i + 1, false);
    return {
      kind: noun.kind,
      range: before.range,
      from: before.from,
      to: who ? who.end - 1 : i,
      groups: who?.groups ?? new Set(),
      targets: who?.targets ?? new Set(),
      combatant: who?.combatant ?? false,
    };
  }
  if (prefix.endsWith("ال") || prefix === "لل") {
    // "عدد القتلى" / "حصيلة القتلى" rises "إلى 12": the count after it.
    const head = words[i - 1]?.text;
    if (head !== "عدد" && head !== "حصيله") return null;
    for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
      if (words[k]!.text !== "الي" && words[k]!.text !== "ب") continue;
      const c = readArabicCount(words, k + 1);
      if (c) return { kind: noun.kind, range: c.range, from: i - 1, to: c.end - 1, ...empty };
    }
    return null;
  }
  if (noun.number !== "one" && noun.number !== "two") {
    // "سقوط شهداء وجرحى" with no count: victims, some dead and some hurt, of no known number (DOMAIN
    // R6), not several of each; "شهداء الدفاع المحلي" (a group's dead, named by whom) counts nothing.
    if (other && other.prefix.startsWith("و") && other.value.kind !== noun.kind && !countBefore(words, i + 1))
      return { ...emptyReading("unspecified", i, i + 1), range: rangeOfNumber("plural") };
    if (/^ال/.test(words[i + 1]?.text ?? "")) return null;
  }
  return { kind: noun.kind, range: rangeOfNumber(noun.number), from: i, to: i, ...empty };
}

/** "لقي طفل حتفه", "طفل لقي حتفه", "فارق شاب الحياة". */
function readIdioms(sentence: WordedSentence): Reading[] {
  const { words } = sentence;
  const out: Reading[] = [];
  words.forEach((w, i) => {
    const idiom = TOLL_IDIOMS.find((d) => d.verb.test(w.text));
    if (!idiom) return;
    // "أودى بحياة الطفل": the object first, then the victim.
    const object = idiom.object.test(words[i + 1]?.text ?? "") ? readVictims(words, i + 2, false) : null;
    if (object) {
      out.push(reading(idiom.kind, object, i, object.end - 1));
      return;
    }
    const after = readVictims(words, i + 1, false);
    if (after && idiom.object.test(words[after.end]?.text ?? "")) {
      out.push(reading(idiom.kind, after, i, after.end));
      return;
    }
    if (!idiom.object.test(words[i + 1]?.text ?? "")) return;
    const before = victimsBefore(words, i);
    if (before) out.push(reading(idiom.kind, before.phrase, before.from, i + 1));
  });
  return out;
}

/** Statements that nobody was killed or hurt, as zero readings. */
function readZeroes(sentence: WordedSentence): Reading[] {
  const out: Reading[] = [];
  const { folded } = sentence.folded;
  for (const no of NO_TOLL) {
    const m = no.re.exec(folded);
    if (!m) continue;
    const from = sentence.words.findIndex((w) => w.end > m.index);
    let to = from;
    while (to + 1 < sentence.words.length && sentence.words[to + 1]!.start < m.index + m[0].length) to++;
    for (const kind of no.kinds) out.push(emptyReading(kind, from, to));
  }
  return out;
}

/** Targets the sentence names as hit: "مستشفى", "مدرسة", "الدفاع المدني", … */
function sentenceTargets(sentence: WordedSentence): Set<IncidentClaim["targets"][number]> {
  const out = new Set<IncidentClaim["targets"][number]>();
  for (const w of sentence.words) {
    const t = w.mark ? null : lookupWord(TARGET_WORDS, w.text);
    if (t) out.add(t.value);
  }
  for (const p of TARGET_PHRASES) if (p.re.test(sentence.folded.folded)) out.add(p.target);
  return out;
}

/** Readings close together, of different kinds and the same side, make one toll. */
function joinReadings(readings: Reading[]): Reading[][] {
  const sorted = [...readings].sort((a, b) => a.from - b.from || a.to - b.to);
  const groups: Reading[][] = [];
  for (const r of sorted) {
    const last = groups.at(-1);
    const lastTo = last ? Math.max(...last.map((x) => x.to)) : -1;
    const kinds = new Set(
      last?.flatMap((x) => (x.kind === "both" ? ["killed", "injured", "unspecified"] : [x.kind])),
    );
    const fresh =
      r.kind === "both"
        ? !kinds.has("killed") && !kinds.has("injured") && !kinds.has("unspecified")
        : !kinds.has(r.kind);
    if (last && fresh && r.from - lastTo <= 3 && last[0]!.combatant === r.combatant) last.push(r);
    else if (!last || r.from > lastTo) groups.push([r]);
  }
  return groups;
}

/**
 * Whether each word's clause (clause marks end it) tells a period a toll is counted over, each clause
 * read once: `tallied[k]` for word k.
 */
function talliedClauses(sentence: WordedSentence): boolean[] {
  const { words } = sentence;
  const out: boolean[] = new Array<boolean>(words.length).fill(false);
  let start = 0;
  for (let k = 0; k <= words.length; k++) {
    if (k < words.length && !(words[k]!.mark && CLAUSE_MARKS.has(words[k]!.text))) continue;
    if (k > start) {
      const text = sentence.folded.folded.slice(words[start]!.start, words[k - 1]!.end);
      // "ومنذ بداية العام الحالي وحتى أمس، قتل …": a sentence opening on a period tallies all it tells.
      if (start === 0 && /^و?(?:منذ|خلال) /.test(text) && TALLY_PERIOD.test(text)) return out.fill(true);
      if (TALLY_PERIOD.test(text)) out.fill(true, start, k);
    }
    start = k + 1;
  }
  return out;
}

/**
 * Tolls of one sentence.
 * @example findArabicTolls("قُتل طفل وجُرح مدنيان")[0] // killed { min: 1, max: 1 }, injured { min: 2, max: 2 }
 */
export function findArabicTolls(sentence: string): ArabicToll[] {
  const worded = splitArabicWords(sentence);
  const readings = [...readTriggers(worded), ...readZeroes(worded)];
  if (readings.length === 0) return [];
  const named = sentenceTargets(worded);
  const tallied = talliedClauses(worded);
  return joinReadings(readings).map((group) => {
    const from = worded.words[Math.min(...group.map((r) => r.from))]!;
    const to = worded.words[Math.max(...group.map((r) => r.to))]!;
    const pick = (kind: TollKind) => group.find((r) => r.kind === kind)?.range ?? null;
    const both = group.find((r) => r.kind === "both");
    const combatant = group[0]!.combatant;
    const tally = group.some((r) => tallied[r.from] || tallied[r.to]);
    const targets = new Set([...group.flatMap((r) => [...r.targets]), ...named]);
    if (combatant) targets.add("military");
    // "ضحية وثلاثة مصابين", "5 ضحايا و10 جرحى": victims told beside the hurt are the dead.
    const victims = group.find((r) => r.kind === "unspecified");
    const hurt = group.find((r) => r.kind === "injured");
    const dead = !pick("killed") && !both && victims && hurt && victims.to < hurt.from ? victims : null;
    return {
      ...spanOf(worded.folded, from.start, to.end),
      killed: pick("killed") ?? dead?.range ?? (both ? { min: 1, max: both.range.max } : null),
      injured: pick("injured"),
      unspecified: both?.range ?? (dead ? null : victims?.range) ?? null,
      victimGroups: [...new Set(group.flatMap((r) => [...r.groups]))],
      targets: [...targets],
      combatant,
      ...(tally ? { tally } : {}),
    };
  });
}
