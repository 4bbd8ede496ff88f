/**
 * Language of the clean text as an ISO 639-1 code, with eld. The statically bundled "extrasmall"
 * database loads when this module is first imported; detection itself stays synchronous. Why not
 * "medium": loading it cost 0.6 s of CPU in every process that ingests (2 MB of object literals to
 * parse), against 0.25 s for extrasmall, whose published accuracy on sentences and longer texts is
 * within 0.1–0.4 points of medium (eld README: 99.5% vs 99.6% on its big test); on the 1,174 English
 * and Arabic documents under ../shared/data and ../shared/seed the two agree on every one.
 */
import { eld } from "eld/extrasmall";

/** Fewer letters than this and eld's guess is noise. */
const MIN_LETTERS = 20;
const ENOUGH_LETTERS = new RegExp(`(?:\\p{L}[^\\p{L}]*){${MIN_LETTERS}}`, "u");
/**
 * eld itself reads only the first 1,000 characters and stops after about 350 UTF-8 bytes of words
 * (eld/src/languageDetector.js), so its cost per report is fixed; our sample matches its cut so that the
 * letter gate below judges the same text eld reads. Changing this must keep every detected language the
 * same: `npm run check:language-sample` compares it with 4,000 characters (the former sample) on every
 * document under ../shared/data and ../shared/seed.
 */
export const SAMPLE_CHARS = 1000;

/**
 * Detects the language of `text` from its first `sampleChars` characters; null when that sample is too
 * short or eld is not confident.
 * @example detectLanguage("The committee called on the UN to act.") // "en"
 */
export function detectLanguage(text: string, sampleChars = SAMPLE_CHARS): string | null {
  const sample = text.slice(0, sampleChars);
  if (!ENOUGH_LETTERS.test(sample)) return null;
  const result = eld.detect(sample);
  return result.language !== "" && result.isReliable() ? result.language : null;
}
