/**
 * A victim phrase: who a toll word counts, read word by word from a position. Items joined by و add
 * up ("طفل وامرأة" = 2, "مدني و3 آخرين" = 4); an item is a count with its noun ("ثلاثة مدنيين",
 * "15 مدنيا", "3 من عناصر"), "أحد" with a plural ("أحد المدنيين" = 1), or a noun alone counted by its
 * grammatical number ("مدني" = 1, "طفلين" = 2, "مدنيين" = several). After the items: who they were
 * ("من عناصر قسد" fighters, "في الدفاع المدني" rescuers) and a subset ("بينهم طفلان" adds groups,
 * not people).
 */
import type { CountRange, IncidentClaim } from "../../../domain/claim.js";
import { atLeastAfter, readArabicCount, readArabicNumber } from "./arabic-numbers.js";
import { TOLL_NOUNS } from "./arabic-toll-words.js";
import { PERSON_NOUNS, type VictimNoun, type VictimNumber } from "./arabic-victims.js";
import { CLAUSE_MARKS, lookupWord, type Word } from "./arabic-words.js";

export interface VictimPhrase {
  range: CountRange;
  /** Word index just past the phrase. */
  end: number;
  groups: Set<IncidentClaim["victimGroups"][number]>;
  targets: Set<IncidentClaim["targets"][number]>;
  /** The phrase counts fighters (a noun such as "عنصر", or "من عناصر X" after it). */
  combatant: boolean;
}

/** The range a noun's own grammatical number gives. */
export function rangeOfNumber(number: VictimNumber): CountRange {
  if (number === "one") return { min: 1, max: 1 };
  if (number === "two") return { min: 2, max: 2 };
  // A plural with no number (or a sound plural that may be a dual): DOMAIN R6 "several".
  return { min: 2, max: 9 };
}

/** Sum of two ranges; an open end stays open. */
export function addRanges(a: CountRange | null, b: CountRange): CountRange {
  if (!a) return { ...b };
  return { min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max };
}

interface Item {
  range: CountRange;
  end: number;
  noun: VictimNoun | null;
}

/** A word read as a number adjective after its noun: "الثلاثة", "اثنين". */
function numberAfter(words: Word[], i: number): { value: number; end: number } | null {
  const w = words[i];
  if (!w || w.mark) return null;
  const text = w.text.startsWith("ال") ? w.text.slice(2) : w.text;
  // "مدني واحد" is a number after its noun; "و3" starts another item.
  if (/^[و\d]/.test(text) && !/^واحده?$/.test(text)) return null;
  // "زوجها وأحد أطفالها": folded, و + أحد is spelt as واحد; before a person it is "and one of".
  const next = words[i + 1]?.text ?? "";
  if (/^واحد/.test(text) && (lookupWord(PERSON_NOUNS, next) || lookupWord(TOLL_NOUNS, next))) return null;
  const copy = [...words];
  copy[i] = { ...w, text };
  const n = readArabicNumber(copy, i);
  return n ? { value: n.value, end: n.end } : null;
}

/** People named one by one after "كل من", up to the end of the clause. */
function readNamed(words: Word[], k: number): Item | null {
  let n = 1;
  let e = k;
  for (; e < words.length && e < k + 25; e++) {
    const w = words[e]!;
    if (w.mark && CLAUSE_MARKS.has(w.text)) break;
    if (e > k && !w.mark && w.text.startsWith("و") && w.text.length > 2) n++;
  }
  return e > k ? { range: { min: n, max: n }, end: e, noun: null } : null;
}

/** "أفراد الأسرة", "أطفال عائلة واحدة": the family the people belong to, after their noun. */
function familyAfter(words: Word[], k: number): number {
  if (!/^(?:ال)?(?:عايله|اسره)$/.test(words[k]?.text ?? "")) return k;
  return /^(?:ال)?واحده$/.test(words[k + 1]?.text ?? "") ? k + 2 : k + 1;
}

function readItem(words: Word[], k: number, first: boolean): Item | null {
  const item = readBareItem(words, k, first);
  if (!item?.noun) return item;
  const end = familyAfter(words, item.end);
  if (end === item.end) return item;
  return { ...item, end, noun: { ...item.noun, groups: [...item.noun.groups, "families"] } };
}

function readBareItem(words: Word[], k: number, first: boolean): Item | null {
  const w = words[k];
  if (!w || (w.mark && !/^\d/.test(w.text))) return null;
  if (!first && !w.text.startsWith("و")) return null;
  const one = w.text.replace(/^و/, "");
  if (one === "احد" || one === "احدي") {
    const next = words[k + 1]?.text ?? "";
    const noun = lookupWord(PERSON_NOUNS, next);
    if (noun) return { range: { min: 1, max: 1 }, end: k + 2, noun: noun.value };
    // "أحد الجرحى": one of the wounded.
    if (lookupWord(TOLL_NOUNS, next)) return { range: { min: 1, max: 1 }, end: k + 2, noun: null };
  }
  const count = readArabicCount(words, k);
  if (count) {
    let e = count.end;
    const partitive = words[e]?.text === "من";
    const noun = lookupWord(PERSON_NOUNS, words[e + (partitive ? 1 : 0)]?.text ?? "");
    if (noun) e += partitive ? 2 : 1;
    else if (!first && !partitive) return null;
    const least = atLeastAfter(words, e);
    const range = least > 0 ? { min: count.range.min, max: null } : count.range;
    return { range, end: least > 0 ? least : e, noun: noun?.value ?? null };
  }
  // "كل من ماجدة وشقيقها": named people, one and one more for each "و" before the clause ends.
  if (
    one === "كل" &&
    words[k + 1]?.text === "من" &&
    !/^(?:في|علي|كان|كانوا|داخل|بداخل)$/.test(words[k + 2]?.text ?? "")
  )
    return readNamed(words, k + 2);
  const noun = lookupWord(PERSON_NOUNS, w.text);
  if (!noun) return null;
  const after = numberAfter(words, k + 1);
  if (after) return { range: { min: after.value, max: after.value }, end: after.end, noun: noun.value };
  const least = atLeastAfter(words, k + 1);
  const range = rangeOfNumber(noun.value.number);
  return {
    range: least > 0 ? { min: range.min, max: null } : range,
    end: least > 0 ? least : k + 1,
    noun: noun.value,
  };
}

/** Words after which a fighter's affiliation follows ("من عناصر قسد", "في صفوف الجيش"). */
const ARMED_AFTER =
  /^(?:ال)?(?:عناصر|عنصر|صفوف|مقاتلي|مقاتلين|قوات|جنود|مسلحي|فصايل|فصيل|ميليشيا|مليشيا|مليشيات|ميليشيات|جيش|هييه|حزب|حرس|لواء|فرقه|مرتزقه|وحدات|شرطه|اسايش|قسد|داعش|تنظيم|كتيبه|كتايب|مجموعه مسلحه)(?![\u0621-\u064A])/;
const RESCUE_AFTER = /^(?:ال)?(?:دفاع المدني|خوذ البيضاء|فرق الانقاذ|فريق الانقاذ|هلال الاحمر)/;
const CIVIL_AFTER = /^(?:ال)?(?:مدنيين|اهالي|سكان|مواطنين)(?![\u0621-\u064A])/;
const FAMILY_AFTER = /^(?:ال)?(?:عايله|اسره)(?![\u0621-\u064A])/;
const SUBSET = new Set(["بينهم", "بينهن", "منهم", "منهن", "وبينهم", "ومنهم"]);

/** Reads who the phrase counts, from word k; returns the index past what it read. */
function readAffiliation(words: Word[], k: number, phrase: VictimPhrase): number {
  const w = words[k]?.text;
  if (!w) return k;
  if (w === "من" || w === "في") {
    const next = words
      .slice(k + 1, k + 4)
      .map((x) => x.text)
      .join(" ");
    if (RESCUE_AFTER.test(next)) {
      phrase.targets.add("rescuers");
      phrase.combatant = false;
      return k + 3;
    }
    if (CIVIL_AFTER.test(next)) {
      phrase.targets.add("civilians");
      phrase.combatant = false;
      return k + 2;
    }
    if (FAMILY_AFTER.test(next)) {
      phrase.groups.add("families");
      return k + 2;
    }
    if (ARMED_AFTER.test(next)) {
      phrase.combatant = true;
      phrase.targets.add("military");
      return k + 2;
    }
    if (w === "من" && words[k + 1]?.text === "بينهم") return readSubset(words, k + 2, phrase);
    return k;
  }
  if (SUBSET.has(w)) return readSubset(words, k + 1, phrase);
  return k;
}

/** "بينهم طفلان وامرأة": groups of a subset, adding no people. */
function readSubset(words: Word[], k: number, phrase: VictimPhrase): number {
  let first = true;
  let i = k;
  for (let item = readItem(words, i, true); item; item = readItem(words, i, first)) {
    for (const g of item.noun?.groups ?? []) phrase.groups.add(g);
    for (const t of item.noun?.targets ?? []) if (t !== "military") phrase.targets.add(t);
    i = item.end;
    first = false;
  }
  return i;
}

/** Words that may stand between a toll word and its victims ("أصيب فيها 3", "قتل خلاله"). */
const FILLERS = new Set([
  "فيها",
  "فيه",
  "خلاله",
  "خلالها",
  "جراءه",
  "جراءها",
  "اثره",
  "اثرها",
  "ايضا",
  "كذلك",
  "اليوم",
  "امس",
  "حتي",
  "الان",
  "بذلك",
]);

/** Adjectives after an injury: "بجروح خطيرة", "بجراح متفاوتة". */
const WOUNDS = new Set(["بجروح", "بجراح", "باصابات", "بجرح", "جروح"]);

/**
 * The victims counted from word j on, or null when no person is counted there.
 * @example readVictims(splitArabicWords("ثلاثة مدنيين وطفل").words, 0)?.range // { min: 4, max: 4 }
 */
export function readVictims(words: Word[], j: number, allowBareCount = true): VictimPhrase | null {
  let k = j;
  for (let skip = 0; skip < 2 && FILLERS.has(words[k]?.text ?? ""); skip++) k++;
  const first = readItem(words, k, true);
  if (!first || (!first.noun && !allowBareCount)) return null;
  const phrase: VictimPhrase = {
    range: first.range,
    end: first.end,
    groups: new Set(first.noun?.groups ?? []),
    targets: new Set(first.noun?.targets ?? []),
    combatant: first.noun?.combatant ?? false,
  };
  k = first.end;
  for (;;) {
    // One adjective may stand between items: "طفل صغير وامرأة"; "و" may stand apart: "امرأة و ثلاثة".
    const direct = words[k]?.text === "و" ? readItem(words, k + 1, true) : readItem(words, k, false);
    // Up to two words (an adjective, a genitive: "سائق سيارة الإسعاف وأحد الجرحى") between items.
    const next =
      direct ??
      (isAdjective(words[k])
        ? (readItem(words, k + 1, false) ??
          (isAdjective(words[k + 1]) ? readItem(words, k + 2, false) : null))
        : null);
    // "مقتل 3 مدنيين وعنصر من قسد": civilians and fighters are not added into one count.
    if (!next || (next.noun !== null && next.noun.combatant !== phrase.combatant)) break;
    phrase.range = addRanges(phrase.range, next.range);
    for (const g of next.noun?.groups ?? []) phrase.groups.add(g);
    for (const t of next.noun?.targets ?? []) phrase.targets.add(t);
    k = next.end;
  }
  if (WOUNDS.has(words[k]?.text ?? "")) k += isAdjective(words[k + 1]) ? 2 : 1;
  k = readAffiliation(words, k, phrase);
  phrase.end = k;
  return phrase;
}

/** A plain word that may be an adjective (not punctuation, not a coordinated word). */
function isAdjective(w: Word | undefined): boolean {
  return (
    !!w &&
    !w.mark &&
    !w.text.startsWith("و") &&
    w.text !== "من" &&
    w.text !== "في" &&
    !/^\d/.test(w.text) &&
    !SUBSET.has(w.text) &&
    !lookupWord(PERSON_NOUNS, w.text) &&
    !lookupWord(TOLL_NOUNS, w.text)
  );
}
