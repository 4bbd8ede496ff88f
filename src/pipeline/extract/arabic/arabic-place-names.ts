/**
 * Places by their Arabic names: an exact index over the Arabic spellings the gazetteer's entries carry
 * (OCHA gives each community its Arabic name), keyed as the gazetteer keys Arabic names
 * (`arabicMatchKey`: folded, no article, no spaces). Built once per lookup, on the first Arabic report
 * (a process that reads no Arabic never pays for it), so matching a sentence's words is a map lookup
 * per word run, never a transliteration.
 */
import type { PlaceEntry, PlaceLookup } from "../../../domain/places.js";
import { arabicMatchKey, hasArabic, normaliseArabic } from "../../../knowledge/gazetteer/arabic-normalise.js";
import { WORKS_NOUNS } from "./arabic-place-words.js";

/** Exact lookup of places by an Arabic name in any spelling the folding unifies. */
export interface ArabicPlaceNames {
  /** The places bearing this Arabic name (a word run of the report, folded or not); empty if none. */
  named(name: string): readonly PlaceEntry[];
  /** True when some name (of those `named` knows) opens with this word: a cheap filter before `named`. */
  opens(word: string): boolean;
}

/** The key of a name's first word, as `arabicMatchKey` keys it. */
const firstWordKey = (name: string): string => arabicMatchKey(name.trim().split(/\s+/)[0] ?? "");

/** A gazetteer that lists its entries (the built-in one does); the PlaceLookup port alone does not. */
interface EntryList {
  entries(): readonly PlaceEntry[];
}

const built = new WeakMap<PlaceLookup, ArabicPlaceNames>();

/**
 * Kurdish names of towns of the north and north-east written in Arabic script, as the region's
 * outlets (Hawar, Rojnews, ANF, North Press) write them, with the official Arabic name OCHA gives and
 * its governorate (the Latin spellings are in knowledge/gazetteer/kurdish-names.ts).
 */
const KURDISH_ARABIC_SCRIPT: Readonly<Record<string, readonly [official: string, admin1: string]>> = {
  كوباني: ["عين العرب", "Aleppo"],
  "سري كانيه": ["رأس العين", "Hasakah"],
  سريكانيه: ["رأس العين", "Hasakah"],
  "كري سبي": ["تل أبيض", "Raqqa"],
  "تربه سبيه": ["القحطانية", "Hasakah"],
  ديريك: ["المالكية", "Hasakah"],
  قامشلو: ["القامشلي", "Hasakah"],
  "كركي لكي": ["المعبدة", "Hasakah"],
  زركان: ["أبو راسين", "Hasakah"],
};

/** Settlement nouns that open a community's name after the works it grew around ("مدينة سد X"). */
const TOWN_OF_WORKS = new Set(["مدينه", "بلده", "قريه", "مخيم"]);

/**
 * The works a community is the town of, when its name is a settlement noun before a works noun and
 * that works' name ("مدينة سد تشرين" → "سد تشرين"): the dam, airport or plant is there, so a report
 * naming only the works ("قصف على سد تشرين") names that community. Null for any other name.
 */
export function worksOfTown(name: string): string | null {
  const words = normaliseArabic(name).split(" ");
  if (words.length < 3) return null;
  return TOWN_OF_WORKS.has(words[0]!) && WORKS_NOUNS.has(words[1]!.replace(/^ال/, ""))
    ? name.trim().split(/\s+/).slice(1).join(" ")
    : null;
}

function indexOf(entries: readonly PlaceEntry[]): ArabicPlaceNames {
  const byKey = new Map<string, PlaceEntry[]>();
  for (const entry of entries)
    for (const name of entry.altNames) {
      if (!hasArabic(name)) continue;
      // An OCHA merged community ("جب الخفي - منبج") is also found by each of its parts, and the town
      // of a works by the works' name.
      const parts = name.includes(" - ") ? name.split(" - ") : [];
      const works = worksOfTown(name);
      for (const part of [name, ...parts, ...(works ? [works] : [])]) {
        const key = arabicMatchKey(part);
        if (key.length < 2) continue;
        const list = byKey.get(key);
        if (!list) byKey.set(key, [entry]);
        else if (!list.includes(entry)) list.push(entry);
      }
    }
  for (const [kurdish, [official, admin1]] of Object.entries(KURDISH_ARABIC_SCRIPT)) {
    const towns = (byKey.get(arabicMatchKey(official)) ?? []).filter((e) => e.admin1 === admin1);
    if (towns.length > 0 && !byKey.has(arabicMatchKey(kurdish))) byKey.set(arabicMatchKey(kurdish), towns);
  }
  const openers = new Set<string>();
  for (const entry of entries)
    for (const name of entry.altNames)
      if (hasArabic(name))
        for (const part of [name, ...name.split(" - "), worksOfTown(name) ?? ""])
          if (part) openers.add(firstWordKey(part));
  for (const kurdish of Object.keys(KURDISH_ARABIC_SCRIPT)) openers.add(firstWordKey(kurdish));
  return {
    named: (name) => byKey.get(arabicMatchKey(name)) ?? [],
    opens: (word) => openers.has(arabicMatchKey(word)),
  };
}

/** Without a list of entries, the port's own search, keeping only exact hits on an Arabic name. */
function viaLookup(places: PlaceLookup): ArabicPlaceNames {
  return {
    named(name) {
      const key = arabicMatchKey(name);
      return places
        .findPlaces(name)
        .filter(
          (m) =>
            m.matchedBy === "exact" &&
            m.entry.altNames.some((n) => hasArabic(n) && arabicMatchKey(n) === key),
        )
        .map((m) => m.entry);
    },
    opens: () => true,
  };
}

/**
 * The Arabic-name index of a place lookup, built on first use and kept with the lookup.
 * @example arabicPlaceNames(gazetteer).named("بلدة")  // []; .named("كنصفرة")[0].name // "Kansafra"
 */
export function arabicPlaceNames(places: PlaceLookup): ArabicPlaceNames {
  let index = built.get(places);
  if (!index) {
    const list = places as PlaceLookup & Partial<EntryList>;
    index = typeof list.entries === "function" ? indexOf(list.entries()) : viaLookup(places);
    built.set(places, index);
  }
  return index;
}
