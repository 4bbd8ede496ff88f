/**
 * Words around a count: the person nouns a count may quantify (with the victim category and victim
 * group they imply), the casualty verbs/nouns that decide killed / injured / unspecified, and the
 * non-person units that disqualify a number ("48 hours", "50 cylinders").
 */
import type { z } from "zod";
import type { VictimGroup as VictimGroupSchema } from "../../../domain/claim.js";
import { VERB_CLASSES } from "../lexicon/verb-classes.js";

/** A victim group as in the claim contract (women, children, elderly, men, families). */
export type VictimGroup = z.infer<typeof VictimGroupSchema>;

export type VictimCategory = "civilians" | "combatants" | "rescuers" | "medical" | "unknown";
export type CasualtyKind = "killed" | "injured" | "unspecified";

export interface NounInfo {
  category: VictimCategory;
  group?: VictimGroup;
  /** Nouns that are themselves casualty words ("deaths", "casualties"). */
  kind?: CasualtyKind;
  pronoun?: boolean;
}

const entries: [string, NounInfo][] = [];
const add = (words: string, info: NounInfo): void => {
  for (const w of words.split(" ")) entries.push([w, info]);
};
add("people persons person civilians civilian residents resident citizens workers worker pickers owners", {
  category: "civilians",
});
add("individuals villagers farmers shepherds students pupils worshippers worshipers idps refugees", {
  category: "civilians",
});
add("protesters demonstrators detainees prisoners journalists passengers relatives others inhabitants", {
  category: "civilians",
});
add("patient patients teacher teachers pedestrian pedestrians teenager teenagers youth youths employee", {
  category: "civilians",
});
add(
  "neighbours neighbors neighbour neighbor employees driver drivers activist vendor vendors seller sellers trader traders merchant shopkeeper engineer idps idp",
  {
    category: "civilians",
  },
);
add("women woman wife mother mothers daughter daughters sister sisters", {
  category: "civilians",
  group: "women",
});
add(
  "children child kids kid boys boy girls girl infants infant babies baby minors toddlers toddler son sons",
  { category: "civilians", group: "children" },
);
add("men man husband father brother brothers", { category: "civilians", group: "men" });
add("elderly", { category: "civilians", group: "elderly" });
add("families family", { category: "civilians", group: "families" });
add(
  "fighters fighter militiamen militants gunmen insurgents jihadists soldiers soldier troops servicemen conscripts recruits combatants commander commanders officer officers",
  { category: "combatants" },
);
// Other names for armed men, neutral or loaded, as outlets of every side use them.
add(
  "mercenaries rebels guerrillas loyalists operatives snipers paratroopers commandos reservists defectors extremists",
  { category: "combatants" },
);
add("policemen guards", { category: "unknown" });
add("rescuers rescuer volunteers volunteer responders", { category: "rescuers" });
add("paramedics paramedic nurses nurse doctors doctor medics medic surgeons", { category: "medical" });
add("members member", { category: "unknown" });
add("them whom", { category: "unknown", pronoun: true });
add("dead deaths fatalities martyrs bodies body corpse corpses killed", {
  category: "unknown",
  kind: "killed",
});
add("injured wounded injuries", { category: "unknown", kind: "injured" });
add("casualties victims", { category: "unknown", kind: "unspecified" });
add("قتلى شهداء", { category: "unknown", kind: "killed" });
add("جرحى مصابين", { category: "unknown", kind: "injured" });
add("ضحايا", { category: "unknown", kind: "unspecified" });
add("مدنيين مدنيا مدنياً", { category: "civilians" });
add("أطفال", { category: "civilians", group: "children" });
add("نساء", { category: "civilians", group: "women" });

/**
 * The other number of a regular English person noun ("citizens" ↔ "citizen", "owner" → "owners",
 * "militiaman" ↔ "militiamen"), so that the lists above need each noun once; irregular plurals are
 * listed as such.
 */
function otherNumber(w: string): string | null {
  if (!/^[a-z]+$/.test(w)) return null;
  if (/men$/.test(w)) return w.replace(/men$/, "man");
  if (/man$/.test(w)) return w.replace(/man$/, "men");
  if (/[^aeiou]ies$/.test(w)) return w.replace(/ies$/, "y");
  if (/[^aeiou]y$/.test(w)) return w.replace(/y$/, "ies");
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.replace(/es$/, "");
  if (/[^s]s$/.test(w)) return w.replace(/s$/, "");
  if (/(?:ss|sh|ch|x)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/**
 * Nouns left as listed: "others" and "relatives" count people only in the plural ("the other side"
 * counts nothing), and irregular plurals are listed with their singulars.
 */
const AS_LISTED = new Set([
  "others",
  "relatives",
  "elderly",
  "idps",
  "people",
  "children",
  "child",
  "wife",
  "troops",
]);
for (const [w, info] of [...entries]) {
  if (info.kind || info.pronoun || info.category === "unknown" || AS_LISTED.has(w)) continue;
  const other = otherNumber(w);
  if (other && !entries.some(([x]) => x === other)) entries.push([other, info]);
}

export const NOUNS: ReadonlyMap<string, NounInfo> = new Map(entries);

/** Units and things that a number counts instead of people; the count is discarded. */
export const NON_PERSON =
  /^(hours?|days?|yrs?|weeks?|months?|years?|decades?|minutes?|seconds?|km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|percent|per|%|million|billion|times|rounds?|shells?|rockets?|missiles?|bombs?|strikes?|raids?|sorties|cylinders?|houses?|homes?|buildings?|villages?|towns?|vehicles?|cars?|trucks?|buses|bus|shops?|stores?|tents?|drones?|mortars?|projectiles?|barrels?|warplanes?|aircraft|helicopters?|jets?|apartments?|schools?|hospitals?|mosques?|bakeries|bakery|roads?|farms?|positions?|checkpoints?|livestock|sheep|cattle|cows?|goats?|animals?|horses?|camels?|donkeys?|dogs?|chickens?|birds?|tanks?|motorcycles?|ambulances?|boats?|planes?|bulldozers?|heads?|tons?|tonnes?|kg|dollars?|usd|am|pm|o'clock|th|st|nd|rd|and|or)$/i;

/** Words allowed between a number and its person noun ("three young children", "five Syrian civilians"). */
export const NOUN_STOP =
  /^(after|before|in|on|at|from|by|with|and|or|were|was|are|is|have|has|had|to|into|during|since|for|than|as|who|which|that|this|these|those|when|while|near|across|against|killed|injured|wounded|died|including|among)$/i;

/**
 * Killing verbs of WordNet's "kill" class (lexicon/verb-classes.ts: behead, decapitate, lynch, strangle,
 * slaughter, …) in their past forms: "beheaded two men", "two men were lynched" count the persons as
 * killed. Lemmas mostly used figuratively or with other senses (erase, eradicate, decimate, stone, pip,
 * vaporize, neutralise) are left out.
 */
const KILL_CLASS_PAST = VERB_CLASSES.killVerbs.lemmas
  .filter((l) => !/^(?:erase|eradicate|decimate|stone|pip|vaporize|neutralise|annihilate)$/.test(l))
  .map((l) => (l.endsWith("e") ? `${l}d` : `${l}ed`))
  .join("|");
export const KILLED_RE = new RegExp(
  `(?<![\\p{L}])(?:kill(?:ed|ing|s)?|wip(?:e|es|ed|ing)\\s+out|died|dies|die|dead|deaths?|fatalit(?:y|ies)|lives|massacred?|slaughter(?:ed|ing|s)?|assassinated|perish(?:ed)?|martyr(?:ed|s|dom)?|slain|bod(?:y|ies)|corpses?|executed|murder(?:ed)?|toll|${KILL_CLASS_PAST}|قتل|مقتل|قتلى|شهداء|شهيد|استشهاد|وفاة)(?![\\p{L}])`,
  "giu",
);
export const INJURED_RE =
  /(?<![\p{L}])(?:injur(?:ed|ing|y|ies|es)|wound(?:ed|ing|s)?|hurt|maimed|جرحى|إصابة|إصابات|مصابين|جرح)(?![\p{L}])/giu;
export const UNSPEC_RE = /(?<![\p{L}])(?:casualt(?:y|ies)|victims|ضحايا)(?![\p{L}])/giu;

/**
 * A verb group right after the counted noun: "were killed", "died", ", who were wounded", also after a
 * verb of report ("were reported injured", "are feared dead", "were said to have been killed").
 */
export const STRICT_AFTER_RE =
  /^\s*,?\s*(?:who\s+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|being|reportedly|reported|confirmed|feared|(?:said|believed|thought|known)\s+to\s+have\s+been|also|later|all)\s+)*(?:\w+ly\s+)?(killed|dead|died|die|perished|slain|executed|martyred|murdered|slaughtered|assassinated|shot\s+dead|lost\s+(?:their|his|her)\s+li(?:ves|fe)|succumbed|(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)|injured|wounded|hurt|maimed)(?:\s+(?:and|or)\s+(?:(?:\w+ly|later|then)\s+)?(killed|injured|wounded|hurt|died|succumbed))?(?![\p{L}])/iu;

/** Verbs that report toll updates right before a number ("rose to", "has reached"). */
export const UPDATE_BEFORE_RE =
  /(?:(?:rose|rise|rises|risen|rising|climbed|increased|jumped|went\s+up|raised|up)\s+to|(?:reached|reaching|hit|stands?\s+at|stood\s+at)|(?:bring(?:ing|s)?|brought|rais(?:ed|es|ing)|updat(?:ed|es|ing))\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:toll|number|tally|total)(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+to)\s*$/i;
/**
 * "died of his wounds" right after the count, maybe after the participle that tells the wounding ("a
 * woman wounded in the attack later died of her injuries"): a death of someone already counted as injured.
 */
export const DIED_OF_WOUNDS_RE =
  /^\s*,?\s*(?:who\s+)?(?:(?:(?:was|were|had\s+been)\s+)?(?:wounded|injured|hurt)\s+(?:in|by|during)\s+[^.;,]{1,40}?\s+(?=(?:later|subsequently|then|\w+ly\s+)?\s*(?:died|succumbed)))?(?:(?:later|subsequently|had|has|have|also|then|\w+ly)\s+)*(?:died|succumbed)\s+(?:later\s+|subsequently\s+|on\s+\w+\s+)?(?:of|from|to)\s+(?:(?:his|her|their|the|its)\s+)?(?:\w+\s+)?(?:wounds|injuries)/i;
/** A tally over a period: "since March", "since the start of the year", "a cumulative toll". */
export const CUMULATIVE_RE =
  /(?<![\p{L}])(?:since\s+(?:early|late|mid|the\s+(?:start|beginning|outbreak|onset)|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|last|then)|cumulative|running\s+toll)(?![\p{L}])/iu;
/**
 * "so far", "to date": a tally only when the clause also names the period it counts over ("… killed so
 * far this year"); in a clause about one attack ("five people have been killed so far") it is that
 * attack's running toll.
 */
export const RUNNING_TOTAL_RE = /(?<![\p{L}])(?:so\s+far|(?:up\s+)?to\s+date)(?![\p{L}])/iu;
/**
 * "in total", "total", "overall": a sum over places or days, unless the count updates a toll ("bringing
 * the total death toll to 15") without naming a period: the running toll of the attack just told.
 */
export const TOTAL_RE = /(?<![\p{L}])(?:in\s+total|total|overall)(?![\p{L}])/iu;
/** The period a running total counts over (see RUNNING_TOTAL_RE). */
export const TALLY_PERIOD_RE =
  /(?<![\p{L}])(?:years?|months?|weeks?|(?:19|20)\d\d|war|conflict|campaign|escalation|revolution|offensive|operations|period)(?![\p{L}])/iu;

export const GROUP_WORD_RE =
  /(?<![\p{L}])(women|woman|girls?|children|child|kids|boys?|infants?|babies|baby|minors|elderly|men|man|famil(?:y|ies))(?![\p{L}])/giu;

/** Map a group word to its victim group. */
export function groupOf(word: string): VictimGroup | undefined {
  return NOUNS.get(word.toLowerCase())?.group;
}
