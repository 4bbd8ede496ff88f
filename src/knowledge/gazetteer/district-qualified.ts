/**
 * OCHA tells homonymous communities apart by writing their sub-district's or district's name after
 * the village's own: "Tal Khatun Qahtaniya" (تل خاتون قحطانية, sub-district Qahtaniyyeh), "Samuqet
 * Aazaz" (سموقة اعزاز, district A'zaz), "Qayrawan Tal Hmis", or the name of a town nearby that is no
 * admin area of its own ("Mjeibret Zarkan", مجيبرة زركان, after the town Zarkan 17 km away, in another
 * sub-district). Texts write the village's name alone ("the village of Tal Khatun in Qahtaniyah
 * countryside", "the village of al-Mujaibra"), and the first word of such a name in its construct state
 * ("Mjeibret" of "Mjeibret Zarkan") alone ("Mjeibra"). This module derives that plain name; the gazetteer
 * uses it as it uses a size qualifier's (size-qualified.ts): only where it is unambiguous.
 */
import type { PlaceEntry } from "../../domain/places.js";
import { hasArabic } from "./arabic-normalise.js";
import { constructSpelling } from "./construct-state.js";
import { distanceKm } from "./geo-distance.js";
import { KURDISH_NAMES } from "./kurdish-names.js";
import { TRANSLITERATION_COST, phoneticCost } from "./phonetic-distance.js";
import { phoneticForm } from "./phonetic-form.js";

/** Longest district name written after a village's (in words): "Ras El Ein", "Tal Hmis". */
const MAX_SUFFIX_WORDS = 3;

/**
 * Words that name no village on their own: generic heads ("Tal" of "Tal Amuda") and qualifiers ("Upper"
 * of "Upper Makhrim", where the district bears the village's own name).
 */
const GENERIC_ALONE =
  /^(?:tal|tall|tell|tel|ras|ein|ain|bir|kafr|deir|khirbet|kherbet|qaber|jabal|um|abu|upper|lower|middle|eastern|western|northern|southern|big|little|new|old)$/i;
/** What joins a district's name to the village's: "Jeb Elkhafi - Manbaj", "Um Adase near Manbaj". */
const JOINER = /^(?:-|near|قرب)$/i;

/**
 * The consonant letters of a Latin name's last word ("Qahtaniya" and "Qahtaniyyeh" both "qhtn", "Ras
 * El Ein" and "Ras Al Ain" both "n"): a cheap test that spares the phonetic comparison for almost
 * every entry (the generated index and any gazetteer built from imported places derive these names).
 */
function lastWordKey(name: string): string {
  const last = name.slice(name.search(/[^\s-]+\s*$/)).toLowerCase();
  let key = "";
  for (let i = 0; i < last.length; i++) {
    const c = last[i]!;
    if (c < "a" || c > "z" || "aeiouyw".includes(c) || key.endsWith(c)) continue;
    key += c;
  }
  return key.endsWith("h") && key.length > 1 ? key.slice(0, -1) : key;
}

const areaKeys = new Map<string, string>();

function areaKey(area: string): string {
  let key = areaKeys.get(area);
  if (key === undefined) {
    key = lastWordKey(area);
    areaKeys.set(area, key);
  }
  return key;
}

/**
 * True when `words` spell the admin area's name, transliteration noise aside ("Maar Tamsarin" spells
 * the sub-district "Maaret Tamsrin", "Jrables" the district Jarablus).
 */
function spellsArea(words: readonly string[], area: string | null): boolean {
  if (!area) return false;
  const said = phoneticForm(words.join(" "));
  const named = phoneticForm(area);
  if (said.skeleton.slice(0, 2) !== named.skeleton.slice(0, 2)) return false;
  // As the gazetteer matches names: four or more distinctive consonants, the same one for one.
  if (said.distinct >= 4 && said.skeleton === named.skeleton) return true;
  return phoneticCost(said.form, named.form, TRANSLITERATION_COST) <= TRANSLITERATION_COST;
}

/**
 * How far from a village the town whose name OCHA writes after the village's may lie: about a
 * sub-district's radius ("Mjeibret Zarkan" lies 17 km from Zarkan).
 */
export const TOWN_QUALIFIER_KM = 25;

/** A place of this many people is a town whose name may qualify its villages'. */
const TOWN_POPULATION = 10_000;

/**
 * True when `entry` is a town whose name OCHA may write after a village's: the seat of its district
 * or sub-district (its name spells that area's), a town of the Kurdish-named areas (kurdish-names.ts
 * lists their seats and the towns around them), or a place of {@link TOWN_POPULATION} people.
 */
function isQualifyingTown(entry: PlaceEntry): boolean {
  if (entry.kind !== "settlement") return false;
  if ((entry.population ?? 0) >= TOWN_POPULATION) return true;
  if (KURDISH_NAMES[entry.id.replace(/^ocha:/, "")]) return true;
  const words = entry.name.trim().split(/\s+/);
  return [entry.admin3, entry.admin2].some((a) => a !== null && spellsArea(words, a));
}

/**
 * For each entry, the Latin names of the towns of other sub-districts within {@link TOWN_QUALIFIER_KM}
 * whose name's last word sounds like the entry's last word: the towns its name may be qualified by. Keyed by the last word's
 * consonants first, so the distances are computed for few pairs.
 */
export function qualifyingTownNames(entries: readonly PlaceEntry[]): (entry: PlaceEntry) => string[] {
  const byKey = new Map<string, { town: PlaceEntry; name: string }[]>();
  for (const town of entries) {
    if (!isQualifyingTown(town)) continue;
    for (const name of [town.name, ...town.altNames]) {
      if (hasArabic(name)) continue;
      const key = areaKey(name);
      const list = byKey.get(key) ?? [];
      list.push({ town, name });
      byKey.set(key, list);
    }
  }
  return (entry) =>
    (byKey.get(lastWordKey(entry.name)) ?? [])
      .filter(
        ({ town }) =>
          town.id !== entry.id &&
          // The town of the village's own sub-district is its area's name, read by the stricter
          // spelling test of the sub-district and district names above.
          town.admin3 !== entry.admin3 &&
          distanceKm(town, entry) <= TOWN_QUALIFIER_KM,
      )
      .map(({ name }) => name);
}

/**
 * The entry's names without the sub-district or district name OCHA wrote after them, or the name of
 * a town nearby (`towns`, from {@link qualifyingTownNames}): its Latin name, with a construct-state
 * first word also in its plain form, and its Arabic names without the words that spell the same; none
 * when no name ends so.
 * @example districtPlainNames(samuqetAazaz) // ["Samuqet", "سموقة"]
 * @example districtPlainNames(mjeibretZarkan, ["Zarkan"]) // ["Mjeibret", "Mjeibra", "مجيبرة"]
 */
export function districtPlainNames(entry: PlaceEntry, towns: readonly string[] = []): string[] {
  if (entry.source !== "ocha" || entry.kind !== "settlement") return [];
  const words = entry.name.trim().split(/\s+/);
  if (words.length < 2) return [];
  const last = lastWordKey(entry.name);
  const areas = [entry.admin3, entry.admin2, ...towns].filter(
    (a): a is string => a !== null && a !== entry.name && areaKey(a) === last,
  );
  if (areas.length === 0) return [];
  for (let n = Math.min(MAX_SUFFIX_WORDS, words.length - 1); n >= 1; n--) {
    const rest = withoutJoiner(words.slice(0, -n));
    if (rest.length === 0 || (rest.length === 1 && GENERIC_ALONE.test(rest[0]!))) continue;
    const suffix = words.slice(-n);
    if (!areas.some((a) => spellsArea(suffix, a))) continue;
    // The Arabic name loses the words that spell the same district ("Ras El Ein" is راس العين, two).
    const arabic = entry.altNames.filter(hasArabic).flatMap((name) => {
      const w = name.trim().split(/\s+/);
      for (let m = Math.min(MAX_SUFFIX_WORDS, w.length - 1); m >= 1; m--) {
        const kept = withoutJoiner(w.slice(0, -m));
        if (kept.length > 0 && spellsArea(w.slice(-m), suffix.join(" "))) return [kept.join(" ")];
      }
      return [];
    });
    // "Mjeibret Zarkan": the village alone is "Mjeibra" (construct-state.ts).
    const construct = constructSpelling(words.join(" "))?.split(/\s+/).slice(0, rest.length).join(" ");
    const plain = rest.join(" ");
    return [plain, ...(construct && construct !== plain ? [construct] : []), ...arabic];
  }
  return [];
}

function withoutJoiner(words: string[]): string[] {
  return words.length > 0 && JOINER.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
}
