/**
 * Actor records (armed forces, groups, political bodies, responders) and the lookup interface used by
 * extraction. Actors have validity periods: the same words ("government forces") name different actors
 * before and after 2024-12-08 in Syria.
 */
export type ActorKind =
  | "state_force"
  | "foreign_state_force"
  | "non_state_armed_group"
  | "militia"
  | "political_body"
  | "civil_defence"
  | "un_body"
  | "ngo_monitor"
  | "news_outlet"
  | "government_body";

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliasesEn: string[];
  aliasesAr: string[];
  /** Ids of actors it is allied with or part of. */
  allegiances: string[];
  validFrom: string | null;
  validTo: string | null;
  /** Partisan toward a party to the conflict (a party's own media or political body). */
  partisan: boolean;
  /** Protected civilian role such as civil_defence; never a combatant. */
  protectedRole?: "civil_defence" | "medical" | "humanitarian" | "journalist";
}

export interface ActorMention {
  actor: ActorRecord;
  start: number;
  end: number;
  mention: string;
}

export interface ActorLookup {
  /** Every actor alias found in `text`, longest match first at each position, resolved for `onDate`. */
  findActors(text: string, onDate: string | null): ActorMention[];
  get(id: string): ActorRecord | undefined;
}
