/**
 * Which event types two reports of one event may give, and how close they are (0 = never the same
 * event). Outlets describe one strike differently: "shelling" for what another calls a missile,
 * "air strike" for a drone, "explosion" for the blast a strike caused, or only the target ("the
 * hospital was attacked"). The table is data: families of near-synonyms, then scores between families.
 */
import type { EventTypeCode } from "../../domain/claim.js";

type Family = "air" | "fire" | "blast" | "chem" | "ground" | "taking" | "site" | "alone";

const FAMILY: Record<EventTypeCode, Family> = {
  air_strike: "air",
  drone_strike: "air",
  barrel_bomb: "air",
  shelling: "fire",
  missile_strike: "fire",
  explosion: "blast",
  landmine_erw: "blast",
  chemical_weapon: "chem",
  ground_attack: "ground",
  armed_clash: "ground",
  shooting: "ground",
  massacre: "ground",
  execution: "ground",
  attack: "ground",
  abduction: "taking",
  detention_torture: "taking",
  attack_medical: "site",
  attack_rescuers: "site",
  attack_school: "site",
  attack_market: "site",
  attack_worship: "site",
  attack_camp: "site",
  sexual_violence: "alone",
  siege_starvation: "alone",
  forced_displacement: "alone",
};

/** Scores between different families (symmetric; unlisted pairs are incompatible). */
const FAMILY_PAIRS: [Family, Family, number][] = [
  // Outlets often cannot tell aerial from ground bombardment (Airwars: "Airstrike and/or Artillery").
  ["air", "fire", 0.6],
  // "An explosion" is often the blast of a strike another outlet names.
  ["air", "blast", 0.5],
  ["fire", "blast", 0.5],
  ["chem", "air", 0.7],
  ["chem", "fire", 0.7],
  // A type named after its target ("attack on a hospital") fits any means.
  ["site", "air", 0.8],
  ["site", "fire", 0.8],
  ["site", "blast", 0.8],
  ["site", "chem", 0.8],
  ["site", "ground", 0.8],
  ["taking", "ground", 0.5],
];

/** Single types with their own closeness beyond the family rule. */
const TYPE_PAIRS: [EventTypeCode, EventTypeCode, number][] = [
  // Generic words: "attack" and "massacre" may name a strike.
  ["attack", "air_strike", 0.6],
  ["attack", "drone_strike", 0.6],
  ["attack", "barrel_bomb", 0.6],
  ["attack", "shelling", 0.6],
  ["attack", "missile_strike", 0.6],
  ["attack", "explosion", 0.6],
  ["attack", "abduction", 0.6],
  ["massacre", "air_strike", 0.6],
  ["massacre", "barrel_bomb", 0.6],
  ["massacre", "shelling", 0.6],
  ["massacre", "missile_strike", 0.6],
  ["execution", "abduction", 0.5],
  ["execution", "detention_torture", 0.5],
];

const familyScore = new Map<string, number>();
for (const [a, b, score] of FAMILY_PAIRS) {
  familyScore.set(`${a}|${b}`, score);
  familyScore.set(`${b}|${a}`, score);
}
const typeScore = new Map<string, number>();
for (const [a, b, score] of TYPE_PAIRS) {
  typeScore.set(`${a}|${b}`, score);
  typeScore.set(`${b}|${a}`, score);
}

/** Scores already computed, per pair of types (event types are a fixed list: a few hundred pairs). */
const compatibilityMemo = new Map<string, Map<string, number>>();

/**
 * 1 for the same type, 0.9 within a family, a table score across families, 0 when incompatible.
 * @example eventCompatibility("shelling", "missile_strike") // 0.9
 * @example eventCompatibility("shelling", "abduction") // 0
 */
export function eventCompatibility(a: EventTypeCode, b: EventTypeCode): number {
  if (a === b) return 1;
  // Asked of every pair of claims compared.
  let row = compatibilityMemo.get(a);
  if (!row) compatibilityMemo.set(a, (row = new Map()));
  let score = row.get(b);
  if (score === undefined) row.set(b, (score = computeCompatibility(a, b)));
  return score;
}

function computeCompatibility(a: EventTypeCode, b: EventTypeCode): number {
  const own = typeScore.get(`${a}|${b}`);
  if (own !== undefined) return own;
  const fa = FAMILY[a];
  const fb = FAMILY[b];
  if (fa === fb) return fa === "alone" ? 0 : fa === "site" ? 0.5 : 0.9;
  return familyScore.get(`${fa}|${fb}`) ?? 0;
}

/**
 * ACLED's same-day hierarchy (DOMAIN.md §6): when reports of one event give different types, the
 * incident takes the higher one (air strike + shelling → air strike). Lower index = higher type.
 */
const HIERARCHY: EventTypeCode[] = [
  "chemical_weapon",
  "barrel_bomb",
  "air_strike",
  "drone_strike",
  "missile_strike",
  "shelling",
  "explosion",
  "landmine_erw",
  "massacre",
  "execution",
  "shooting",
  "ground_attack",
  "armed_clash",
  "attack_medical",
  "attack_rescuers",
  "attack_school",
  "attack_market",
  "attack_worship",
  "attack_camp",
  "abduction",
  "detention_torture",
  "sexual_violence",
  "siege_starvation",
  "forced_displacement",
  "attack",
];

/** Rank of an event type in the hierarchy (0 = highest). */
export function hierarchyRank(type: EventTypeCode): number {
  const index = HIERARCHY.indexOf(type);
  return index === -1 ? HIERARCHY.length : index;
}

const compatible = new Map<EventTypeCode, EventTypeCode[]>();

/**
 * Every event type that may be the same event as `type` (itself included): for screens in the store.
 * @example compatibleTypes("drone_strike").includes("air_strike") // true
 */
export function compatibleTypes(type: EventTypeCode): EventTypeCode[] {
  let types = compatible.get(type);
  if (!types) {
    types = (Object.keys(FAMILY) as EventTypeCode[]).filter((other) => eventCompatibility(type, other) > 0);
    compatible.set(type, types);
  }
  return types;
}
