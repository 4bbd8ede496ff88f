/**
 * The settlement a definite description opening a sentence refers to ("The town has been under constant
 * fire since then, and it was last targeted in heavy shelling on 4 April"): when the sentence tells an
 * attack without naming any place, "the town", "the city" or "the village" as its subject is the
 * nearest settlement named before as one of that kind ("Tall Tamr, a town of about 7,000", "the town of
 * X", "X village"), as a definite noun phrase takes up an antecedent that its head noun describes. A
 * settlement named without its kind word is no antecedent, so "the town" never lands on the last name
 * by position alone.
 */
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

/** "The town", "The city's …": a definite kind word opening the sentence, not "the town of X". */
const OPENING_KIND_RE = /^\W*the\s+(town|city|village)\b(?!\s+of\b)/i;
/** "in the city center", "at the town's market": a definite kind word placing the attack. */
const LOCATIVE_KIND_RE =
  /\b(?:in|at|on|near|into)\s+the\s+(town|city|village)(?:['’]s\s+[\p{L}-]+|\s+(?:cent(?:re|er)|market|square))\b/iu;
/** How many sentences back the antecedent may lie. */
const DEFINITE_REACH = 3;

function kindAfter(kind: string): RegExp {
  // "X, a town of …", "X, a small Kurdish town", "X town", "X (a village)"
  return new RegExp(
    `^(?:\\s+${kind}\\b|\\s*[,(]\\s*(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${kind}\\b)`,
    "iu",
  );
}

function kindBefore(kind: string): RegExp {
  // "the town of X", "the Kurdish-majority town of X"
  return new RegExp(`\\b${kind}\\s+of\\s+(?:the\\s+)?$`, "i");
}

/**
 * The antecedent settlement of an opening "the town/city/village", or none.
 * @param sentences the report's sentences with their resolved places, in order
 * @example definitePlace(text, sentences, places, 2)  // [Tall Tamr] for "Tall Tamr, a town … The town was shelled"
 */
export function definitePlace(
  text: string,
  sentences: { sentence: Sentence; places: ResolvedPlace[] }[],
  i: number,
): ResolvedPlace[] {
  const m =
    OPENING_KIND_RE.exec(sentences[i]!.sentence.text) ?? LOCATIVE_KIND_RE.exec(sentences[i]!.sentence.text);
  if (!m) return [];
  const kind = m[1]!.toLowerCase();
  const after = kindAfter(kind);
  const before = kindBefore(kind);
  // The settlements the text has named as one of that kind so far: the kind belongs to the place, so a
  // later bare mention of it ("the city of Afrin … Afrin has seen more blasts") is an antecedent too.
  const ofKind = new Set<string>();
  for (let j = 0; j < i; j++)
    for (const p of sentences[j]!.places) {
      if (p.entry === null || p.entry.kind !== "settlement") continue;
      const { start, end } = p.candidate;
      if (after.test(text.slice(end, end + 60)) || before.test(text.slice(Math.max(0, start - 40), start)))
        ofKind.add(p.entry.id);
    }
  for (let j = i - 1; j >= 0 && j >= i - DEFINITE_REACH; j--) {
    const places = sentences[j]!.places;
    for (let k = places.length - 1; k >= 0; k--) {
      const p = places[k]!;
      if (p.entry !== null && ofKind.has(p.entry.id)) return [{ ...p, role: "settlement" }];
    }
  }
  return [];
}
