/**
 * Helpers for the tolls suite (tolls.ts): number words, place frames, attackers and the family builder.
 * Written from ordinary English and DOMAIN.md's actors, never from eval texts.
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import type { GoldLine } from "../gold-line.js";
import type { ConstructionCase } from "./types.js";
import { pick, pickVillages, seededRandom } from "./villages.js";

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * An English cardinal in words, 0–999 ("twenty-one", "one hundred and twelve").
 * @example inWords(112) // "one hundred and twelve"
 */
export function inWords(n: number): string {
  if (n < 20) return UNITS[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${UNITS[n % 10]}` : "");
  const rest = n % 100;
  return `${UNITS[Math.floor(n / 100)]} hundred${rest ? ` and ${inWords(rest)}` : ""}`;
}

/** A cardinal with thousands separators ("1,200"). */
export const withCommas = (n: number): string => n.toLocaleString("en-US");

/** The first letter in upper case (a sentence opening). */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** An integer in [lo, hi]. */
export const between = (random: () => number, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));

/** A small number in words or digits, as newspapers mix them. */
export const someNumber = (random: () => number, n: number): string =>
  n < 10 || random() < 0.5 ? inWords(n) : String(n);

/** A governorate as texts call it in "the Aleppo countryside", "western Idlib". */
export function regionName(village: PlaceEntry): string {
  const a = village.admin1 ?? "Idlib";
  return a === "Rif Dimashq" ? "Damascus" : a === "As-Suwayda" ? "Suwayda" : a;
}

/**
 * A village in one of the frames texts use: "the village of X", "X village", "the town of X", "X, in the
 * Y countryside," (with its closing comma, so the frame is safe mid-sentence), "X in western Y", bare "X".
 */
export function frame(random: () => number, village: PlaceEntry): string {
  const n = village.name;
  const region = regionName(village);
  return pick(random, [
    `the village of ${n}`,
    `${n} village`,
    `the town of ${n}`,
    `${n}, in the ${region} countryside,`,
    `${n} in ${pick(random, ["western", "eastern", "northern", "southern"])} ${region}`,
    n,
  ]);
}

/** Drop a frame's closing comma where punctuation follows anyway ("…countryside,." → "…countryside."). */
export const tidy = (s: string): string => s.replace(/,([.,;:])/g, "$1").replace(/,,/g, ",");

export interface Attacker {
  /** Subject of an active clause ("Regime forces"). */
  subject: string;
  /** Past-tense verbs taking the place as object. */
  verbs: string[];
  /** The attack as a noun phrase without article ("regime shelling", "Russian air strikes"). */
  means: string;
  eventType: "shelling" | "air_strike";
  /** Gold perpetrator regex; null when the text names no attacker. */
  perp: string | null;
}

export const ATTACKERS: Attacker[] = [
  {
    subject: "Regime forces",
    verbs: ["shelled", "pounded", "bombarded"],
    means: "regime shelling",
    eventType: "shelling",
    perp: "regime|SY_GOV",
  },
  {
    subject: "Russian warplanes",
    verbs: ["struck", "bombed", "raided"],
    means: "Russian air strikes",
    eventType: "air_strike",
    perp: "russia|RU_MIL",
  },
  {
    subject: "A Turkish drone",
    verbs: ["struck", "hit", "targeted"],
    means: "Turkish drone strikes",
    eventType: "air_strike",
    perp: "turk|TR_MIL",
  },
  {
    subject: "Syrian government artillery",
    verbs: ["shelled", "hit"],
    means: "government artillery fire",
    eventType: "shelling",
    perp: "government|SY_GOV|syria",
  },
  {
    subject: "Warplanes",
    verbs: ["struck", "bombed"],
    means: "air strikes",
    eventType: "air_strike",
    perp: null,
  },
];

/** The subject inside a sentence ("regime forces", "a Turkish drone", "Russian warplanes"). */
export const inner = (subject: string): string =>
  /^(?:Regime|Warplanes|A )/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;

export const DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday"];

/** One incident of a case: the village (null: the text must yield none), the event type, perp regex, deaths. */
export type Incident = [PlaceEntry | null, GoldLine["eventType"], string | null, number | null];

export interface Built {
  text: string;
  title?: string;
  incidents: Incident[];
}

export interface FamilyContext {
  random: () => number;
  villages: PlaceEntry[];
  index: number;
  /** An attacker drawn for this case. */
  attacker: Attacker;
  day: string;
}

/**
 * The cases of one family: `count` instances, each with `places` villages and its own attacker and day,
 * built by `build`; deterministic through `seed`.
 */
export function family(
  name: string,
  seed: number,
  count: number,
  places: number,
  build: (c: FamilyContext) => Built,
  published = "2024-05-14",
): ConstructionCase[] {
  const random = seededRandom(seed);
  // Park–Miller's first draws from nearby seeds are close: skip them so families start apart.
  for (let k = 0; k < 3; k++) random();
  const out: ConstructionCase[] = [];
  for (let index = 0; index < count; index++) {
    const villages = plainVillages(random, places);
    const attacker = pick(random, ATTACKERS);
    const day = pick(random, DAYS);
    const built = build({ random, villages, index, attacker, day });
    const id = `${name}#${index}`;
    const gold: GoldLine[] =
      built.incidents.length === 0
        ? [line(id, published, [null, null, null, null])]
        : built.incidents.map((inc) => line(id, published, inc));
    out.push({
      id,
      family: name,
      published,
      text: tidy(built.text),
      ...(built.title ? { title: tidy(built.title) } : {}),
      gold,
    });
  }
  return out;
}

/** `n` distinct villages whose names read as one name (not the table's "A - B" pairs). */
function plainVillages(random: () => number, n: number): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  while (out.length < n) {
    const [v] = pickVillages(random, 1);
    if (v && !v.name.includes(" - ") && !out.includes(v)) out.push(v);
  }
  return out;
}

function line(doc: string, published: string, [village, eventType, perpetrator, killed]: Incident): GoldLine {
  return {
    doc,
    published,
    place: village?.name ?? null,
    lat: village?.lat ?? null,
    lon: village?.lon ?? null,
    admin1: village?.admin1 ?? null,
    eventType: village ? eventType : null,
    perpetrator: village ? perpetrator : null,
    killed: village ? killed : null,
  };
}
