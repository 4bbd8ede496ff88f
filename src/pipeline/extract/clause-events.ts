/**
 * Attack events read from the clause rather than from a phrase list: a verb of the WordNet attack class
 * (attack, strike, shell, bomb, fire, pound, target, hit, launch, shoot, … — see lexicon/verb-classes.ts
 * and scripts/generate-verb-classes.ts) whose clause names a weapon of a WordNet weapon class (artillery,
 * projectile, shell, rocket, mortar, missile, drone, warplane, helicopter, firearm, bomb, …). Words are
 * matched through wink's lemmas and part-of-speech tags, so every inflection counts ("fired projectiles",
 * "pounded … with howitzers", "launched gas-canister bombs"); the weapon decides the event type.
 * A weapon as the subject of an impact verb (WordNet: explode, detonate, blow up, fall, land — "a shell
 * blew up in the village", "rockets fell on the town") tells of an attack by that weapon too.
 * Without such a clause, a killing verb (WordNet's "kill" class: kill, martyr, execute, massacre, …)
 * still tells of an attack: by the weapon its clause names ("a drone killed two"), else by means unnamed.
 */
import type { EventTypeCode } from "../../domain/claim.js";
import { NOUNS } from "./casualties/victim-lexicon.js";
import { englishNlp } from "./english-nlp.js";
import { VERB_CLASSES as classes } from "./lexicon/verb-classes.js";
import { execUnlessShort, matchesTwoCharsOrMore } from "./regex-matches.js";

export interface ClauseEvent {
  type: EventTypeCode;
  /** Offsets of the verb inside the sentence. */
  start: number;
  end: number;
  text: string;
  /** A killing verb without a weapon: the means go unnamed. */
  implicit?: true;
}

const ATTACK_VERBS: ReadonlySet<string> = new Set<string>(classes.attackVerbs.lemmas);
/** Weapon lemma → event type; a lemma in several classes takes the most specific (listed first). */
const WEAPON_TYPES = new Map<string, EventTypeCode>();
for (const type of [
  "drone_strike",
  "air_strike",
  "missile_strike",
  "explosion",
  "shelling",
  "shooting",
] as const) {
  for (const lemma of classes.weaponNouns[type].lemmas)
    if (!WEAPON_TYPES.has(lemma)) WEAPON_TYPES.set(lemma, type);
}
/**
 * Attack verbs that name their weapon themselves (WordNet: shoot "fire a shot", shell "use explosives
 * on", strafe "attack with machine guns … from a low-flying plane"): an event even when the clause names
 * no weapon ("he was shot at in front of his house").
 */
const WEAPON_VERBS: ReadonlyMap<string, EventTypeCode> = new Map([
  ["shoot", "shooting"],
  ["shell", "shelling"],
  ["strafe", "air_strike"],
]);
/** Impact verbs of one word ("explode", "fall", "land"), and phrasal ones as verb → particle ("blow" → "up"). */
const IMPACT_VERBS = new Set<string>(classes.impactVerbs.lemmas.filter((l) => !l.includes(" ")));
const IMPACT_PHRASAL = new Map<string, Set<string>>();
for (const l of classes.impactVerbs.lemmas.filter((x) => x.includes(" "))) {
  const [verb = "", particle = ""] = l.split(" ");
  IMPACT_PHRASAL.set(verb, new Set([...(IMPACT_PHRASAL.get(verb) ?? []), particle]));
}
/** A ground-launched bomb ("launched gas-canister bombs at X") is shelling; a dropped one an air strike. */
const LAUNCH_VERBS = new Set(["launch", "fire", "shell", "pound"]);

/** Cheap pre-filter on surface forms: a weapon noun (singular or plural) somewhere in the sentence. */
const WEAPON_RE = new RegExp(
  `\\b(?:${[...WEAPON_TYPES.keys()].filter((w) => /^[a-z]{3,}$/.test(w)).join("|")})(?:e?s)?\\b`,
  "i",
);
/** Cheap pre-filter: a form of a verb that names its weapon ("shot", "shelling", "strafed"). */
const WEAPON_VERB_RE = /\b(?:shoot|shot|shell|strafe)/i;
const FILMED_RE =
  /^\w+\s+(?:(?:a|an|the|some)\s+)?(?:video|footage|film|photos?|pictures?|images?|scenes?)\b/i;
const KILL_VERBS: ReadonlySet<string> = new Set<string>(classes.killVerbs.lemmas);
/** Cheap pre-filter: a word starting like a killing verb ("killed", "martyred", "executing"). */
const KILL_RE = new RegExp(
  `\\b(?:${classes.killVerbs.lemmas.map((l) => l.replace(/e$/, "")).join("|")})`,
  "i",
);

/** The clause after a word: up to the next comma, semicolon, colon or full stop. */
const CLAUSE_REST_RE = /^[^,;:.]*/;
/**
 * A preposition or participle opening an instrument phrase ("with", "using", "by means of"), and the
 * words after it (the weapon is among the first four).
 */
const INSTRUMENT_RE = matchesTwoCharsOrMore(
  /(?<![\p{L}])(?:with|using|by\s+means\s+of|by\s+using)\s+((?:[\p{L}\d-]+\s+){0,3}[\p{L}-]+)/iu,
);

/**
 * A locator set off by commas inside the clause ("struck X, in the Hama countryside, using drones"):
 * it belongs to the place, so the clause goes on after it.
 */
const LOCATOR_APPOSITIVE_RE =
  /,\s+(?:in|near|outside|on\s+the\s+outskirts\s+of|(?:\d+\s*km\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s[^,;:.]*,/iu;

/**
 * The means an instrument phrase names in the clause after a generic attack word ("Turkey attacked a
 * school with a combat drone", "targeted the village with artillery shells", "struck the town using
 * drones"): the first weapon noun of
 * the WordNet weapon classes among the four words after "with", singular or plural; else null. A word
 * that also names persons ("with its fighters") ends the search.
 * @example instrumentType(" a centre for girls with a combat drone on Thursday") // "drone_strike"
 */
export function instrumentType(after: string): EventTypeCode | null {
  const clause = CLAUSE_REST_RE.exec(after.replace(LOCATOR_APPOSITIVE_RE, " "))?.[0] ?? "";
  const m = execUnlessShort(INSTRUMENT_RE, clause);
  if (!m) return null;
  for (const word of m[1]!.toLowerCase().split(/\s+/)) {
    // "with its fighters": a word that also names persons is read as the persons, not a weapon.
    if (NOUNS.has(word)) return null;
    const type =
      WEAPON_TYPES.get(word) ??
      WEAPON_TYPES.get(word.replace(/e?s$/, "")) ??
      WEAPON_TYPES.get(word.replace(/s$/, ""));
    if (type) return type;
  }
  return null;
}

/**
 * A weapon noun heading the subject of a generic attack word, right before it or before a participle
 * naming who fired it ("A Russian rocket struck a house", "Shells fired by regime forces hit the
 * market"): the weapon names the means. The last word before must be the weapon (so "artillery
 * positions were attacked" names none).
 * @example subjectWeaponType("A regime rocket ") // "shelling"
 */
export function subjectWeaponType(before: string): EventTypeCode | null {
  const m = SUBJECT_WEAPON_RE.exec(before);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  if (NOUNS.has(word)) return null;
  return (
    WEAPON_TYPES.get(word) ??
    WEAPON_TYPES.get(word.replace(/e?s$/, "")) ??
    WEAPON_TYPES.get(word.replace(/s$/, "")) ??
    null
  );
}
const SUBJECT_WEAPON_RE =
  /(?<![\p{L}-])(\p{L}+)\s+(?:(?:fired|launched|dropped)\s+(?:by|from)\s+[^,;:]{1,40}?\s+)?(?:(?:also|reportedly|then)\s+)?$/iu;

/** A negation in the clause before a killing verb. */
const NEGATED_BEFORE = /\b(?:no|nobody|none|not|never|without|neither|nor)\b[^,;:.]*$/i;

const CLAUSE_BREAK = /^[,;:]$|^(?:while|as|after|before|when|but)$/i;

/**
 * Attack verbs with a weapon in their clause, in text order.
 * @example clauseEvents("Regime forces fired projectiles at Kansafra.")[0].type // "shelling"
 */
export function clauseEvents(
  sentence: string,
  { killings = true }: { killings?: boolean } = {},
): ClauseEvent[] {
  const weapon = WEAPON_RE.test(sentence) || WEAPON_VERB_RE.test(sentence);
  const killing = killings && KILL_RE.test(sentence);
  if (!weapon && !killing) return [];
  const nlp = englishNlp();
  const doc = nlp.readDoc(sentence);
  const its = nlp.its;
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  // Lemmas only of the nouns and verbs the rules read, each when first needed: lemmatising every token
  // of every sentence that passes the pre-filters cost a run of `r2p analyze` ~2 % of its CPU.
  const lemmaCache: (string | undefined)[] = [];
  const lemmaAt = (j: number): string =>
    (lemmaCache[j] ??= doc
      .tokens()
      .itemAt(j)
      .out(its.lemma as unknown as typeof its.value)
      .toLowerCase());
  const offsets: number[] = [];
  let pos = 0;
  for (const v of values) {
    const at = sentence.indexOf(v, pos);
    offsets.push(at < 0 ? pos : at);
    if (at >= 0) pos = at + v.length;
  }
  // Clauses: token index ranges between breaks.
  const clauseOf: number[] = [];
  let clause = 0;
  values.forEach((v, i) => {
    if (CLAUSE_BREAK.test(v)) clause++;
    clauseOf[i] = clause;
  });
  // The first weapon noun of each clause and where it stands, found in one pass over the tokens. A
  // capitalised plural opening a sentence is often tagged a proper noun and left unlemmatised ("Shells
  // fell on …"): its singular is tried too.
  const weaponOf = new Map<number, EventTypeCode>();
  const weaponAt = new Map<number, number>();
  values.forEach((v, j) => {
    const tag = tags[j];
    if ((tag !== "NOUN" && tag !== "PROPN") || weaponOf.has(clauseOf[j]!)) return;
    const lemma = lemmaAt(j);
    const w =
      WEAPON_TYPES.get(lemma) ??
      (tag === "PROPN" ? WEAPON_TYPES.get(v.toLowerCase().replace(/s$/, "")) : undefined);
    // A word that also names persons ("SDF fighters fired …", "Fighters launched …") is read as the
    // persons: WordNet's "fighter" is a warplane too, but a clause's fighters are its attackers.
    if (!w || NOUNS.has(lemma) || NOUNS.has(v.toLowerCase())) return;
    if (tag === "PROPN" && !/^\p{Lu}\p{Ll}+$/u.test(v)) return;
    weaponOf.set(clauseOf[j]!, w);
    weaponAt.set(clauseOf[j]!, j);
  });
  const out: ClauseEvent[] = [];
  values.forEach((value, i) => {
    if (tags[i] !== "VERB") return;
    const lemma = lemmaAt(i);
    if (!ATTACK_VERBS.has(lemma)) return;
    const weapon = weaponOf.get(clauseOf[i]!);
    const type = weapon
      ? weapon === "explosion" && LAUNCH_VERBS.has(lemma)
        ? "shelling"
        : weapon
      : WEAPON_VERBS.get(lemma);
    // "shot a video": to shoot is also to film.
    if (!type || (!weapon && FILMED_RE.test(sentence.slice(offsets[i] ?? 0)))) return;
    const start = offsets[i] ?? 0;
    out.push({ type, start, end: start + value.length, text: value });
  });
  // A weapon that blew up, fell or landed ("a Turkish shell blew up in the village", "rockets fell on
  // the town"): the weapon, subject of an impact verb, names an attack by its kind.
  if (out.length === 0)
    values.forEach((value, i) => {
      if (tags[i] !== "VERB" || out.length > 0) return;
      const lemma = lemmaAt(i);
      const particle = IMPACT_PHRASAL.get(lemma);
      if (!IMPACT_VERBS.has(lemma) && !particle?.has((values[i + 1] ?? "").toLowerCase())) return;
      const weapon = weaponOf.get(clauseOf[i]!);
      const at = weaponAt.get(clauseOf[i]!);
      if (!weapon || at === undefined || at > i) return;
      // "A plane carrying aid landed in A", "a helicopter fell near A": an aircraft that lands or falls
      // is a flight or a crash, not a munition striking.
      if (weapon === "air_strike") return;
      const start = offsets[i] ?? 0;
      out.push({ type: weapon, start, end: start + value.length, text: value });
    });
  if (out.length > 0 || !killing) return out;
  // Someone killed people though the means go unnamed ("three civilians were killed in X", "martyred by
  // fire of Y"): an attack (ACLED: violence against civilians), at the first killing verb.
  const i = values.findIndex((_, j) => tags[j] === "VERB" && KILL_VERBS.has(lemmaAt(j)));
  // "Nobody was killed", "no one has been killed": a denial of deaths, not a killing.
  if (i < 0 || NEGATED_BEFORE.test(sentence.slice(0, offsets[i] ?? 0))) return out;
  const start = offsets[i] ?? 0;
  // "A Turkish drone killed two", "a shell killed a child": the weapon in the killing's clause names
  // the means after all.
  const means = weaponOf.get(clauseOf[i]!);
  if (means) return [{ type: means, start, end: start + values[i]!.length, text: values[i]! }];
  return [{ type: "attack", start, end: start + values[i]!.length, text: values[i]!, implicit: true }];
}
