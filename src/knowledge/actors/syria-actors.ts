/**
 * The Syria country pack: armed and civil actors of Syria and the nationality
 * adjectives that name foreign forces ("Russian … warplanes", "its Russian and Iranian allies"). Combine
 * it with INTERNATIONAL_PACK for UN bodies and humanitarian organisations.
 */
import type { CountryPack } from "./country-pack.js";
import { FOREIGN_FORCES } from "./foreign-forces.js";
import { SYRIA_ARMED_GROUPS } from "./syria-armed-groups.js";
import { SYRIA_CIVIL_ACTORS } from "./syria-civil-actors.js";
import { SYRIA_STATE_ACTORS } from "./syria-state-actors.js";

export const SYRIA_PACK: CountryPack = {
  country: "SY",
  actors: [...SYRIA_STATE_ACTORS, ...FOREIGN_FORCES, ...SYRIA_ARMED_GROUPS, ...SYRIA_CIVIL_ACTORS],
  adjectiveRules: [
    { adjectives: ["Russian", "Russia"], actorId: "RU_MIL" },
    { adjectives: ["Iranian", "Iran"], actorId: "IR_MIL" },
    { adjectives: ["Turkish", "Turkey", "Türkiye", "Turkiye"], actorId: "TR_MIL" },
    { adjectives: ["Israeli", "Israel"], actorId: "IL_MIL" },
    { adjectives: ["American", "US", "U.S."], actorId: "COALITION" },
  ],
};
