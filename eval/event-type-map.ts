/**
 * Maps our event taxonomy (src/domain/claim.ts) onto the gold sets' coarse set, so event types can be
 * compared. Codes that name a *means* map directly; codes that name a *target* (attack on a hospital,
 * market, camp ...) or a pattern (massacre) say nothing about the means, so for them the ACLED
 * sub-event type the extractor chose decides.
 *
 * | our code                                   | coarse        |
 * |--------------------------------------------|---------------|
 * | shelling, missile_strike                   | shelling      |
 * | air_strike, barrel_bomb, drone_strike      | air_strike    |
 * | armed_clash                                | armed_clash   |
 * | ground_attack, shooting, sexual_violence   | attack        |
 * | explosion, landmine_erw                    | explosion     |
 * | execution                                  | execution     |
 * | abduction, detention_torture               | abduction     |
 * | siege_starvation, forced_displacement      | other         |
 * | attack_*, massacre, chemical_weapon, attack| by ACLED sub-event (below), else attack / other |
 *
 * ACLED sub-event → coarse: Air/drone strike → air_strike; Shelling/artillery/missile attack →
 * shelling; Remote explosive/landmine/IED, Suicide bomb, Grenade → explosion; Armed clash →
 * armed_clash; Attack → attack; Abduction/forced disappearance → abduction; Chemical weapon → other.
 */
import type { EventTypeCode } from "../src/domain/claim.js";

export const COARSE_EVENT_TYPES = [
  "shelling",
  "air_strike",
  "armed_clash",
  "attack",
  "explosion",
  "execution",
  "abduction",
  "other",
] as const;
export type CoarseEventType = (typeof COARSE_EVENT_TYPES)[number];

const BY_CODE: Partial<Record<EventTypeCode, CoarseEventType>> = {
  shelling: "shelling",
  missile_strike: "shelling",
  air_strike: "air_strike",
  barrel_bomb: "air_strike",
  drone_strike: "air_strike",
  armed_clash: "armed_clash",
  ground_attack: "attack",
  shooting: "attack",
  sexual_violence: "attack",
  explosion: "explosion",
  landmine_erw: "explosion",
  execution: "execution",
  abduction: "abduction",
  detention_torture: "abduction",
  siege_starvation: "other",
  forced_displacement: "other",
};

/** Codes that describe the target or pattern, not the means: defer to the ACLED sub-event type. */
const FALLBACK_WHEN_NO_SUB_EVENT: Partial<Record<EventTypeCode, CoarseEventType>> = {
  chemical_weapon: "other",
};

const BY_SUB_EVENT: [RegExp, CoarseEventType][] = [
  [/air|drone/i, "air_strike"],
  [/shelling|artillery|missile/i, "shelling"],
  [/explosive|landmine|ied|suicide|grenade/i, "explosion"],
  [/armed clash/i, "armed_clash"],
  [/abduction|disappearance/i, "abduction"],
  [/chemical/i, "other"],
  [/attack/i, "attack"],
];

/**
 * The coarse gold event type for an extracted incident.
 * @example coarseEventType("barrel_bomb", "Air/drone strike") === "air_strike"
 * @example coarseEventType("attack_medical", "Air/drone strike") === "air_strike"
 */
export function coarseEventType(
  code: EventTypeCode,
  acledSubEventType: string | null | undefined,
): CoarseEventType {
  const direct = BY_CODE[code];
  if (direct) return direct;
  for (const [pattern, coarse] of BY_SUB_EVENT) {
    if (acledSubEventType && pattern.test(acledSubEventType)) return coarse;
  }
  return FALLBACK_WHEN_NO_SUB_EVENT[code] ?? "attack";
}
