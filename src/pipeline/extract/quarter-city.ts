/**
 * Quarters of a city read as the city, as ACLED codes an event in a city's districts and as the hand
 * gold counts incidents (one per city and day). Only the city that gives its governorate its name
 * ("Aleppo" in Aleppo, "Idlib" in Idlib) is meant: reports name its quarters without saying "city", and
 * the gazetteer has no entry for them. Three shapes:
 * - an unknown quarter named with its city: "the Sukkari district of Aleppo", "X neighbourhood in Aleppo";
 * - an unnamed quarter of the city: "an undetermined neighbourhood of Aleppo";
 * - an unknown quarter told alone ("in Bab al-Nayrab district") in a passage that has just named the
 *   city, a few sentences before within its section, and no other town before it in its sentence.
 * A governorate's name qualified as the governorate ("Tartus governorate", "rural Idlib") is no city.
 */
import type { PlaceLookup } from "../../domain/places.js";
import { looseNameKey } from "./claim-draft.js";
import type { ResolvedPlace } from "./resolved-place.js";

/** A quarter's kind word after its name, then "of" or "in" the city ("X district of", "X neighbourhood in"). */
const QUARTER_AFTER_RE = /^\s+(?:district|neighbou?rhoods?|quarter)\s+(?:of|in)\s+(?:the\s+)?$/i;
/** "a neighbourhood of", "an undetermined district in the city of" right before the city's name. */
const UNNAMED_QUARTER_BEFORE_RE =
  /(?<![\p{L}\d])(?:an?|one|some|several|two|three|\d+)\s+(?:[\p{L}-]+\s+)?(?:district|neighbou?rhoods?|quarters?)\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?$/iu;

const GOVERNORATE_AFTER_RE = /^['’]?s?\s+(?:governorate|province|countryside|region)(?![\p{L}])/iu;
const GOVERNORATE_BEFORE_RE =
  /(?<![\p{L}])(?:(?:governorate|province|countryside|outskirts|suburbs|countryside)\s+of|rural|(?:north|south|east|west)(?:ern)?)\s+(?:[\p{L}-]+\s+(?:and|,)\s+)?$/iu;

/** True when the entry is the governorate's namesake city. */
function isNamesake(entry: ResolvedPlace["entry"]): boolean {
  return (
    entry?.kind === "settlement" &&
    entry.admin1 !== null &&
    looseNameKey(entry.name) === looseNameKey(entry.admin1)
  );
}

/**
 * The governorate's namesake city a mention names: itself when it resolved to the city, the city when
 * it was read as the governorate ("of Aleppo"), else null. The mention's words are the evidence.
 */
export function namesakeCity(p: ResolvedPlace, lookup: PlaceLookup, text: string): ResolvedPlace | null {
  if (isNamesake(p.entry)) return p;
  if (p.role !== "admin" || !p.admin1) return null;
  // "Tartus governorate", "the countryside of Latakia", "rural Idlib": the governorate, not its city.
  const before = text.slice(Math.max(0, p.candidate.start - 30), p.candidate.start);
  const after = text.slice(p.candidate.end, p.candidate.end + 20);
  if (GOVERNORATE_AFTER_RE.test(after) || GOVERNORATE_BEFORE_RE.test(before)) return null;
  const admin1 = p.admin1;
  const entry = lookup
    .findPlaces(p.candidate.mention, { admin1: [admin1] })
    .find((m) => m.matchedBy !== "fuzzy" && m.entry.admin1 === admin1 && isNamesake(m.entry))?.entry;
  if (!entry) return null;
  return {
    ...p,
    role: "settlement",
    entry,
    admin1: entry.admin1,
    admin2: entry.admin2 ?? null,
    country: entry.country,
    precision: "settlement",
    anchor: null,
  };
}

/**
 * The city a quarter mention stands for, or null when `p` is no quarter of a namesake city.
 * @param all the places of the sentence
 * @param recent the namesake city the passage named last before this sentence, if any (asked lazily)
 * @example cityOfQuarter(text, sukkari, places, lookup, () => null)  // Aleppo, for "the Sukkari district of Aleppo"
 */
export function cityOfQuarter(
  text: string,
  p: ResolvedPlace,
  all: ResolvedPlace[],
  lookup: PlaceLookup,
  recent: () => ResolvedPlace | null,
): ResolvedPlace | null {
  if (p.role === "admin")
    return UNNAMED_QUARTER_BEFORE_RE.test(text.slice(Math.max(0, p.candidate.start - 60), p.candidate.start))
      ? namesakeCity(p, lookup, text)
      : null;
  if (p.entry !== null || p.role !== "settlement") return null;
  const named = all.find(
    (a) =>
      a.candidate.start > p.candidate.end &&
      QUARTER_AFTER_RE.test(text.slice(p.candidate.end, a.candidate.start)),
  );
  if (named) return namesakeCity(named, lookup, text);
  if (p.candidate.shape !== "neighbourhood") return null;
  // "In the city of Baniyas, … in the al-Qusour neighbourhood": a town named before it in its sentence
  // is the quarter's own.
  if (all.some((a) => a.entry !== null && a.role === "settlement" && a.candidate.end <= p.candidate.start))
    return null;
  const city = recent();
  return city && (p.admin1 === null || p.admin1 === city.admin1) ? city : null;
}
