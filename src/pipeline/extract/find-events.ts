/**
 * Event triggers in a sentence: lexicon matches with absolute offsets, the event type they signal,
 * and their modality. Hypothetical wording ("threatened to shell", "could", "if") removes a trigger;
 * denials keep it with modality "denied"; drone or aircraft sightings ("reconnaissance drones flying
 * over") are not attacks.
 */
import type { EventTypeCode } from "../../domain/claim.js";
import { clauseEvents, instrumentType, subjectWeaponType } from "./clause-events.js";
import {
  AIRCRAFT_PATTERN,
  AVERTED_PATTERN,
  DENIAL_PATTERN,
  EVENT_TYPES,
  GROUND_DELIVERY_PATTERN,
  HYPOTHETICAL_PATTERN,
  MISSILE_DELIVERY_PATTERN,
  PERCEPTION_BEFORE_PATTERN,
  PERIOD_PATTERN,
  PERIODIC_SUMMARY_RE,
  REMNANT_PATTERN,
  SIGHTING_PATTERN,
  SUPPORT_BEFORE_PATTERN,
  TRIGGERS,
} from "./event-lexicon.js";
import { testWhen } from "./regex-matches.js";

export interface EventMention {
  type: EventTypeCode;
  start: number;
  end: number;
  text: string;
  modality: "reported" | "denied";
  /** Part of a period or campaign description ("since April", "months of bombardment"). */
  period: boolean;
  /** A past attack cited as background (set by refine-events), never an incident of the report. */
  background?: boolean;
  /**
   * A killing told without its means ("three civilians were killed in X"): an attack of its own only
   * when no attack told just before goes on in this sentence.
   */
  implicit?: boolean;
}

const COMPILED = TRIGGERS.map((t) => ({ ...t, re: new RegExp(`\\b(?:${t.pattern})(?![\\w-])`, "gi") }));
/**
 * Any trigger of the lexicon, as one pattern: more than half of the sentences hold none, and one scan
 * tells so where the entries took a scan each (a third of the triggers' matching time). Not built when
 * an entry refers back to a group (its number would change inside the union).
 */
const ANY_TRIGGER_RE = COMPILED.some((t) => /\\(?:[1-9]|k<)/.test(t.pattern))
  ? null
  : new RegExp(COMPILED.map((t) => t.re.source).join("|"), "i");
const AIRCRAFT_RE = new RegExp(`\\b(?:${AIRCRAFT_PATTERN})\\b`, "i");
// Whole words only: "mayor" or "May 2" are not the modal "may".
const HYPO_RE = new RegExp(`\\b(?:${HYPOTHETICAL_PATTERN})\\b(?!\\s+\\d)[^,;.]*$`, "i");
const DENIAL_RE = new RegExp(`(?:${DENIAL_PATTERN})`, "i");
const SIGHTING_RE = new RegExp(`(?:${SIGHTING_PATTERN})`, "i");
const PERIOD_RE = new RegExp(`(?:${PERIOD_PATTERN})`, "i");
const AVERTED_RE = new RegExp(AVERTED_PATTERN, "i");
const SUPPORT_RE = new RegExp(`(?:${SUPPORT_BEFORE_PATTERN})`, "i");
const PERCEPTION_RE = new RegExp(PERCEPTION_BEFORE_PATTERN, "i");
/**
 * A conditional clause opened by an inverted "were … to" ("Were regime forces to shell A, thousands
 * would flee"): what would happen, up to the clause's comma.
 */
const INVERTED_CONDITIONAL_RE = /^\W*were\s+(?:[\p{L}-]+\s+){1,3}to\s[^,;]*$/iu;
/**
 * An act not yet done (issue 8): the future ("will be shelled", "are going to attack", "is about to
 * storm", "are expected to bomb") right before the trigger, or an order or plea to end acts ("stop
 * shelling", "halt its bombing of", "an end to attacks on", "cease attacks", "refrain from targeting";
 * WordNet's verbs of stopping) whose object the trigger heads, an act feared, expected or not ruled out
 * ("fear another massacre", "have not ruled out further strikes"), or a negation ("did not hit", "never
 * shelled", "no shelling", "no reports of strikes", "was spared the bombardment"). None tells an attack
 * that happened.
 */
const UNREALISED_BEFORE_RE =
  /(?<![\p{L}'’])(?:(?:fear|expect|anticipate)(?:s|ed|ing)?\s+(?:a|an|another|further|more|new|renewed|fresh)\s+(?:[\p{L}-]+\s+)?|rul(?:e|es|ed|ing)\s+out\s+(?:(?:a|an|any|further|more|new|possible|fresh)\s+)?(?:[\p{L}-]+\s+)?|(?:(?:did|does|do|had|has|have|was|were|is|are)(?:n['’]t|\s+not)|never)\s+(?:(?:yet|been|also|even|actually)\s+)*|no\s+(?:(?:reports?|signs?|evidence|word|news|indications?)\s+of\s+(?:any\s+)?)?(?:(?:new|further|fresh|Russian|Turkish|regime|Israeli|air|artillery)\s+)?|spared\s+(?:from\s+)?(?:the|any)\s+(?:[\p{L}-]+\s+)?|(?:will|shall|won['’]t)\s+(?:(?:not|also|soon|again|likely|probably|now)\s+)?(?:be\s+)?|(?:is|are|was|were|am)\s+(?:(?:not|also|now)\s+)?(?:going|about|expected|likely|set|poised|due)\s+to\s+(?:be\s+)?|(?:stop|stops|stopped|stopping|halt|halts|halting|end|ending|cease|ceases|ceasing|refrain\s+from|refraining\s+from|(?:an|the)\s+end\s+to|a\s+halt\s+to|(?:the\s+)?(?:cessation|halting|ending)\s+of)\s+(?:(?:its|their|his|her|the|all|any|further|such|these|those|indiscriminate|deliberate)\s+){0,3}(?:[\p{L}-]+\s+)?)$/iu;
/**
 * A trigger the quantifier "any" determines ("any attack on A", "repel any assault", "any strikes on
 * civilians"): English's free-choice "any" names no particular act, so none is told.
 */
const ANY_DETERMINER_BEFORE_RE =
  /(?<![\p{L}])any\s+(?:(?:further|new|future|possible|military|ground|air|Turkish|Russian|Israeli)\s+){0,2}$/iu;
/**
 * An attack told only as expected: its noun phrase is the subject of a predicate of expectation ("an
 * attack on A was imminent", "a new offensive is expected") or of a modal ("an assault on A would kill
 * thousands"), the noun indefinite. A definite attack so qualified ("the attack could amount to a war
 * crime") is one that happened, judged.
 */
const EXPECTED_AFTER_RE =
  /^[^,;:.]*?\b(?:(?:is|was|are|were|seems?|seemed|appears?|appeared|looks?|looked|remains?|remained)\s+(?:now\s+|still\s+)?(?:imminent|expected|likely|looming|feared|planned|possible|probable|inevitable|unlikely|anticipated)|(?:would|could|might|will|may)\s+(?:not\s+|also\s+|likely\s+)?(?:kill|cause|lead|displace|force|trigger|result|leave|spark|provoke|endanger|threaten|be\s+(?:a|an|catastrophic|devastating|disastrous)))\b/iu;
const INDEFINITE_SUBJECT_BEFORE_RE =
  /(?:^|[.;:]\s*|\b(?:that|said|warned|feared?|fears)\s+)(?:an?|any|another|a\s+new|a\s+fresh|a\s+full-scale|a\s+major|a\s+ground)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A word every UNREALISED_BEFORE_RE match holds (testWhen). */
const UNREALISED_NEEDS =
  /will|shall|won|going|about|expected|likely|set|poised|due|stop|halt|end|cease|refrain|cessation|n['’]t|not|never|no|spared|fear|expect|anticipat|rul/iu;

/**
 * A subject trigger ("warplanes", "shells") whose verb is future or a modal of possibility ("warplanes
 * will bomb A", "jets are about to strike", "shells could hit A"); "may have hit", a hedged past, and
 * "would", also the past's future in narrative ("the shelling would last until noon"), are not.
 */
const FUTURE_VERB_AFTER_RE =
  /^\s+(?:(?:also|soon|then|now)\s+)?(?:will|shall|won['’]t|could|might|may|(?:is|are|was|were)\s+(?:(?:now|also)\s+)?(?:going|about|expected|likely|set|poised|due)\s+to)\s+(?!have\b)(?:[\p{L}-]+)/iu;
/**
 * The trigger's noun phrase (its of/on/in phrases, no verb of its own between) as the subject of an
 * aspectual or occurrence verb under a modal or "to" ("the bombing of A will continue", "attacks on
 * hospitals in A must stop", "expect the shelling of A to resume", "an attack on A cannot be ruled
 * out"): the kind of act is talked about, none is told. A past verb between ("the shelling of A
 * continued to intensify") is the phrase's own verb, and the act is told.
 */
const ASPECT_AFTER_RE =
  /^(?:\s+(?!(?:was|were|is|are|has|have|had|and|but|which|that|who|killing|killed)\b)(?![\p{L}'’-]+ed\b)[\p{L}'’-]+){0,6}?\s+(?:will|shall|must|cannot|can['’]t|won['’]t|could|might|may|to)\s+(?:not\s+)?(?:be\s+)?(?:continue|resume|stop|end|cease|go\s+on|happen|occur|recur|escalate|intensify|ruled\s+out)(?![\p{L}])/iu;
const ASPECT_NEEDS = /continue|resume|stop|end|cease|go\s+on|happen|occur|recur|escalate|intensify|ruled/iu;
const NEGATED_STOP_BEFORE_RE =
  /(?<![\p{L}])(?:n['’]t|not|never|without)\s+(?:(?:yet|even)\s+)?(?:stop|halt|end|cease)(?:s|ed|ped|ing|ping)?\s+(?:[\p{L}-]+\s+){0,3}$/iu;

function isUnrealised(sentence: string, s: number, e: number, before: string): boolean {
  const near = sentence.slice(Math.max(0, s - 70), s);
  // "did not stop shelling", "never ceased bombing": stopping negated, the act went on.
  if (testWhen(UNREALISED_NEEDS, UNREALISED_BEFORE_RE, near) && !NEGATED_STOP_BEFORE_RE.test(near))
    return true;
  if (ANY_DETERMINER_BEFORE_RE.test(before)) return true;
  if (FUTURE_VERB_AFTER_RE.test(sentence.slice(e, e + 60))) return true;
  if (testWhen(ASPECT_NEEDS, ASPECT_AFTER_RE, sentence.slice(e, e + 90))) return true;
  return INDEFINITE_SUBJECT_BEFORE_RE.test(before) && EXPECTED_AFTER_RE.test(sentence.slice(e));
}

/** Blasts heard are not blasts told ("woke to explosions"): only these bare words, never a named device. */
const HEARABLE_RE = /^(?:explosions?|blasts?|bangs?)$/i;
/** Averted devices never make explosion-type or massacre events of their sentence. */
const AVERTABLE = new Set<EventTypeCode>(["explosion", "landmine_erw", "massacre", "attack"]);
/**
 * "besieged" as a description ("the besieged town", "a town that was then besieged by X") is not a
 * siege event; only the active verb with an object ("forces besieged the town") is.
 */
const BESIEGED_DESCRIPTION_BEFORE_RE =
  /\b(?:the|a|an|in|of|into|was|were|is|are|been|being|remains?|remained|then|still|long|formerly|once|already)\s+$/i;
const BESIEGED_ACTIVE_AFTER_RE = /^\s+(?:the|a|an)\b/i;
/** Every word capitalised ("Chemical Weapons"): maybe part of an institution's or a treaty's name. */
const TITLE_CASE_RE = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;
/** "the Prohibition of", "Convention on", "Office for": a capitalised name goes on into the words. */
const NAME_HEAD_BEFORE_RE = /\p{Lu}[\p{L}-]+\s+(?:of|for|on|against)\s+(?:the\s+)?$/u;
/** "… Convention", "… Working Group", "… Act": the words qualify a capitalised institution or treaty. */
const NAME_TAIL_AFTER_RE =
  /^\s+(?:Convention|Treaty|Protocol|Act|Commission|Committee|Council|Working\s+Group|Group|Unit|Team|Programme|Program|Mission|Office|Agency|Organi[sz]ation|Fact-Finding)(?![\p{L}])/u;

/** "a video with the title “Airstrike against … near X”", "a post entitled '…'": inside a quoted title. */
const QUOTED_TITLE_BEFORE_RE =
  /(?<![\p{L}])(?:titled?|entitled|headlined?|headline|captioned|caption)\s*:?\s*["“‘'][^"”’']*$/iu;

/** The words of a quoted title name a work (a video, a post, an article), not an event the report tells. */
function inQuotedTitle(sentence: string, s: number): boolean {
  return QUOTED_TITLE_BEFORE_RE.test(sentence.slice(Math.max(0, s - 150), s));
}

/**
 * Words of an event inside the name of an institution or a treaty ("the Organisation for the
 * Prohibition of Chemical Weapons", "the Convention on Cluster Munitions", "the Chemical Weapons
 * Convention"): a name, not an event told.
 */
function inInstitutionName(sentence: string, s: number, e: number): boolean {
  if (!TITLE_CASE_RE.test(sentence.slice(s, e))) return false;
  return (
    NAME_HEAD_BEFORE_RE.test(sentence.slice(Math.max(0, s - 40), s)) ||
    NAME_TAIL_AFTER_RE.test(sentence.slice(e, e + 30))
  );
}
/** An averted-device phrase in the trigger's clause (before or after it, up to the next comma). */
function isAverted(sentence: string, s: number, e: number): boolean {
  const after = /^[^,;:]*/.exec(sentence.slice(e))?.[0] ?? "";
  const clause = `${clauseBefore(sentence, s)}${sentence.slice(s, e)}${after}`;
  return AVERTED_RE.test(clause);
}

const HARD_ATTACK_RE = /\b(?:struck|hit|killed|killing|bombed|targeted|fired|dropped|wounded|injured)\b/i;
const AIR_TYPES = new Set<EventTypeCode>(["air_strike", "drone_strike", "barrel_bomb"]);

/** The clause before `at` inside the sentence: back to the last comma, semicolon or colon. */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  return before.slice(cut + 1);
}

/**
 * A trigger that names only a weapon ("artillery", "howitzers", "rockets", "landmines", "missiles"), not
 * an act (shelling, a strike, an explosion): the weapon tells an attack only when its sentence tells it
 * used or its harm ("fired", "hit", "targeted", "killed", "wounded", "against", "fire"). Weapons
 * deployed, cleared, handed over or seen arriving are no attack.
 */
const WEAPON_ONLY_RE =
  /^(?:artillery|rockets|ATGMs?|mortars?|howitzers?|grads?|MLRS|smerch|uragan|katyushas?|TOS-1A?|tank (?:shells?|rounds?)|homemade shells|explosive cylinders|gas cylinders|hell cannon|rocket[- ]?launchers?|multiple[- ]rocket|surface[- ]to[- ]surface (?:missiles?|rockets?)|(?:ballistic |cruise |guided )?missiles?|landmines?|land mines?|unexploded (?:ordnance|munitions?|(?:cluster )?(?:sub-?munitions?|bomblets?))|(?:explosive )?remnants?(?: of war)?|grenades?|IEDs?|(?:improvised )?explosive (?:devices?|charges?)|shells)$/i;
/** Use or harm in a sentence: attack, impact and firing words, killing and injury words. */
const USE_OR_HARM_RE =
  /(?<![\p{L}])(?:attack(?:s|ed|ing)?|strik(?:e|es|ing)|struck|targe?t(?:s|ed|ing)?|hit(?:s|ting)?|fir(?:e|ed|es|ing)|launch(?:ed|es|ing)?|drop(?:ped|ping|s)?|pound(?:ed|ing|s)?|shell(?:ed|ing)|bomb(?:ed|ing|ard(?:ed|ing|ment)?)|explo(?:ded|des|ding|sions?)|blasts?|blew|detonat(?:ed|ing|ion)|went off|go(?:es)? off|f[ae]ll(?:s|ing|en)?|land(?:ed|ing|s)|slamm(?:ed|ing)|rain(?:ed|ing)|kill(?:ed|ing|s)?|died|dead|deaths?|martyr(?:ed|s)?|injur(?:ed|ing|y|ies)|wound(?:ed|ing|s)?|hurt|casualt(?:y|ies)|victims|destroy(?:ed|ing|s)?|damag(?:ed|ing|es?)|against|salvos?|barrages?|impact|used|using)(?![\p{L}])/iu;
/** "struck no targets", "fired no shells": the act is denied in the words right after it. */
const NO_OBJECT_AFTER_RE = /^\s+no\s/i;

/**
 * The object of an attack verb is an armed force's post or unit ("attacked a regime checkpoint",
 * "stormed army positions", "raided an SDF base"): ACLED codes a fight with an armed force as an armed
 * clash, not violence against civilians.
 */
const MILITARY_TARGET_AFTER_RE =
  /^\s+(?:(?:a|an|the|several|two|three|four|\d+)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:checkpoints?|positions|military\s+posts?|outposts?|(?:military|army)\s+bases?|barracks|patrols?|military\s+convoys?|army\s+convoys?|headquarters)(?![\p{L}])/iu;
const DRONE_RE = /\bdrones?\b/i;
/** A ground force heading the subject right before the verb ("regime forces", "Turkish troops", "the army"). */
const GROUND_FORCE_SUBJECT_RE =
  /(?<![\p{L}])(?:forces|troops|army|soldiers|militias?|militiamen|fighters|factions|units)\s+(?:(?:also|then|reportedly|heavily|again|have|has|had)\s+)*$/iu;
/** Natural forces that "pound" a place (weather, sea, quakes): their pounding is no attack. */
const NATURE_SUBJECT_RE =
  /\b(?:rains?|rainfall|downpours?|storms?|snow(?:storms?|fall)?|hail|winds?|gales?|waves?|floods?|floodwaters?|heat(?:waves?)?|sandstorms?|dust|quakes?|earthquakes?|tremors?|aftershocks?|weather)\b/i;
const AFTER_CLAUSE_RE = /^[^,;:.]*/;

/** "guns" heading a subject, right before its verb. */
const GUNS_SUBJECT_RE = /(?<![\p{L}-])guns?\s+(?:(?:also|reportedly|then)\s+)?$/iu;
/** Words that give "gun" its artillery sense (WordNet: artillery, heavy weapon, gun, ordnance). */
const ARTILLERY_GUN_RE =
  /(?<![\p{L}-])(?:heavy|field|artillery|naval|anti-?aircraft|tank|mountain|siege|self-propelled)\s+guns?\s+(?:(?:also|reportedly|then)\s+)?$/iu;

/**
 * The means of "opened fire" (WordNet open_fire: start firing a weapon) by the weapon heading its
 * subject: WordNet's artillery class (cannon, howitzer, mortar) shells, an aircraft strikes from the
 * air. "Gun" is both a firearm and an artillery piece; only a word of the artillery sense ("heavy guns",
 * "field guns") makes it one. A bomb does not open fire. Null when the subject names no weapon
 * (persons open fire with small arms: shooting).
 */
function firingWeaponType(before: string): EventTypeCode | null {
  const type = subjectWeaponType(before);
  if (!type || type === "explosion") return null;
  if (GUNS_SUBJECT_RE.test(before) && !ARTILLERY_GUN_RE.test(before)) return null;
  return type;
}

/**
 * The platform named in a generic trigger's clause ("Russian jets struck", "a drone believed to belong
 * to X also targeted", "strikes by warplanes") makes it an air or drone strike.
 */
function platformType(before: string, after: string): EventTypeCode | null {
  const clause = `${before} ${AFTER_CLAUSE_RE.exec(after)?.[0] ?? ""}`;
  // "Reconnaissance aircraft circled the area after the strike": a platform seen, not the one that struck.
  if (SIGHTING_RE.test(clause)) return null;
  if (DRONE_RE.test(clause)) return "drone_strike";
  if (AIRCRAFT_RE.test(clause)) return "air_strike";
  return null;
}

const REMNANT_RE = new RegExp(`\\b(?:${REMNANT_PATTERN})\\b`, "i");
const MISSILE_DELIVERY_RE = new RegExp(`\\b(?:${MISSILE_DELIVERY_PATTERN})\\b`, "i");
const GROUND_DELIVERY_RE = new RegExp(`\\b(?:${GROUND_DELIVERY_PATTERN})\\b`, "i");

/** The type a munition family's delivery gives in `text`, or null when it names none. */
function deliveryIn(text: string): EventTypeCode | null {
  if (REMNANT_RE.test(text)) return "landmine_erw";
  if (DRONE_RE.test(text) && !SIGHTING_RE.test(text)) return "drone_strike";
  if (AIRCRAFT_RE.test(text) || /\b(?:air[- ]?(?:dropped|strikes?|raids?)|airstrikes?|dropped)\b/i.test(text))
    return "air_strike";
  if (MISSILE_DELIVERY_RE.test(text)) return "missile_strike";
  if (GROUND_DELIVERY_RE.test(text)) return "shelling";
  return null;
}

/**
 * A munition family (cluster, incendiary, thermobaric) takes the type of its delivery: the trigger's
 * own words and clause first ("cluster rockets", "warplanes dropped cluster bombs"), then the sentence
 * ("rockets loaded with cluster munitions hit A"); a remnant going off later is landmine_erw.
 */
function deliveryType(sentence: string, s: number, e: number): EventTypeCode | null {
  const clause = `${clauseBefore(sentence, s)}${sentence.slice(s, e)}${AFTER_CLAUSE_RE.exec(sentence.slice(e))?.[0] ?? ""}`;
  return deliveryIn(clause) ?? deliveryIn(sentence);
}

const PERIOD_START_RE = new RegExp(`^\\W*(?:${PERIOD_PATTERN})`, "i");

/**
 * A perfect verb group ending at the trigger: "have been targeted", "has been witnessing successive",
 * or heading its clause, the trigger in its phrases ("have died in A in attacks": an active perfect too).
 */
const PERFECT_BEFORE_RE =
  /(?<![\p{L}])(?:has|have|had)\s+(?:been\s+(?:[\p{L}-]+\s+){0,3}|(?:[\p{L}-]+\s+){0,5})$/iu;
/**
 * A period's start after "since", "since then", or a length of time ("for weeks", "for the past three
 * days", "for a month"): with a perfect verb, the time the attacks span.
 */
const SINCE_RE = new RegExp(
  `(?:${PERIOD_PATTERN})|\\bsince\\s+(?:then|that\\s+(?:day|time|date))\\b|\\bfor\\s+(?:the\\s+(?:past|last)\\s+)?(?:(?:\\d+|a\\s+few|several|many|two|three|four|five|six|seven|eight|nine|ten)\\s+)?(?:days|weeks|months|years)\\b|\\bfor\\s+(?:a|the\\s+(?:past|last))\\s+(?:week|month|year)\\b`,
  "i",
);

/** A comma that goes on with a list of names ("on A, B and C"), not one that ends the clause. */
const LIST_COMMA_RE = /^,\s+(?=\p{Lu}|and\s)/u;

/**
 * The clause after a trigger, read through the commas of a list of names ("air strikes on A, B and C
 * since December"): a list's comma does not end the clause the trigger heads.
 */
function clauseAfterThroughLists(sentence: string, e: number): string {
  let end = e;
  for (;;) {
    end += AFTER_CLAUSE_RE.exec(sentence.slice(end))?.[0].length ?? 0;
    const comma = LIST_COMMA_RE.exec(sentence.slice(end));
    if (!comma) return sentence.slice(e, end);
    end += comma[0].length;
  }
}

/**
 * "since" as the start of a span: with a perfect verb it is time, whatever follows it ("since December",
 * "since the ceasefire collapsed", "since the start of the offensive"), unless it starts within the day
 * ("have been shelling A since dawn", "since early Monday", "since 6 a.m."): one day's attack.
 */
const SINCE_ANY_RE =
  /(?<![\p{L}])since\s+(?!(?:(?:early|late|the|this|last|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)*(?:dawn|daybreak|sunrise|morning|midnight|noon|afternoon|evening|night|hours|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m|o['’]clock|hrs))(?![\p{L}]))/iu;

/**
 * Frequency adverbs (WordNet: daily, nightly, regularly, routinely, frequently; "every day", "day after
 * day", "on a daily basis"): a trigger so qualified tells a habit of attacks, not one. "daily" before a
 * noun of publication or need ("its daily report", "daily bread") qualifies that noun.
 */
const FREQUENCY_RE =
  /(?<![\p{L}])(?:(?:almost|nearly|virtually)\s+)?(?:(?:daily|nightly)(?!\s+(?:reports?|briefings?|bulletins?|updates?|news|newsletters?|tall(?:y|ies)|lives?|life|needs|bread|wages?|work|routines?))|regularly|routinely|frequently|every\s+(?:single\s+)?(?:day|night)|day\s+after\s+day|on\s+a\s+(?:daily|nightly|regular)\s+basis)(?![\p{L}])/iu;
const FREQUENCY_BEFORE_RE = new RegExp(`${FREQUENCY_RE.source}\\s+(?:[\\p{L}-]+\\s+)?$`, "iu");
const FREQUENCY_AFTER_RE = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,4}?\\s+${FREQUENCY_RE.source}`, "iu");
/**
 * A word every frequency adverb holds, read with the same case rule: the adverb patterns open with a
 * lookbehind or a lazy run of words and are tried at every character, so most triggers' contexts, which
 * hold none of these words, are ruled out first (testWhen).
 */
const FREQUENCY_NEEDS = /daily|nightly|regular|routinely|frequently|every|day\s+after/iu;

/**
 * True when a frequency adverb qualifies the trigger: right before it (`before` ends at the trigger,
 * "shelled almost daily" has it after), or after it and its object (`after` starts at the trigger's end).
 * @example isFrequencyQualified("jets have ", " A every day") // true
 */
export function isFrequencyQualified(before: string, after: string): boolean {
  return (
    testWhen(FREQUENCY_NEEDS, FREQUENCY_BEFORE_RE, before) ||
    testWhen(FREQUENCY_NEEDS, FREQUENCY_AFTER_RE, after)
  );
}
/** A span after the day told ("in the following weeks", "over the coming days"). */
const FORWARD_SPAN_RE =
  /(?<![\p{L}])(?:in|over|during|throughout)\s+the\s+(?:following|coming|next|subsequent|ensuing)\s+(?:[\p{L}]+\s+)?(?:days|weeks|months|years)(?![\p{L}])/iu;
/** A day named in a clause: a weekday, a month's day, "yesterday", "today", "tonight". */
const CLAUSE_DAY_RE =
  /(?<![\p{L}])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\s+\d{1,2}(?!\d))(?![\p{L}])/iu;

/**
 * Period wording in the trigger's own clause, just after it, or opening the sentence; or a perfect verb
 * whose clause (read through a list of names) runs "since" a start or "for" a length of time ("X has been
 * targeted by Y since then", "have been witnessing successive shelling … since 2019", "Turkey has been
 * shelling X for weeks", "have been killed in air strikes on A, B and C since the offensive began"):
 * English tells a span of attacks so, not one attack.
 */
function isPeriod(sentence: string, s: number, e: number): boolean {
  const before = clauseBefore(sentence, s);
  if (PERIOD_RE.test(before) || PERIOD_RE.test(sentence.slice(e, e + 40)) || PERIOD_START_RE.test(sentence))
    return true;
  if (PERIODIC_SUMMARY_RE.test(sentence.slice(0, s))) return true;
  // "carried out strikes on A and B in the following weeks": a span after the day told, read through the
  // clause (a list of names may push it past the window above), unless the clause names its own day.
  const rest = clauseAfterThroughLists(sentence, e);
  if (FORWARD_SPAN_RE.test(rest) && !CLAUSE_DAY_RE.test(`${before}${sentence.slice(s, e)}${rest}`))
    return true;
  // "A is shelled almost daily", "jets bomb A every day", "daily shelling": a habit, unless the clause
  // names its day. The adverb must qualify the trigger: right before it, or after it and its object.
  if (isFrequencyQualified(sentence.slice(Math.max(0, s - 40), s), sentence.slice(e, e + 80))) {
    const clause = `${before}${sentence.slice(s, e)}${AFTER_CLAUSE_RE.exec(sentence.slice(e))?.[0] ?? ""}`;
    if (!CLAUSE_DAY_RE.test(clause)) return true;
  }
  if (!PERFECT_BEFORE_RE.test(before)) return false;
  const after = clauseAfterThroughLists(sentence, e);
  return SINCE_RE.test(after) || SINCE_ANY_RE.test(after);
}

/**
 * Event triggers of one sentence, in text order, without overlaps (the more specific lexicon entry
 * wins an overlap).
 * @param options.killings also read a killing told without its means (default true; the caller turns it
 *   off for sentences that name no place, where such a killing can make no claim)
 * @example findEvents("Regime forces shelled Kafr Nuran.", 0)  // [{ type: "shelling", ... }]
 */
export function findEvents(
  sentence: string,
  offset: number,
  options: { killings?: boolean } = {},
): EventMention[] {
  const hasAircraft = AIRCRAFT_RE.test(sentence);
  const taken: { start: number; end: number }[] = [];
  const found: EventMention[] = [];
  const triggers = ANY_TRIGGER_RE === null || ANY_TRIGGER_RE.test(sentence) ? COMPILED : [];
  for (const entry of triggers) {
    entry.re.lastIndex = 0;
    for (let m = entry.re.exec(sentence); m; m = entry.re.exec(sentence)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some((t) => s < t.end && e > t.start)) continue;
      taken.push({ start: s, end: e });
      let type = entry.type;
      const before = clauseBefore(sentence, s);
      // "A Turkish drone has bombed the town": the platform of the clause says which strike.
      if (entry.needsAircraft)
        type =
          platformType(before, sentence.slice(e, e + 40)) ??
          (hasAircraft ? entry.type : (entry.fallback ?? "attack"));
      if (entry.byDelivery) type = deliveryType(sentence, s, e) ?? entry.type;
      // "attacked a school with a combat drone": the instrument phrase of the clause names the means.
      // "A Sukhoi fired rockets at A", "a drone launched missiles": rockets from the air are an air strike.
      if ((type === "shelling" || type === "missile_strike") && WEAPON_ONLY_RE.test(m[0]))
        type = platformType(before, "") ?? type;
      // "A Russian rocket struck a house": the weapon heading the subject names the means.
      if (type === "attack")
        type =
          platformType(before, sentence.slice(e, e + 40)) ??
          instrumentType(sentence.slice(e)) ??
          subjectWeaponType(before) ??
          type;
      // "Russian cannons opened fire on A": opening fire is firing a weapon; the weapon heading the
      // subject says which (an artillery piece shells, small arms shoot).
      if (type === "shooting" && /^opened fire$/i.test(m[0])) type = firingWeaponType(before) ?? type;
      // "attacked a regime checkpoint", "stormed army positions": fighting an armed force is a battle (ACLED).
      if ((type === "attack" || type === "ground_attack") && MILITARY_TARGET_AFTER_RE.test(sentence.slice(e)))
        type = "armed_clash";
      if (HYPO_RE.test(before) || INVERTED_CONDITIONAL_RE.test(sentence.slice(0, s))) continue;
      if (isUnrealised(sentence, s, e, before)) continue;
      // "Regime forces pounded A": ground forces pound from afar, by artillery (a platform or an instrument
      // named in the clause has typed it already).
      if (type === "attack" && /^pound/i.test(m[0]) && GROUND_FORCE_SUBJECT_RE.test(before))
        type = "shelling";
      // "Heavy rain pounded A", "storms pounded the coast": weather pounds too; only an attack pounds here.
      if (/^pound/i.test(m[0]) && NATURE_SUBJECT_RE.test(before)) continue;
      // "deployed artillery to A", "cleared landmines near A": a weapon named, no attack told.
      if (WEAPON_ONLY_RE.test(m[0]) && !USE_OR_HARM_RE.test(sentence)) continue;
      if (NO_OBJECT_AFTER_RE.test(sentence.slice(e))) continue;
      if (inInstitutionName(sentence, s, e) || inQuotedTitle(sentence, s)) continue;
      if (AVERTABLE.has(type) && isAverted(sentence, s, e)) continue;
      // "Residents of A woke to explosions": a perception, not an attack told (the next sentence tells it).
      if (HEARABLE_RE.test(m[0]) && PERCEPTION_RE.test(sentence.slice(Math.max(0, s - 60), s))) continue;
      // "raided a house, backed by helicopters": the aircraft support a ground operation.
      if (AIR_TYPES.has(type) && SUPPORT_RE.test(sentence.slice(Math.max(0, s - 50), s))) continue;
      if (
        type === "siege_starvation" &&
        /^besieged$/i.test(m[0]) &&
        (BESIEGED_DESCRIPTION_BEFORE_RE.test(sentence.slice(0, s)) ||
          !BESIEGED_ACTIVE_AFTER_RE.test(sentence.slice(e)))
      )
        continue;
      if (AIR_TYPES.has(type) || /drone/i.test(m[0])) {
        const window = sentence.slice(Math.max(0, s - 40), Math.min(sentence.length, e + 40));
        if (SIGHTING_RE.test(window) && !HARD_ATTACK_RE.test(window)) continue;
      }
      found.push({
        type,
        start: offset + s,
        end: offset + e,
        text: m[0],
        modality: DENIAL_RE.test(before) ? "denied" : "reported",
        period: isPeriod(sentence, s, e),
      });
    }
  }
  // "Smerch launchers pounded A", "pounded A with barrel bombs": a "pounded" that names no means is the
  // act of the means its clause names, not a second event.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (!/^pound/i.test(f.text)) continue;
    const s = f.start - offset;
    const clauseStart = s - clauseBefore(sentence, s).length;
    const clauseEnd =
      f.end - offset + (AFTER_CLAUSE_RE.exec(sentence.slice(f.end - offset))?.[0].length ?? 0);
    if (found.some((o) => o !== f && o.start - offset >= clauseStart && o.end - offset <= clauseEnd))
      found.splice(i, 1);
  }
  // No phrase of the lexicon: read the clause (an attack verb with a weapon, through wink lemmas).
  if (found.length === 0) {
    for (const c of clauseEvents(sentence, options)) {
      const before = clauseBefore(sentence, c.start);
      if (HYPO_RE.test(before) || INVERTED_CONDITIONAL_RE.test(sentence.slice(0, c.start))) continue;
      if (isUnrealised(sentence, c.start, c.end, before)) continue;
      if (inQuotedTitle(sentence, c.start)) continue;
      // "its aircraft struck no targets": the act denied right after its verb.
      if (NO_OBJECT_AFTER_RE.test(sentence.slice(c.end))) continue;
      // "Russian jets pound A, killing five": the platform of the clause names the means of the killing.
      // A participle after a comma ("…, killing five") tells the act of the clause before it.
      const head =
        /,\s*$/.test(sentence.slice(0, c.start)) && /ing$/i.test(c.text)
          ? clauseBefore(sentence, sentence.slice(0, c.start).lastIndexOf(","))
          : "";
      const platform =
        c.type === "attack" ? platformType(`${head} ${before}`, sentence.slice(c.end, c.end + 40)) : null;
      found.push({
        type: platform ?? c.type,
        start: offset + c.start,
        end: offset + c.end,
        text: c.text,
        modality: DENIAL_RE.test(before) ? "denied" : "reported",
        period: isPeriod(sentence, c.start, c.end),
        ...(c.implicit && !platform ? { implicit: true } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The best event type among several (ACLED hierarchy; a means of violence beats a generic word). */
export function bestEventType(types: EventTypeCode[]): EventTypeCode {
  let best: EventTypeCode = "attack";
  let bestScore = -1;
  for (const t of types) {
    const info = EVENT_TYPES[t];
    const score = info.rank + (info.means ? 1000 : 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}
