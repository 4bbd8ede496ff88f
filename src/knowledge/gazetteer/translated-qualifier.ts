/**
 * A qualifier of a place name said in another language or order. OCHA's English names TRANSLATE the
 * size or part word of a community ("Big Dara" for دارة الكبيرة, "Little Khweireh" for الخويرة الصغيرة,
 * "Eastern Maliha" for المليحة الشرقية) where reports transliterate it, after the name as in Arabic
 * ("Dara al-Kabira", "al-Khuwayra al-Saghira", "Maliha al-Sharqiyeh"); and the other way round, OCHA
 * transliterates ("Dar Kabira", "Qudsaya Jdideh") where a report translates ("the Big Dar", "New
 * Qudsaya"). The Arabic word also changes its gender with the name's (كبير / كبيرة) and has an elative
 * (الكبرى). A name with one qualifier word is the same name in every such form: this module spells a
 * mention's other forms, for the gazetteer to look each up (gazetteer.ts). The qualifier's meaning is
 * kept ("Big" never becomes "Little", "Eastern" never "Western"); it is never dropped (size-qualified.ts
 * decides when a plain name means a qualified community).
 */
import { hasArabic, normaliseArabic } from "./arabic-normalise.js";

/** What a qualifier says about the community. */
export type QualifierMeaning = Meaning;
type Meaning =
  "big" | "little" | "east" | "west" | "north" | "south" | "upper" | "lower" | "middle" | "new" | "old";

interface MeaningForms {
  /** OCHA's English word, written before the name ("Big Dara"). */
  english: string;
  /** Other English words of the same meaning, before the name. */
  englishSynonyms: readonly string[];
  /** Latin transliterations of the Arabic word, after the name: the forms to spell (masculine, feminine). */
  spelled: readonly string[];
  /** Further transliterations recognised in a mention (dialect, elative, nisba endings). */
  read: readonly string[];
  /** Arabic words (without the article): the forms to spell, then further forms recognised. */
  arabic: readonly string[];
  arabicRead: readonly string[];
}

const MEANINGS: Readonly<Record<Meaning, MeaningForms>> = {
  big: {
    english: "Big",
    englishSynonyms: ["great", "large"],
    spelled: ["Kabir", "Kabira"],
    read: [
      "kabire",
      "kabireh",
      "kabirah",
      "kbir",
      "kbira",
      "kbireh",
      "kebir",
      "kebira",
      "kebireh",
      "kibir",
      "kabeer",
      "kabeera",
      "kubra",
    ],
    arabic: ["كبير", "كبيره"],
    arabicRead: ["كبري"],
  },
  little: {
    english: "Little",
    // "Littler" is a typo OCHA's table contains.
    englishSynonyms: ["small", "littler"],
    spelled: ["Saghir", "Saghira"],
    read: [
      "saghire",
      "saghireh",
      "saghirah",
      "sghir",
      "sghira",
      "sghireh",
      "zghir",
      "zghira",
      "zghireh",
      "sagheer",
      "sagheera",
      "sughra",
      "soghra",
    ],
    arabic: ["صغير", "صغيره"],
    arabicRead: ["صغري"],
  },
  east: {
    english: "Eastern",
    englishSynonyms: ["east"],
    spelled: ["Sharqi", "Sharqiya"],
    read: ["sharqiyah", "sharqiyeh", "sharqieh", "sharqia", "sharki", "sharkiya", "sharkiyeh"],
    arabic: ["شرقي", "شرقيه"],
    arabicRead: [],
  },
  west: {
    english: "Western",
    englishSynonyms: ["west"],
    spelled: ["Gharbi", "Gharbiya"],
    read: ["gharbiyah", "gharbiyeh", "gharbieh", "gharbia"],
    arabic: ["غربي", "غربيه"],
    arabicRead: [],
  },
  north: {
    english: "Northern",
    englishSynonyms: ["north"],
    spelled: ["Shamali", "Shamaliya"],
    read: ["shmali", "shimali", "shamaliyah", "shamaliyeh", "shmaliyeh", "shmaliya", "shamalieh"],
    arabic: ["شمالي", "شماليه"],
    arabicRead: [],
  },
  south: {
    english: "Southern",
    englishSynonyms: ["south"],
    spelled: ["Janubi", "Janubiya", "Qibli", "Qibliya"],
    read: [
      "janoubi",
      "janubiyah",
      "janubiyeh",
      "qebli",
      "qibliyeh",
      "qibliyah",
      "qabli",
      "qabliya",
      "qabliyeh",
      "qablieh",
      "qabliyah",
    ],
    arabic: ["جنوبي", "جنوبيه", "قبلي", "قبليه"],
    arabicRead: [],
  },
  upper: {
    english: "Upper",
    englishSynonyms: [],
    spelled: ["Fawqani", "Fawqa"],
    read: ["foqani", "fouqani", "fawqaniya", "fawqaniyeh", "fouqaniyeh", "foqa", "fouqa"],
    arabic: ["فوقاني", "فوقا"],
    arabicRead: ["فوقانيه"],
  },
  lower: {
    english: "Lower",
    englishSynonyms: [],
    spelled: ["Tahtani", "Tahta"],
    read: ["tahtaniya", "tahtaniyeh"],
    arabic: ["تحتاني", "تحتا"],
    arabicRead: ["تحتانيه"],
  },
  middle: {
    english: "Middle",
    englishSynonyms: [],
    spelled: ["Wastani", "Wusta"],
    read: ["wastaniyeh", "wasta"],
    arabic: ["وسطاني", "وسطي"],
    arabicRead: [],
  },
  new: {
    english: "New",
    englishSynonyms: [],
    spelled: ["Jadid", "Jadida"],
    read: ["jadideh", "jadidah", "jdid", "jdideh", "jdide", "jdeideh", "jdaideh"],
    arabic: ["جديد", "جديده"],
    arabicRead: [],
  },
  old: {
    english: "Old",
    englishSynonyms: [],
    spelled: ["Qadim", "Qadima", "Atiq", "Atiqa"],
    read: ["qadimeh", "qadimah", "qdim", "atiqeh", "atiqah"],
    arabic: ["قديم", "قديمه", "عتيق", "عتيقه"],
    arabicRead: [],
  },
};

const meaningNames = Object.keys(MEANINGS) as Meaning[];

/** English words before a name, by meaning. */
const ENGLISH_BEFORE: ReadonlyMap<string, Meaning> = new Map(
  meaningNames.flatMap((m) =>
    [MEANINGS[m].english.toLowerCase(), ...MEANINGS[m].englishSynonyms].map((w): [string, Meaning] => [w, m]),
  ),
);

/** Latin transliterations after a name, by meaning. */
const LATIN_AFTER: ReadonlyMap<string, Meaning> = new Map(
  meaningNames.flatMap((m) =>
    [...MEANINGS[m].spelled.map((w) => w.toLowerCase()), ...MEANINGS[m].read].map((w): [string, Meaning] => [
      w,
      m,
    ]),
  ),
);

/** Arabic words after a name (normalised, without the article), by meaning. */
const ARABIC_AFTER: ReadonlyMap<string, Meaning> = new Map(
  meaningNames.flatMap((m) =>
    [...MEANINGS[m].arabic, ...MEANINGS[m].arabicRead].map((w): [string, Meaning] => [w, m]),
  ),
);

/**
 * The Latin article as a word of its own, in every form the sun letters assimilate it to ("Shathah at
 * Tahta", "Tell ar Rumman", "Chat' ha ett Tahta"), as transliterations write it.
 */
const LATIN_ARTICLE = /^(?:[aeiu]l|[ae](?:[tdrsznl]|sh|th|dh|tt|dd|ss|zz|rr|nn))$/i;
/** An article glued to the qualifier ("Elkibir", "al-Kabira" read as one token). */
const GLUED_ARTICLE = /^(?:al|el|as|es|ash|esh|az|ez)[-'’]?(?=\p{L}{4})/iu;

/**
 * Cheap test for a word of any table: a mention without one (most mentions) is spelled no other way.
 * Latin stems and the Arabic stems of the words above.
 */
const MAYBE =
  /big|great|large|little|small|east|west|north|south|upper|lower|middle|new|old|k[aeiu]b|kbi|ku?br|s[ao]?[gh]h?[ie]|zghi|s[aou]ghr|shar[qk]|gharb|sh[ia]?m[ae]?l|jan[ou]*b|q[aie]bl|f[ao][uw]?q|taht|wast|wust|ja?d[ei]+d|q[aeiu]?d[ei]+m|atiq|كب|صغ|شرق|غرب|شمال|جنوب|قبل|فوق|تحت|وسط|جديد|قديم|عتيق/i;

/** A name split into its qualifier's meaning and the rest. */
export interface Qualified {
  meaning: Meaning;
  rest: string;
  /** Where the mention wrote its qualifier: an English word before the name, or after it in Arabic order. */
  written: "before" | "after";
  /** The qualifier word as written, lower-case, without its article. */
  word: string;
}

/** Plain letters of a word, for comparing it with the tables. */
function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}]/gu, "");
}

/** The words of a Latin name: split at spaces and hyphens, articles kept as words. */
function latinWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[\s\-–_]+/)
    .filter((w) => /\p{L}/u.test(w));
}

/**
 * Words that begin a name and cannot end one: kunya and filiation ("Abu …", "Umm …", "Bin …"). Before
 * such a word's complement, a qualifier word is part of the name: "Bir Abu Kubra" is not a big "Bir Abu".
 */
// prettier-ignore
const NEEDS_COMPLEMENT: ReadonlySet<string> = new Set([
  "abu", "abou", "abo", "um", "umm", "om", "omm", "bin", "ben", "ibn", "bani", "beni", "dhat", "zat", "dhu",
  "ابو", "ام", "بن", "ابن", "بني", "ذات", "ذو",
]);

/** The rest of a name must still be a name: three letters or more, not an article alone, not "Abu" open. */
function nameLike(words: readonly string[]): boolean {
  const letters = words.map(bare).join("");
  if (words.length > 0 && NEEDS_COMPLEMENT.has(bare(words[words.length - 1]!))) return false;
  return letters.length >= 3 && !(words.length === 1 && LATIN_ARTICLE.test(bare(words[0]!)));
}

/** A Latin name's one qualifier word and the rest, else null. */
function splitLatin(name: string): Qualified | null {
  const words = latinWords(name);
  if (words.length < 2) return null;
  const first = ENGLISH_BEFORE.get(bare(words[0]!));
  const lastWord = bare(words[words.length - 1]!);
  const last = LATIN_AFTER.get(lastWord) ?? LATIN_AFTER.get(lastWord.replace(GLUED_ARTICLE, ""));
  // Qualified at both ends ("Big Tal Kabir"), or not at all: not one qualifier's variant.
  if ((first === undefined) === (last === undefined)) return null;
  if (first !== undefined) {
    const rest = words.slice(1);
    if (!nameLike(rest)) return null;
    return { meaning: first, rest: rest.join(" "), written: "before", word: bare(words[0]!) };
  }
  let rest = words.slice(0, -1);
  // "Dara al-Kabira": the qualifier's article goes with it.
  if (rest.length > 1 && LATIN_ARTICLE.test(bare(rest[rest.length - 1]!))) rest = rest.slice(0, -1);
  if (!nameLike(rest)) return null;
  return {
    meaning: last!,
    rest: rest.join(" "),
    written: "after",
    word: lastWord.replace(GLUED_ARTICLE, ""),
  };
}

/** An Arabic name's qualifier word (the last, its article aside) and the rest, else null. */
function splitArabic(name: string): Qualified | null {
  const words = normaliseArabic(name).split(" ");
  if (words.length < 2) return null;
  const lastWord = words[words.length - 1]!;
  const word = lastWord.length > 4 && lastWord.startsWith("ال") ? lastWord.slice(2) : lastWord;
  const meaning = ARABIC_AFTER.get(word);
  if (meaning === undefined) return null;
  // The rest as the name wrote it (normalising drops no word): a plain name keeps its spelling.
  const written = name.trim().split(/\s+/);
  const rest = (written.length === words.length ? written : words).slice(0, -1).join(" ");
  if (rest.replace(/\s/g, "").length < 2 || NEEDS_COMPLEMENT.has(words[words.length - 2]!)) return null;
  return { meaning, rest, written: "after", word };
}

/** The qualifier and the rest of a name, or null when the name has not exactly one qualifier word. */
export function qualifiedName(name: string): Qualified | null {
  if (!MAYBE.test(name)) return null;
  return hasArabic(name) ? splitArabic(name) : splitLatin(name);
}

/**
 * The other spellings of a name with one qualifier word: OCHA's English word before the rest ("Big
 * Dara"), and the Arabic word transliterated after it in each gender ("Dara Kabir", "Dara Kabira"); for
 * an Arabic name, the rest with each form of the Arabic word. The name's own spelling is left out. Empty
 * for a name without a qualifier.
 * @example translatedSpellings("Dara al-Kabira") // ["Big Dara", "Dara Kabir"]
 * @example translatedSpellings("Eastern Maliha") // ["Maliha Sharqi", "Maliha Sharqiya"]
 */
export function translatedSpellings(name: string): string[] {
  const q = qualifiedName(name);
  if (!q) return [];
  const forms = MEANINGS[q.meaning];
  const out: string[] = [];
  if (hasArabic(name)) {
    for (const w of forms.arabic) if (w !== q.word) out.push(`${q.rest} ${w}`);
    return out;
  }
  if (q.written === "after" || q.word !== forms.english.toLowerCase()) out.push(`${forms.english} ${q.rest}`);
  for (const w of forms.spelled)
    if (q.written === "before" || w.toLowerCase() !== q.word) out.push(`${q.rest} ${w}`);
  return out;
}

/** "and", "&" or Arabic و joining qualifier words ("Eastern and Western", "شرقية وغربية"). */
const LATIN_AND = /^(?:and|&)$/i;

/** The qualifier words of a run such as "Eastern and Western" / "شرقية وغربية", or null if it is not one. */
function qualifierRun(words: readonly string[], arabic: boolean): string[] | null {
  const out: string[] = [];
  let expectWord = true;
  for (const written of words) {
    const raw = arabic ? normaliseArabic(written) : written;
    if (arabic) {
      // و is written joined to the word it adds: "شرقية وغربية".
      const joined = out.length > 0 && raw.startsWith("و") ? raw.slice(1) : raw;
      const w = joined.length > 4 && joined.startsWith("ال") ? joined.slice(2) : joined;
      if (raw === "و") continue;
      if (!ARABIC_AFTER.has(w)) return null;
      out.push(joined);
      continue;
    }
    if (!expectWord && LATIN_AND.test(raw)) {
      expectWord = true;
      continue;
    }
    if (!expectWord || !ENGLISH_BEFORE.has(bare(raw))) return null;
    out.push(raw);
    expectWord = false;
  }
  return out.length >= 2 && (arabic || expectWord === false) ? out : null;
}

/**
 * The communities a merged name distributes its qualifiers over: OCHA's "Tab Issa - Eastern and
 * Western" is Eastern and Western Tab Issa, "Northern & Western Hawayeq" Northern and Western Hawayeq,
 * "الحوائق شمالي وجنوبي" الحوائق شمالي and الحوائق جنوبي. Empty for any other name.
 * @example distributedNames("Tab Issa - Eastern and Western") // ["Eastern Tab Issa", "Western Tab Issa"]
 */
export function distributedNames(name: string): string[] {
  const arabic = hasArabic(name);
  const [head, tail, ...more] = name.split(/\s+-\s+|_/).map((p) => p.trim());
  if (more.length > 0) return [];
  if (tail !== undefined) {
    const run = qualifierRun(tail.split(/\s+/), arabic);
    if (!run || !head) return [];
    return run.map((q) => (arabic ? `${head} ${q}` : `${q} ${head}`));
  }
  const words = name.trim().split(/\s+/);
  if (arabic) {
    // The name, then its qualifiers: "الحوائق شمالي وجنوبي".
    for (let i = 1; i < words.length - 1; i++) {
      const run = qualifierRun(words.slice(i), true);
      if (run) return run.map((q) => `${words.slice(0, i).join(" ")} ${q}`);
    }
    return [];
  }
  // The qualifiers, then the name: "Northern & Western Hawayeq".
  for (let i = words.length - 1; i >= 3; i--) {
    const run = qualifierRun(words.slice(0, i), false);
    if (run) return run.map((q) => `${q} ${words.slice(i).join(" ")}`);
  }
  return [];
}

/** True when `part` of a merged name is only qualifier words ("Eastern and Western"): no name of its own. */
export function onlyQualifiers(part: string): boolean {
  return qualifierRun(part.trim().split(/\s+/), hasArabic(part)) !== null;
}

/** Meanings no one community bears at once: the other part of a split village, the other size. */
const OPPOSITE: Readonly<Partial<Record<Meaning, Meaning>>> = {
  east: "west",
  west: "east",
  north: "south",
  south: "north",
  upper: "lower",
  lower: "upper",
  big: "little",
  little: "big",
  new: "old",
  old: "new",
};

/** The meanings of every qualifier word of a name, wherever it stands ("Upper Eastern Arja": upper, east). */
export function qualifierMeanings(name: string): ReadonlySet<Meaning> {
  const out = new Set<Meaning>();
  if (!MAYBE.test(name)) return out;
  if (hasArabic(name)) {
    for (const word of normaliseArabic(name).split(/[\s_]+/)) {
      const w = word.length > 4 && word.startsWith("ال") ? word.slice(2) : word;
      const m = ARABIC_AFTER.get(w) ?? (w.startsWith("و") ? ARABIC_AFTER.get(w.slice(1)) : undefined);
      if (m) out.add(m);
    }
    return out;
  }
  for (const word of latinWords(name)) {
    const w = bare(word);
    const m = ENGLISH_BEFORE.get(w) ?? LATIN_AFTER.get(w) ?? LATIN_AFTER.get(w.replace(GLUED_ARTICLE, ""));
    if (m) out.add(m);
  }
  return out;
}

/**
 * True when a mention's qualifier says the other part or size than every name of a place does:
 * "Western Dik" is not OCHA's "Eastern Dik", however alike the spellings (one letter apart), while
 * "Tab Issa - Eastern and Western" bears both and "Dik" neither.
 * @example otherPart("Western Dik", ["Eastern Dik", "الديك الشرقي"]) // true
 */
export function otherPart(mention: string, names: readonly string[]): boolean {
  const said = qualifierMeanings(mention);
  if (said.size === 0) return false;
  const borne = new Set<Meaning>();
  for (const n of names) for (const m of qualifierMeanings(n)) borne.add(m);
  for (const m of said) {
    const other = OPPOSITE[m];
    if (other !== undefined && borne.has(other) && !borne.has(m)) return true;
  }
  return false;
}
