/**
 * The extraction stage's one wink-nlp instance, created on first use: sentence boundaries (sbd) for
 * sentences.ts and part-of-speech tags with lemmas (pos) for clause-events.ts. One instance with both
 * annotations rather than one per use: each instance copies and indexes the whole language model
 * (about 0.2 s of CPU) and fills its own lexeme cache, while tagging whole documents as well costs
 * about 0.15 ms per report. Neither annotation reads the other's output, so boundaries and tags are
 * those of the two separate instances (the golden fixtures and eval figures are unchanged).
 */
import winkNLP, { type WinkMethods } from "wink-nlp";
import { englishModel } from "./english-model.js";

let nlp: WinkMethods | undefined;

/**
 * The shared wink-nlp instance.
 * @example englishNlp().readDoc("Shelling hit Ariha. Two died.").sentences().length() // 2
 */
export function englishNlp(): WinkMethods {
  nlp ??= winkNLP(englishModel(), ["sbd", "pos"]);
  return nlp;
}
