/**
 * Helpers for the perpetrators suite: a family builder that turns a sentence generator into cases with
 * gold lines, the place frames a report uses for a village, and the actors' gold regexes (over our actor
 * ids, as eval/README.md's conventions say). Nothing here is drawn from an eval text.
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import type { GoldLine } from "../gold-line.js";
import type { ConstructionCase } from "./types.js";
import { pick, pickVillages, seededRandom } from "./villages.js";

/** Gold regexes (case-insensitive, over actor id, name or mention), one per actor of DOMAIN.md §5. */
export const PERP = {
  regime: "SY_GOV",
  militia: "SY_PGM",
  iranProxy: "IR_PROXY|IR_MIL",
  russia: "RU_MIL",
  turkey: "TR_MIL",
  sna: "^SNA$",
  sdf: "^SDF$",
  isis: "^ISIS$",
  hts: "^HTS$",
  israel: "IL_MIL",
  coalition: "COALITION",
  opposition: "SY_OPPOSITION",
} as const;

export type Coarse = GoldLine["eventType"];

/** One incident the text reports; `village: null` marks a text that must yield none. */
export interface Incident {
  village: PlaceEntry | null;
  eventType: Coarse;
  perpetrator: string | null;
  killed: number | null;
}

export interface Built {
  text: string;
  title?: string;
  incidents: Incident[];
}

export interface Ctx {
  random: () => number;
  /** Case index within the family. */
  i: number;
  /** Distinct villages of this case (three per case). */
  v: PlaceEntry[];
  /** Village `k` in a place frame picked for this case ("the village of X", "X in the Idlib countryside"). */
  at: (k: number) => string;
  /** A whole number in [min, max]. */
  n: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** A day phrase ("on Monday", "late on Sunday"), possibly empty. */
  day: () => string;
}

const PROVINCE: Record<string, string> = {
  "Rif Dimashq": "Damascus",
  "As-Suwayda": "Suwayda",
};
export const province = (v: PlaceEntry) => PROVINCE[v.admin1 ?? ""] ?? v.admin1 ?? "Idlib";

const FRAMES: ((v: PlaceEntry) => string)[] = [
  (v) => `the village of ${v.name}`,
  (v) => `${v.name} village`,
  (v) => `the town of ${v.name}`,
  (v) => `${v.name} in the ${province(v)} countryside`,
  (v) => `${v.name} in rural ${province(v)}`,
  (v) => v.name,
];

const DAYS = [
  "on Monday",
  "on Tuesday",
  "on Wednesday",
  "late on Thursday",
  "on Friday morning",
  "on Saturday",
  "on Sunday evening",
  "",
];

/** Publication dates inside every actor's period of validity (2019–2023). */
const PUBLISHED = ["2019-06-11", "2020-02-18", "2020-11-03", "2021-05-14", "2022-08-09", "2023-03-21"];

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** A toll written as digits or, below eleven, sometimes as a word. */
export function count(random: () => number, n: number): string {
  return n <= 10 && random() < 0.4 ? WORDS[n]! : String(n);
}

/** Capitalises the first letter. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Joins words, dropping empty ones and doubled spaces ("shelled X  on" when the day is empty). */
export const words = (...parts: string[]) => parts.filter((p) => p !== "").join(" ");

/**
 * `count` cases of one family: `make` writes the text and its incidents from the case's context.
 * Seeds make every case deterministic.
 */
export function family(
  name: string,
  seed: number,
  cases: number,
  make: (c: Ctx) => Built,
): ConstructionCase[] {
  // Close seeds give close first draws (Park–Miller): mix the seed with the family's name first.
  let mixed = seed;
  for (const ch of name) mixed = (mixed * 31 + ch.charCodeAt(0)) % 2147483647;
  const random = seededRandom(mixed);
  for (let k = 0; k < 3; k++) random();
  const out: ConstructionCase[] = [];
  for (let i = 0; i < cases; i++) {
    // Names such as "Mand - Mandak" are two spellings joined, not how a report writes a village.
    const v = pickVillages(random, 5)
      .filter((p) => !p.name.includes(" - "))
      .slice(0, 3);
    while (v.length < 3)
      v.push(...pickVillages(random, 1).filter((p) => !p.name.includes(" - ") && !v.includes(p)));
    const frames = v.map(() => pick(random, FRAMES));
    const ctx: Ctx = {
      random,
      i,
      v,
      at: (k) => frames[k]!(v[k]!),
      n: (min, max) => min + Math.floor(random() * (max - min + 1)),
      pick: (items) => pick(random, items),
      day: () => pick(random, DAYS),
    };
    const built = make(ctx);
    const published = pick(random, PUBLISHED);
    const id = `${name}#${i}`;
    const gold: GoldLine[] = built.incidents.map((inc) => ({
      doc: id,
      published,
      place: inc.village?.name ?? null,
      lat: inc.village?.lat ?? null,
      lon: inc.village?.lon ?? null,
      admin1: inc.village?.admin1 ?? null,
      eventType: inc.village ? inc.eventType : null,
      perpetrator: inc.village ? inc.perpetrator : null,
      killed: inc.village ? inc.killed : null,
    }));
    out.push({
      id,
      family: name,
      published,
      text: built.text.replace(/ {2,}/g, " ").replace(/ ([,.])/g, "$1"),
      ...(built.title ? { title: built.title } : {}),
      gold,
    });
  }
  return out;
}
