/**
 * Where the attacker or the defender is, not what was hit: a place inside the subject of an attack or
 * defence verb. "[Israeli forces in the Golan Heights] fired two missiles at a warehouse", "[air defence
 * in A and B] attempted to stand against the attack": the place locates the subject, and the attack
 * struck elsewhere. The evidence is the clause's shape: an armed force's noun, "in/on/at" and the place
 * (or a list of places), then the subject's own verb in the active voice, right after the place or its
 * list. "Regime forces in A were shelled" names A as hit and stays a place; so does "forces in A, where
 * shells fell" (no verb of the subject follows).
 */
import { matchesTwoCharsOrMore, testUnlessShort, testWhen } from "./regex-matches.js";

/**
 * An armed force's noun, "in/on/at", maybe earlier items of a list of places or a site the place
 * locates ("in X base on the outskirts of", "at a post north of"), then the place.
 */
const HOLDER_BEFORE =
  /\b(?:forces|troops|soldiers|army|units|fighters|militias?|militiamen|gunmen|air[\s-]*defen[cs]es?|batter(?:y|ies)|gunners|launchers?|artillery)\s+(?:(?:stationed|deployed|positioned|based)\s+)?(?:in|on|at)\s+(?:the\s+)?(?:[^,.;:]{1,40}?(?:,|\s+and|\s+(?:of|in|on|at|near))\s+(?:the\s+)?)?$/i;
/** Words one of which every match of HOLDER_BEFORE holds (a quick test first). */
const HOLDER_NEEDS =
  /forces|troops|soldiers|army|units|fighters|militia|gunmen|defen|batter|gunners|launcher|artillery/i;
/**
 * The rest of the list of names and maybe the kind of site ("X base", "X hill", "X city"), then the subject's own
 * verb (active: no "was"/"were" before it).
 */
const HOLDER_VERB_AFTER = matchesTwoCharsOrMore(
  /^(?:\s*(?:,|\band\b)\s*(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d'’-]*|(?:al|el)-[\p{L}'’-]+)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’-]*|(?:al|el|ad|ash|as|ar|an|at|az)-[\p{L}'’-]+))*)*(?:\s+(?:hills?|heights|mountains?|bases?|area|airport|countryside|city|town|village))?\s*,?\s+(?:(?:have|has|had|also|then|reportedly|allegedly|later|again)\s+){0,2}(?:fired|launched|shelled|bombarded|targeted|struck|attacked|opened\s+fire|shot|intercepted|confronted|responded|repelled|repulsed|attempted|tried|fought)(?![\p{L}])/u,
);

/**
 * True when the name between `before` and `after` sits in the subject of an attack or defence verb.
 * @example isHolderPosition("Israeli forces in the ", " fired two missiles") // true
 */
export function isHolderPosition(before: string, after: string): boolean {
  return testWhen(HOLDER_NEEDS, HOLDER_BEFORE, before) && testUnlessShort(HOLDER_VERB_AFTER, after);
}
