/**
 * Members of a list of casualties whose nouns the victim lexicon lacks. Coordination joins like with
 * like: in "killed a commander of the unit, a leader of the party, and three civilians" the indefinite
 * noun phrase between two counted persons is a person too, whatever its noun, and each such phrase is
 * one. A member may carry an "of" phrase ("a leader of the party") and a name in apposition
 * (", Youssef Rabbani,"); both belong to it, so that the gaps between members stay plain list commas.
 */
import { singularModifiersOk } from "./read-head.js";
import { NON_PERSON, NOUNS } from "./victim-lexicon.js";

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
}

/** A list separator: ", ", ", and ", " and ". */
const SEPARATOR_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/u;
/** "of the SDF's military discipline unit" before a list comma: part of the member (up to eight words). */
const OF_PHRASE_RE = /^\s+of\s+(?:[\p{L}\d’'-]+\s+){0,7}[\p{L}\d’'-]+(?=\s*,)/u;
/** ", Mazloum Saad Eddin Asaad" before a list comma: the member's name in apposition. */
const NAME_APPOSITION_RE =
  /^\s*,\s*\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:al|el|bin|ibn|abu)[-\s])?\p{Lu}[\p{L}’'-]*){1,4}(?=\s*,)/u;
/**
 * An indefinite singular noun phrase, ended by its "of" phrase, a list separator or the clause's end:
 * "a leader", "an aid worker". Groups: 1 modifiers, 2 the noun.
 */
const MEMBER_RE =
  /^(?:a|an)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(\p{Ll}[\p{L}-]*)(?=\s+of\s|\s*[,.;:]|\s+and\s|\s*$)/u;

/** Where a member's own words end: after its "of" phrase and a name in apposition. */
function memberEnd(work: string, end: number, limit: number): number {
  let at = end;
  const of = OF_PHRASE_RE.exec(work.slice(at, limit));
  if (of) at += of[0].length;
  const name = NAME_APPOSITION_RE.exec(work.slice(at, limit));
  if (name) at += name[0].length;
  return at;
}

/** Verbs of saying: "…, a local official said" names the speaker, not one more victim. */
const SAYING_RE =
  /^(?:said|says|say|told|tells|reported|reports|added|adds|explained|confirmed|confirms|stated|states|noted|recounted|announced|claimed)$/i;

/** A noun phrase that may name one person: no verb, verb of saying, thing or plural among its words. */
function isOnePerson(modifiers: string, noun: string): boolean {
  const w = noun.toLowerCase();
  if (!singularModifiersOk(modifiers) || NOUNS.get(w)?.kind) return false;
  if (
    `${modifiers} ${w}`
      .trim()
      .split(/\s+/)
      .some((x) => NON_PERSON.test(x) || SAYING_RE.test(x))
  )
    return false;
  // Plurals, participles, gerunds and adverbs are no single person.
  return !/(?:ing|ly|ed)$/.test(w) && !(/s$/.test(w) && !/ss$/.test(w));
}

/**
 * The new members of a list that opens with the person `first`, and where each member before the next
 * one ends. `startsAt(offset)` tells whether a counted person already starts at an offset: the list
 * links to it (extending the member before over its words) only when it found a member of its own.
 * @example listMembers("killed a commander, a leader, and three civilians", { start: 7, end: 18 }, 51, …)
 *   // → { members: [{ start: 20, end: 28 }], ends: Map { 7 → 18, 20 → 28 } }
 */
export function listMembers(
  work: string,
  first: Span,
  limit: number,
  startsAt: (offset: number) => boolean,
): { members: Span[]; ends: Map<number, number> } {
  const members: Span[] = [];
  const ends = new Map<number, number>();
  let current = first;
  for (;;) {
    const own = memberEnd(work, current.end, limit);
    const sep = SEPARATOR_RE.exec(work.slice(own, limit));
    if (!sep) break;
    const at = own + sep[0].length;
    if (startsAt(at)) {
      if (members.length > 0) ends.set(current.start, own);
      break;
    }
    const m = MEMBER_RE.exec(work.slice(at, limit));
    if (!m || !isOnePerson(m[1] ?? "", m[2] ?? "")) break;
    ends.set(current.start, own);
    current = { start: at, end: at + m[0].length };
    members.push(current);
  }
  return members.length > 0 ? { members, ends } : { members: [], ends: new Map() };
}
