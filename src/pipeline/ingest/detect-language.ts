/**
 * Language of the clean text as an ISO 639-1 code, with eld. The statically bundled "medium" database is
 * loaded when this module is first imported (about 0.3 s), so detection itself stays synchronous.
 */
import { eld } from "eld/medium";

/** Fewer letters than this and eld's guess is noise. */
const MIN_LETTERS = 20;
/** eld is linear in input; the first few thousand characters settle the language. */
const SAMPLE_CHARS = 4000;

/**
 * Detects the language of `text`; null when the text is too short or eld is not confident.
 * @example detectLanguage("The committee called on the UN to act.") // "en"
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const result = eld.detect(sample);
  return result.language !== "" && result.isReliable() ? result.language : null;
}
