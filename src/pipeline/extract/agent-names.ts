/**
 * Capitalised names that the words around them show to be agents or things, not places — by principle,
 * not by a list of names: a person's title or role before ("Colonel X", "spokesman X", "named X"), a
 * person noun the name stands in apposition to ("a woman, X, was killed"), an age in brackets after
 * ("X (27)"), a verb of saying after ("Damascus says", "Ankara claimed": a government or organisation
 * speaking, "Al Jazeera has published a video": an outlet publishing) or before ("told al-Jazeera": whom
 * it was said to), or a weapon noun after ("Grad rockets", "Kornet missiles": a weapon's name).
 */
import { NOUNS } from "./casualties/victim-lexicon.js";
import { VERB_CLASSES } from "./lexicon/verb-classes.js";
import { testWhen } from "./regex-matches.js";

export type AgentShape = "person" | "speaker" | "weapon";

const TITLE_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sheikh|Sheik|Imam|Gen|General|Col|Colonel|Brig|Brigadier|Maj|Major|Capt|Captain|Lt|Lieutenant|Sgt|Sergeant|Cpl|Corporal|President|Minister|Prince|Emir|Commander|Judge)\.?|\b(?:commander|leader|spokes(?:man|woman|person)|official|activist|journalist|reporter|correspondent|photographer|aide|envoy|named|identified as|dubbed|nicknamed))\s+$/;

/** Singular person nouns of the victim lexicon ("woman", "child", "fighter", …). */
const PERSON_NOUNS = [...NOUNS.entries()]
  .filter(([w, info]) => !info.kind && !info.pronoun && !/s$|^(?:wo)?men$|^children$|^people$/.test(w))
  .map(([w]) => w);
/** A person's origin: "a woman from X", "displaced from X", "IDPs from X" (where they came from). */
const ORIGIN_RE = new RegExp(
  `\\b(?:(?:${PERSON_NOUNS.join("|")})s?|(?:wo)?men|children|persons|idps|displaced|refugees|people|residents|natives?)\\s+(?:originally\\s+)?from\\s+(?:the\\s+)?(?:(?:village|town|city|area)\\s+of\\s+)?$`,
  "iu",
);
/**
 * "be from X" tells where the subject comes from, whoever the subject is ("the fighter who was killed is
 * from X", "they were originally from X"): the copula leaves no other reading of "from".
 */
const COPULA_ORIGIN_RE =
  /\b(?:is|was|are|were|hails?|hailed)\s+(?:originally\s+)?from\s+(?:the\s+)?(?:(?:village|town|city|area)\s+of\s+)?$/i;
/**
 * Where a person lives: "a resident of X", "natives of X", "the two men were residents of X", "a man
 * who lived in X", "families living in X". Like an origin it describes the person, not where the attack
 * that hit them happened (a monitor names a victim by home town wherever the strike fell). A bare
 * plural "Residents of X woke to explosions" names the people at a scene instead, and is not one.
 */
const RESIDENCE_RE =
  /(?:\b(?:an?|one|is|was|are|were|being)\s+(?:[\p{L}-]+\s+)?(?:residents?|natives?|inhabitants?)\s+of|\bnatives?\s+of|\b(?:who|that)\s+(?:(?:has|have|had)\s+)?(?:lives?|lived|resides?|resided)\s+in|\b(?:living|residing)\s+in)\s+(?:the\s+)?(?:(?:village|town|city|area|camp)\s+of\s+)?$/iu;
/**
 * A word every match of RESIDENCE_RE holds (resident, native, inhabitant, live, reside), read with its
 * case rule: RESIDENCE_RE ends at the name ($), so V8 tries it at every character of the context, and
 * most contexts hold none of these words (testWhen).
 */
const RESIDENCE_NEEDS = /resid|nativ|inhabit|liv/iu;
/**
 * True when the text before a name ends with a person's origin or residence ("a woman from ", "he is
 * from ", "a resident of ", "who lived in ").
 */
export function isOriginBefore(before: string): boolean {
  if (testWhen(RESIDENCE_NEEDS, RESIDENCE_RE, before)) return true;
  return (
    /\bfrom\s+(?:the\s+)?(?:\w+\s+of\s+)?$/.test(before) &&
    (ORIGIN_RE.test(before) || COPULA_ORIGIN_RE.test(before))
  );
}
const APPOSITION_BEFORE = new RegExp(
  `\\b(?:a|an|the|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${PERSON_NOUNS.join("|")})\\b[^,;.:()]{0,70},\\s*$`,
  "iu",
);
/**
 * A role or rank noun in apposition: "al-Qaida's second in command in Syria, Abu X", "the group's
 * leader, X": the name is the person holding it.
 */
const ROLE_APPOSITION_BEFORE =
  /\b(?:commanders?|leaders?|aides?|members?|officials?|spokes(?:man|woman|person)|chiefs?|deputy|deputies|founders?|emirs?|governors?|mayors?|directors?|officers?|(?:second|third)[- ]in[- ]command)\b[^,;.:()]{0,50},\s*$/iu;
/** An age in brackets after the name, or after the rest of a full name ("A B Al C (14 years old)"). */
const AGE_AFTER =
  /^(?:\s+(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?|(?:al|el|bin|ibn|bint|abu)(?:-\p{Lu}[\p{L}'’]*)?)){0,5}\s*\(\s*\d{1,3}\s*(?:[Yy]rs?|[Yy]ears?(?:[- ]old)?)?\s*\)/u;
/**
 * An age in apposition between commas ("X, 28, was killed", "X, aged 28,", "X, 28 years old"): only a
 * person has one. A place's figures come with a noun ("X, 12 km north", "X, 7,000 people").
 */
const AGE_COMMA_AFTER = /^\s*,\s*(?:aged\s+)?\d{1,3}(?:\s*,|\s+(?:years?|months?)(?:[- ]old)?\b)/i;
/** A locative preposition right before the name: "in X, 3, and Y, 4" counts at places. */
const LOCATIVE_END = /\b(?:in|at|on|near|from|of|to|into|around|outside)\s+(?:the\s+)?$/i;
/** An age before the name ("28-year-old X", "30 year old X", "a two-month-old X"). */
const AGE_BEFORE = /(?<![\p{L}])(?:\d{1,3}|[a-z]+)[- ](?:years?|months?|weeks?|days?)[- ]old\s+$/iu;
/**
 * Relatives and associates, the closed set of English kinship terms and a few companions: a name
 * right after one is the relative ("his son X", "their daughter X", "wife X", "his colleague X"), a
 * name before "'s" and one is the one they are related to ("X's brother", "X and Y's daughter"), and so
 * is a name after one and "of" ("the grandchildren of X"). A place has no son or wife.
 */
const KIN =
  "(?:(?:great-)?grand)?(?:mothers?|fathers?|sons?|daughters?|parents|children|child)(?:-in-law)?|(?:step|half-)?(?:brothers?|sisters?|siblings?)(?:-in-law)?|wife|wives|husbands?|spouses?|widows?|widowers?|uncles?|aunts?|cousins?|nephews?|nieces?|fianc[eé]e?s?|colleagues?|friends?";
/**
 * Singular kin before a name, maybe after a comma and before the first words of a full name ("his son
 * X", "her late niece, X", "his wife A B Al X"); no plurals: "sons" may name a village's people.
 */
const KIN_BEFORE =
  /(?<![\p{L}])(?:(?:(?:great-)?grand)?(?:mother|father|son|daughter)(?:-in-law)?|(?:step|half-)?(?:brother|sister)(?:-in-law)?|wife|husband|widow|widower|uncle|aunt|cousin|nephew|niece|colleague|friend),?\s+(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?\s+){0,4}$/u;
/** Singular kin, or grandchildren, before "of" ("the wife of X"; not "the sons of X", a people). */
const KIN_OF_BEFORE =
  /(?<![\p{L}])(?:(?:great-)?grand)?(?:mother|father|son|daughter)(?:-in-law)?\s+of\s+$|(?<![\p{L}])(?:grandchild(?:ren)?|(?:step|half-)?(?:brother|sister)(?:-in-law)?|wife|husband|widow|widower|uncle|aunt|cousin|nephew|niece)\s+of\s+$/iu;
const KIN_POSSESSOR_AFTER = new RegExp(
  `^(?:\\s+and\\s+\\p{Lu}[\\p{L}'’-]*)?['’]s\\s+(?:(?:late|eldest|elder|youngest|younger|older|only|infant|baby|little|young|teenage|two|three|four|five|other|surviving)\\s+){0,2}(?:${KIN})(?![\\p{L}])`,
  "u",
);
/**
 * A given name followed by a patronymic particle and a name ("X bin Y", "X ibn al-Y"), or by more
 * names with a kunya inside ("X Ali Abu Y"): the name of a person.
 */
const PATRONYMIC_AFTER =
  /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:bin|ibn|bint|Abu|Abou)\s+(?:(?:al|el)-)?\p{Lu}/u;
/** A verb of saying or writing before the name that ends the clause ("…,” said X."): X is the speaker. */
const SAID_BEFORE = /(?:said|says|added|wrote|told|explained)\s+$/;
const CLAUSE_END_AFTER = /^\s*(?:[.,;:]|$)/;
const SPEECH_AFTER =
  /^(?:'s)?\s*(?:,[^,;.]{1,50},\s*)?(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?(?:said|says|told|tells|stated|states|added|adds|claimed|claims|announced|announces|accused|accuses|denied|denies|warned|warns|confirmed|confirms|stressed|stresses|condemned|condemns|blamed|blames|alleged|alleges|reported|reports|published|publishes|aired|airs|broadcast|broadcasts|posted|tweeted|quoted|cited|wrote|writes|shared|mourned|memorialized|memorialised|eulogized|eulogised|attributed)\b/;
/** A verb only a person is the subject of ("X was born", "X survived the strike"). */
const HUMAN_VERB_AFTER =
  /^\s+(?:(?:was|were)\s+(?:reportedly\s+)?born|(?:has\s+|had\s+)?survived|married|studied|(?:had\s+)?(?:worked|graduated))\b/;
/** An outlet named with its kind ("the Palestinian press agency X", "X news reported"). */
const OUTLET_BEFORE = /\b(?:press|news)\s+agency\s*[(,]?\s*$/i;
const OUTLET_AFTER = /^\s+(?:news|PS|agency)\b/;
/**
 * Whom something is said to or who relays it ("told al-Jazeera", "in an interview with X", "quoting X",
 * "reported by X"): a person or organisation.
 */
const ADDRESSEE_BEFORE =
  /\b(?:told|tells|telling|said\s+to|says\s+to|speaking\s+to|spoke\s+to|interview\s+with|according\s+to|quoting|(?:reported|published|aired|broadcast|posted|quoted|cited)\s+by)\s+(?:the\s+)?$/i;
/**
 * A name used attributively before what a media outlet makes ("the Al Jazeera video", "a SANA
 * correspondent"): the outlet, not a place (footage filmed at a place is "footage from X"). Not "posts"
 * or "crew": "the X posts" are military positions at X.
 */
const MEDIA_PRODUCT_AFTER =
  /^(?:'s)?\s+(?:videos?|footage|broadcasts?|reporters?|correspondents?|journalists?|cameraman|interviews?|articles?|tweets?|websites?|channels?|documentary)\b/;
/** "the nerve agent Sarin", "a toxic gas, chlorine": the name of a chemical agent, not a place. */
const AGENT_NOUN_BEFORE =
  /\b(?:nerve|chemical|toxic|blister|choking|poison(?:ous)?)\s+(?:agents?|gas(?:es)?|substances?|weapons?)\s*,?\s+$/i;
/**
 * Toxic chemicals by their common names (the Chemical Weapons Convention's schedules: nerve agents,
 * blister agents, choking agents): before the word "gas" or "agent", such a name is the agent ("the
 * Sarin gas attack"), even where a village bears it (Sarin, Aleppo), which "the village of X" names.
 */
const CHEMICAL_AGENT = /^(?:sarin|cyclosarin|soman|tabun|vx|novichok|mustard|lewisite|chlorine|phosgene)$/i;
const AGENT_USE_AFTER = /^\s+(?:nerve\s+)?(?:gas(?:es)?|agents?)\b/i;
const WEAPON_LEMMAS = Object.values(VERB_CLASSES.weaponNouns)
  .flatMap((c) => [...c.lemmas])
  .filter((l) => /^[a-z]{3,}$/.test(l));
const WEAPON_AFTER = new RegExp(
  `^\\s+(?:[A-Z0-9][\\w-]*\\s+)?(?:${WEAPON_LEMMAS.join("|")})(?:e?s)?\\b(?!\\s+(?:strikes?|attacks?|raids?|fire))`,
);

/**
 * Words one of which every match of the pattern holds, read with the same case rule: the patterns that
 * read the text before a name end at the name ($), so a scan tries them at every character for every
 * name, while a search for a word they need is quick and rules most names out.
 */
const TITLE_NEEDS =
  /Mr|Ms|Dr|Sheik|Imam|Gen|Col|Brig|Maj|Capt|Lt|Lieutenant|Sgt|Sergeant|Cpl|Corporal|President|Minister|Prince|Emir|Commander|Judge|commander|leader|spokes|official|activist|journalist|reporter|correspondent|photographer|aide|envoy|named|identified as|dubbed|nicknamed/;
const AGE_NEEDS = /old/i;
const KIN_NEEDS =
  /mother|father|son|daughter|brother|sister|wife|husband|widow|uncle|aunt|cousin|nephew|niece|colleague|friend|grandchild/i;
const SAID_NEEDS = /said|says|added|wrote|told|explained/;
const OUTLET_NEEDS = /agency/i;
const ADDRESSEE_NEEDS =
  /told|tells|telling|said|says|speaking|spoke|interview|according|quoting|reported|published|aired|broadcast|posted|quoted|cited/i;
const AGENT_NOUN_NEEDS = /agent|gas|substance|weapon/i;

/**
 * Evidence that a name is a person's from its relations in the sentence: an age, a relative, a
 * patronymic, a verb only persons are subjects of, or a clause of saying it closes.
 */
function personByRelation(before: string, after: string): boolean {
  return (
    (AGE_COMMA_AFTER.test(after) && !LOCATIVE_END.test(before)) ||
    testWhen(AGE_NEEDS, AGE_BEFORE, before) ||
    (KIN_NEEDS.test(before) && (KIN_BEFORE.test(before) || KIN_OF_BEFORE.test(before))) ||
    KIN_POSSESSOR_AFTER.test(after) ||
    PATRONYMIC_AFTER.test(after) ||
    HUMAN_VERB_AFTER.test(after) ||
    (CLAUSE_END_AFTER.test(after) && testWhen(SAID_NEEDS, SAID_BEFORE, before))
  );
}

/**
 * What the context says a name is, when it says it is not a place.
 * @param before the sentence text before the name (up to ~80 characters)
 * @param after the sentence text after the name (up to ~60 characters)
 * @param mention the name itself
 * @example agentShape("the regime's spokesman ", " said") // "person"
 */
export function agentShape(before: string, after: string, mention = ""): AgentShape | null {
  // The apposition pattern is long: try it only where a comma ends the text before.
  const apposition =
    /,\s*$/.test(before) && (APPOSITION_BEFORE.test(before) || ROLE_APPOSITION_BEFORE.test(before));
  if (
    testWhen(TITLE_NEEDS, TITLE_BEFORE, before) ||
    AGE_AFTER.test(after) ||
    apposition ||
    personByRelation(before, after)
  )
    return "person";
  if (
    SPEECH_AFTER.test(after) ||
    testWhen(ADDRESSEE_NEEDS, ADDRESSEE_BEFORE, before) ||
    MEDIA_PRODUCT_AFTER.test(after) ||
    testWhen(OUTLET_NEEDS, OUTLET_BEFORE, before) ||
    OUTLET_AFTER.test(after)
  )
    return "speaker";
  if (WEAPON_AFTER.test(after) || testWhen(AGENT_NOUN_NEEDS, AGENT_NOUN_BEFORE, before)) return "weapon";
  if (CHEMICAL_AGENT.test(mention) && AGENT_USE_AFTER.test(after)) return "weapon";
  return null;
}
