/**
 * The noun a count quantifies: reads the words after a number ("three young children", "members of
 * regime forces", "a number of them") and finds the victim category of pronouns and casualty nouns
 * from the closest person noun earlier in the span ("the rescuers and paramedics … killing a number of them").
 */
import { NON_PERSON, NOUN_STOP, NOUNS } from "./victim-lexicon.js";
import type { CasualtyKind, VictimCategory, VictimGroup } from "./victim-lexicon.js";
import { matchesOf, matchesTwoCharsOrMore, testUnlessShort } from "../regex-matches.js";

export interface Head {
  word: string;
  end: number;
  category: VictimCategory;
  groups: VictimGroup[];
  kind?: CasualtyKind;
  pronoun?: boolean;
}

/**
 * Nouns that open the singular reading "a/an/another NOUN": the singular person nouns of the victim
 * lexicon, less those that more often name who did the killing ("a sniper killed …") or that are also
 * adjectives ("a minor injury"), plus "guard" and "policeman".
 */
function singularPersonNouns(): string {
  const agents =
    /^(?:sniper|gunman|militant|insurgent|jihadist|extremist|operative|commando|minor|elderly|family|picker)$/;
  const nouns = [...NOUNS.entries()]
    .filter(([w, info]) => !info.kind && !info.pronoun && /^[a-z]+$/.test(w) && !/s$|men$/.test(w))
    .map(([w]) => w)
    .filter((w) => w !== "children" && w !== "people" && !agents.test(w));
  return [...new Set([...nouns, "guard", "policeman"])].sort((a, b) => b.length - a.length).join("|");
}

/**
 * Singular persons counted as one when a casualty verb attaches ("the death of a child", "killing him,
 * his wife …", "shot dead a former opposition commander"). Groups: 1 modifiers (checked by
 * `singularModifiersOk`; an age counts: "an 11 years-old child"), 2 noun after a/an/another, 3 kin or body after a possessive (adjectives allowed: "his teenage son", "his badly burned body"), 4 object pronoun
 * ("her" only when it is not a possessive: "her three children" counts the children, not her).
 */
/**
 * English kinship terms, the closed set (a possessive's singular relative is one person: "his
 * grandmother", "her father-in-law", "their cousin"), with a body.
 */
export const KIN_NOUNS =
  "(?:(?:great-)?grand)?(?:mother|father|son|daughter|child|parent)(?:-in-law)?|(?:step|half-)?(?:brother|sister|sibling)(?:-in-law)?|wife|husband|spouse|uncle|aunt|cousin|nephew|niece|fianc[eé]e?|baby|infant|body";

export const SINGULAR_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:a|an|another)\\s+((?:[\\p{L}\\d'’-]+\\s+){0,2}?)(${singularPersonNouns()})|(?:his|her|their)\\s+(?:\\p{L}+ly\\s+\\p{L}+ed\\s+)?(?:(?:teenage|young|younger|youngest|elder|eldest|older|little|baby|infant|newborn|elderly|old|pregnant|disabled|only|[\\p{L}\\d]+-year-old)\\s+){0,2}(${KIN_NOUNS})|(him|her(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|or|in|on|at|while|as|when|with|after|before|near|inside|during|together|too|also)(?![\\p{L}]))))(?![\\p{L}])`,
  "giu",
);

const BAD_MODIFIER =
  /^(?:the|a|an|of|and|or|in|on|at|by|to|from|with|for|was|were|is|are|had|has|have|who|which|that|this|his|her|their|its|kill\w*|hit|hits|struck|shot|fired|target\w*|shell\w*|bomb\w*|attack\w*|strikes?|raid\w*|dead|died)$/i;

/** Words between "a" and the noun may be adjectives ("a former opposition commander"), never verbs or articles. */
export function singularModifiersOk(modifiers: string | undefined): boolean {
  if (!modifiers) return true;
  return modifiers
    .trim()
    .split(/\s+/)
    .every((w) => !BAD_MODIFIER.test(w));
}

const TOKEN_RE = /\s*([\p{L}][\p{L}'’]*(?:-[\p{L}]+)*|[^\s\p{L}])/uy;
const DETERMINERS = /^(the|his|her|their|its|those|these|whom|them)$/i;
const COMBATANT_OF = matchesTwoCharsOrMore(
  /^\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:forces|army|militias?|brigades?|division|battalion|regiment|troops|group|units?|hts|sdf|ypg|isis|daesh|fighters)(?![\p{L}])/iu,
);
const RESCUER_OF = matchesTwoCharsOrMore(
  /^\s+of\s+(?:the\s+)?(?:syrian\s+)?(?:civil\s+defen[cs]e|white\s+helmets|rescue\s+teams?)/i,
);
const FAMILY_OF = matchesTwoCharsOrMore(
  /^\s+of\s+(?:one|the\s+same|a|an|his|her|their)\s+(?:[\p{L}-]+\s+)?family/iu,
);

/**
 * Read the counted noun after position `pos`; null when none, "reject" when the number counts a
 * non-person unit ("48 hours").
 */
export function readHead(work: string, pos: number, limit: number): Head | null | "reject" {
  let p = pos;
  const modifiers: string[] = [];
  for (let i = 0; i < 6; i++) {
    TOKEN_RE.lastIndex = p;
    const m = TOKEN_RE.exec(work);
    if (!m || m.index + m[0].length > limit) return null;
    const raw = m[1] ?? "";
    // "Killed: 12\nInjured: 5": a label opening the next line is not the counted noun.
    if (m[0].includes("\n") && /^\s*:/.test(work.slice(m.index + m[0].length, limit))) return null;
    const word = raw
      .toLowerCase()
      .replace(/['’]s$/, "")
      .replace(/^(?:ال|وال)(?=\p{L}{3})/u, "");
    p = m.index + m[0].length;
    if (i === 0 && word === "of") continue;
    if (DETERMINERS.test(word) && !NOUNS.has(word)) continue;
    if (!/\p{L}/u.test(raw)) return i === 0 && raw === "%" ? "reject" : null;
    if (i === 0 && NON_PERSON.test(word)) return "reject";
    const info = NOUNS.get(word) ?? NOUNS.get(raw);
    if (info) {
      const head: Head = { word, end: p, category: info.category, groups: info.group ? [info.group] : [] };
      if (info.kind) head.kind = info.kind;
      if (info.pronoun) head.pronoun = true;
      refine(head, modifiers, work.slice(p, Math.min(limit, p + 80)));
      return head;
    }
    if (NOUN_STOP.test(word) || NON_PERSON.test(word) || modifiers.length >= 3) return null;
    modifiers.push(word);
  }
  return null;
}

function refine(head: Head, modifiers: string[], after: string): void {
  const mods = modifiers.join(" ");
  if (/civil\s+defen[cs]e|rescue/.test(mods)) head.category = "rescuers";
  else if (/medical|health|ambulance/.test(mods)) head.category = "medical";
  else if (/regime|government|army|opposition|rebel|militia|pro-/.test(mods) && head.word !== "civilians")
    head.category = "combatants";
  for (const mod of modifiers) {
    const g = NOUNS.get(mod)?.group;
    if (g && !head.groups.includes(g)) head.groups.push(g);
  }
  if (head.word === "members" || head.word === "member" || head.category === "unknown") {
    if (testUnlessShort(RESCUER_OF, after)) head.category = "rescuers";
    else if (testUnlessShort(COMBATANT_OF, after)) head.category = "combatants";
    else if (testUnlessShort(FAMILY_OF, after)) {
      head.category = "civilians";
      head.groups.push("families");
    }
  }
}

const PERSON_WORD_RE = /(?<![\p{L}])([\p{L}]+)(?![\p{L}])/gu;

/**
 * Victim category for a count: its own noun when specific, else the closest person noun before it in
 * the span; of a coordinated pair ("rescuers and paramedics") the first is taken.
 */
export function resolveCategory(work: string, head: Head | null, from: number, to: number): VictimCategory {
  if (head && head.category !== "unknown") return head.category;
  const words = matchesOf(work.slice(from, to), PERSON_WORD_RE);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i]![1] ?? "").toLowerCase();
    const cat = NOUNS.get(w)?.category;
    if (!cat || cat === "unknown") continue;
    const and = words[i - 1]?.[1]?.toLowerCase();
    const pair =
      and === "and" || and === "or"
        ? NOUNS.get((words[i - 2]?.[1] ?? "").toLowerCase())?.category
        : undefined;
    return pair && pair !== "unknown" ? pair : cat;
  }
  return "unknown";
}
