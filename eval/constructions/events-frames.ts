/**
 * Helpers for the events suite (events.ts): place frames ("the village of X", "X, in the Idlib
 * countryside", "X in western Idlib", bare "X"), days, numbers and actors, all chosen with a seeded
 * PRNG so cases never change between runs.
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import type { GoldLine } from "../gold-line.js";
import { pick, pickVillages, uniqueVillages } from "./villages.js";
import { cap, inWords } from "./tolls-kit.js";

/** How texts name a governorate ("Damascus" for Rif Dimashq, as reports write "rural Damascus"). */
const GOVERNORATE_NAME: Record<string, string> = {
  "Rif Dimashq": "Damascus",
  "As-Suwayda": "Sweida",
  "Deir ez-Zor": "Deir ez-Zor",
};
export const governorateName = (admin1: string | null) =>
  admin1 ? (GOVERNORATE_NAME[admin1] ?? admin1) : "Syria";

let centres: Map<string, { lat: number; lon: number }> | null = null;

/** The mean position of a governorate's villages, to say "western Idlib" of a village truly west. */
function centreOf(admin1: string): { lat: number; lon: number } {
  if (!centres) {
    const sums = new Map<string, { lat: number; lon: number; n: number }>();
    for (const v of uniqueVillages()) {
      const s = sums.get(v.admin1 ?? "") ?? { lat: 0, lon: 0, n: 0 };
      sums.set(v.admin1 ?? "", { lat: s.lat + v.lat, lon: s.lon + v.lon, n: s.n + 1 });
    }
    centres = new Map([...sums].map(([k, s]) => [k, { lat: s.lat / s.n, lon: s.lon / s.n }]));
  }
  return centres.get(admin1) ?? { lat: 0, lon: 0 };
}

/** The compass side of its governorate a village lies on ("northern", "south-western" ...). */
export function sideOf(village: PlaceEntry): string {
  const c = centreOf(village.admin1 ?? "");
  const dLat = village.lat - c.lat;
  const dLon = village.lon - c.lon;
  const ns = dLat > 0 ? "northern" : "southern";
  const ew = dLon > 0 ? "eastern" : "western";
  if (Math.abs(dLat) > 2 * Math.abs(dLon)) return ns;
  if (Math.abs(dLon) > 2 * Math.abs(dLat)) return ew;
  return `${ns.replace(/ern$/, "")}-${ew}`;
}

/**
 * A place frame for a village. `mid` frames close an appositive with a comma so the sentence can go
 * on ("X, in the Idlib countryside, on Monday").
 */
export function placeFrame(random: () => number, v: PlaceEntry, mid = true): string {
  const gov = governorateName(v.admin1);
  const frames = [
    `the village of ${v.name}`,
    `${v.name} village`,
    `the town of ${v.name}`,
    `${v.name}, in the ${gov} countryside${mid ? "," : ""}`,
    `${v.name} in ${sideOf(v)} ${gov}`,
    v.name,
  ];
  return pick(random, frames);
}

/** A place frame without the appositive comma, for a noun phrase that a preposition ends. */
export function plainFrame(random: () => number, v: PlaceEntry): string {
  return pick(random, [`the village of ${v.name}`, `${v.name} village`, `the town of ${v.name}`, v.name]);
}

export { cap };

export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A number as a text writes it: a word up to twelve (half the time), digits otherwise. */
export function numberText(random: () => number, n: number): string {
  return n <= 12 && random() < 0.5 ? inWords(n) : String(n);
}

/** A count from `min` to `max`. */
export const count = (random: () => number, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

export interface Actor {
  /** How the text names it, as the subject ("Regime forces"). */
  name: string;
  /** The gold perpetrator regex (eval/README.md). */
  perp: string;
}

export const REGIME = "regime|government|syrian army|SY_GOV";
export const RUSSIA = "russia|RU_MIL";
export const TURKEY = "turk|TR_MIL";
export const ISIS = "isis|islamic state|daesh|ISIS";
export const SDF = "sdf|syrian democratic|SDF";
export const HTS = "hts|tahrir|HTS";
export const OPPOSITION = "opposition|rebel|faction|SY_OPPOSITION|SNA|free syrian";

export const GROUND_SHELLERS: Actor[] = [
  { name: "regime forces", perp: REGIME },
  { name: "Syrian government forces", perp: REGIME },
  { name: "the Syrian army", perp: REGIME },
  { name: "Turkish forces", perp: TURKEY },
  { name: "SDF fighters", perp: SDF },
];

export const AIR_FORCES: Actor[] = [
  { name: "Russian warplanes", perp: RUSSIA },
  { name: "regime warplanes", perp: REGIME },
  { name: "Syrian government aircraft", perp: REGIME },
  { name: "Russian jets", perp: RUSSIA },
];

/** One gold line for a village. */
export function goldAt(
  doc: string,
  published: string,
  v: PlaceEntry,
  g: Pick<GoldLine, "eventType" | "perpetrator" | "killed">,
): GoldLine {
  return { doc, published, place: v.name, lat: v.lat, lon: v.lon, admin1: v.admin1, ...g };
}

/** The gold line of a document that must yield no incident. */
export const goldNone = (doc: string, published: string): GoldLine => ({
  doc,
  published,
  place: null,
  lat: null,
  lon: null,
  admin1: null,
  eventType: null,
  perpetrator: null,
  killed: null,
});

/**
 * `n` villages whose gazetteer name a report would write as is: not OCHA's compound names ("X - Y")
 * nor its English renderings of Arabic qualifiers ("Big X", "Upper X", "Second X").
 */
export function pickNamedVillages(random: () => number, n: number): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  while (out.length < n) {
    const [v] = pickVillages(random, 1) as [PlaceEntry];
    if (
      / - |^(Big|Little|Small|Upper|Lower|Northern|Southern|Eastern|Western|North|South|East|West|First|Second|Third|Old|New|Central) /.test(
        v.name,
      )
    )
      continue;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
