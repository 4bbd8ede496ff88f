/**
 * Context patterns around a casualty count: what before or after a number rules it out (ages, dates,
 * resolutions), marks a subgroup, a composition, a parallel toll, a far toll update or a reported-speech
 * "that". Shared by the casualty finder; data only.
 */
import { GROUP_WORD_RE } from "./victim-lexicon.js";

export const EXCLUDE_BEFORE =
  /(?:aged|age\s+of|ages(?:\s+of)?|(?:father|mother|parent)s?\s+of|resolution|chapter|article|paragraph|no\.|route|highway|brigade|division|regiment|battalion|the|this|that|no|every|any|each|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s*$/i;
/** "…said that three deaths occurred": "that" introduces reported speech, not a demonstrative. */
export const REPORTED_THAT_RE =
  /(?<![\p{L}])(?:said|says|reported|reports|stated|states|confirmed|added|announced|noted|documented|explained|mentioned|indicated|told\s+[\p{L}]+(?:\s+[\p{L}]+)?)\s+that\s*$/iu;
/** After a number: an age, a percentage, a month name ("12 March", "3 Sept"; not "9 martyrs"), an ordinal suffix. */
export const EXCLUDE_AFTER =
  /^(?:\s*-?\s*(?:years?|months?|weeks?)[- ]old|-(?:year|month|week)|\s*(?:yrs?|y\.o\.?)(?![a-z])|\s*(?:%|percent|per\s+cent)|\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:st|nd|rd|th)\b)/i;
/**
 * "number of (the) (civilian|people|civilians who were) killed": the counted noun of a toll, with the
 * relative clause of "the number of civilians who were killed".
 */
const TOLL_NOUN =
  "number\\s+of\\s+(?:the\\s+)?(?:civilian\\s+|(?:people|civilians|persons|those|individuals)\\s+(?:(?:who|that)\\s+(?:were|have\\s+been|had\\s+been|was)\\s+)?)?(?:dead|deaths|fatalities|victims|casualties|injured|wounded|people\\s+killed|martyrs|killed|injuries)";
export const TOLL_BEFORE_RE = new RegExp(`(toll|${TOLL_NOUN})[^.;\\d]{0,50}$`, "i");
/**
 * Between a count and its subgroup: ", including ", " – among them ", " of whom ", also after the
 * counted noun's own "of"/"from" phrase ("19 members of the X family, including six women": the
 * subgroup belongs to the whole noun phrase, whose head is the count).
 */
export const SUBGROUP_GAP_RE =
  /^(?:\s+members)?(?:\s+(?:of|from|belonging\s+to)\s+[^,;:.()\d–—]{1,50}?)?\s*(?:,|[–—-])?\s*(?:including|among\s+(?:them|whom)|of\s+(?:whom|them))\s+$/i;
/**
 * A colon opening a breakdown of the count before it, possibly after bare nouns ("a family of four
 * members: father, mother and two girls"): the counts listed are part of it, not added to it.
 */
export const BREAKDOWN_GAP_RE = /^\s*:\s*(?:[\p{L}'’-]+(?:\s*,\s*|\s+and\s+))*$/u;
/** "a family of six": the number counts the family's members. */
export const FAMILY_OF_BEFORE_RE = /(?<![\p{L}])family\s+of\s+$/iu;
export const SUB_TAIL_GROUP_RE = new RegExp(`^\\s*(?:were\\s+|are\\s+)?${GROUP_WORD_RE.source}`, "iu");
export const AMONG_AFTER_RE = /^\s+(?:were|are|was)\s+among\s+$/i;
/**
 * "N people from two families", "N members of three households", "N civilians across three
 * generations", "N people spanning four generations": a count inside a preposition phrase that modifies
 * the counted persons says where they came from or what they span, not more persons.
 */
export const PROVENANCE_GAP_RE =
  /^\s+(?:from|of|belonging\s+to|across|spanning(?:\s+(?:over|across))?|over)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){1,3}(?:of|from)\s+(?:the\s+)?)?$/iu;
export const COMPOSE_GAP_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|her|their)\s+)?$/i;
/**
 * Comitative wording joining two counts of persons who share one fate: "a man, along with 15 family
 * members, were killed", "a mother with her five children", "seven members of the X family together
 * with 18 other civilians" (after the first count's own "of" phrase): the persons add up.
 */
export const COMITATIVE_GAP_RE =
  /^(?:\s+(?:of|from|belonging\s+to)\s+[^,;:.()\d–—]{1,50}?)?\s*,?\s*(?:(?:(?:along|together)\s+with|alongside|as\s+well\s+as)\s+(?:(?:his|her|their|its)\s+)?|with\s+(?:his|her|their)\s+)$/i;
/**
 * The same after the first person's casualty verb: "a man was killed along with his three children".
 * The second count is persons on top of the first (`more`), whose own toll it joins.
 */
export const COMITATIVE_AFTER_VERB_RE =
  /(?<![\p{L}])(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:reportedly|reported|allegedly)\s+)?(?:killed|injured|wounded|martyred)\s+(?:(?:along|together)\s+with|alongside|as\s+well\s+as)\s+(?:(?:his|her|their|its)\s+)?$/iu;
/**
 * A person's name in apposition inside a list of victims: "a woman, Ola X, and her four sons", "a
 * boy, Ahmad Y (9), and his father": the name is the person before it, and the list goes on.
 */
export const NAMED_COMPOSE_GAP_RE =
  /^\s*,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]*\s*(?:\([^)]{0,80}\)\s*)?,\s*(?:and\s+)?(?:(?:his|her|their)\s+)?$/u;
/** A bare number right after a casualty verb or noun ("killing 4", "claimed the lives of 4"). */
export const VERB_BEFORE_BARE_RE =
  /(?<![\p{L}])(?:kill(?:ing|ed|s)?|wound(?:ing|ed|s)?|injur(?:ing|ed|es|e)|lives\s+of|deaths?\s+of|killing\s+of|martyrdom\s+of|bodies\s+of)\s+$/iu;
/** Between two parallel counts: "two in A and three in B", "two civilians in A, three in B". */
export const PARALLEL_GAP_RE =
  /^\s+(?:(?:occurred|happened|were\s+(?:killed|recorded|reported|documented)|died|fell)\s+)?(?:in|at|on|near|from)\s+[^,.;:\d]{1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)$/i;
export const AMONG_BEFORE_RE =
  /(?<![\p{L}])among\s+(?:the\s+)?(dead|killed|fatalities|victims|casualties|injured|wounded)\s+(?:were|was|are|is)\s+$/iu;
/** A toll update far from its noun ("the death toll from the bombing in the city of X rose to 14"). */
export const FAR_TOLL_RE = new RegExp(`(toll|${TOLL_NOUN})[^.;]{0,160}$`, "i");
/**
 * The toll named after its update, in the word order of reports translated from Arabic: "where it rose
 * to 7 – including a man and his wife – the number of people killed yesterday".
 */
export const TOLL_AFTER_UPDATE_RE =
  /^[^.;\d]{0,60}?(?<![\p{L}])(?:the\s+)?(?:(death)\s+toll|number\s+of\s+(?:the\s+)?(?:civilian\s+|people\s+|civilians\s+|those\s+)?(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(dead|deaths|fatalities|victims|casualties|injured|wounded|killed|martyrs|injuries))(?![\p{L}])/iu;
/** A person noun right after a singular one ("a civilian woman", "a Syrian army soldier"). */
export const NOUN_AFTER_RE =
  /^\s+(child|boy|girl|woman|man|baby|infant|nurse|doctor|paramedic|volunteer|farmer|shepherd|worker|student|teacher|driver|soldier|fighter)(?![\p{L}])/iu;
/** "since the beginning of 2024", "October 20th, 2023": a year, not a count. */
export const YEAR_RE = /^(?:19[5-9]\d|20\d\d)$/;
export const YEAR_BEFORE_RE =
  /(?<![\p{L}])(?:in|since|of|early|late|mid|during|until|by|year|from)\s+$|(?:^|\s)(?:and|-)\s*$|(?<![\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*$/iu;
export const GROUPS_TAIL_RE =
  /^\s*,?\s*(?:(?:most|many|some|all|half|the\s+majority)\s+of\s+(?:whom|them)\s+(?:were|are)|including|mostly|mainly|among\s+them)\s+((?:(?:women|children|elderly|men|families|girls|boys|infants|the|and|,|\s)+))/i;
