/**
 * Place names in one folded Arabic sentence and what their context makes of them, before any choice
 * between homonyms: a run of words the gazetteer knows by its Arabic name (longest first, the
 * conjunction و/ف and the preposition ب/ل/ك written on its first word stripped), or a name the
 * gazetteer lacks that a settlement noun introduces ("قرية X"); each read as a site, a locator ("ريف
 * X", "شمال X", "قرب X", "التابعة لـX"), a governorate ("محافظة X") or context (where the fire came
 * from, "من مواقعها في X"). A known name needs a feature noun, a locative word, a clitic preposition or
 * a list it continues: a bare word that also spells a village (a victim's name) is no place.
 */
import type { PlaceEntry } from "../../../domain/places.js";
import type { RegionMatch } from "../place-lookups.js";
import type { ArabicPlaceNames } from "./arabic-place-names.js";
import {
  AREA_NOUNS,
  BACK_REFERENCES,
  BEARINGS,
  BUILDING_NOUNS,
  CLITIC_PREPOSITIONS,
  CONJUNCTIONS,
  DISPLACED_NOUNS,
  DOCUMENT_DEIXIS,
  FEATURE_NOUNS,
  GOVERNORATE_NOUNS,
  LOCATIVE_WORDS,
  LOCATOR_LINKS,
  LOCATOR_WORDS,
  NAME_HEADS,
  NOT_NAMES,
  ORIGIN_WORDS,
  PRONOUNS,
  REGION_HEADS,
  SETTLEMENT_NOUNS,
  SETTLEMENT_SINGULARS,
  TIME_WORDS,
  WORKS_NOUNS,
} from "./arabic-place-words.js";

/** A word of the folded sentence: [start, end) in the folded text. */
export interface FoldedWord {
  start: number;
  end: number;
  text: string;
}

/** What a name's context makes of it. */
export type MentionRole = "site" | "locator" | "governorate" | "context";

export interface RawPlaceMention {
  /** First and last word (inclusive) of the name, the clitics of the first word left out. */
  first: number;
  last: number;
  /** Folded offsets of the name itself. */
  start: number;
  end: number;
  /** The name as folded, clitics left out. */
  name: string;
  /** Gazetteer entries bearing the name; empty for a name only a feature noun vouches for. */
  entries: readonly PlaceEntry[];
  /**
   * For a name the gazetteer lacks: the longer readings of it, one and two words more ("قرية قرف مغار"),
   * for a search by sound; the name itself is its first word (and the word after a head, "تل X").
   */
  longer: { end: number; name: string }[];
  /** A named sub-region the gazetteer's region list knows ("جبل الزاوية", "سهل الغاب"). */
  region: RegionMatch | null;
  role: MentionRole;
  /** The feature noun that introduced it, folded ("مدينه"), if any. */
  feature: string | null;
  /** For a locator: how it locates (countryside or near) and the compass bearing its words give. */
  relation: "countryside" | "near" | null;
  bearing: number | null;
}

const WORD = /[\u0621-\u064A]+/g;
/** Between two words of one name or phrase: spaces, quotes, brackets of a quoted name. */
const JOINED = /^[\s"'“”«»‘’]*$/;
/** Between two items of a list: a comma (Arabic or Latin), possibly with "و" on the next word. */
const LIST_GAP = /^[\s"'“”«»‘’]*[،,][\s"'“”«»‘’]*$/;
const MAX_NAME_WORDS = 4;

/** The words of a folded sentence. */
export function foldedWords(folded: string): FoldedWord[] {
  const out: FoldedWord[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

interface Stem {
  text: string;
  /** Letters stripped from the front. */
  cut: number;
  conjunction: boolean;
  preposition: boolean;
}

/**
 * A word and its readings without proclitics, full word first: "وبالرقه" → "بالرقه", "الرقه";
 * "للرقه" → "الرقه" (ل before the article drops its alef); "بمدينه" → "مدينه".
 */
export function stemsOf(word: string): Stem[] {
  const out: Stem[] = [{ text: word, cut: 0, conjunction: false, preposition: false }];
  // A three-letter word sheds its conjunction only to leave a name's head ("وتل X", "وأم X").
  if ((word.length > 3 || NAME_HEADS.has(word.slice(1))) && CONJUNCTIONS.includes(word[0]!))
    out.push({ text: word.slice(1), cut: 1, conjunction: true, preposition: false });
  for (const s of [...out]) {
    const w = s.text;
    if (w.startsWith("لل") && w.length > 4)
      out.push({ text: `ا${w.slice(1)}`, cut: s.cut + 1, conjunction: s.conjunction, preposition: true });
    else if (w.length > 3 && CLITIC_PREPOSITIONS.includes(w[0]!))
      out.push({ text: w.slice(1), cut: s.cut + 1, conjunction: s.conjunction, preposition: true });
  }
  return out;
}

/** True when some reading of the word without proclitics is in the set. */
function isWordOf(
  set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  word: FoldedWord | undefined,
): boolean {
  return !!word && stemsOf(word.text).some((s) => set.has(s.text));
}

function stemIn<T>(map: ReadonlyMap<string, T>, word: FoldedWord | undefined): T | undefined {
  if (!word) return undefined;
  for (const s of stemsOf(word.text)) if (map.has(s.text)) return map.get(s.text);
  return undefined;
}

/** A word no place name starts with (also with a pronoun suffix: "ريفها" its countryside). */
function closedWord(stem: string): boolean {
  const base = stem.replace(/(?:ها|هم|ه)$/, "");
  if (
    base !== stem &&
    (LOCATOR_WORDS.has(base) || FEATURE_NOUNS.has(base) || BEARINGS.has(base) || NOT_NAMES.has(base))
  )
    return true;
  return (
    NOT_NAMES.has(stem) ||
    BUILDING_NOUNS.has(stem) ||
    FEATURE_NOUNS.has(stem) ||
    BACK_REFERENCES.has(stem) ||
    GOVERNORATE_NOUNS.has(stem) ||
    LOCATIVE_WORDS.has(stem) ||
    LOCATOR_WORDS.has(stem) ||
    BEARINGS.has(stem) ||
    ORIGIN_WORDS.has(stem)
  );
}

interface Scan {
  folded: string;
  words: FoldedWord[];
  joined(i: number): boolean;
}

/** The longest known name starting at word i, under any reading of its clitics. */
function knownNameAt(
  scan: Scan,
  i: number,
  names: ArabicPlaceNames,
  findRegion: (name: string) => RegionMatch | null,
): { stem: Stem; last: number; entries: readonly PlaceEntry[]; region: RegionMatch | null } | null {
  const { words } = scan;
  // Only readings that open some name (or a region) are tried: most words open none.
  const stems = stemsOf(words[i]!.text).filter(
    (s) => s.text.length >= 2 && (names.opens(s.text) || REGION_HEADS.has(s.text)),
  );
  if (stems.length === 0) return null;
  for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
    let joined = true;
    for (let k = i + 1; k < i + n; k++) joined &&= scan.joined(k);
    if (!joined) continue;
    const rest = words
      .slice(i + 1, i + n)
      .map((w) => w.text)
      .join(" ");
    for (const stem of stems) {
      // "ريف دمشق" is a governorate's own name; no other name opens with a closed word.
      if (closedWord(stem.text) && (n === 1 || stem.text !== "ريف")) continue;
      if (n === 1 && NAME_HEADS.has(stem.text)) continue;
      const name = n === 1 ? stem.text : `${stem.text} ${rest}`;
      const region = n > 1 && REGION_HEADS.has(stem.text) ? findRegion(name) : null;
      if (region) return { stem, last: i + n - 1, entries: [], region };
      const entries = names.named(name);
      if (entries.length > 0) return { stem, last: i + n - 1, entries, region: null };
    }
  }
  return null;
}

/**
 * Words of a name the gazetteer lacks after a feature noun at word i - 1 (or listed after such a name,
 * "قريتي A وB"): its head and what follows.
 */
function unknownNameAt(scan: Scan, i: number, listed: boolean): { stem: Stem; last: number } | null {
  const { words, folded } = scan;
  const word = words[i];
  if (!word || (!listed && !scan.joined(i))) return null;
  // The conjunction on its first word is no part of the name ("ومخيم وطريق": "طريق"), unless it is a
  // name's own head ("وادي").
  const [whole, bare] = stemsOf(word.text);
  const stem = bare?.conjunction && !NAME_HEADS.has(whole!.text) ? bare : whole!;
  const head = NAME_HEADS.has(stem.text);
  if (closedWord(stem.text) || (head && !scan.joined(i + 1)) || (!head && stem.text.length < 3)) return null;
  // A quoted name runs to its closing quote.
  const opening = /[“"«]\s*$/.test(folded.slice(words[i - 1]!.end, word.start));
  let last = i;
  if (opening) {
    while (last + 1 < words.length && last - i < MAX_NAME_WORDS - 1 && scan.joined(last + 1)) {
      if (/[”"»]/.test(folded.slice(words[last]!.end, words[last + 1]!.start))) break;
      last++;
    }
  } else if (NAME_HEADS.has(stem.text) && scan.joined(i + 1)) last = i + 1;
  return { stem, last };
}

/** Up to two more words of an unknown name, while they are joined to it and open no other phrase. */
function longerReadings(scan: Scan, start: number, last: number): RawPlaceMention["longer"] {
  const out: RawPlaceMention["longer"] = [];
  for (let k = last + 1; k <= last + 2 && k < scan.words.length && scan.joined(k); k++) {
    const w = scan.words[k]!;
    if (stemsOf(w.text).some((s) => closedWord(s.text) || s.preposition)) break;
    out.push({ end: w.end, name: scan.folded.slice(start, w.end) });
  }
  return out.reverse();
}

/**
 * The context of a name at word i (with its own clitics): what the words just before it make of it.
 * Looks at most three words back, so reading a sentence stays linear in its length.
 */
function contextOf(
  scan: Scan,
  i: number,
  stem: Stem,
  previous: RawPlaceMention | undefined,
): Pick<RawPlaceMention, "role" | "feature" | "relation" | "bearing"> | null {
  const { words, folded } = scan;
  const gap = i > 0 ? folded.slice(words[i - 1]!.end, words[i]!.start) : "";
  // A list: "قرى A وB"、"A، B"; the item takes the role of the one before it.
  if (previous && previous.last === i - 1 && (stem.conjunction || LIST_GAP.test(gap)))
    return {
      role: previous.role,
      feature: previous.feature,
      relation: previous.relation,
      bearing: previous.bearing,
    };
  // After a dual or plural noun the next "و" item continues the list past an unknown word of the item
  // before ("قريتي خالد كلو وتل زيوان").
  const plural = !!previous?.feature && !SETTLEMENT_SINGULARS.has(previous.feature);
  if (
    previous &&
    plural &&
    stem.conjunction &&
    previous.last >= i - 3 &&
    joinedFrom(scan, previous.last + 1, i)
  )
    return {
      role: previous.role,
      feature: previous.feature,
      relation: previous.relation,
      bearing: previous.bearing,
    };
  if (previous && previous.last === i - 2 && words[i - 1]!.text === "و" && scan.joined(i))
    return {
      role: previous.role,
      feature: previous.feature,
      relation: previous.relation,
      bearing: previous.bearing,
    };
  const before = (k: number) => (k >= 0 && scan.joined(k + 1) ? words[k] : undefined);
  let k = i - 1;
  let feature: string | null = null;
  const prev = before(k);
  const prevFeature = prev && stemsOf(prev.text).find((s) => FEATURE_NOUNS.has(s.text));
  // A feature noun after a pronoun is the predicate describing a place told before ("X، وهي قرية
  // تقع غرب حلب": it is a village that lies …): no name follows it.
  if (prevFeature && isWordOf(PRONOUNS, before(k - 1))) return null;
  if (prevFeature) {
    feature = prevFeature.text;
    k--;
  }
  if (!feature && isWordOf(GOVERNORATE_NOUNS, prev))
    return { role: "governorate", feature: null, relation: null, bearing: null };
  // "بالقرب من X", "التابعة إلى X", also before a feature noun ("بالقرب من مدينة X"): a link word
  // between the locator and the name.
  const linked = before(k) && LOCATOR_LINKS.has(before(k)!.text) ? k - 1 : k;
  const locator = stemIn(LOCATOR_WORDS, before(linked));
  const bearing = stemIn(BEARINGS, before(linked));
  // "من مناطق سيطرة النظام قرب مدينة X": a launch site near X locates the fire's origin, not its fall.
  if ((locator || bearing !== undefined) && heldOrigin(scan, linked - 1))
    return { role: "context", feature, relation: null, bearing: null };
  if (locator || bearing !== undefined) {
    // "شمال غربي X": two compass words.
    const other = bearing !== undefined ? stemIn(BEARINGS, before(linked - 1)) : undefined;
    return {
      role: "locator",
      feature,
      relation: locator ?? "near",
      bearing: bearing === undefined ? null : other === undefined ? bearing : combined(other, bearing),
    };
  }
  // A place right after a context one that it locates ("من مواقعها في قرية A في حماة", "A بحماة")
  // is context too.
  if (
    previous?.role === "context" &&
    (previous.last === i - 2
      ? words[i - 1]!.text === "في" && scan.joined(i - 1)
      : previous.last === i - 1 && stem.preposition)
  )
    return { role: "context", feature, relation: null, bearing: null };
  // Where displaced people came from ("7 من النازحين من مدينة X") is not where they are.
  if (before(k)?.text === "من" && isWordOf(DISPLACED_NOUNS, before(k - 1)))
    return { role: "context", feature, relation: null, bearing: null };
  // Where the fire came from: "من مواقعها في X", "المتمركزة في X", "انطلاقا من مطار X".
  // Only prepositions, feature nouns and adjectives ("مواقعها العسكرية في مدينة X") may stand between:
  // a verb or another name ends the phrase ("قصف من معسكر جورين طال بلدة قسطون").
  for (let back = i - 1; back >= Math.max(0, i - 4) && scan.joined(back + 1); back--) {
    const w = words[back]!;
    if (isWordOf(ORIGIN_WORDS, w)) return { role: "context", feature, relation: null, bearing: null };
    const phrase =
      isWordOf(LOCATIVE_WORDS, w) || isWordOf(FEATURE_NOUNS, w) || w.text === "من" || w.text.startsWith("ال");
    if (!phrase) break;
  }
  if (heldOrigin(scan, i - 1) || movedTo(scan, i - 1))
    return { role: "context", feature, relation: null, bearing: null };
  // A preposition written on the name cannot follow a preposition standing before it ("على لسان"
  // is one word after على, not ل + a name).
  const locative = isWordOf(LOCATIVE_WORDS, before(k)) && !(stem.preposition && !feature);
  // Works named after a place ("معبر الحمران", "محطة X") stand at that place: it is the site, whatever
  // frames the works ("بالقرب من معبر X" is near the works, so at X).
  const works = !feature && isWordOf(WORKS_NOUNS, prev);
  if (feature || locative || works) {
    if (feature && AREA_NOUNS.has(feature) && previous?.role === "site")
      return { role: "locator", feature, relation: "near", bearing: null };
    return { role: "site", feature, relation: null, bearing: null };
  }
  return null;
}

/** Words of a holder's phrase inside a launch site's: "مواقع قوات النظام", "مناطق سيطرة النظام". */
const HOLDER_WORDS: ReadonlySet<string> = new Set(["قوات", "جيش", "ميليشيات", "ميليشيا", "عناصر", "سيطره"]);
/** Areas that are a launch site only after "من": "من مناطق سيطرة النظام" (not "قصفت مناطق …"). */
const FROM_AREAS: ReadonlySet<string> = new Set(["مناطق", "المناطق", "مواقع", "نقاط"]);

/**
 * Whether the words ending at word `end` are a launch site named by its holder: "من مواقع قوات النظام
 * في", "من مناطق سيطرة النظام", "مصدره مواقع قوات النظام في" — up to seven words back through the
 * holder's phrase (its nouns, article words, prepositions and feature nouns) to an area after "من" or a
 * word of origin (مصدر، انطلقت من). The fire came from there; it did not fall there.
 */
function heldOrigin(scan: Scan, end: number): boolean {
  const { words } = scan;
  let held = false;
  for (let back = end; back >= Math.max(0, end - 7) && scan.joined(back + 1); back--) {
    const w = words[back]!;
    const bare = w.text.replace(/^[وف]/, "");
    if (/^(?:مصدر|مصدره|مصدرها|انطلقت|انطلق|المنطلقه|انطلاقا)$/.test(bare)) return true;
    if (FROM_AREAS.has(w.text) && words[back - 1]?.text === "من") return held || back < end;
    if (HOLDER_WORDS.has(w.text)) held = true;
    else if (FROM_AREAS.has(w.text)) continue;
    else if (!(
      isWordOf(LOCATIVE_WORDS, w) ||
      isWordOf(FEATURE_NOUNS, w) ||
      isWordOf(LOCATOR_WORDS, w) ||
      w.text === "من" ||
      w.text.startsWith("ال")
    ))
      return false;
  }
  return false;
}

/** Verbs and nouns of moving people: the wounded taken (نقل، أسعف، حوّل), the displaced fleeing. */
const MOVED =
  /^[وف]?(?:نقل|نقلت|نقلوا|ينقل|تنقل|نقلهم|نقله|نقلها|اسعف|اسعفت|اسعفوا|اسعاف|حول|حولت|تحويل|نزوح|بنزوح|نزح|نزحت|نزحوا|تهجير|بتهجير|هجر|فرار|فر|فروا|لجا|لجات|لجوء|توجه|توجهت)$/;

/**
 * Whether the words ending at word `end` are the destination of people moved: "إلى" or "عبر" after a
 * verb or noun of taking the wounded or of displacement in the clause ("نُقل الجرحى إلى مشافي X",
 * "بنزوح آلاف المدنيين من البلدة إلى مدينة X", "حُوِّل الجرحى إلى المشافي التركية عبر معبر X"). They
 * were taken there, not hurt there. Up to four phrase words between "إلى" and the name, eight words
 * back from "إلى" to the verb.
 */
function movedTo(scan: Scan, end: number): boolean {
  const { words } = scan;
  for (let back = end; back >= Math.max(0, end - 4) && scan.joined(back + 1); back--) {
    const w = words[back]!;
    if (/^[وف]?(?:الي|عبر)$/.test(w.text)) {
      for (let k = back - 1; k >= Math.max(0, back - 8) && scan.joined(k + 1); k--)
        if (MOVED.test(words[k]!.text)) return true;
      return false;
    }
    if (!(isWordOf(FEATURE_NOUNS, w) || isWordOf(WORKS_NOUNS, w) || w.text.startsWith("ال"))) return false;
  }
  return false;
}

/** True when words a..b are joined to the words before them (no punctuation between). */
function joinedFrom(scan: Scan, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!scan.joined(k)) return false;
  return true;
}

/** Two compass bearings read together ("شمال غرب" 315, "جنوب شرق" 135). */
function combined(a: number, b: number): number {
  const diff = ((b - a + 540) % 360) - 180;
  return (a + diff / 2 + 360) % 360;
}

/** The compass adjectives after a countryside locator's name: "بريف حلب الشمالي الغربي". */
function trailingBearing(scan: Scan, last: number): number | null {
  // Only the adjective, with the article, agrees with ريف; a bare compass noun opens the next
  // locator ("بريف جسر الشغور غربي إدلب": west of Idlib, not the countryside's west).
  const adjective = (k: number) => {
    const w = scan.words[k]?.text ?? "";
    return scan.joined(k) && w.startsWith("ال") ? BEARINGS.get(w) : undefined;
  };
  const a = adjective(last + 1);
  if (a === undefined) return null;
  const b = adjective(last + 2);
  return b === undefined ? a : combined(a, b);
}

/**
 * True when word k, joined to the word before, reads as a relative adjective agreeing with a common
 * noun ("سكنيه", "مدني"; "السكنيه" after a noun with the article): ending in ي or يه, the article as
 * the noun has it, no conjunction, no compass word, closed word or name opener.
 */
function commonAdjective(scan: Scan, k: number, names: ArabicPlaceNames, definite: boolean): boolean {
  const w = scan.words[k]?.text;
  if (!w || !scan.joined(k) || w.length < 4 || !/(?:ي|يه)$/.test(w)) return false;
  if (w.startsWith("ال") !== definite || CONJUNCTIONS.includes(w[0]!) || BEARINGS.has(w)) return false;
  const bare = definite ? w.slice(2) : w;
  return bare.length >= 3 && !stemsOf(w).some((s) => closedWord(s.text) || names.opens(s.text));
}

/** True when word k, joined to the word before, points into the document ("أدناه", "أعلاه", "التالية"). */
function deixis(scan: Scan, k: number): boolean {
  return scan.joined(k) && DOCUMENT_DEIXIS.has(scan.words[k]!.text);
}

/**
 * True when the indefinite word i heads a construct: joined to it, a definite noun that opens no name,
 * or an indefinite one and then such a definite noun, followed by a definite adjective ("صور الأقمار
 * الصناعية", "خريطة وزارة الدفاع الروسية"). A compass word, a time word or a name opener after it is
 * no genitive, nor is a time word ("في سراقب الليلة الماضية").
 */
function construct(scan: Scan, i: number, head: string, names: ArabicPlaceNames, depth = 0): boolean {
  const { words } = scan;
  if (head.startsWith("ال")) return false;
  // A word opens no name of its own: as written, and, read as "و" + a name, only when that name
  // heads a construct too ("خريطة وزارة الدفاع الروسية": not Zara).
  const plain = (k: number) => {
    const w = words[k];
    if (
      !w ||
      !scan.joined(k) ||
      BEARINGS.has(w.text) ||
      TIME_WORDS.has(w.text) ||
      closedWord(w.text) ||
      names.opens(w.text)
    )
      return false;
    return stemsOf(w.text).every(
      (s) =>
        s.text === w.text ||
        (!closedWord(s.text) && !names.opens(s.text)) ||
        (depth === 0 && s.conjunction && !s.preposition && construct(scan, k, s.text, names, 1)),
    );
  };
  const definite = (k: number) => plain(k) && words[k]!.text.startsWith("ال") && words[k]!.text.length > 3;
  const genitive = definite(i + 1) ? i + 1 : plain(i + 1) && definite(i + 2) ? i + 2 : -1;
  return genitive > 0 && definite(genitive + 1);
}

/**
 * The place names of a folded sentence with the role their context gives them, in order.
 * @example placeMentions("قصفت بلدة كنصفرة بريف ادلب", names).map((m) => m.role) // ["site", "locator"]
 */
export function placeMentions(
  folded: string,
  names: ArabicPlaceNames,
  findRegion: (name: string) => RegionMatch | null = () => null,
): RawPlaceMention[] {
  const words = foldedWords(folded);
  const scan: Scan = {
    folded,
    words,
    joined: (i) => i > 0 && i < words.length && JOINED.test(folded.slice(words[i - 1]!.end, words[i]!.start)),
  };
  const out: RawPlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const known = knownNameAt(scan, i, names, findRegion);
    const afterFeature = i > 0 && scan.joined(i) && isWordOf(SETTLEMENT_NOUNS, words[i - 1]);
    const before = out[out.length - 1];
    // Names the gazetteer lacks are listed only after a dual or plural noun ("قريتي A وB"): after a
    // singular one, "و" opens the next clause ("في مدينة A واعتقلوا …").
    const listed =
      !!before?.feature &&
      !SETTLEMENT_SINGULARS.has(before.feature) &&
      before.role === "site" &&
      before.last === i - 1 &&
      scan.joined(i) &&
      stemsOf(words[i]!.text)[1]?.conjunction === true;
    const unknown = known || !(afterFeature || listed) ? null : unknownNameAt(scan, i, listed);
    const found = known ?? (unknown ? { ...unknown, entries: [], region: null } : null);
    if (!found) continue;
    const context = contextOf(scan, i, found.stem, out[out.length - 1]);
    if (!context) {
      // The words of a known name are its own, even unframed: none frames a name inside it ("طريق A -
      // سد تشرين" does not make تشرين a site of the works noun سد).
      if (known && found.last > i) i = found.last;
      continue;
    }
    // A bare one-word name followed by an adjective agreeing with it as a common noun ("على وحدة
    // سكنية", "في مسكن مدني", "في الوحدة السكنية") is no place: a proper name's adjective takes the
    // article ("حلب الشرقية"), and a compass adjective is excluded.
    const definite = found.stem.text.startsWith("ال");
    if (known && !context.feature && found.last === i && commonAdjective(scan, i + 1, names, definite))
      continue;
    // A bare one-word name pointed to in the document ("في الصورة أدناه", "الخريطة التالية") is a
    // figure of the report, and one heading a construct whose last noun is definite ("في صور الأقمار
    // الصناعية", "على خريطة وزارة الدفاع") a common noun: a settlement's name takes no genitive.
    if (
      known &&
      !context.feature &&
      found.last === i &&
      (deixis(scan, i + 1) || construct(scan, i, found.stem.text, names))
    )
      continue;
    const start = words[i]!.start + found.stem.cut;
    const end = words[found.last]!.end;
    const mention: RawPlaceMention = {
      first: i,
      last: found.last,
      start,
      end,
      name: folded.slice(start, end),
      entries: found.entries,
      longer: known ? [] : longerReadings(scan, start, found.last),
      region: found.region,
      ...context,
    };
    if (mention.role === "locator" && mention.relation === "countryside")
      mention.bearing ??= trailingBearing(scan, found.last);
    out.push(mention);
    i = found.last;
  }
  return out;
}
