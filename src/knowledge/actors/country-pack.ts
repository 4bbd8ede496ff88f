/**
 * The shape of a country pack: the actors of one conflict setting with their aliases, and the small
 * adjective rules ("Russian … allies") that name an actor by nationality. The registry takes any number
 * of packs; Syria is the first.
 */
import type { ActorKind, ActorMention, ActorRecord } from "../../domain/actors.js";

/** A nationality adjective that names an actor when a force noun follows within a few words. */
export interface AdjectiveRule {
  /** Adjective and noun forms, e.g. ["Russian", "Russia"]; uppercase forms ("US") match case-sensitively. */
  adjectives: string[];
  actorId: string;
}

export interface CountryPack {
  /** ISO 3166-1 alpha-2 of the setting, or "INT" for international bodies. */
  country: string;
  actors: ActorRecord[];
  adjectiveRules?: AdjectiveRule[];
}

/** A mention found by the registry, with how it was resolved. Additive to the shared ActorMention. */
export interface ActorMatch extends ActorMention {
  via: "alias" | "adjective";
  /** The alias is shared by actors of different periods and the date was unknown. */
  ambiguousPeriod?: boolean;
  /** The date falls outside the chosen actor's validity (e.g. "regime forces" after 2024-12-08). */
  needsReview?: boolean;
}

/** Options of {@link defineActor}: every ActorRecord field but the defaults. */
type ActorInput = Pick<ActorRecord, "id" | "name" | "kind"> &
  Partial<Omit<ActorRecord, "id" | "name" | "kind">>;

/**
 * An ActorRecord with defaults for the optional parts (no aliases, no allegiances, always valid).
 * Aliases may end in "(s)" to list the singular and plural at once: "Turkish drone(s)".
 */
export function defineActor(input: ActorInput): ActorRecord {
  return {
    country: null,
    aliasesEn: [],
    aliasesAr: [],
    allegiances: [],
    validFrom: null,
    validTo: null,
    partisan: false,
    ...input,
  };
}

export type { ActorKind };
