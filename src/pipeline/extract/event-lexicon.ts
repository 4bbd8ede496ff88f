/**
 * Event trigger lexicon (data): word patterns mapped to our event taxonomy and to ACLED event and
 * sub-event types. Patterns are matched case-insensitively on word boundaries. `rank` implements the
 * ACLED hierarchy used when one place and day carries several types (higher wins); `means` marks
 * triggers naming how violence was done, which outrank generic words such as "massacre".
 */
import type { EventTypeCode } from "../../domain/claim.js";
import { NUMBER_WORD_PATTERN } from "./number-words.js";

export interface AcledType {
  eventType: string;
  subEventType: string;
}

export interface EventTypeInfo {
  acled: AcledType;
  rank: number;
  means: boolean;
}

const ERV = "Explosions/Remote violence";
const VAC = "Violence against civilians";
const BAT = "Battles";
const STR = "Strategic developments";

export const EVENT_TYPES: Record<EventTypeCode, EventTypeInfo> = {
  chemical_weapon: { acled: { eventType: ERV, subEventType: "Chemical weapon" }, rank: 100, means: true },
  air_strike: { acled: { eventType: ERV, subEventType: "Air/drone strike" }, rank: 90, means: true },
  barrel_bomb: { acled: { eventType: ERV, subEventType: "Air/drone strike" }, rank: 91, means: true },
  drone_strike: { acled: { eventType: ERV, subEventType: "Air/drone strike" }, rank: 89, means: true },
  missile_strike: {
    acled: { eventType: ERV, subEventType: "Shelling/artillery/missile attack" },
    rank: 81,
    means: true,
  },
  shelling: {
    acled: { eventType: ERV, subEventType: "Shelling/artillery/missile attack" },
    rank: 80,
    means: true,
  },
  explosion: {
    acled: { eventType: ERV, subEventType: "Remote explosive/landmine/IED" },
    rank: 70,
    means: true,
  },
  landmine_erw: {
    acled: { eventType: ERV, subEventType: "Remote explosive/landmine/IED" },
    rank: 69,
    means: true,
  },
  armed_clash: { acled: { eventType: BAT, subEventType: "Armed clash" }, rank: 60, means: true },
  ground_attack: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 55, means: true },
  shooting: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 54, means: true },
  // An execution or abduction is the specific harm when a raid, shooting or ground attack carries it.
  execution: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 58, means: true },
  sexual_violence: { acled: { eventType: VAC, subEventType: "Sexual violence" }, rank: 52, means: true },
  abduction: {
    acled: { eventType: VAC, subEventType: "Abduction/forced disappearance" },
    rank: 57,
    means: true,
  },
  detention_torture: {
    acled: { eventType: VAC, subEventType: "Abduction/forced disappearance" },
    rank: 50,
    means: true,
  },
  siege_starvation: { acled: { eventType: STR, subEventType: "Other" }, rank: 40, means: true },
  forced_displacement: { acled: { eventType: STR, subEventType: "Other" }, rank: 39, means: true },
  massacre: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 30, means: false },
  attack_medical: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 29, means: false },
  attack_rescuers: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 28, means: false },
  attack_school: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 27, means: false },
  attack_market: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 26, means: false },
  attack_worship: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 25, means: false },
  attack_camp: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 24, means: false },
  attack: { acled: { eventType: VAC, subEventType: "Attack" }, rank: 10, means: false },
};

export interface TriggerEntry {
  type: EventTypeCode;
  pattern: string;
  /** Needs an aircraft word in the same sentence to count as an air strike (else it is `fallback`). */
  needsAircraft?: boolean;
  fallback?: EventTypeCode;
  /**
   * A munition family that any platform may deliver (cluster, incendiary, thermobaric): the delivery
   * named in its clause or sentence decides the type (ACLED codes the attack by its delivery), remnants
   * that go off later are landmine_erw, and `type` holds when no delivery is named.
   */
  byDelivery?: boolean;
}

/** Aircraft words: "bombed"/"bombardment" become air strikes only when one of these is present. */
export const AIRCRAFT_PATTERN =
  "warplanes?|war ?planes?|aircraft|jets?|fighter jets|helicopters?|helicopters’|helicopters'|aviation|air ?force|planes?|sukhoi|mig";

export const TRIGGERS: TriggerEntry[] = [
  // chemical
  {
    type: "chemical_weapon",
    pattern:
      "chemical (?:weapons?|attacks?|munitions?)|chlorine|sarin|toxic gas|nerve agents?|mustard (?:gas|agent)|sulfur mustard",
  },
  // Munition families coded by their delivery (ACLED: an air-dropped cluster bomb is an air strike, a
  // rocket-delivered one shelling; only remnants exploding later are "Remote explosive/landmine/IED").
  // With no delivery named, the bomb of the family (a cargo bomb, a dispenser) is an air strike.
  // A cluster remnant named as such keeps its whole phrase (before the family's words).
  { type: "landmine_erw", pattern: "unexploded (?:cluster )?(?:sub-?munitions?|bomblets?)" },
  {
    type: "air_strike",
    byDelivery: true,
    pattern:
      "cluster (?:munitions?|bombs?|bomblets?|sub-?munitions?|rockets?|shells?|ammunition|weapons?|attacks?|strikes?)|incendiary (?:munitions?|weapons?|bombs?|sub-?munitions?|rockets?|shells?|ammunition|attacks?|strikes?)|thermite|napalm|white phosphorus|(?:thermobaric|vacuum|fuel[- ]air) (?:bombs?|munitions?|weapons?|rockets?|missiles?|warheads?)|bunker[- ]busters?(?: bombs?)?",
  },
  // barrel bombs before air strikes (more specific)
  {
    type: "barrel_bomb",
    // "dropped other barrels on A": barrels dropped are barrel bombs.
    pattern: `barrel[- ]bombs?|barrel[- ]bombing|explosive barrels?|(?:dropped|dropping|drops?) (?!(?:his|her|their|its|our|your) )(?:(?:other|more|several|new|at least|a number of|${NUMBER_WORD_PATTERN}|\\d+) )?(?:\\w+ )?barrels(?! of)`,
  },
  // air / drone
  {
    type: "drone_strike",
    pattern:
      "drone (?:strikes?|attacks?)|loitering munitions?|(?:armed|suicide|kamikaze) drones?|drones? (?:struck|targeted|hit|attacked|bombed)",
  },
  {
    type: "air_strike",
    pattern:
      "air ?strikes?|air[- ]raids?|air[- ](?:dropped|launched)|dropped from (?:the )?(?:air|aircraft|planes?|helicopters?)|aerial (?:bombardment|attacks?|strikes?|bombing)|warplanes?|war planes?|fighter jets|helicopters?’? attacks?|helicopters|airstrike|air attacks?",
  },
  {
    type: "missile_strike",
    pattern: "(?:ballistic |cruise |guided )?missiles?|missile (?:strikes?|attacks?)|ATGMs?",
  },
  {
    type: "shelling",
    pattern:
      "shell(?:ed|ing|s)|artillery|ground[- ]based (?:strikes?|fire|attacks?)|surface[- ]to[- ]surface (?:missiles?|rockets?)|rocket[- ]?(?:fire|attacks?|launchers?)|rockets|mortars?|(?:heavy )?bombardment|bombarded|bombarding|grad|multiple[- ]rocket|MLRS|smerch|uragan|katyushas?|TOS-1A?|howitzers?|tank (?:fire|shells?|rounds?)|homemade shells|explosive cylinders|gas cylinders|hell cannon",
  },
  {
    // "a fixed-wing aircraft dropped at least two bombs": the drop is the strike.
    type: "air_strike",
    pattern: `dropped (?:(?:at least|some|several|a number of|a|an|${NUMBER_WORD_PATTERN}|\\d+) )?(?:\\w+ )?(?:bombs?|munitions?|explosives?)`,
    needsAircraft: true,
    fallback: "attack",
  },
  {
    type: "air_strike",
    pattern: "bombed|bombing|bombings",
    needsAircraft: true,
    fallback: "shelling",
  },
  {
    type: "landmine_erw",
    pattern:
      "landmines?|land mines?|unexploded (?:ordnance|munitions?|(?:cluster )?(?:sub-?munitions?|bomblets?))|(?:explosive )?remnants? of war|explosive remnants?",
  },
  {
    type: "explosion",
    pattern:
      "explosions?|exploded|blasts?|(?:car|truck|vehicle)[- ]bombs?|booby[- ]trapped|(?:improvised )?explosive (?:devices?|charges?)|IEDs?|sticky bombs?|(?:bomb|device|charge)s? went off|suicide (?:bomb(?:ing|er)?s?|attacks?)|detonated|grenades?|bl(?:ew|own|owing|ows?) (?:(?:him|her|them)sel(?:f|ves) )?up",
  },
  {
    type: "armed_clash",
    pattern:
      "clash(?:es|ed)?|fighting between|battles? between|(?:fighting|battles?) (?:raged|erupted|broke out|flared(?: up)?|took place)|exchanged fire|exchanges? of fire|ambush(?:ed|es)?|gunfights?|firefights?",
  },
  {
    type: "ground_attack",
    pattern: "ground (?:attacks?|assaults?|offensive)|stormed|raided|infiltration attempts?",
  },
  {
    type: "shooting",
    pattern: "snipers?|sniper fire|gunfire|shot (?:dead|and killed)|shooting|opened fire|gunmen",
  },
  {
    type: "execution",
    pattern:
      "execut(?:ed|ion|ions|ing)|summarily killed|field execution|behead(?:ed|ing|ings)?|decapitat(?:ed|ing|ion)",
  },
  { type: "massacre", pattern: "massacres?|mass killings?" },
  {
    type: "abduction",
    pattern:
      "abduct(?:ed|ion|ions|ing)|kidnapp?(?:ed|ing|ings)|forcibly disappeared|enforced disappearances?|forced disappearances?",
  },
  {
    type: "detention_torture",
    pattern:
      "tortured?|torturing|arbitrar(?:y|ily) (?:arrests?|detention|detained)|arrested|detained|arrest campaign",
  },
  { type: "sexual_violence", pattern: "rape[ds]?|sexual violence|sexually (?:assaulted|abused)" },
  { type: "siege_starvation", pattern: "besieged|sieges?|starvation|starving" },
  {
    type: "forced_displacement",
    pattern: "forcibly displaced|forced displacement|forced to (?:flee|leave)|expelled|displaced by force",
  },
  // "accused Israel of striking A", "X was accused of targeting A", "blamed X for hitting A": the gerund
  // of an accusation tells the attack (its attacker alleged); bare "striking" or "hitting" tells none.
  {
    type: "attack",
    pattern:
      "(?<=\\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\\b[^,;:.]{0,60}?\\s(?:of|for)\\s+(?:deliberately\\s+|repeatedly\\s+)?)(?:striking|hitting|attacking|targeting|raiding|assaulting)",
  },
  // "pounded A": a heavy attack that names no means (artillery, aircraft or rockets may pound); the
  // clause's platform or instrument ("with artillery") or the report's context types it.
  { type: "attack", pattern: "attacks?|attacked|strikes?|struck|targeted|raids?|pounded|pounding" },
];

/** Delivery by ground fire: a munition family with one of these is shelling. */
export const GROUND_DELIVERY_PATTERN =
  "artillery|shell(?:s|ed|ing)?|mortars?|rockets?|rocket launchers?|tanks?|ground[- ]based|surface[- ]to[- ]surface|land[- ]based|howitzers?|grads?|MLRS|multiple[- ]rocket|smerch|uragan|TOS-1A?";
/** Delivery by missile: a munition family carried by a (ballistic, cruise) missile. */
export const MISSILE_DELIVERY_PATTERN = "missiles?";
/** A munition family's remnant that goes off later ("unexploded cluster bomblets", "a dud picked up"). */
export const REMNANT_PATTERN =
  "unexploded|remnants?|leftover|left (?:over|behind)|duds?|did not explode|picked (?:it |them )?up|playing with";

/**
 * Words that, right before a trigger in the same clause, make it hypothetical or denied. An attack that
 * is still to come ("the next target of a Turkish attack", "a planned offensive", "an imminent
 * operation") has not happened either, nor has one vowed or pledged (commissive verbs: "vowed to continue
 * strikes on A").
 */
export const HYPOTHETICAL_PATTERN =
  "next targets? of|planned|upcoming|imminent|threaten(?:ed|s|ing)? to|threats? (?:to|of)|prevent(?:ed|ing)?|avert(?:ed|ing)?|foil(?:ed|ing)?|thwart(?:ed|ing)?|could|would|might|may|should|plans? to|planning to|intends? to|vow(?:s|ed|ing)? to|pledg(?:e|es|ed|ing) to|promis(?:e|es|ed|ing) to|determined to|warn(?:ed|s|ing)? (?:of|against|that)|fears? of|fear(?:ed)? that|\\bif\\b|possible|potential|prepar(?:ing|es|ed) (?:for|to)|preparations? for|in anticipation of|deadline";
export const DENIAL_PATTERN =
  "den(?:y|ied|ies|ying)|(?:rejected|dismissed|refuted) (?:the )?(?:claims|reports|accusations|allegations|charges)|no (?:shelling|strikes?|attacks?) (?:took place|occurred)";
/** A sighting rather than an attack: "reconnaissance drones flying over", "jets flying in the skies of". */
export const SIGHTING_PATTERN =
  "reconnaissance|surveillance|spy (?:drones?|planes?)|flying over|flew over|seen flying|spotted|hovering|(?:the )?flight of|(?:flying|flew|circling|circled|roaming|hovering) (?:in|over|above) (?:the )?(?:skies|sky|airspace)";
/**
 * A perception of blasts rather than a telling of them ("residents heard explosions", "woke to the sound
 * of explosions"): what was heard says where someone was, not where or how an attack hit.
 */
export const PERCEPTION_BEFORE_PATTERN =
  "\\b(?:hear(?:d|s|ing)?|woken?\\s+(?:up\\s+)?(?:by|to)|wak(?:e|es|ing)\\s+(?:up\\s+)?to|awoken?\\s+(?:by|to)|felt|sounds?\\s+of|noise\\s+of)\\s+(?:(?:the|a|an|loud|heavy|several|multiple|successive|violent|powerful|huge|massive|distant|series\\s+of)\\s+){0,3}$";
/**
 * Period or campaign wording: a tally or campaign over time, not one incident; also a span after the
 * report's day ("in the following weeks", "over the coming days"), or a count of days ("over three
 * days", "in two weeks"), though not one an ordinal counts in ("the second strike in three days").
 */
export const PERIOD_PATTERN =
  "\\bsince (?:early |late |mid-?)?(?:the (?:start|beginning|end) of )?(?:\\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|last|the start|the beginning)|over (?:the )?(?:past|last|recent) (?:\\w+ )?(?:days?|weeks?|months?|years?)|in recent (?:days|weeks|months)|(?:in|over|during|throughout) the (?:following|coming|next|subsequent|ensuing) (?:\\w+ )?(?:days|weeks|months|years)|(?<!\\b(?:first|second|third|fourth|fifth|sixth|seventh|latest|another|\\d+(?:st|nd|rd|th)) (?:[\\w-]+ ){0,4})\\b(?:over|during|across|throughout|within|in) (?:just )?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|a few) (?:days|weeks|months|years)\\b|\\brepeatedly\\b|(?:months|weeks|years) of|so far this (?:year|month)|in the (?:past|last) (?:\\w+ )?(?:days|week|weeks|months|year)|(?:months|years) (?:earlier|before|ago)|during (?:the )?(?:past|last) (?:\\w+ )?(?:days|weeks|months|year)|(?:during|in|throughout) the months? of|\\b(?:a total of|in total,?) (?:[\\w()-]+ ){0,4}(?:incidents|attacks|cases|violations)\\b";
/** An averted explosion: the device never went off ("defused a bomb", "dismantled before it exploded"). */
export const AVERTED_PATTERN =
  "\\b(?:defus(?:ed|ing)|dismantl(?:ed|ing)|disarm(?:ed|ing)|neutrali[sz]ed (?:a|an|the) (?:bomb|device|explosive|IED)|failed to (?:explode|detonate|go off)|before (?:it|they) (?:could )?(?:explode|exploded|detonate|detonated|went off|go off))\\b";
/** Support named alongside a raid ("backed by helicopters"): the platform supports, it is not the event. */
export const SUPPORT_BEFORE_PATTERN =
  "\\b(?:backed|supported|covered|aided|accompanied|assisted) by (?:the )?(?:[\\w-]+ ){0,2}$|\\bwith (?:the )?(?:support|cover|backing) of (?:the )?(?:[\\w-]+ ){0,2}$|\\bunder (?:the )?cover of (?:the )?(?:[\\w-]+ ){0,2}$";
/** Ground-fire words: a "strike" or "missile" with one of these is not an air strike. */
export const GROUND_FIRE_PATTERN =
  "artillery|shell(?:s|ed|ing)?|mortars?|rocket launchers?|tanks?|ground[- ]based|surface[- ]to[- ]surface|ballistic|land[- ]based|howitzers?|grads?";

/**
 * A periodic summary before the trigger in its sentence ("the monthly report counted 230 deaths", "its
 * annual tally", "weekly figures show"): what it counts spans its period, not one attack. A daily report
 * is not one: it tells the day's incidents.
 */
export const PERIODIC_SUMMARY_RE =
  /(?<![\p{L}])(?:monthly|weekly|annual|yearly|quarterly|bi-?annual|semi-annual|half-yearly|periodic)\s+(?:[\p{L}-]+\s+)?(?:reports?|tall(?:y|ies)|tolls?|counts?|statistics|figures|updates?|summar(?:y|ies)|reviews?|records?|death\s+tolls?)(?![\p{L}])/iu;

/**
 * Words of a criminal case: a trial, a court's conviction or sentence, an indictment, prosecutors, a
 * defendant, a testimony. An attack told after them in their sentence is the case's subject ("convicted
 * over the torture of detainees in A", "the trial concerns the killing of civilians in B"), a past one
 * judged, not an incident the report tells.
 */
export const JUDICIAL_RE =
  /(?<![\p{L}])(?:convict(?:ed|ion|s)?|sentenc(?:ed|ing)|trials?|verdicts?|indict(?:ed|ment|ments)?|prosecutors?|prosecut(?:ed|ion|ing)|defendants?|acquitt(?:ed|al)|testif(?:ied|ies|y|ying)|tribunals?|war\s+crimes\s+(?:case|charges?))(?![\p{L}])/iu;
