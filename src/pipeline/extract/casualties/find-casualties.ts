/**
 * Casualty counts in a span of text: numbers and vague quantities attached to people, classified as
 * killed / injured / unspecified by nearby verbs, with victim category and groups, compositions
 * ("five women and three children" → 8), subgroups ("including two children") and tallies flagged
 * (cumulative / update) so the caller can keep them out of incident tolls. Pure and synchronous;
 * offsets are absolute into `text`.
 */
import type { CountRange } from "../../../domain/claim.js";
import { NUMBER_WORD_PATTERN, numberWord } from "../number-words.js";
import { asciiDigits, COUNT_RE, rangeOfMatch } from "./count-phrases.js";
import { decideKinds } from "./decide-kinds.js";
import { listMembers } from "./list-members.js";
import { findNoCasualties } from "./no-casualties.js";
import {
  CUMULATIVE_RE,
  RUNNING_TOTAL_RE,
  TALLY_PERIOD_RE,
  TOTAL_RE,
  DIED_OF_WOUNDS_RE,
  GROUP_WORD_RE,
  STRICT_AFTER_RE,
  UPDATE_BEFORE_RE,
  groupOf,
  NON_PERSON,
  NOUNS,
} from "./victim-lexicon.js";
import type { CasualtyKind, VictimCategory, VictimGroup } from "./victim-lexicon.js";
import {
  KIN_NOUNS,
  readHead,
  resolveCategory,
  SINGULAR_RE,
  singularModifiersOk,
  type Head,
} from "./read-head.js";

import {
  EXCLUDE_BEFORE,
  REPORTED_THAT_RE,
  EXCLUDE_AFTER,
  TOLL_BEFORE_RE,
  SUBGROUP_GAP_RE,
  BREAKDOWN_GAP_RE,
  FAMILY_OF_BEFORE_RE,
  SUB_TAIL_GROUP_RE,
  AMONG_AFTER_RE,
  PROVENANCE_GAP_RE,
  COMPOSE_GAP_RE,
  COMITATIVE_GAP_RE,
  COMITATIVE_AFTER_VERB_RE,
  NAMED_COMPOSE_GAP_RE,
  VERB_BEFORE_BARE_RE,
  PARALLEL_GAP_RE,
  AMONG_BEFORE_RE,
  FAR_TOLL_RE,
  TOLL_AFTER_UPDATE_RE,
  NOUN_AFTER_RE,
  YEAR_RE,
  YEAR_BEFORE_RE,
  GROUPS_TAIL_RE,
} from "./context-patterns.js";
import {
  matchesOf,
  matchesTwoCharsOrMore,
  matchesWhen,
  testUnlessShort,
  testWhen,
} from "../regex-matches.js";
import { VERB_CLASSES } from "../lexicon/verb-classes.js";

export { hasNoCasualtyStatement } from "./no-casualties.js";

export interface CasualtyMention {
  kind: CasualtyKind;
  range: CountRange;
  start: number;
  end: number;
  text: string;
  victimGroups: VictimGroup[];
  victims: VictimCategory;
  cumulative: boolean;
  update: boolean;
  /**
   * Persons on top of those already counted: "another civilian", "two more", "two other children",
   * "… were also killed". The caller adds such a count to the toll of the same attack.
   */
  more?: boolean;
  rule: string;
}

interface Candidate {
  start: number;
  end: number;
  range: CountRange;
  rule: string;
  head: Head | null;
  groups: Set<VictimGroup>;
  singular: boolean;
  /** Counts persons (not a casualty noun): may join a composition. */
  person: boolean;
  /** A composition of single persons only ("a commander, a leader"): adds up with anyone, as each does. */
  singles?: boolean;
  nounless: boolean;
  tollKind?: CasualtyKind;
  /** End of the subgroup list attached to this count ("…, including two children and a woman"). */
  subEnd?: number;
  /** A bare number parallel to the previous count ("killing two in A and three in B"): same kind. */
  parallel?: boolean;
  /** A subgroup named after "among the dead were": the toll is at least this many. */
  amongKind?: CasualtyKind;
}

/**
 * Find casualty counts in `text` between `range.start` and `range.end`.
 * @example findCasualties("Shelling killed five women and three children.", { start: 0, end: 47 })
 *   // → [{ kind: "killed", range: { min: 8, max: 8 }, victimGroups: ["women", "children"], … }]
 */
export function findCasualties(
  text: string,
  range: { start: number; end: number },
  options: { largeScale?: boolean } = {},
): CasualtyMention[] {
  const work = asciiView(text);
  const cands = collectCandidates(work, range, options.largeScale ?? false);
  const merged = mergeStructure(work, cands);
  const out: CasualtyMention[] = [];
  let lastKinds: CasualtyKind[] = [];
  /** The kinds of the count right before (none when it was not a casualty count). */
  let prevKinds: CasualtyKind[] = [];
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i]!;
    const prevEnd = i > 0 ? merged[i - 1]!.end : range.start;
    const nextStart = i + 1 < merged.length ? merged[i + 1]!.start : range.end;
    const decided = decideKinds(work, c, range, prevEnd, nextStart);
    // "A woman and her three children were among the dead": at least that many.
    const among = c.amongKind
      ? null
      : AMONG_THE_AFTER_RE.exec(work.slice(c.end, Math.min(range.end, c.end + 40)));
    if (among) c.amongKind = tollKindOf(among[1] ?? "");
    let kinds = c.amongKind ? [c.amongKind] : decided.kinds;
    if (kinds.length === 0 && c.parallel) kinds = lastKinds;
    // "killed five civilians in A and two others in B": a person count parallel to the count before
    // it, each with its own place, is of the same kind.
    if (kinds.length === 0 && c.person && i > 0 && PARALLEL_GAP_RE.test(work.slice(prevEnd, c.start)))
      kinds = prevKinds;
    prevKinds = kinds;
    if (kinds.length === 0) continue;
    lastKinds = kinds;
    const clause = clauseAround(work, c, range);
    const before = work.slice(clause.start, c.start);
    const clauseText = work.slice(clause.start, clause.end);
    const update =
      UPDATE_BEFORE_RE.test(before) ||
      /(?:toll|number|tally)[^.;]{0,60}(?:rose|risen|increased|climbed|jumped|reached)\s/i.test(before) ||
      DIED_OF_WOUNDS_RE.test(work.slice(c.end, clause.end));
    const cumulative =
      CUMULATIVE_RE.test(clauseText) ||
      (TOTAL_RE.test(clauseText) &&
        (!UPDATE_BEFORE_RE.test(before) || TALLY_PERIOD_RE.test(clauseText)) &&
        // "A total of five people were killed in the attack": one attack's toll, not a tally.
        !(ONE_ATTACK_AFTER_RE.test(work.slice(c.end, clause.end)) && !TALLY_PERIOD_RE.test(clauseText))) ||
      (RUNNING_TOTAL_RE.test(clauseText) && TALLY_PERIOD_RE.test(clauseText));
    addTailGroups(work, c, clause.end);
    const victims = resolveCategory(work, c.head, range.start, c.start);
    const split = kinds.length > 1;
    const more =
      !c.amongKind &&
      !decided.diedOfWounds &&
      !update &&
      (MORE_COUNT_RE.test(work.slice(c.start, c.end)) ||
        ALSO_VERB_AFTER_RE.test(work.slice(c.end, clause.end)) ||
        MORE_AFTER_RE.test(work.slice(c.end, c.end + 12)) ||
        (i > 0 && c.person && COMITATIVE_AFTER_VERB_RE.test(work.slice(prevEnd, c.start))) ||
        testUnlessShort(SEQUEL_SUBJECT_RE, work.slice(Math.max(clause.start, c.start - 80), c.start)));
    const rule = decided.diedOfWounds
      ? "died-of-wounds"
      : c.amongKind
        ? "subgroup:among"
        : split
          ? `${c.rule}+R6:split_unknown`
          : c.rule;
    for (const kind of kinds) {
      out.push({
        kind,
        range: split
          ? { min: Math.min(1, c.range.min), max: c.range.max }
          : c.amongKind
            ? { min: c.range.min, max: null }
            : { ...c.range },
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        victimGroups: [...c.groups],
        victims,
        cumulative,
        update,
        ...(more ? { more } : {}),
        rule,
      });
    }
  }
  return withZeroCounts(text, range, out);
}

/**
 * The one attack a count was caused by: "… in the attack", "… by this strike", "… in an explosion",
 * "… when warplanes struck X" (a clause telling one act: its subject and a past verb).
 */
const ONE_ATTACK_AFTER_RE =
  /(?<![\p{L}])(?:(?:in|by|from|during|after|as\s+a\s+result\s+of)\s+(?:the|this|that|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|strike|airstrike|raid|shelling|bombing|bombardment|explosion|blast|massacre)|when\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:\p{L}+ed|struck|hit|shot|blew\s+up|fell|landed|exploded))(?![\p{L}])/iu;

/**
 * A count of persons on top of others: "another (civilian)", "one more", "two more". Not "five others",
 * which sets the injured apart from the dead ("two killed and five others injured").
 */
const MORE_COUNT_RE = /^(?:another|one\s+more|[\p{L}\d-]+\s+(?:more|further|additional))(?![\p{L}])/iu;
/** "killed two more": "more" right after a bare count. */
const MORE_AFTER_RE = /^\s+(?:more|others?\s+more)(?![\p{L}])/iu;
/**
 * "a second strike killed two", "another raid killed three", "a second killed two": a later act, the
 * subject of the killing verb right before the count, kills persons on top of the first act's.
 */
const SEQUEL_SUBJECT_RE = matchesTwoCharsOrMore(
  /(?<![\p{L}])(?:(?:a|the)\s+(?:second|third|fourth|fifth|subsequent|later|follow-up|further|new)|another)(?:\s+[\p{L}-]+){0,3}?\s+(?:also\s+)?(?:killed|claimed\s+the\s+lives\s+of)\s+(?:at\s+least\s+|another\s+)?$/iu,
);
/** "… were also killed", "… also died": the verb group right after a count says it adds to others. */
const ALSO_VERB_AFTER_RE =
  /^\s*,?\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?also\s+(?:\p{L}+ly\s+)?(?:killed|died|martyred|shot\s+dead|injured|wounded|hurt)(?![\p{L}])/iu;

/** Explicit "no casualties" statements add zero counts, unless they overlap a count already read. */
function withZeroCounts(
  text: string,
  range: { start: number; end: number },
  found: CasualtyMention[],
): CasualtyMention[] {
  const zeros = findNoCasualties(text, range).filter(
    (z) => !found.some((m) => z.start < m.end && z.end > m.start),
  );
  if (zeros.length === 0) return found;
  const extra: CasualtyMention[] = zeros.map((z) => ({
    ...z,
    victimGroups: [],
    cumulative: false,
    update: false,
  }));
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}

let lastView: { text: string; work: string } | null = null;

/** The text with ASCII digits; memoised for the last text because callers scan one text sentence by sentence. */
function asciiView(text: string): string {
  if (lastView?.text !== text) lastView = { text, work: asciiDigits(text) };
  return lastView.work;
}

/** A person's name: two to five capitalised words, particles ("al-", "bin") inside. */
const PERSON_NAME =
  "(?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:(?:al|el|bin|ibn|abu|bint)[-\\s])?\\p{Lu}[\\p{L}'’-]*){1,4}";
/** An age before a name: "28-year-old", "28 year old", "one month old". */
const AGE_BEFORE_NAME =
  "(?:(?:\\d{1,3}|\\p{Ll}+(?:-\\p{Ll}+)?)[-\\s](?:years?|months?|weeks?|days?)[-\\s]old\\s+)?";
/** Names joined as one list: "A B", "A B and C D", "A B, C D and E F", each maybe after its age. */
const AGED_NAME = `${AGE_BEFORE_NAME}${PERSON_NAME}`;
const PERSON_NAMES = `${AGED_NAME}(?:\\s*,\\s*${AGED_NAME})*(?:\\s*,?\\s+and\\s+${AGED_NAME})?`;
/** Where a list of names ends: punctuation, or a word that starts a phrase of its own (not a noun). */
const NAMES_END =
  "(?=\\s*(?:[,.;:)\\n]|$)|\\s+(?:in|on|at|near|when|while|after|during|by|from|as|who|with|inside|and|were|was)(?![\\p{L}]))";
/**
 * "the death of X Y", "the killing of X Y (Z)", "the deaths of A B and C D", "shelling killed A B and
 * C D": the persons named after a death noun or as the object of a killing verb died, one per name (the
 * names are group 1).
 */
const NAMED_DEATH_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:deaths?|killing|martyrdom)\\s+of|killed|killing)\\s+(${PERSON_NAMES})${NAMES_END}`,
  "gu",
);
/** Two appositions after a name, each an age or a noun phrase with an article: ", 27, a father of three". */
const APPOSITIONS = "(?:\\s*,\\s*(?:\\d{1,3}(?=\\s*,)|(?:a|an|the)\\s+[^,;.:()]{1,60})){2}";
/**
 * "A B and C D were killed", "“A B”, a deputy head of X, was killed", "Our volunteer A B, 27, a father
 * of three, was killed": named subjects of a casualty passive, maybe after their role.
 */
const NAMED_SUBJECT_RE = new RegExp(
  `(?:^|[.:;]\\s+|\\n|\\d{4},\\s+)(?:(?:[Oo]ur|[Tt]heir|[Tt]he)\\s+\\p{Ll}[\\p{L}-]*\\s+)?[“"]?(${PERSON_NAMES})[”"]?(?:\\s*\\([^()]{1,40}\\))?(?:\\s*,[^,;.:()]{1,80},|${APPOSITIONS}\\s*,)?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?(killed|martyred|shot\\s+dead|murdered|executed|assassinated|injured|wounded)(?![\\p{L}])`,
  "gu",
);

/**
 * "On 14 May, Judge A B C, along with 15 relatives, were killed": a named subject opening its clause
 * right before a comitative count is one person more (group 1: the name; the kind is the clause's).
 */
const NAMED_COMITATIVE_RE = new RegExp(
  `(?:^|[.:;]\\s+|\\n|\\d{4},\\s+)(${PERSON_NAME})(?=\\s*,\\s*(?:(?:along|together)\\s+with|alongside)\\s+(?:(?:his|her|their)\\s+)?(?:\\d|(?:${NUMBER_WORD_PATTERN})(?![\\p{L}])))`,
  "gu",
);
const NAMED_COMITATIVE_NEEDS = /along|alongside/;

const NAME_THEN_COMMA_RE = new RegExp(`${PERSON_NAME}\\s*,\\s*$`, "u");
const WORD_THEN_COMMA_RE = /(\p{L}+)\s*,\s*$/u;

/** After an age: a comma, then no subgroup of a count ("12, including two children, were killed"). */
const AGE_TAIL_RE = /^\s*,(?!\s*(?:including|among|of\s+whom|most|mostly|all|many|some)(?![\p{L}]))/iu;

/**
 * The text before a number ends with one person, a name of two words or more or a singular person
 * noun ("the victim"), and a comma.
 */
function isAgeAfterPerson(lead: string): boolean {
  if (NAME_THEN_COMMA_RE.test(lead)) return true;
  const word = WORD_THEN_COMMA_RE.exec(lead)?.[1]?.toLowerCase();
  const info = word ? NOUNS.get(word) : undefined;
  return info !== undefined && !info.pronoun && !/(?:s|men|people)$/.test(word!);
}

/** How many names a list of names holds ("A B, C D and E F" → 3). */
function namesIn(list: string): number {
  return list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim().length > 0).length;
}

/** Singular person nouns of the victim lexicon ("guard", "owner", "child", …). */
const SINGULAR_PERSONS = [...NOUNS.entries()]
  .filter(
    ([w, info]) =>
      !info.kind && !info.pronoun && info.category !== "unknown" && !/s$|men$|^children$|^people$/.test(w),
  )
  .map(([w]) => w)
  .concat(["guard", "policeman"])
  .join("|");
/**
 * One person named by a definite noun after a casualty word: "the death of the hospital guard",
 * "killing the owner of the house" (group 1: the casualty word, 2: the noun phrase).
 */
const DEFINITE_ONE_RE = new RegExp(
  `(?<![\\p{L}])((?:death|killing|martyrdom|injury|injuring|wounding)\\s+of|killing|killed|wounding|wounded|injuring|injured)\\s+the\\s+((?:(?!of\\s|and\\s)[\\p{L}-]+\\s+){0,2}?(?:${SINGULAR_PERSONS}))(?![\\p{L}])`,
  "giu",
);

/** Active forms of WordNet's killing verbs ("assassinated", "beheading", "lynched"), but figurative ones. */
const KILL_ACTIVE = VERB_CLASSES.killVerbs.lemmas
  .filter((l) => !/^(?:erase|eradicate|decimate|stone|pip|vaporize|neutralise|annihilate)$/.test(l))
  .map((l) => (l.endsWith("e") ? `${l}d|${l.slice(0, -1)}ing` : `${l}ed|${l}ing`))
  .join("|");
/**
 * The singular object of an active killing verb, whatever its noun: one does not assassinate, behead or
 * execute a thing ("assassinated a council member", "executed the head of the council", "beheaded a
 * shepherd"). Groups: 1 the verb, 2 modifiers, 3 the noun; the phrase ends at a preposition or a break.
 */
const KILL_OBJECT_ONE_RE = new RegExp(
  `(?<![\\p{L}])(${KILL_ACTIVE})\\s+(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,2}?)(\\p{Ll}[\\p{L}-]*)(?=\\s+(?:of|in|near|at|on|and|as|with|while|during|after|from|inside|outside|who|when|by)(?![\\p{L}])|\\s*[,.;:]|\\s*$)`,
  "gu",
);

/** Nouns of quantity or of a collective: their killing is not one person's. */
const COLLECTIVE_RE =
  /^(?:number|lot|couple|pair|group|handful|total|dozen|score|majority|minority|few|family|families|crowd|household|unit|convoy|patrol|cell|squad|team|battalion|brigade|platoon|company|column|gathering|population|tribe|clan)$/;

/**
 * The definite object of a killing verb, before "and his/her" relatives: "killing the mukhtar and his
 * two sons", "killed the imam, and his wife" (group 1: the verb, 2: the noun phrase).
 */
/**
 * "killed the father, mother and sister of X": a list of kinship terms under one article or possessive
 * after a killing verb is one person per term (group 1: the list).
 */
const DEFINITE_KIN_LIST_RE = new RegExp(
  `(?<![\\p{L}])(?:killing|killed|kills|deaths?\\s+of)\\s+(?:the|his|her|their)\\s+((?:${KIN_NOUNS})(?:\\s*,\\s*(?:${KIN_NOUNS}))*\\s*,?\\s+and\\s+(?:(?:his|her|their|the)\\s+)?(?:${KIN_NOUNS}))(?![\\p{L}-])`,
  "giu",
);
const DEFINITE_KIN_LIST_NEEDS = /kill|death/i;

const DEFINITE_POSSESSOR_RE =
  /(?<![\p{L}])(killing|killed|kills)\s+the\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)(?=\s*,?\s+(?:and|along\s+with|together\s+with)\s+(?:his|her)\s)/gu;

/**
 * "a truffle gatherer was killed": an indefinite singular noun phrase as the subject of a casualty
 * passive. Groups: 1 modifiers, 2 the noun, 3 the auxiliary, 4 the participle.
 */
const PASSIVE_ONE_RE =
  /(?<![\p{L}])(?:[Aa]|[Aa]n|[Aa]nother)\s+((?:[\p{L}-]+\s+){0,2}?)(\p{Ll}[\p{L}-]*)(\s+(?:was|has\s+been|had\s+been|got)\s+(?:\p{L}+ly\s+)?)(killed|injured|wounded|hurt|martyred|shot\s+dead|executed)(?![\p{L}])/gu;

/** "another was killed", "one more died": one person more, told without a noun. Groups: 1 the words, 2 the verb. */
const ANOTHER_ONE_RE =
  /(?<![\p{L}])((?:[Aa]nother|[Oo]ne\s+more)(?:\s+one)?)\s+(?:(?:was|has\s+been|had\s+been|got)\s+(?:\p{L}+ly\s+)?)?(killed|injured|wounded|hurt|martyred|shot\s+dead|died)(?![\p{L}])/gu;

const KIN =
  "(?:wife|husband|son|daughter|brother|sister|father|mother|child|baby|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt|cousin)";
const KIN_WORD_RE = new RegExp(`(?<![\\p{L}])${KIN}(?![\\p{L}])`, "giu");
/** Relatives listed after one possessive: "her husband and son", "his wife, son and daughter". */
const KIN_LIST_RE = new RegExp(
  `(?<![\\p{L}])(?:his|her|their)\\s+${KIN}(?:\\s*,\\s*(?:(?:his|her|their)\\s+)?${KIN})*\\s*,?\\s+and\\s+(?:(?:his|her|their)\\s+)?${KIN}(?![\\p{L}])`,
  "giu",
);

/** A verb of saying right after a person noun: the person reports, "a local doctor told us". */
const SPEAKER_AFTER_RE =
  /^\s+(?:(?:also|later|then)\s+)?(?:told|said|says|tells|reported|added|explained|confirmed|stated|recounted)(?![\p{L}])/iu;

/** "a child was among the dead": a subgroup of a toll the text does not give here. */
const AMONG_THE_AFTER_RE =
  /^\s+(?:was|is|were|are)\s+(?:also\s+)?among\s+(?:the\s+)?(dead|killed|fatalities|victims|casualties|injured|wounded)(?![\p{L}])/iu;

/**
 * A singular person noun right after a casualty verb, without an article: headline style ("Turkish
 * drone kills man in Qamishli", "Shelling injures child"). Group 1: the verb, 2: an adjective, 3: the noun.
 */
const BARE_OBJECT_RE = new RegExp(
  `(?<![\\p{L}])(kills|injures|wounds|killed|injured|wounded)\\s+((?:young|elderly|old|displaced|local|[\\p{L}\\d]+-year-old)\\s+)?(${SINGULAR_PERSONS})(?=\\s+(?:in|near|at|on|and|as|with|while|during|after|from|inside)(?![\\p{L}])|\\s*[,.;:]|\\s*$)`,
  "giu",
);

/**
 * A plural noun outside the lexicon (after "of their/his/the", maybe one adjective) right before the
 * casualty passive it is the subject of: "four (of their) friends were killed". Group 1 the noun.
 */
const PLURAL_SUBJECT_RE =
  /^\s+(?:of\s+(?:their|his|her|our|the|its)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*(?:s|men|children))(?=\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?(?:killed|injured|wounded|hurt|martyred|shot\s+dead)|(?:have\s+|had\s+)?(?:died|perished))(?![\p{L}]))/u;

/**
 * A casualty label opening its line or sentence, right before the count: "Killed: 5", "Injured: 12",
 * "Deaths: 3" (a fact box). Group 1 the label.
 */
const LABEL_BEFORE_RE =
  /(?:^|\n|[.;]\s+)\s*(?:[-•*]\s*)?(killed|dead|deaths|fatalities|martyrs|injured|wounded|injuries)\s*:\s*$/iu;

/** A killing verb right before a count, maybe with a determiner: "killing its ", "killed all ". */
const KILL_OBJECT_LEAD_RE =
  /(?<![\p{L}])(?:kill(?:ing|ed|s)?|slaughter(?:ing|ed|s)?|massacr(?:ing|ed|es))\s+(?:all\s+)?(?:(?:its|their|his|her)\s+)?$/iu;
/** A plural noun (maybe after one adjective) ending its phrase right after a count. Group 1 the noun. */
const PLURAL_OBJECT_RE =
  /^\s+(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*(?:s|men|children))(?=\s*[,.;:]|\s+(?:in|on|at|near|inside|and|as|while|when|who)(?![\p{L}])|\s*$)/u;

/** Adjectives a bare person noun may carry in headline style ("Young man killed", "Little girl injured"). */
const BARE_MODIFIER = "(?:young|little|elderly|old|displaced|local|[\\p{L}\\d]+-year-old)\\s+";
/**
 * A sentence opening (after an opening adverb) with bare singular person nouns, one or two joined by
 * "and", and a casualty participle, its auxiliary left out or not (headline style: "Young man killed in
 * X", "Earlier, man and woman were killed"). Groups: 1 the whole phrase, 2 and 3 the nouns.
 */
const HEADLINE_SINGULAR_RE = new RegExp(
  `^(?:(?:earlier|meanwhile|later|also|today|yesterday),\\s+)?((?:${BARE_MODIFIER})?(\\p{L}+)(?:\\s+and\\s+(?:${BARE_MODIFIER})?(\\p{L}+))?)\\s+(?:(?:was|were)\\s+)?(?=(?:killed|dies|died|injured|wounded|shot\\s+dead|martyred)(?![\\p{L}]))`,
  "iu",
);

/**
 * Parts every match of a pattern holds, tested first with the same case rules: the patterns open with a
 * lookbehind or end at the count, so a scan tries them at every character, while most sentences hold
 * no casualty verb at all. Keep them in step when a pattern changes.
 */
const PASSIVE_ONE_NEEDS =
  /(?:was|been|got)\s+(?:\p{L}+ly\s+)?(?:killed|injured|wounded|hurt|martyred|shot\s+dead|executed)/u;
const ANOTHER_ONE_NEEDS = /nother|ne\s+more/u;
const DEFINITE_ONE_NEEDS = /(?:of|ing|ed)\s+the\s/iu;
const BARE_OBJECT_NEEDS = /(?:kills|injures|wounds|killed|injured|wounded)\s/iu;
const NAMED_DEATH_NEEDS =
  /(?:of|killed|killing)\s+(?:\p{Lu}|\d{1,3}[-\s](?:years?|months?|weeks?|days?)[-\s]old|\p{Ll}+(?:-\p{Ll}+)?[-\s](?:years?|months?|weeks?|days?)[-\s]old)/u;
const NAMED_SUBJECT_NEEDS =
  /(?:was|were|been)\s+(?:\w+ly\s+)?(?:killed|martyred|shot\s+dead|murdered|executed|assassinated|injured|wounded)/u;
const DEFINITE_POSSESSOR_NEEDS = /(?:killing|killed|kills)\s+the\s/u;
const KIN_LIST_NEEDS = new RegExp(`(?:his|her|their)\\s+${KIN}`, "iu");
const KILL_OBJECT_NEEDS = /kill|slaughter|massacr/iu;

/** A modal right before a harm verb and its count's quantifier ("would kill", "could leave at least"). */
const MODAL_HARM_BEFORE_RE =
  /(?<![\p{L}])(?:would|could|might|will|shall|may)\s+(?:not\s+|also\s+|likely\s+|easily\s+)?(?:kill|wound|injure|leave|displace|claim\s+the\s+lives\s+of|cost\s+the\s+lives\s+of|endanger|threaten)\s+(?:(?:at\s+least|up\s+to|more\s+than|as\s+many\s+as|some|another)\s+)?$/iu;

function collectCandidates(
  work: string,
  range: { start: number; end: number },
  largeScale: boolean,
): Candidate[] {
  const cands: Candidate[] = [];
  // Scan only the span: a regex run from an offset would search on past its end when nothing matches.
  const seg = work.slice(range.start, range.end);
  for (const m of matchesOf(seg, COUNT_RE)) {
    const start = range.start + m.index;
    const numEnd = start + m[0].length;
    const lead = work.slice(Math.max(range.start, start - 25), start);
    if (EXCLUDE_BEFORE.test(lead) && !m[1] && !REPORTED_THAT_RE.test(lead)) continue;
    // "an assault would kill thousands", "could leave hundreds dead": the object of a modal's harm verb
    // counts persons not (yet) harmed. "may have killed" (a hedged past) stays a count.
    if (MODAL_HARM_BEFORE_RE.test(work.slice(Math.max(range.start, start - 45), start))) continue;
    const tail = work.slice(numEnd, Math.min(range.end, numEnd + 120));
    if (EXCLUDE_AFTER.test(tail)) continue;
    const parsed = rangeOfMatch(m, largeScale);
    if (!parsed) continue;
    if (YEAR_RE.test(m[0]) && YEAR_BEFORE_RE.test(lead)) continue;
    // "Mohammad al-Hassan, 27, was killed", "a man, 27, …": a number set off by commas after a person is an age.
    if (AGE_TAIL_RE.test(tail) && isAgeAfterPerson(work.slice(Math.max(range.start, start - 60), start)))
      continue;
    let head = readHead(work, numEnd, range.end);
    // "a family of six": without a noun of its own the number counts the family's members.
    if (head === null && FAMILY_OF_BEFORE_RE.test(lead))
      head = { word: "family", end: numEnd, category: "civilians", groups: ["families"] };
    // "killed 3 and wounded 11": a bare count after a verb, not a number pair.
    if (head === "reject" && /^\s+(?:and|or)\s/i.test(tail) && VERB_BEFORE_BARE_RE.test(lead)) head = null;
    // "four of their friends were killed": whatever the plural noun, the subject of a casualty passive
    // is persons (unless it names things or animals).
    const subject = head === null || head === "reject" ? PLURAL_SUBJECT_RE.exec(tail) : null;
    // "killing its three occupants": the object of a killing verb is persons too, whatever its noun.
    // "killing six shoppers and two bakers": a count joined to a person count before it is read alike.
    const prevCand = cands[cands.length - 1];
    const joined =
      prevCand?.person === true &&
      !prevCand.singular &&
      /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(work.slice(prevCand.end, start));
    const object =
      !subject &&
      (head === null || head === "reject") &&
      (joined || testWhen(KILL_OBJECT_NEEDS, KILL_OBJECT_LEAD_RE, lead))
        ? PLURAL_OBJECT_RE.exec(tail)
        : null;
    if (object && !NON_PERSON.test(object[1]!))
      head = {
        word: object[1]!.toLowerCase(),
        end: numEnd + object[0].length,
        category: "unknown",
        groups: [],
      };
    if (subject && !NON_PERSON.test(subject[1]!))
      head = {
        word: subject[1]!.toLowerCase(),
        end: numEnd + subject[0].length,
        category: "unknown",
        groups: [],
      };
    if (head === "reject") continue;
    const c: Candidate = {
      start,
      end: numEnd,
      ...parsed,
      head,
      groups: new Set(),
      singular: false,
      nounless: !head,
      person: head !== null && !head.kind && !head.pronoun,
    };
    const label = head ? null : LABEL_BEFORE_RE.exec(work.slice(Math.max(range.start, start - 40), start));
    if (head) {
      c.end = head.end;
      head.groups.forEach((g) => c.groups.add(g));
      const post = /^\s+at\s+least(?![\p{L}])/iu.exec(work.slice(c.end, range.end));
      if (post && c.range.max !== null) {
        c.range = { min: c.range.min, max: null };
        c.rule = "R6:at_least";
        c.end += post[0].length;
      }
    } else if (label) {
      c.tollKind = tollKindOf(label[1] ?? "");
    } else if (!STRICT_AFTER_RE.test(tail)) {
      const far = UPDATE_BEFORE_RE.test(lead)
        ? FAR_TOLL_RE.exec(work.slice(Math.max(range.start, start - 200), start))
        : null;
      const toll = TOLL_BEFORE_RE.exec(work.slice(Math.max(range.start, start - 80), start)) ?? far;
      const named = !toll && UPDATE_BEFORE_RE.test(lead) ? TOLL_AFTER_UPDATE_RE.exec(tail) : null;
      const prev = cands[cands.length - 1];
      if (toll) c.tollKind = tollKindOf(toll[1] ?? "");
      else if (named) c.tollKind = tollKindOf(named[1] ?? named[2] ?? "");
      else if (!VERB_BEFORE_BARE_RE.test(lead)) {
        if (!prev || !PARALLEL_GAP_RE.test(work.slice(prev.end, start))) continue;
        c.parallel = true;
      }
    }
    const among = AMONG_BEFORE_RE.exec(work.slice(Math.max(range.start, start - 40), start));
    if (among) c.amongKind = tollKindOf(among[1] ?? "");
    if (/family\s+of\s+$/i.test(lead)) c.groups.add("families");
    cands.push(c);
  }
  // "her husband and son", "his wife, son and daughter": relatives listed after one possessive, one each.
  for (const m of matchesWhen(KIN_LIST_NEEDS, seg, KIN_LIST_RE)) {
    const start = range.start + m.index;
    const end = start + m[0].length;
    if (cands.some((c) => start < c.end && end > c.start)) continue;
    const words = [...m[0].matchAll(KIN_WORD_RE)].map((k) => k[0].toLowerCase());
    const groups = words.map(groupOf).filter((g): g is VictimGroup => g !== undefined);
    cands.push({
      start,
      end,
      range: { min: words.length, max: words.length },
      rule: "composition",
      head: { word: words[words.length - 1]!, end, category: "civilians", groups },
      groups: new Set(groups),
      singular: false,
      nounless: false,
      person: true,
    });
  }
  for (const m of matchesOf(seg, SINGULAR_RE)) {
    const start = range.start + m.index;
    let end = start + m[0].length;
    if (cands.some((c) => start < c.end && end > c.start) || !singularModifiersOk(m[1])) continue;
    // "…, a local doctor told us": the speaker who reports the toll is not in it.
    if (SPEAKER_AFTER_RE.test(work.slice(end, Math.min(range.end, end + 30)))) continue;
    let word = (m[3] ?? m[4] ?? m[2] ?? "").toLowerCase();
    // "a civilian woman": the first noun qualifies the second, which is the person counted.
    const noun = m[2] ? NOUN_AFTER_RE.exec(work.slice(end, range.end)) : null;
    if (noun?.[1]) {
      end += noun[0].length;
      word = noun[1].toLowerCase();
    }
    const g = groupOf(word) ?? (word === "him" ? "men" : word === "her" ? "women" : undefined);
    let head = readHead(work, start, range.end);
    // "a wounded child": the adjective is not the head; read from the noun itself.
    // "an 11 years-old child": the age stops the reading; read from the noun too.
    if (head !== "reject" && head?.word !== word && m[2]) {
      head = readHead(work, start + m[0].length - m[2].length, range.end);
    }
    const c: Candidate = {
      start,
      end,
      range: { min: 1, max: 1 },
      rule: "singular",
      head: head === "reject" ? null : head,
      groups: new Set(g ? [g] : []),
      singular: true,
      nounless: false,
      person: word !== "body",
    };
    const among =
      AMONG_BEFORE_RE.exec(work.slice(Math.max(range.start, start - 40), start)) ??
      AMONG_THE_AFTER_RE.exec(work.slice(end, Math.min(range.end, end + 40)));
    if (among) c.amongKind = tollKindOf(among[1] ?? "");
    cands.push(c);
  }
  // "a truffle gatherer was killed": whatever the noun, one that a casualty passive takes is a person.
  for (const m of matchesWhen(PASSIVE_ONE_NEEDS, seg, PASSIVE_ONE_RE)) {
    const start = range.start + m.index;
    const end = start + m[0].length - (m[4]?.length ?? 0);
    const noun = (m[2] ?? "").toLowerCase();
    if (cands.some((c) => start < c.end && end > c.start) || !singularModifiersOk(m[1])) continue;
    if (NON_PERSON.test(noun) || NOUNS.get(noun)?.kind || /(?:ing|ed|ly)$/.test(noun)) continue;
    const toll = /injur|wound|hurt/i.test(m[4] ?? "") ? "injured" : "killed";
    const nounEnd = start + m[0].length - (m[3]?.length ?? 0) - (m[4]?.length ?? 0);
    cands.push(onePerson(start, nounEnd, "singular:passive", undefined, toll));
  }
  // "…, while another was killed in B": "another" alone, the subject of a casualty passive, is one more person.
  for (const m of matchesWhen(ANOTHER_ONE_NEEDS, seg, ANOTHER_ONE_RE)) {
    const start = range.start + m.index;
    const end = start + m[1]!.length;
    if (cands.some((c) => start < c.end && end > c.start)) continue;
    cands.push(
      onePerson(
        start,
        end,
        "singular:another",
        undefined,
        /injur|wound|hurt/i.test(m[2] ?? "") ? "injured" : "killed",
      ),
    );
  }
  // A headline's object without its article ("Turkish drone kills man in X", "… injures child"): one.
  for (const m of matchesWhen(BARE_OBJECT_NEEDS, seg, BARE_OBJECT_RE)) {
    const start = range.start + m.index + m[0].length - (m[3]?.length ?? 0);
    const end = range.start + m.index + m[0].length;
    // "the killed man": a participle used as an adjective, not a verb with its object.
    const verbAt = range.start + m.index;
    if (cands.some((c) => start < c.end && end > c.start)) continue;
    if (/(?<![\p{L}])(?:the|a|an|his|her|their|its)\s+$/iu.test(work.slice(Math.max(0, verbAt - 8), verbAt)))
      continue;
    const toll = /injur|wound/i.test(m[1] ?? "") ? "injured" : "killed";
    cands.push(onePerson(start, end, "singular:bare-object", groupOf((m[3] ?? "").toLowerCase()), toll));
  }
  // "the death of Hasan Sha'ban Madino": a named person's death is one death, and each name of a list
  // one more; so is each named subject of a casualty passive ("A B and C D were killed").
  const named = (at: number, list: string, toll: CasualtyKind) => {
    const start = range.start + at;
    const end = start + list.length;
    if (cands.some((c) => start < c.end && end > c.start)) return;
    const n = namesIn(list);
    const one = onePerson(start, end, "singular:named", undefined, toll);
    cands.push(n === 1 ? one : { ...one, range: { min: n, max: n }, rule: "named", singular: false });
  };
  for (const m of matchesWhen(NAMED_DEATH_NEEDS, seg, NAMED_DEATH_RE))
    named(m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 1), m[1]!, "killed");
  for (const m of matchesWhen(NAMED_SUBJECT_NEEDS, seg, NAMED_SUBJECT_RE))
    named(m.index + m[0].indexOf(m[1]!), m[1]!, /injur|wound/i.test(m[2] ?? "") ? "injured" : "killed");
  for (const m of matchesWhen(NAMED_COMITATIVE_NEEDS, seg, NAMED_COMITATIVE_RE)) {
    const start = range.start + m.index + m[0].length - m[1]!.length;
    const end = range.start + m.index + m[0].length;
    if (cands.some((c) => start < c.end && end > c.start)) continue;
    cands.push({ ...onePerson(start, end, "singular:named", undefined, "killed"), tollKind: undefined });
  }
  // "killing the mukhtar and his two sons": a definite noun joined to "his/her" relatives is a person.
  for (const m of matchesWhen(DEFINITE_KIN_LIST_NEEDS, seg, DEFINITE_KIN_LIST_RE)) {
    const start = range.start + m.index + m[0].length - m[1]!.length;
    const end = range.start + m.index + m[0].length;
    if (cands.some((c) => start < c.end && end > c.start)) continue;
    const n = m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean).length;
    cands.push({
      ...onePerson(start, end, "kin-list", undefined, "killed"),
      range: { min: n, max: n },
      singular: false,
    });
  }
  for (const m of matchesWhen(DEFINITE_POSSESSOR_NEEDS, seg, DEFINITE_POSSESSOR_RE)) {
    const start = range.start + m.index + m[0].length - (m[2]?.length ?? 0);
    const end = range.start + m.index + m[0].length;
    const words = (m[2] ?? "").toLowerCase().split(/\s+/);
    if (cands.some((c) => start < c.end && end > c.start) || words.some((w) => numberWord(w))) continue;
    if (words.some((w) => NON_PERSON.test(w) || NOUNS.get(w)?.kind)) continue;
    cands.push(onePerson(start, end, "singular:definite", groupOf(words[words.length - 1]!), "killed"));
  }
  for (const m of matchesWhen(DEFINITE_ONE_NEEDS, seg, DEFINITE_ONE_RE)) {
    const start = range.start + m.index + m[0].length - (m[2]?.length ?? 0);
    const end = range.start + m.index + m[0].length;
    // "the two children": a number among the modifiers counts them itself.
    if (
      cands.some((c) => start < c.end && end > c.start) ||
      (m[2] ?? "").split(/\s+/).some((w) => numberWord(w))
    )
      continue;
    const word = /(\p{L}+)$/u.exec(m[2] ?? "")?.[1]?.toLowerCase() ?? "";
    const toll = /injur|wound/i.test(m[1] ?? "") ? "injured" : "killed";
    cands.push(onePerson(start, end, "singular:definite", groupOf(word), toll));
  }
  // "assassinated a council member", "executed the head of the council": a killing verb's singular object.
  for (const m of matchesOf(seg, KILL_OBJECT_ONE_RE)) {
    const start = range.start + m.index + m[1]!.length;
    const end = range.start + m.index + m[0].length;
    const noun = (m[3] ?? "").toLowerCase();
    const before = work.slice(Math.max(0, range.start + m.index - 12), range.start + m.index);
    if (cands.some((c) => start < c.end && end > c.start) || !singularModifiersOk(m[2])) continue;
    // "was killed the day after": a passive has no object; "the killed man": a participle as adjective.
    if (/(?<![\p{L}])(?:was|were|been|being|is|are|the|a|an)\s+$/iu.test(before)) continue;
    if ((m[2] ?? "").split(/\s+/).some((w) => numberWord(w))) continue;
    const headOf = noun === "head" && /^\s+of\s/.test(work.slice(end, end + 4));
    if (!headOf && (NON_PERSON.test(noun) || NOUNS.get(noun)?.kind)) continue;
    if (/(?:ing|ly)$/.test(noun) || (/s$/.test(noun) && !/ss$/.test(noun))) continue;
    // "killed a number of livestock", "killed a family": a quantity or a collective is not one person.
    if (COLLECTIVE_RE.test(noun)) continue;
    cands.push(onePerson(start, end, "singular:kill-object", groupOf(noun), "killed"));
  }
  // A headline's bare person noun right before its casualty participle ("Woman killed in shelling on X",
  // "Child injured by ..."): one person.
  const bare = HEADLINE_SINGULAR_RE.exec(seg);
  const words = [bare?.[2], bare?.[3]]
    .filter((w): w is string => w !== undefined)
    .map((w) => w.toLowerCase());
  const singularNoun = (w: string) => {
    const person = NOUNS.get(w);
    return person !== undefined && !person.kind && !/s$|men$|^children$|^people$/.test(w);
  };
  const start = bare ? range.start + bare[0].indexOf(bare[1]!) : 0;
  if (bare && words.every(singularNoun) && !cands.some((c) => c.start < start + bare[1]!.length)) {
    const word = words[words.length - 1]!;
    const groups = words.map(groupOf).filter((g): g is VictimGroup => g !== undefined);
    cands.push({
      start,
      end: start + bare[1]!.length,
      range: { min: words.length, max: words.length },
      rule: "singular",
      head: { word, end: start + bare[1]!.length, category: NOUNS.get(word)!.category, groups },
      groups: new Set(groups),
      singular: words.length === 1,
      nounless: false,
      person: true,
    });
  }
  cands.sort((a, b) => a.start - b.start);
  const kept = cands.filter(
    (c) => !EXCEPTED_BEFORE_RE.test(work.slice(Math.max(range.start, c.start - 24), c.start)),
  );
  return dropParentheticals(work, withListMembers(work, kept, range.end));
}

/**
 * "killing all the occupants except a young child", "everyone apart from two boys": the persons after
 * an exception are the ones the verb did not reach, so they are no count of its kind.
 */
const EXCEPTED_BEFORE_RE =
  /(?<![\p{L}])(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|but\s+for)\s+(?:the\s+)?$/iu;

/**
 * Persons listed with a counted person whose nouns the lexicon lacks, one each ("killed a commander,
 * a leader and three civilians"; `list-members.ts`), each member's span over its "of" phrase and name.
 */
function withListMembers(work: string, cands: Candidate[], limit: number): Candidate[] {
  const out = [...cands];
  for (const c of cands) {
    if (!c.person) continue;
    const startsPerson = (at: number) => out.some((d) => d.start === at && d.person);
    const { members, ends } = listMembers(work, c, limit, startsPerson);
    if (members.length === 0) continue;
    for (const d of out) d.end = Math.max(d.end, ends.get(d.start) ?? d.end);
    for (const m of members) {
      const end = Math.max(m.end, ends.get(m.start) ?? m.end);
      if (out.some((d) => m.start < d.end && end > d.start)) break;
      out.push(onePerson(m.start, end, "singular:list-member", undefined, c.tollKind ?? "killed"));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * One person told by a singular phrase whose verb gives the toll's kind ("a truffle gatherer was
 * killed", "drone kills man", "the death of X", "the wounded child"): the candidate the singular rules share.
 */
function onePerson(
  start: number,
  end: number,
  rule: string,
  group: VictimGroup | undefined,
  tollKind: CasualtyKind,
): Candidate {
  const groups = new Set<VictimGroup>(group ? [group] : []);
  const one = { min: 1, max: 1 };
  return {
    start,
    end,
    range: one,
    rule,
    head: null,
    groups,
    singular: true,
    nounless: false,
    person: true,
    tollKind,
  };
}

/** A breakdown in parentheses right after a count ("five people (the father, … three children)") is not added. */
function dropParentheticals(work: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = work.slice(prev.end, c.start);
      if (/^\s*\([^)]*$/.test(gap)) continue;
      if (/^\s*\(/.test(gap) && !gap.includes(")") && out.length > 0) continue;
    }
    const inside = out.length > 0 && insideParenAfter(work, out, c);
    if (!inside) out.push(c);
  }
  return out;
}

function insideParenAfter(work: string, kept: Candidate[], c: Candidate): boolean {
  const open = work.lastIndexOf("(", c.start);
  if (open < 0 || work.slice(open, c.start).includes(")")) return false;
  const before = work.slice(0, open).trimEnd().length;
  return kept.some((k) => k.end === before);
}

/**
 * One person singled out of a subgroup ("including five children, of whom one was a baby", "…, one of
 * them an infant"): a member of the subgroup, not a person more.
 */
const ONE_OF_SUB_GAP_RE =
  /^\s*,?\s*(?:of\s+whom\s+one|one\s+of\s+(?:them|whom))(?:\s+(?:was|is|being))?\s+$/i;

/**
 * A clause about some members of a subgroup between two of its items: "including two women, one of
 * whom was pregnant, and three children" (the children are still in the list).
 */
const SUB_ASIDE_GAP_RE =
  /^\s*,\s*(?:one|two|three|some|all|most|both|none)\s+of\s+(?:whom|them)\s[^,;:.()\d]{1,40},\s*(?:and\s+)?$/i;

/** "one of whom", "two of them": a count of some members of a group named before it. */
const MEMBERS_OF_RE = /^[\p{L}\d-]+\s+of\s+(?:whom|them)$/iu;
/**
 * After "one of whom": the clause only describes the members ("was a doctor", "were nurses", "a
 * doctor"), up to its end; a casualty verb in it ("one of whom later died") makes it a toll of its own.
 */
const MEMBERS_DESCRIBED_RE =
  /^\s+(?:(?:was|were|is|are|being)\s+)?(?![^,;.:()]*(?:killed|died|dead|injured|wounded|hurt|martyred|succumbed))[^,;.:()]{1,50}(?=[,;.:)]|$)/iu;
/**
 * The rest of a counted group's clause (its verb: " were killed"), then a comma. A bare comma is a
 * subgroup of the count itself ("3 civilians, two of them children"), read elsewhere.
 */
const GROUP_CLAUSE_GAP_RE = /^\s+\p{L}[^,;.:()\d]{0,80},\s*$/u;
/**
 * A member named by a relative clause after a counted group, in the clause of that group: "Three men
 * were killed, one of whom was a doctor, …", "…, one of them a doctor", "…, among them a doctor".
 */
const MEMBER_CLAUSE_GAP_RE =
  /^\s+\p{L}[^,;.:()\d]{0,80},\s*(?:[\p{L}\d-]+\s+of\s+(?:whom|them)(?:\s+(?:was|were|is|are|being))?|among\s+them(?:\s+(?:was|were|is|are))?)\s+$/iu;

/** Subgroups attach to their parent; adjacent person counts joined by "and" / "," add up. */
function mergeStructure(work: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = out[out.length - 1];
    const next = cands[i + 1];
    const gapPrev = prev ? work.slice(prev.end, c.start) : null;
    // "Three men were killed, one of whom was a doctor, and two children were injured": the relative
    // clause names members of the group counted before it; it adds no person, and its member is not
    // joined to the count after it.
    if (
      prev?.person &&
      prev.subEnd === undefined &&
      gapPrev !== null &&
      MEMBERS_OF_RE.test(work.slice(c.start, c.end)) &&
      GROUP_CLAUSE_GAP_RE.test(gapPrev) &&
      MEMBERS_DESCRIBED_RE.test(work.slice(c.end))
    ) {
      const gm = SUB_TAIL_GROUP_RE.exec(work.slice(c.end, c.end + 40));
      const g = gm ? groupOf(gm[1] ?? "") : undefined;
      if (g) prev.groups.add(g);
      continue;
    }
    if (
      prev?.person &&
      prev.subEnd === undefined &&
      gapPrev !== null &&
      c.person &&
      MEMBER_CLAUSE_GAP_RE.test(gapPrev)
    ) {
      c.groups.forEach((g) => prev.groups.add(g));
      continue;
    }
    const inSubList =
      (prev?.subEnd !== undefined &&
        c.person &&
        (COMPOSE_GAP_RE.test(work.slice(prev.subEnd, c.start)) ||
          COMITATIVE_GAP_RE.test(work.slice(prev.subEnd, c.start)))) ||
      (prev?.subEnd !== undefined &&
        c.singular &&
        ONE_OF_SUB_GAP_RE.test(work.slice(prev.subEnd, c.start))) ||
      (prev?.subEnd !== undefined && c.person && SUB_ASIDE_GAP_RE.test(work.slice(prev.subEnd, c.start))) ||
      (prev !== undefined && gapPrev !== null && isApposition(work, prev, gapPrev, cands, i));
    // "…, including five children, one of them a baby": the "one" is a member of the subgroup; the
    // subgroup's end stays, so that the person named after it is read as that member too.
    if (
      prev?.subEnd !== undefined &&
      /^one\s+of\s+(?:them|whom)$/i.test(work.slice(c.start, c.end)) &&
      /^\s*,\s*$/.test(work.slice(prev.subEnd, c.start))
    )
      continue;
    // "five casualties, including two deaths": the deaths among the casualties are a count of their own.
    const kindWithin =
      prev?.head?.kind === "unspecified" && (c.head?.kind === "killed" || c.head?.kind === "injured");
    if (
      prev &&
      gapPrev !== null &&
      !kindWithin &&
      (inSubList ||
        SUBGROUP_GAP_RE.test(gapPrev) ||
        (prev.subEnd !== undefined && SUBGROUP_GAP_RE.test(work.slice(prev.subEnd, c.start))) ||
        (c.head?.pronoun &&
          (/^\s*,\s*$/.test(gapPrev) ||
            (prev.subEnd !== undefined && /^\s*,\s*$/.test(work.slice(prev.subEnd, c.start))))) ||
        (prev.person && !prev.singular && c.person && BREAKDOWN_GAP_RE.test(gapPrev)))
    ) {
      c.groups.forEach((g) => prev.groups.add(g));
      const gm = SUB_TAIL_GROUP_RE.exec(work.slice(c.end, c.end + 40));
      const g = gm ? groupOf(gm[1] ?? "") : undefined;
      if (g) prev.groups.add(g);
      prev.subEnd = c.end;
      continue;
    }
    // "twelve people from two neighbouring families": the second count says where the first came from.
    if (
      prev &&
      gapPrev !== null &&
      prev.person &&
      !prev.singular &&
      c.person &&
      (PROVENANCE_GAP_RE.test(gapPrev) ||
        (prev.subEnd !== undefined && PROVENANCE_GAP_RE.test(work.slice(prev.subEnd, c.start))))
    ) {
      c.groups.forEach((g) => prev.groups.add(g));
      prev.subEnd = c.end;
      continue;
    }
    // "the death of Hasan M., an IDP from X": a named person's description, not a second person.
    if (
      prev?.rule === "singular:named" &&
      gapPrev !== null &&
      /^\s*,\s*$/.test(gapPrev) &&
      c.singular &&
      /^an?\s/i.test(work.slice(c.start, c.end))
    ) {
      prev.subEnd = c.end;
      continue;
    }
    if (next && AMONG_AFTER_RE.test(work.slice(c.end, next.start))) {
      c.groups.forEach((g) => next.groups.add(g));
      continue;
    }
    // ", and another civilian was killed" starts a new clause: not part of the list before it.
    // A plain comma goes on with the list ("his mother, another child and three civilians").
    const newClause =
      gapPrev !== null && /,\s*and\s+$/i.test(gapPrev) && /^another\s/i.test(work.slice(c.start, c.end));
    const joined =
      gapPrev !== null &&
      (COMPOSE_GAP_RE.test(gapPrev) ||
        COMITATIVE_GAP_RE.test(gapPrev) ||
        (prev?.singular === true && NAMED_COMPOSE_GAP_RE.test(gapPrev)));
    if (prev && gapPrev !== null && !newClause && joined && composable(prev, c)) {
      prev.range = {
        min: prev.range.min + c.range.min,
        max: prev.range.max === null || c.range.max === null ? null : prev.range.max + c.range.max,
      };
      prev.end = c.end;
      prev.rule = "composition";
      prev.singles = (prev.singular || prev.singles === true) && c.singular;
      prev.singular = false;
      c.groups.forEach((g) => prev.groups.add(g));
      if (prev.head && c.head && prev.head.category !== c.head.category)
        prev.head = { ...prev.head, category: "civilians" };
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * "two civilians, a father and his son, …": a list right after a count, separated by a comma only,
 * that adds up to exactly that count names its members; it is not added again.
 */
function isApposition(work: string, prev: Candidate, gap: string, cands: Candidate[], i: number): boolean {
  // "two men, a woman and a child" is a list: only a generic noun ("civilians", "farmers") takes an apposition.
  // "at least one civilian, a young man, was killed": a count of one takes its one person's apposition.
  const one = /^(?:(?:at\s+least|only)\s+)?(?:one|1)\s/i.test(work.slice(prev.start, prev.end));
  if (
    (prev.singular && !one) ||
    prev.groups.size > 0 ||
    (!one && prev.range.min !== prev.range.max) ||
    !/^\s*,\s*$/.test(gap)
  )
    return false;
  let sum = 0;
  let end = -1;
  for (let j = i; j < cands.length; j++) {
    const c = cands[j]!;
    if (end >= 0 && !COMPOSE_GAP_RE.test(work.slice(end, c.start))) break;
    if (!c.person || c.range.max === null) return false;
    sum += c.range.max;
    end = c.end;
  }
  return sum === prev.range.min;
}

function composable(a: Candidate, b: Candidate): boolean {
  if (!a.person || !b.person) return false;
  // "killing a nurse and a patient", "a paramedic and two women": a single person adds up with anyone.
  if (a.singular || b.singular || a.singles === true) return true;
  const ca = a.head?.category ?? "civilians";
  const cb = b.head?.category ?? "civilians";
  return ca === cb || ca === "unknown" || cb === "unknown";
}

function tollKindOf(word: string): CasualtyKind {
  if (/injur|wound/i.test(word)) return "injured";
  return /victim|casualt/i.test(word) ? "unspecified" : "killed";
}

function clauseAround(
  work: string,
  c: Candidate,
  range: { start: number; end: number },
): { start: number; end: number } {
  let start = c.start;
  while (start > range.start && !isClauseStop(work.charCodeAt(start - 1))) start--;
  let end = c.end;
  while (end < range.end && !isClauseStop(work.charCodeAt(end))) end++;
  return { start, end };
}

/** ".", ";" or a line break (NaN, past the text's end, is none): compared by code, not a regular expression per character. */
function isClauseStop(code: number): boolean {
  return code === 0x2e || code === 0x3b || code === 0x0a;
}

/** "…, most of whom were women and children" / "including women and children" add victim groups. */
function addTailGroups(work: string, c: Candidate, clauseEnd: number): void {
  const m = GROUPS_TAIL_RE.exec(work.slice(c.end, clauseEnd));
  if (!m) return;
  for (const gm of (m[1] ?? "").matchAll(GROUP_WORD_RE)) {
    const g = groupOf(gm[1] ?? "");
    if (g) c.groups.add(g);
  }
}
