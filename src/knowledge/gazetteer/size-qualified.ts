/**
 * Communities that OCHA names with a size qualifier ("Big Hir Jamus" / "Little Hir Jamus", "Ras Kbir",
 * حير جاموس كبير, الخويرة الصغيرة) or a part qualifier ("Lower Amiqa", العمقية تحتا, "Eastern Hamra")
 * while texts often write the plain name ("Hir Jamus", "al-Amqiyya"). This module
 * derives the plain name of such entries so the gazetteer can resolve a plain mention, but only where that
 * is unambiguous: within the hinted governorates exactly one qualified community carries the plain name,
 * or two do that are one "big" and one "little" less than {@link TWIN_KM} apart (one village and its
 * hamlet, where reports mean the village: the big one). Anything else stays unresolved, because a wrong
 * village is worse than none.
 */
import type { PlaceEntry } from "../../domain/places.js";
import { districtPlainNames, qualifyingTownNames } from "./district-qualified.js";
import { distanceKm } from "./geo-distance.js";
import { normaliseArabic } from "./arabic-normalise.js";
import { PlaceIndex } from "./place-index.js";
import { qualifiedName, qualifierMeanings, type QualifierMeaning } from "./translated-qualifier.js";

/**
 * "big" and "little" size a village and its hamlet; "part" names one part of a village split in two or
 * more ("Upper"/"Lower", "Eastern"/"Western", فوقاني/تحتاني, شرقي/غربي), where no part is the village;
 * "district" is the name of the sub-district or district written after the village's
 * (district-qualified.ts).
 */
export type SizeQualifier = "big" | "little" | "part" | "district";

/** A big/little pair closer than this is one village and its satellite. */
export const TWIN_KM = 5;

/** Plain letters of a word, for comparing it with the generic words (case, hyphens, hamza forms aside). */
function wordKey(word: string): string {
  return normaliseArabic(word)
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");
}

/**
 * Words that are a place's kind rather than its name ("Ras Kbir" is "the big headland", "Tal Elkibir"
 * "the big hill"): a plain name made only of such a word names nothing in particular.
 */
// prettier-ignore
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  "tal", "tall", "tell", "ras", "qaber", "qabr", "bir", "ain", "ein", "ayn", "jabal", "jebel", "wadi", "kafr", "kafer", "madineh", "madina",
  "khirbet", "khirbat", "upper", "lower", "eastern", "western", "northern", "southern", "new", "old",
  "تل", "رأس", "راس", "قبر", "بئر", "عين", "جبل", "وادي", "كفر", "خربة", "مدينة", "فوقاني", "تحتاني", "شرقي",
  "غربي", "شرقية", "غربية",
].map(wordKey));

/** What each qualifier meaning makes of a community ("new" and "old" name other villages: not sizes). */
const SIZE_OF: Readonly<Partial<Record<QualifierMeaning, SizeQualifier>>> = {
  big: "big",
  little: "little",
  east: "part",
  west: "part",
  north: "part",
  south: "part",
  upper: "part",
  lower: "part",
  middle: "part",
};

/**
 * The plain name of a size-qualified name and its qualifier, else null: the name's one qualifier word
 * (read by translated-qualifier.ts, which knows every spelling and order of it) is removed; the rest must
 * be a name of its own (not a generic word such as "Tal") without a further qualifier.
 * @example plainNameOf("Big Hir Jamus") // { plain: "Hir Jamus", size: "big" }
 * @example plainNameOf("الخويرة الصغيرة") // { plain: "الخويرة", size: "little" }
 */
export function plainNameOf(name: string): { plain: string; size: SizeQualifier } | null {
  const qualified = qualifiedName(name);
  if (!qualified) return null;
  const size = SIZE_OF[qualified.meaning];
  if (size === undefined) return null;
  // A second size or part ("Upper Eastern Arja") leaves no one plain name; "New" is part of one ("Lower New Siha").
  for (const meaning of qualifierMeanings(qualified.rest)) if (SIZE_OF[meaning] !== undefined) return null;
  const rest = qualified.rest.split(/\s+/);
  if (rest.every((w) => GENERIC_WORDS.has(wordKey(w)))) return null;
  return { plain: qualified.rest, size };
}

/** "A - B" (OCHA's merged communities), "A_B" in Arabic. */
const COMPOUND_SEPARATOR = /\s+-\s+|_/;

/** A qualified entry seen through its plain names. */
export interface SizeQualifiedPlace {
  entry: PlaceEntry;
  size: SizeQualifier;
  /** The qualified name is one part of a compound name ("Busra - Little Zafar"). */
  partOfCompound: boolean;
  /** A copy of the entry whose names are the plain names (same id), for indexing. */
  plainEntry: PlaceEntry;
}

/**
 * The size-qualified settlements among `entries`, each with its plain names (Latin and Arabic). An entry
 * whose names disagree on the size (one says big, another little) is left out: its size is unknown.
 */
export function sizeQualifiedPlaces(entries: readonly PlaceEntry[]): SizeQualifiedPlace[] {
  const out: SizeQualifiedPlace[] = [];
  const townsNear = qualifyingTownNames(entries);
  for (const entry of entries) {
    if (entry.kind !== "settlement") continue;
    const plains: string[] = [];
    const sizes = new Set<SizeQualifier>();
    let compound = false;
    for (const name of [entry.name, ...entry.altNames]) {
      const parts = name.split(COMPOUND_SEPARATOR);
      for (const part of parts) {
        const found = plainNameOf(part);
        if (!found) continue;
        plains.push(found.plain);
        sizes.add(found.size);
        if (parts.length > 1) compound = true;
      }
    }
    if (plains.length === 0) {
      // Not sized: perhaps named with its district after it ("Tal Khatun Qahtaniya").
      const district = districtPlainNames(entry, townsNear(entry));
      if (district.length > 0) {
        plains.push(...district);
        sizes.add("district");
      }
    }
    if (plains.length === 0 || sizes.size !== 1) continue;
    const [name, ...altNames] = [...new Set(plains)];
    out.push({
      entry,
      size: [...sizes][0]!,
      partOfCompound: compound,
      plainEntry: { ...entry, name: name!, altNames },
    });
  }
  return out;
}

/**
 * Which of the qualified communities carrying a plain name (already limited to the hinted governorates)
 * the plain name means: the only one; of a big/little pair less than {@link TWIN_KM} apart, the big one;
 * otherwise none (ambiguous: of two parts, "Upper" and "Lower X", neither is the village).
 */
export function pickPlainNamed(candidates: readonly SizeQualifiedPlace[]): SizeQualifiedPlace | null {
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length !== 2) return null;
  const big = candidates.find((c) => c.size === "big");
  const little = candidates.find((c) => c.size === "little");
  if (!big || !little) return null;
  return distanceKm(big.entry, little.entry) < TWIN_KM ? big : null;
}

/** The qualified communities of a list of places, and the index of their plain names. */
export interface QualifiedIndex {
  places: readonly SizeQualifiedPlace[];
  index: PlaceIndex;
}

/**
 * Derives the qualified communities of `entries` and indexes their plain names (the built-in places
 * ship both precomputed, builtin-place-index.ts).
 */
export function qualifiedIndex(entries: readonly PlaceEntry[]): QualifiedIndex {
  const places = sizeQualifiedPlaces(entries);
  return { places, index: new PlaceIndex(places.map((q) => q.plainEntry)) };
}
