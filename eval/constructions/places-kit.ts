/**
 * Helpers for the places suite (places.ts): pools of gazetteer entries a construction needs (OCHA's
 * merged "A - B" communities, names with a generic first word, subdistrict seats, neighbours at a
 * known distance and bearing), the personal names that are also gazetteer names, and the
 * transliteration rules that respell an OCHA name. Everything is computed from the built-in gazetteer
 * and ordinary knowledge of Arabic names and their romanisation, never from an eval text.
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import { loadBuiltinPlaces } from "../../src/knowledge/gazetteer/builtin-places.js";
import { readBuiltinOchaPlaces } from "../../src/knowledge/gazetteer/builtin-ocha-places.js";
import { distanceKm } from "../score-extraction.js";
import { uniqueVillages } from "./villages.js";

let bearers: Map<string, number> | null = null;
/** How many built-in places bear `name` as their name or an alternative spelling (case-insensitive). */
export function bearerCount(name: string): number {
  if (!bearers) {
    bearers = new Map();
    for (const p of loadBuiltinPlaces())
      for (const n of new Set([p.name, ...p.altNames].map((s) => s.toLowerCase())))
        bearers.set(n, (bearers.get(n) ?? 0) + 1);
  }
  return bearers.get(name.toLowerCase()) ?? 0;
}

/** Plain Latin words only (no digits, apostrophes or parentheses), as a report would print them. */
const PLAIN = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

/** Villages whose name is plain words, the pool most constructions draw from. */
export function plainVillages(): PlaceEntry[] {
  return uniqueVillages().filter((p) => PLAIN.test(p.name));
}

/**
 * OCHA's merged communities "A - B" whose part `side` is plain, at least four letters, and borne by no
 * other built-in place (so a report naming only that part still means this community), paired with it.
 */
export function compoundParts(side: 0 | 1): { entry: PlaceEntry; part: string }[] {
  const cached = partsCache.get(side);
  if (cached) return cached;
  const ocha = readBuiltinOchaPlaces();
  const parts = ocha
    .filter((p) => p.name.split(" - ").length === 2)
    .map((entry) => ({ entry, part: entry.name.split(" - ")[side]!.trim() }))
    .filter(({ entry, part }) => {
      if (!PLAIN.test(part) || part.length < 4) return false;
      const key = part.toLowerCase();
      const others = ocha.filter(
        (p) => p.id !== entry.id && [p.name, ...p.altNames].some((n) => n.toLowerCase() === key),
      );
      return others.length === 0 && bearerCount(part) <= 1;
    })
    .sort((a, b) => a.entry.id.localeCompare(b.entry.id));
  partsCache.set(side, parts);
  return parts;
}
const partsCache = new Map<0 | 1, { entry: PlaceEntry; part: string }[]>();

/** Villages named "<word> X" (Tal, Kafr, Deir, Sheikh, Abu, Um ...), those whose rest X another place bears first. */
export function prefixed(word: string): PlaceEntry[] {
  const all = plainVillages().filter((p) => p.name.startsWith(`${word} `) && !p.name.includes(" - "));
  const restIsPlace = all.filter((p) => bearerCount(p.name.slice(word.length + 1)) > 0);
  return restIsPlace.length >= 8 ? restIsPlace : all;
}

/** Subdistrict seats (the village gives its name to its nahiya): towns large enough to have quarters. */
export function seats(): PlaceEntry[] {
  return plainVillages().filter((p) => p.name === p.admin3);
}

const BEARINGS = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];

/** The compass word for going from `from` to `to` ("east" when `to` lies east of `from`). */
export function bearing(from: PlaceEntry, to: PlaceEntry): string {
  const y = to.lat - from.lat;
  const x = (to.lon - from.lon) * Math.cos((from.lat * Math.PI) / 180);
  const deg = ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
  return BEARINGS[Math.round(deg / 45) % 8]!;
}

/** The nearest other plain village between `min` and `max` km away, with its distance. */
export function neighbour(v: PlaceEntry, min: number, max: number): { place: PlaceEntry; km: number } | null {
  let best: { place: PlaceEntry; km: number } | null = null;
  for (const p of plainVillages()) {
    if (p === v || Math.abs(p.lat - v.lat) > 0.2 || Math.abs(p.lon - v.lon) > 0.25) continue;
    const km = distanceKm(v.lat, v.lon, p.lat, p.lon);
    if (km >= min && km <= max && (!best || km < best.km)) best = { place: p, km };
  }
  return best;
}

/**
 * Common Arabic given names (ordinary knowledge of Arabic naming, as lists of frequent names give
 * them). The suite uses those that are also gazetteer names as the risky part of a person's name.
 */
const GIVEN_NAMES = [
  "Ahmad", "Mohammad", "Mahmoud", "Ali", "Hasan", "Hussein", "Omar", "Khaled", "Mustafa", "Abdullah",
  "Ibrahim", "Yousef", "Khalil", "Salim", "Saleh", "Hamdan", "Jamal", "Othman", "Issa", "Musa", "Hamza",
  "Ismail", "Yasin", "Qasim", "Karim", "Adnan", "Walid", "Abbas", "Jaber", "Rami", "Ammar", "Faraj",
  "Hamid", "Majid", "Bilal", "Yahya", "Faris", "Nasser", "Mansour", "Sultan", "Awad", "Obeid", "Younes",
] as const; // prettier-ignore

/** Given names that some built-in place also bears (the hazard a person's name carries). */
export function placeLikeNames(): string[] {
  return GIVEN_NAMES.filter((n) => bearerCount(n) > 0);
}

/** Given names no built-in place bears. */
export function safeNames(): string[] {
  return GIVEN_NAMES.filter((n) => bearerCount(n) === 0);
}

/**
 * Transliteration rules, one per family: each respells an OCHA name the way another romanisation
 * writes it, or returns null where it does not apply. They follow the usual differences between
 * romanisations of Syrian Arabic names:
 *  - shadda (a doubled consonant) written or not: a single consonant between vowels doubled, a double
 *    one single;
 *  - the article: OCHA glues "El" to the noun ("Um Elamad"); reports write "al-Amad" or "el-Amad";
 *  - tā' marbūṭa: OCHA's "-eh" is "-a" or "-ah" elsewhere, and a final "-a" is "-eh";
 *  - "Kafr" is also "Kfar" or "Kafer"; "Ein" (spring) is "Ain" or "Ayn"; "Tal" is "Tell", "Deir" "Dayr",
 *    "Sheikh" "Shaykh", "Beit" "Bayt", "Um" "Umm";
 *  - qāf is "q", "k" or (as spoken in the east and south) "g";
 *  - ḍamma/long u is "u", "ou" (French-style) or "o".
 */
export const RESPELL: Record<string, (name: string) => string | null> = {
  doubled: (n) => replaceFirst(n, /([aeiou])([bdfhjklmnrstz])([aeiou])/, "$1$2$2$3"),
  undoubled: (n) => replaceFirst(n, /([bdfjklmnrstz])\1/, "$1"),
  article: (n) => replaceFirst(n, /\bEl([a-z]{3})/, (_, c: string) => `al-${cap(c)}`),
  "article-el": (n) => replaceFirst(n, /\bEl([a-z]{3})/, (_, c: string) => `el-${cap(c)}`),
  "ending-a": (n) => replaceFirst(n, /([a-z]{3})eh$/, "$1a"),
  "ending-ah": (n) => replaceFirst(n, /([a-z]{3})eh$/, "$1ah"),
  "ending-eh": (n) => replaceFirst(n, /([a-z]{3}[bdfhjklmnrstz])a$/, "$1eh"),
  kafr: (n) => replaceFirst(n, /^Kafr /, "Kfar "),
  "kafr-kafer": (n) => replaceFirst(n, /^Kafr /, "Kafer "),
  spring: (n) => replaceFirst(n, /^Ein /, "Ain "),
  "generic-word": (n) => replaceFirst(n, /^(Tal|Deir|Sheikh|Beit|Um) /, (_, w: string) => `${GENERIC[w]} `),
  "q-k": (n) => replaceFirst(n, /q/, "k") ?? replaceFirst(n, /^Q/, "K"),
  "q-g": (n) => replaceFirst(n, /^Q/, "G") ?? replaceFirst(n, /q/, "g"),
  "u-ou": (n) => replaceFirst(n, /([^aeiou])u([^aeiou])/, "$1ou$2"),
  "o-u": (n) => replaceFirst(n, /([^aeiou])o([^aeiou])/, "$1u$2"),
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const GENERIC: Record<string, string> = {
  Tal: "Tell",
  Deir: "Dayr",
  Sheikh: "Shaykh",
  Beit: "Bayt",
  Um: "Umm",
};

function replaceFirst(
  name: string,
  pattern: RegExp,
  to: string | ((...groups: string[]) => string),
): string | null {
  if (!pattern.test(name)) return null;
  return typeof to === "string" ? name.replace(pattern, to) : name.replace(pattern, to as never);
}

/**
 * Villages a rule respells into a name no built-in place bears (so the respelling can only mean this
 * entry), with the respelling.
 */
export function respelled(rule: string): { entry: PlaceEntry; spelling: string }[] {
  const respell = RESPELL[rule]!;
  const out: { entry: PlaceEntry; spelling: string }[] = [];
  for (const entry of plainVillages()) {
    if (entry.name.includes(" - ")) continue;
    const spelling = respell(entry.name);
    if (spelling && spelling !== entry.name && bearerCount(spelling) === 0) out.push({ entry, spelling });
  }
  return out;
}
