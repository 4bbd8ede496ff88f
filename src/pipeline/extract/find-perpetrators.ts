/**
 * Actor mentions of a report classified by their role in the sentence: perpetrator (subject of an
 * attack verb, agent of a passive "by X", "regime artillery fire"), victim ("on regime armoured
 * vehicle", "among regime forces"), source of the report ("according to X", "X said", "SOHR activists
 * reported") or accused ("accused X of": a perpetrator with modality "alleged"). Monitors, outlets,
 * civil defence and UN bodies are never perpetrators. Unregistered armed groups ("the Islamic
 * factions", "gunmen") are found by a generic pattern and kept with actorId null.
 */
import type { ActorLookup, ActorRecord } from "../../domain/actors.js";
import { NOUNS } from "./casualties/victim-lexicon.js";
import { VERB_CLASSES } from "./lexicon/verb-classes.js";
import { matchesTwoCharsOrMore, testUnlessShort, testWhen } from "./regex-matches.js";

export type ActorRole = "perpetrator" | "victim" | "source" | "accused" | "descriptor" | "unknown";

export interface RoledActor {
  actor: ActorRecord | null;
  name: string;
  mention: string;
  start: number;
  end: number;
  role: ActorRole;
  /** A party telling its own attack ("HTS said its fighters shelled …"): the attacker and the source. */
  claimant?: true;
}

const NEVER_PERPETRATOR = new Set(["ngo_monitor", "news_outlet", "civil_defence", "un_body"]);
const SOURCE_BEFORE =
  /(?:\b(?:according to|cited by|quoting|reported by|documented by)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}|\b(?:said|told)\s+(?:the\s+)?)$/i;
const SOURCE_AFTER =
  /^(?:[’']s)?[”"’]?(?:\s+(?:activists?|sources?|correspondents?|spokesm[ae]n|spokesperson|officials?|network|media|cent(?:re|er)|office|monitor|members?|volunteers?|factions?|leaders?|commanders?|said|says))*(?:\s+(?:in|of|from)\s+(?:[\w-]+\s+){0,2}[\w-]+)?\s*,?\s*(?:said|says|reported|reports|documented|told|stated|announced|confirmed|claimed|added|noted|accused|identified|published|issued|have reported|has reported|have documented|has documented)\b/i;
/** "X denied that its jets struck …", "X denies shelling …": a denial answers an accusation against X. */
const DENIED_AFTER = /^(?:[’']s)?\s+(?:has\s+|had\s+|have\s+)?(?:denied|denies|deny)\b/i;
/** "X was accused of striking …", "X have been blamed for the shelling": X as the accused, passive. */
const ACCUSED_AFTER =
  /^\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|stands?|stood)\s+)(?:\w+\s+)?(?:accused\s+of|blamed\s+for)\b/i;
const ACCUSED_BEFORE = /\b(?:accused|accusing|accuse|blamed|blaming)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$/i;
const VICTIM_BEFORE =
  /\b(?:on|against|among|targeting|targeted|at|hit|hitting|killing|killed|wounding|injuring|shot dead|shot|shooting|ambushed|assassinated|abducted|kidnapped|neutrali[sz]ed|eliminated|(?:killing|death|deaths|injury|injuries|wounding|martyrdom|abduction|kidnapping|arrest) of|(?:members?|fighters?|soldiers?|troops|elements?|personnel|officers?|commanders?|recruits?|patrols?|checkpoints?|convoys?|positions?|vehicles?|ranks|headquarters|posts?) of)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:in|by|during|amid|from|with|after|under|when|while|as|because|where|which|who|before|since|and|but)\s)[\w’'-]+\s+){0,1}$/i;
/**
 * The owner or user of a target ("a depot used by X", "positions of X", "fighters from X", "a former
 * commander in X") is hit.
 */
const TARGET_OWNER_BEFORE =
  /\b(?:(?:depots?|warehouses?|bases?|sites?|facilit(?:y|ies)|airports?|headquarters|positions?|posts?|targets|outposts?|convoys?|vehicles?|barracks|camps?|homes?|houses?|members?|fighters?|soldiers?|elements?|personnel|officers?|commanders?|leaders?|cells?)\s+(?:used by|belonging to|run by|operated by|held by|of|from|in|within|affiliated (?:with|to)|linked to))\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,1}$/i;
/**
 * The actor stands inside the object of an active attack verb ("destroyed an SDF vehicle", "hit a car
 * carrying Syrian army soldiers"): it was hit. The object ends at punctuation, a conjunction, a relative
 * or subordinate word, a verb of saying or a preposition that opens another role ("by", "from", "with")
 * or a place ("in", "near"). Not after "shelling" or "bombing", most often nouns ("an exchange of
 * shelling between regime forces and factions": both sides fired).
 */
const IN_OBJECT_BEFORE =
  /\b(?:shelled|struck|hit|bombed|targeted|attacked|destroyed|pounded|raided|ambushed|downed|striking|hitting|targeting|attacking|destroying)\s+(?:(?!(?:by|from|with|between|and|or|but|while|as|after|before|when|where|which|who|that|said|says|according|amid|since|because|in|near|on|at|into|to|of|for)\s)[\w’'-]+\s+){0,5}$/i;
/**
 * Persons named by the group they belong to: "fighters belonging to X", "members of X", "gunmen
 * affiliated with X", "militants loyal to X". The group takes the role of the persons: hit when they
 * are hit, the attacker when they attack (MEMBERS_ATTACK_AFTER).
 */
const MEMBERS_OF_BEFORE =
  /\b(?:members?|fighters?|gunmen|militants?|militiamen|soldiers?|troops|elements?|personnel|officers?|commanders?|cells?|units?|recruits?)\s+(?:of|from|in|within|belonging\s+to|affiliated\s+(?:with|to)|linked\s+to|loyal\s+to|allied\s+(?:with|to))\s+(?:the\s+)?(?:[\w’'-]+\s+){0,1}$/i;
/** Regular English forms of a verb lemma: past ("shelled", "executed") and third person ("shells"). */
function finiteForms(lemma: string): string[] {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  return [`${stem}ed`, lemma.endsWith("sh") ? `${lemma}es` : `${lemma}s`];
}
/**
 * Finite active forms of WordNet's attack and killing verbs (lexicon/verb-classes.ts), with the
 * irregular pasts of strike, shoot and hit; lemmas of other senses (aim, occupy, surround, …) and the
 * figurative killing ones are left out, as KILL_ACTIVE leaves them out in find-casualties.ts.
 */
const ACTIVE_ATTACK_FORMS = [
  ...VERB_CLASSES.attackVerbs.lemmas.filter(
    (l) =>
      !/^(?:aim|circumvent|occupy|surround|surprise|besiege|beleaguer|poke|pop|pip|bust|thump|submarine|discharge|pelt|pepper|ram|crump|aggress|gas|launch|hit|strike|shoot)$/.test(
        l,
      ),
  ),
  ...VERB_CLASSES.killVerbs.lemmas.filter(
    (l) => !/^(?:erase|eradicate|decimate|stone|pip|vaporize|neutralise|annihilate)$/.test(l),
  ),
]
  .flatMap(finiteForms)
  .concat(["struck", "strikes", "shot", "shoots", "hit", "hits", "launched", "launches", "opened fire"])
  .join("|");
/**
 * An active attack or killing verb right after the group ("… of the SDF (YPG) also shelled", "… had
 * executed"): the persons the group names are the subject, so the group attacked. A passive ("were
 * killed") or a participle after a comma ("…, hit by a drone,") does not match.
 */
const MEMBERS_ATTACK_AFTER = new RegExp(
  `^(?:[’']s)?(?:\\s*\\([^()]{1,40}\\))?(?:\\s+(?:also|reportedly|allegedly|then|later|again|have|has|had))*\\s+(?:${ACTIVE_ATTACK_FORMS})(?![\\p{L}])`,
  "iu",
);
/**
 * A participle that a preposition or the end of its clause follows is a reduced passive, as headlines
 * write it ("Three soldiers of the army killed in clashes", "… shot dead by gunmen"): the persons were
 * hit. An active verb goes on to its object ("killed two civilians", "shelled the village").
 */
const REDUCED_PASSIVE_AFTER =
  /^(?:\s+(?:dead|down))?\s*(?:[,.;:!?]|$|(?:in|by|during|near|at|after|while|when|amid|inside|outside|on|since|as|overnight|yesterday|today)(?![\p{L}]))/iu;

/**
 * The group is the attacker when the persons it names are the subject of an active attack verb and
 * do not stand in a hit position themselves ("killed three members of X" is caught before).
 */
function membersAttacked(text: string, start: number, before: string, after: string): boolean {
  const m = MEMBERS_OF_BEFORE.exec(before);
  const verb = MEMBERS_ATTACK_AFTER.exec(after);
  if (!m || !verb) return false;
  // Only a past form may be a participle ("opened fire on", "shells" are finite).
  const participle = !/(?:opened fire|[^s]s)$/i.test(verb[0]);
  if (participle && REDUCED_PASSIVE_AFTER.test(after.slice(verb[0].length))) return false;
  const headStart = start - before.length + m.index;
  const preceding = text.slice(Math.max(0, headStart - 60), headStart);
  return !VICTIM_BEFORE.test(preceding) && !IN_OBJECT_BEFORE.test(preceding);
}

/** "cleared of terrorists", "liberated from X": the actor is the one driven out. */
const CLEARED_BEFORE = /\b(?:cleared of|free of|freed from|liberated from|purged of)\s+(?:the\s+)?$/i;
/** "X claimed responsibility for", "X claimed the killing": a claim of responsibility names the attacker. */
const CLAIM_AFTER =
  /^(?:[’']s)?\s*,?\s*(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|the\s+(?:attack|killing|bombing|assassination|operation|blast|explosion|ambush|shooting))/i;
/**
 * "said Turkish forces had shelled", "said regime forces also shelled", "said SDF fighters shelled": the
 * actor after "said" is the subject of the reported clause, its head noun (fighters, drones) or not.
 */
const REPORTED_SUBJECT_AFTER =
  /^\s+(?:(?:fighters|forces|troops|militias?|militants|members|units|cells|elements|gunmen|warplanes|jets|aircraft|helicopters|drones|artillery)\s+)?(?:(?:also|then|again|later|reportedly|now)\s+)?(?:had|has|have|were|was|is|are|would|carried|launched|shelled|struck|fired|bombed|attacked|killed|targeted|hit|"|“)/i;
/** Verbs of a party telling what it did ("said", "announced"). */
const SELF_SPEECH = "said|says|announced|announces|stated|states|claimed|claims|confirmed|confirms";
/** Words a party's own attack is told with after "it", "its forces", "they". */
const OWN_ATTACK =
  "shelled|struck|bombed|hit|targeted|attacked|destroyed|fired|launched|carried out|conducted|raided|pounded";
/**
 * A party tells its own attack: "HTS said its fighters shelled …", "the SDF said it had shelled …", "the
 * Israeli military said its jets struck …" (after a speaker noun: "X's media office said …"). The
 * speaker is the attacker; it is also the claim's source.
 */
const SELF_CLAIM_AFTER = new RegExp(
  `^(?:[’']s)?(?:\\s+(?:defen[cs]e\\s+ministry|ministry\\s+of\\s+(?:national\\s+)?defen[cs]e|media\\s+office|press\\s+office|spokes(?:man|woman|person)|command|military|army|forces))?\\s*,?\\s+(?:${SELF_SPEECH})\\s+(?:in\\s+a\\s+statement\\s+)?(?:that\\s+)?(?:(?:it|they)\\s+|(?:its|their)\\s+(?:[\\w-]+\\s+){1,2}?)(?:had\\s+|has\\s+|have\\s+)?(?:${OWN_ATTACK})\\b`,
  "i",
);
const isSelfClaim = (text: string, end: number) => SELF_CLAIM_AFTER.test(text.slice(end, end + 120));
/** "unknown gunmen", "unidentified assailants": the text says the attacker is not known. */
const UNKNOWN_RE = /^(?:unknown|unidentified|anonymous)\b/i;
const AGENT_BEFORE = /\b(?:by|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$/i;
const GENERIC_RE =
  /\b(?:factions\s+of\s+(?:the\s+)?["“]?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}["”]?(?:\s+operations\s+room)?|(?:the\s+)?(?:[A-Z][\w-]+\s+|armed\s+|opposition\s+|rebel\s+|jihadist\s+|unknown\s+|unidentified\s+|extremist\s+)+(?:factions|rebels|militants|gunmen|jihadists|insurgents|fighters|militias|groups)|(?:armed|opposition|rebel|jihadist|unknown|unidentified)\s+(?:factions|groups|gunmen|militants|fighters)|terrorist\s+(?:groups|organi[sz]ations|factions|cells|gangs)|gunmen|insurgents|rebels|jihadists|terrorists)\b/g;

/** "rebel enclave", "government-held areas": the actor names a territory, not an attacker. */
const DESCRIPTOR_AFTER =
  /^[-\s]*(?:enclave|stronghold|bastion|pocket|held|controlled|territory|territories|areas?|side|affiliated|linked|aligned|run|owned|funded|sponsored|allied)\b/i;
const ORIGIN_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/**
 * "areas controlled by X", "a village held by X", "controlled by factions of the Turkish-backed X", "areas
 * under the control of X and Y": X holds the territory; it is not the attacker.
 */
const CONTROLLER_BEFORE =
  /\b(?:(?:controlled|held|run|administered|governed|dominated|occupied)\s+by|under\s+(?:the\s+)?(?:control|rule)\s+of)\s+(?:the\s+)?(?:(?!(?:by|or|while|which|who|with|as)\s)[\w’'-]+\s+){0,4}$/i;

/**
 * "the shells were fired from areas held by X", "rockets launched from positions of X", "fire coming
 * from areas holding X": the territory the fire came from is X's, so X fired.
 */
const FIRE_ORIGIN_BEFORE =
  /\b(?:fired|launched|came|coming|originated|originating|fire|shells?|rockets?|missiles?)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:areas?|positions?|territor(?:y|ies)|regions?|sites?|bases?|points?)\s+(?:(?:controlled|held|run|occupied)\s+by|under\s+(?:the\s+)?control\s+of|holding|of|where)\s+(?:the\s+)?(?:(?!(?:by|or|while|which|who|with|as)\s)[\w’'-]+\s+){0,3}$/i;

/**
 * The actor modifies an attack or weapon noun ("regime shelling", "Turkish drone strike", "Russian
 * warplanes", "government forces' artillery"): it names who attacked, wherever the phrase stands —
 * unless the phrase is the object of a verb or preposition ("destroyed a regime tank", "attack on a
 * regime convoy"), when the actor's weapon was hit.
 */
const ATTRIBUTIVE_AFTER =
  /^(?:[’']s?)?\s+(?:(?:forces|army|military|troops)[’']?\s+)?(?:[\w-]+\s+)?(?:shelling|shells?|strikes?|airstrikes?|bombardment|bombing|fire|attacks?|raids?|artillery|warplanes?|jets?|aircraft|helicopters?|drones?|missiles?|rockets?|tanks?|mortars?|snipers?|gunboats?)\b/i;
/** A mention that ends with an attack noun ("Turkish shelling", "Russian airstrikes"). */
const ATTACK_MENTION =
  /\s(?:shelling|strikes?|airstrikes?|air\s+strikes?|raids?|bombardment|bombing|attacks?)$/i;
/**
 * A verb that reports, records or judges the attack its object names ("reported Russian airstrikes",
 * "documented regime shelling"): the attack is what was told, not what was hit.
 */
const REPORTED_BEFORE =
  /\b(?:reported|documented|recorded|monitored|observed|witnessed|filmed|confirmed|verified|investigated|condemned|described|noted|saw|heard)\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?$/i;
const OBJECT_BEFORE =
  /\b(?:\w+ed|hit|shot|struck|downed|took|seized|on|at|against|targeting|hitting|destroying)\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?$/i;

/**
 * A hedge right before the actor ("suspected Israeli strikes", "warplanes believed to be Russian", "a
 * drone, likely Turkish,"): the attribution is an allegation, and it keeps that hedge.
 */
const HEDGE_BEFORE =
  /(?<![\p{L}])(?:(?:believed|thought|said|suspected|likely|alleged)\s+to\s+(?:be|belong\s+to|have\s+been)(?:\s+(?:operated|flown|launched|fired|sent|carried\s+out)\s+by)?\s+(?:the\s+)?|(?:suspected|alleged(?:ly)?|apparent(?:ly)?|presumed|purported(?:ly)?|possibly|probably|likely)\s+)$/iu;

/**
 * Words HEDGE_BEFORE and FIRE_ORIGIN_BEFORE cannot match without (same flags), tested first: both end
 * at the actor and are tried at every character before it. Keep them in step when a pattern changes.
 */
const HEDGE_NEEDS =
  /to\s+(?:be|have)|suspected|alleged|apparent|presumed|purported|possibly|probably|likely/iu;
const FIRE_ORIGIN_NEEDS = /from/i;

function classify(
  text: string,
  start: number,
  end: number,
  actor: ActorRecord | null,
  attributive = false,
): ActorRole {
  const near = text.slice(Math.max(0, start - 60), start);
  const hedge = HEDGE_NEEDS.test(near) ? HEDGE_BEFORE.exec(near) : null;
  const role = classifyPlain(text, start, end, actor, attributive, hedge ? near.slice(0, hedge.index) : near);
  return hedge && role === "perpetrator" ? "accused" : role;
}

/** An article ending the text before a name ("of al-" in "of al-Sultan Murad"). */
const ARTICLE_END_RE = matchesTwoCharsOrMore(/(?<![\p{L}])(?:al|el)-$/iu);

function classifyPlain(
  text: string,
  start: number,
  end: number,
  actor: ActorRecord | null,
  attributive: boolean,
  near: string,
): ActorRole {
  // "of al-Sultan Murad": the article glued to a name the registry holds without it is read as before.
  const before = testUnlessShort(ARTICLE_END_RE, near) ? near.replace(ARTICLE_END_RE, "") : near;
  const after = text.slice(end, end + 60);
  // "fire from government-controlled territory" names the origin of fire: the attacker.
  if (DESCRIPTOR_AFTER.test(after) && !ORIGIN_BEFORE.test(before)) return "descriptor";
  // Monitors, outlets and rescuers report attacks; "accusing the White Helmets of staging" does not
  // make rescuers attackers.
  if (actor && NEVER_PERPETRATOR.has(actor.kind)) return "source";
  if (actor?.protectedRole) return "victim";
  if (!actor && UNKNOWN_RE.test(text.slice(start, end))) return "unknown";
  if (ACCUSED_BEFORE.test(before) || DENIED_AFTER.test(after) || ACCUSED_AFTER.test(after)) return "accused";
  if (CLAIM_AFTER.test(after)) return "perpetrator";
  if (testWhen(FIRE_ORIGIN_NEEDS, FIRE_ORIGIN_BEFORE, before)) return "perpetrator";
  if (CLEARED_BEFORE.test(before) || CONTROLLER_BEFORE.test(before)) return "descriptor";
  if (membersAttacked(text, start, before, after)) return "perpetrator";
  if (TARGET_OWNER_BEFORE.test(before)) return "victim";
  if (isSelfClaim(text, end)) return "perpetrator";
  if (SOURCE_AFTER.test(after)) return "source";
  if (SOURCE_BEFORE.test(before) && !REPORTED_SUBJECT_AFTER.test(after)) return "source";
  // "killed in Turkish shelling": the mention itself names an attack by the actor.
  if (attributive || ATTRIBUTIVE_AFTER.test(after) || ATTACK_MENTION.test(text.slice(start, end)))
    return OBJECT_BEFORE.test(before) && !REPORTED_BEFORE.test(before) ? "victim" : "perpetrator";
  if (AGENT_BEFORE.test(before)) return "perpetrator";
  if (VICTIM_BEFORE.test(before) || IN_OBJECT_BEFORE.test(before)) return "victim";
  return "perpetrator";
}

/** An attack verb right after the actor: "Regime forces shell A", "Turkish drone kills two". */
const ATTACK_VERB_AFTER =
  /^(?:[’']s?)?\s+(?:[\w-]+\s+)?(?:shell(?:s|ed)?|strikes?|struck|bomb(?:s|ed)?|targets?|targeted|hits?|attacks?|attacked|kills?|killed|pounds?|pounded|fires?|fired|launch(?:es|ed)?|raids?|raided)\b/i;

/**
 * True when the words around a perpetrator mention say outright that it attacked: the mention names an
 * attack or weapon ("Turkish shelling", "regime helicopters"), an attack verb follows it, or it is the
 * agent of "by X". A headline's actor needs such a sign (its role otherwise defaults to attacker).
 */
export function saysAttacker(text: string, a: RoledActor): boolean {
  if (a.role !== "perpetrator" && a.role !== "accused") return false;
  const before = text.slice(Math.max(0, a.start - 60), a.start);
  const after = text.slice(a.end, a.end + 60);
  return (
    ATTACK_MENTION.test(a.mention) ||
    ATTRIBUTIVE_AFTER.test(after) ||
    ATTACK_VERB_AFTER.test(after) ||
    AGENT_BEFORE.test(before) ||
    PLATFORM_END_RE.test(a.mention)
  );
}

const PLATFORM =
  "artillery|warplanes?|war planes?|jets?|aircraft|helicopters?|drones?|planes?|tanks?|troops|gunboats?|missiles?|rockets?|shells?|snipers?|enemy|occupation";
/** A mention ending with a weapon or platform ("Russian warplanes"); built once, not at every call. */
const PLATFORM_END_RE = new RegExp(`\\b(?:${PLATFORM})$`, "i");
/** Each alternative of a pattern in lower case or capitalised, as in a headline ("Government Shelling"). */
function titleOrLower(alternatives: string): string {
  return alternatives.replace(
    /(^|\|)([a-z])/g,
    (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`,
  );
}
/**
 * Every weapon noun of the WordNet weapon classes (lexicon/verb-classes.ts: howitzer, mortar, cannon,
 * rocket, bomb, rifle, …), singular or plural, that names no person ("fighter" is one): "Turkish
 * howitzers opened fire", "a Russian rocket struck" name the attacker by the adjective of the weapon.
 */
const WEAPON_NOUNS = [
  ...new Set(Object.values(VERB_CLASSES.weaponNouns).flatMap((c) => c.lemmas as readonly string[])),
]
  .filter((l) => /^[a-z]{4,}$/.test(l) && !NOUNS.has(l))
  .sort((a, b) => b.length - a.length)
  .map((l) => `${l}(?:e?s)?`)
  .join("|");
/** A weapon noun alone, found first: the word before it is then read as PLATFORM_RE reads one. */
const WEAPON_NOUN_RE = new RegExp(`\\b(?:${WEAPON_NOUNS})\\b`, "giu");
/** The word right before a weapon noun ("Turkish " in "Turkish howitzers"). */
const WORD_BEFORE_RE = /\b([A-Z][\p{L}-]+|[a-z][a-z-]+)\s+$/u;
/** Attack nouns an attacker's adjective may qualify ("Government Shelling", "Turkish bombardment"). */
const ATTACK_NOUNS = "shelling|bombardment|bombing|strikes?|airstrikes?|attacks?|raids?";
/**
 * "Government artillery", "Turkish drones", "Syria Government Shelling", "coalition aircraft": an
 * attacker named by the adjective of its weapon or of its attack (a lower-case word too, when
 * "<word> forces" names an actor).
 */
const PLATFORM_RE = new RegExp(
  `\\b([A-Z][\\p{L}-]+|[a-z][a-z-]+)\\s+(?:${titleOrLower(`${PLATFORM}|${ATTACK_NOUNS}`)})\\b`,
  "gu",
);
/** "warplanes believed to be Russian", "a drone thought to belong to government forces". */
const BELIEVED_RE = new RegExp(
  `\\b(?:${PLATFORM})\\s+(?:(?:was|were)\\s+)?(?:believed|thought|said|likely|suspected)\\s+to\\s+(?:be|belong\\s+to)\\s+(?:the\\s+)?([A-Z][\\p{L}-]+|government|regime)`,
  "giu",
);

/** "a drone, likely Turkish, struck …": the platform's hedged adjective in apposition. */
const LIKELY_RE = new RegExp(
  `\\b(?:${PLATFORM})\\s*,?\\s+(?:(?:most\\s+)?(?:likely|probably|possibly|apparently|presumably)|(?:said|believed|thought|reported)\\s+to\\s+be(?:\\s+an?)?)\\s+([A-Z][\\p{L}-]+|government|regime)`,
  "giu",
);

/** Attack verbs after which "by X" is the agent, and which X may be the subject of. */
const ATTACK_VERBS =
  "attacked|targeted|struck|hit|shelled|bombed|bombarded|pounded|raided|carried out|launched|conducted|fired";
/**
 * "the first target attacked by Turkey", "a strike carried out by Israel", "the bombing by the United
 * States": a state as the agent.
 */
const STATE_AGENT_RE = new RegExp(
  `\\b(?:${ATTACK_VERBS}|bombing|shelling|strikes?|airstrikes?|attacks?|raids?)\\s+(?:[\\w-]+\\s+){0,3}?by\\s+(?:the\\s+)?([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?)`,
  "gu",
);
/**
 * "The Turkish defence ministry said its drones struck …": a state's ministry telling its own attack
 * names the state's forces.
 */
const STATE_MINISTRY_RE =
  /\b([A-Z][\p{L}-]+)(?=\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e)\b)/gu;
/** "Israel struck …", "Turkey has shelled …": a state as the subject of an attack verb. */
const STATE_SUBJECT_RE = new RegExp(
  `\\b([A-Z][\\p{L}-]+)\\s+(?:(?:has|had|have|also|then|reportedly)\\s+)?(?:${ATTACK_VERBS}|shells|strikes|bombs|attacks|targets|hits|pounds)\\b`,
  "gu",
);
/**
 * "accused Israel of striking …", "blamed Turkey for the shelling", "Russia denied that its jets struck
 * …", "Israel was accused of striking …": a state as the accused attacker.
 */
const STATE_ACCUSED_RE =
  /\b(?:(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?:the\s+)?([A-Z][\p{L}-]+)\s+(?:of|for)\b|([A-Z][\p{L}-]+)(?=\s+(?:has\s+|had\s+)?(?:denied|denies)\b|\s+(?:was|is|has\s+been|had\s+been|stands|stood)\s+(?:\w+\s+)?(?:accused|blamed)\s+(?:of|for)\b))/gu;
const STATE_KINDS = new Set(["state_force", "foreign_state_force"]);

/**
 * The actor an adjective alone names, looked up as "<adjective> forces" ("Government" → government
 * forces, "Russian" → Russia's forces); none when the lookup finds only a later part of the phrase.
 */
function adjectiveActor(word: string, actors: ActorLookup, onDate: string | null) {
  const hit = actors.findActors(`${word} forces`, onDate)[0];
  return hit && hit.start === 0 ? hit.actor : undefined;
}

/**
 * Words without which a pattern cannot match, tested first with the same case rules: a scan tries each
 * pattern at every character of the whole text, while few texts hold these words. "(be)lieved",
 * "thought", "said", "likely", "suspected" end in ed/ht/id/ly; every hedge of LIKELY_RE ends in "ly" or
 * is "… to be". Keep them in step when a pattern changes.
 */
const PLATFORM_NEEDS = new Map<RegExp, RegExp>([
  [BELIEVED_RE, /(?:ed|ht|id|ly)\s+to\s+be/iu],
  [LIKELY_RE, /ly\s|\sto\s+be/iu],
  [STATE_ACCUSED_RE, /accus|blam|denie/u],
  [STATE_MINISTRY_RE, /ministry/u],
]);

/**
 * Attackers named through their weapon or platform whose adjective alone the registry does not hold:
 * the adjective is looked up as "<adjective> forces" ("Government artillery" → government forces). A
 * state named alone as the agent or subject of an attack verb ("attacked by Turkey", "Israel struck")
 * or as the accused ("accused Israel of striking") is looked up the same way and kept only when that
 * names a state's forces.
 */
function platformActors(
  text: string,
  actors: ActorLookup,
  onDate: string | null,
): Omit<RoledActor, "role">[] {
  const out: Omit<RoledActor, "role">[] = [];
  const states = [STATE_AGENT_RE, STATE_SUBJECT_RE, STATE_ACCUSED_RE, STATE_MINISTRY_RE];
  for (const re of [PLATFORM_RE, BELIEVED_RE, LIKELY_RE, ...states]) {
    if (PLATFORM_NEEDS.get(re)?.test(text) === false) continue;
    re.lastIndex = 0;
    const state = states.includes(re);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[1] ?? m[2] ?? "";
      const actor = adjectiveActor(word, actors, onDate);
      if (!actor || (state && !STATE_KINDS.has(actor.kind))) continue;
      if (re === STATE_MINISTRY_RE && !isSelfClaim(text, m.index + word.length)) continue;
      if (state) {
        const start =
          re === STATE_SUBJECT_RE || re === STATE_MINISTRY_RE ? m.index : m.index + m[0].lastIndexOf(word);
        out.push({ actor, name: actor.name, mention: word, start, end: start + word.length });
        continue;
      }
      const start = re === PLATFORM_RE ? m.index : m.index + m[0].length - word.length;
      const end = re === PLATFORM_RE ? m.index + m[0].length : m.index + m[0].length;
      out.push({ actor, name: actor.name, mention: text.slice(start, end), start, end });
    }
  }
  // "Turkish howitzers", "regime mortars": the adjective before any weapon noun of the WordNet classes
  // (the weapon nouns are matched first: one pattern of them tried before every word was slow).
  WEAPON_NOUN_RE.lastIndex = 0;
  for (let m = WEAPON_NOUN_RE.exec(text); m; m = WEAPON_NOUN_RE.exec(text)) {
    const w = WORD_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!w) continue;
    const actor = adjectiveActor(w[1]!, actors, onDate);
    if (!actor) continue;
    const start = m.index - w[0].length;
    const end = m.index + m[0].length;
    if (out.some((o) => o.start === start && o.end === end)) continue;
    out.push({ actor, name: actor.name, mention: text.slice(start, end), start, end });
  }
  return out;
}

/**
 * Every actor mention in `text` with its role. Registry mentions come first; generic group phrases
 * fill gaps where no registered actor was found.
 * @example findRoledActors("Regime forces shelled X, SOHR said.", actors, null)  // regime: perpetrator, SOHR: source
 */
export function findRoledActors(text: string, actors: ActorLookup, onDate: string | null): RoledActor[] {
  const out: RoledActor[] = [];
  for (const m of actors.findActors(text, onDate)) {
    out.push({
      actor: m.actor,
      name: m.actor.name,
      mention: m.mention,
      start: m.start,
      end: m.end,
      role: classify(text, m.start, m.end, m.actor),
    });
  }
  for (const found of platformActors(text, actors, onDate)) {
    if (out.some((a) => found.start < a.end && found.end > a.start)) continue;
    out.push({ ...found, role: classify(text, found.start, found.end, found.actor, true) });
  }
  coordinatedAttackers(text, out, actors, onDate);
  for (const a of out) if (a.role === "perpetrator" && isSelfClaim(text, a.end)) a.claimant = true;
  GENERIC_RE.lastIndex = 0;
  for (let g = GENERIC_RE.exec(text); g; g = GENERIC_RE.exec(text)) {
    const start = g.index + (/^the\s+/i.exec(g[0])?.[0].length ?? 0);
    const end = g.index + g[0].length;
    if (out.some((a) => start < a.end && end > a.start)) continue;
    const mention = text.slice(start, end);
    out.push({ actor: null, name: mention, mention, start, end, role: classify(text, start, end, null) });
  }
  return withAcronymRoles(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}

/** "Russian or ", "regime and ": an attacker's word coordinated before another attacker's mention. */
const COORDINATED_BEFORE = /(?<![\p{L}-])([A-Z][\p{L}-]+|government|regime)\s+(or|and)\s+$/u;

const PATRON_BEFORE =
  /\b(?:loyal to|backed by|allied (?:to|with)|affiliated (?:to|with)|supported by|funded by)\s+(?:the\s+)?$/i;

/**
 * "Russian or Syrian warplanes", "the Russian or Syrian air force", "regime and Russian jets": both
 * attackers share the weapon or force named after the second. "and" names both; "or" says the source
 * does not know which, so each is an allegation. The pair takes the role the whole phrase has
 * ("destroyed a regime or Russian tank": both were hit), unless it names the backers of another
 * group. Mutates `out`.
 */
function coordinatedAttackers(
  text: string,
  out: RoledActor[],
  actors: ActorLookup,
  onDate: string | null,
): void {
  for (const second of [...out]) {
    if (!second.actor || !saysAttacker(text, second)) continue;
    const before = text.slice(Math.max(0, second.start - 40), second.start);
    const m = COORDINATED_BEFORE.exec(before);
    if (!m) continue;
    // "militiamen loyal to Russian and regime forces": the pair backs the attacker it follows.
    if (PATRON_BEFORE.test(before.slice(0, m.index))) continue;
    const wordStart = second.start - before.length + m.index;
    const wordEnd = wordStart + (m[1] ?? "").length;
    let first = out.find((a) => a.actor && a.end === wordEnd && a.start <= wordStart);
    if (!first) {
      const actor = adjectiveActor(m[1] ?? "", actors, onDate);
      if (!actor || out.some((a) => wordStart < a.end && wordEnd > a.start)) continue;
      const mention = text.slice(wordStart, wordEnd);
      first = {
        actor,
        name: actor.name,
        mention,
        start: wordStart,
        end: wordEnd,
        role: "perpetrator",
      };
      out.push(first);
    }
    if (first.actor?.id === second.actor.id) continue;
    const whole = classify(text, first.start, second.end, second.actor, true);
    const role = m[2] === "or" && whole === "perpetrator" ? "accused" : whole;
    first.role = role;
    second.role = role;
  }
}

/**
 * An acronym in parentheses right after a name ("the People's Protection Units (YPG)") is that name
 * again: it takes the name's role.
 */
function withAcronymRoles(text: string, sorted: RoledActor[]): RoledActor[] {
  return sorted.map((a, i) => {
    const prev = sorted[i - 1];
    if (!prev || !/^\s*\($/.test(text.slice(prev.end, a.start)) || text[a.end] !== ")") return a;
    return a.role === prev.role ? a : { ...a, role: prev.role };
  });
}

/**
 * Perpetrators of one clause: primary for the first named attacker and for attackers joined with a
 * plain "and"; "alleged_assoc" for allies named alongside ("the Assad regime and its Russian and
 * Iranian allies", "backed by").
 */
export function perpetratorsIn(
  text: string,
  roled: RoledActor[],
  range: { start: number; end: number },
): { actor: RoledActor; role: "primary" | "alleged_assoc" }[] {
  const inRange = roled.filter(
    (a) => a.start >= range.start && a.end <= range.end && (a.role === "perpetrator" || a.role === "accused"),
  );
  const out: { actor: RoledActor; role: "primary" | "alleged_assoc" }[] = [];
  for (const a of inRange) {
    const key = a.actor?.id ?? a.name.toLowerCase();
    if (out.some((o) => (o.actor.actor?.id ?? o.actor.name.toLowerCase()) === key)) continue;
    const first = out[0];
    let role: "primary" | "alleged_assoc" = "primary";
    if (first) {
      const between = text.slice(first.actor.end, a.start);
      const after = text.slice(a.end, a.end + 25);
      if (
        /\b(?:its|their|allies|ally|allied|backed|support|backing|with)\b/i.test(between) ||
        /^\s*(?:allies|ally)\b/i.test(after)
      ) {
        role = "alleged_assoc";
      }
    }
    out.push({ actor: a, role });
  }
  return out;
}
