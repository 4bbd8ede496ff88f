/**
 * Sections of a long report told by their headings (a one-line paragraph without final punctuation,
 * "Methodology", "Background of X", "About the authors"), and which of them tell no incident of the
 * report: methods, sources, credits and feedback sections never do; a background or history section
 * tells past attacks, and only one it dates to the day is specific enough to be an incident (as the
 * hand gold's conventions say: a place, a day and a means or toll).
 */
import type { Sentence } from "./sentences.js";

/** What a section is about, for the claims its sentences may make. */
export type SectionKind = "incident" | "background" | "apparatus";

/** A heading line: short, capitalised, no sentence punctuation at its end. */
const HEADING_RE = /^\s*[\p{Lu}\d][^\n]{0,70}$/u;
const TERMINAL_RE = /[.!?;,"”’)\]]\s*$/;
/**
 * Headings that open with what a section describes: how the report was made, who made it, how to reach
 * them ("Methodology", "About the authors", "Errors, corrections and feedback"). Only the opening word
 * counts: a news headline that merely mentions "sources" is no such heading.
 */
const APPARATUS_RE =
  /^\s*(?:(?:research|our|the)\s+)?(?:method(?:s|ology|ologies)?|about\b|authors?\b|acknowledge?ments?|errors?\b|corrections?\b|feedback|data\s+ethics|ethics|further\s+research|references|bibliography|sources\s*$|copyright|licen[cs]e|contact|glossary|terminology)/i;
/** Headings that open with the past: a town's story, the conflict's history ("Background of X"). */
const BACKGROUND_RE = /^\s*(?:(?:a|the)\s+)?(?:background|history|historical\s+(?:background|context))\b/i;

/** A heading: a short capitalised line of its own, without sentence punctuation at its end. */
function isHeading(text: string, s: Sentence, next: Sentence | undefined): boolean {
  const words = s.text.trim().split(/\s+/).length;
  const lineStart = s.start === 0 || text[s.start - 1] === "\n";
  const lineEnd = next === undefined || text.slice(s.end, next.start).includes("\n");
  return (
    !s.bullet && words <= 8 && lineStart && lineEnd && HEADING_RE.test(s.text) && !TERMINAL_RE.test(s.text)
  );
}

/**
 * The kind of section each sentence lies in (by index), from the last heading before it.
 * @example sectionKinds(text, splitSentences(text))  // ["incident", …, "apparatus", …]
 */
export function sectionKinds(text: string, sentences: Sentence[]): SectionKind[] {
  const headings = sentences.map((s, i) => isHeading(text, s, sentences[i + 1]));
  // Only a report structured by several headings has such sections; a lone short line is a headline.
  if (headings.filter(Boolean).length < 2) return sentences.map(() => "incident");
  let kind: SectionKind = "incident";
  return sentences.map((s, i) => {
    if (headings[i])
      kind = APPARATUS_RE.test(s.text) ? "apparatus" : BACKGROUND_RE.test(s.text) ? "background" : "incident";
    return kind;
  });
}
