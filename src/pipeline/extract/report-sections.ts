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
 * Headings that open with what a section describes: how the report was made, who made it, what to read
 * next ("Methodology", "About the authors", "Errors, corrections and feedback", "Further research").
 * Only the opening words count, and only words no site menu uses alone ("About", "Contact" and
 * "Sources" are menu items above many news articles): a news headline that mentions them is no such
 * heading.
 */
const APPARATUS_RE =
  /^\s*(?:(?:research|our|the)\s+)?(?:method(?:s|ology|ologies)\b|about\s+the\s+(?:authors?|researchers?|data|dataset|organi[sz]ation)|acknowledge?ments?|errors?,?\s+(?:and\s+)?corrections?|corrections?\s+and\s+feedback|data\s+ethics|further\s+research|references\s*$|bibliography)/i;
/** Headings that open with the past: a town's story, the conflict's history ("Background of X"). */
const BACKGROUND_RE = /^\s*(?:(?:a|the)\s+)?(?:background\b|historical\s+(?:background|context)\b)/i;

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
 * A photo credit ending a caption: a dash and a short capitalised credit ("– North Press", "- North
 * Press/archive"), or a credit in brackets ("(Image: Twitter)", "[Ali Haj Suleiman/Al Jazeera]",
 * "(U.S. Air Force photo)"), with no sentence end before it.
 */
const CAPTION_CREDIT_RE =
  /[^.!?\s]\s*(?:\s[–—-]\s*\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3}(?:\s*\/\s*archive)?|\((?:[Ii]mage|[Pp]hoto|[Pp]icture)s?\s*:[^()]{1,60}\)|\([^()]{1,60}\s[Pp]hoto\)|\[[^[\]/]{1,60}\/[^[\]]{1,40}\])\s*$/u;

/**
 * A caption: a line of its own ending in a photo credit (see CAPTION_CREDIT_RE), without a colon before
 * it (a "title: X - Y" line). News pages print it under a picture, often an archive one ("North
 * Press/archive"): it says what the picture shows, not what the report reports, so it is apparatus of
 * the page, as a credits section is.
 */
function isCaption(text: string, s: Sentence, next: Sentence | undefined): boolean {
  const lineStart = s.start === 0 || text[s.start - 1] === "\n";
  const lineEnd = next === undefined || text.slice(s.end, next.start).includes("\n");
  if (s.bullet || !lineStart || !lineEnd) return false;
  const credit = CAPTION_CREDIT_RE.exec(s.text);
  return credit !== null && !s.text.slice(0, credit.index).includes(":");
}

/**
 * The kind of section each sentence lies in (by index), from the last heading before it; a caption is
 * apparatus wherever it lies.
 * @example sectionKinds(text, splitSentences(text))  // ["incident", …, "apparatus", …]
 */
export function sectionKinds(text: string, sentences: Sentence[]): SectionKind[] {
  const captions = sentences.map((s, i) => isCaption(text, s, sentences[i + 1]));
  const headings = sentences.map((s, i) => !captions[i] && isHeading(text, s, sentences[i + 1]));
  // Only a report structured by several headings has such sections; a lone short line is a headline.
  const sectioned = headings.filter(Boolean).length >= 2;
  let kind: SectionKind = "incident";
  return sentences.map((s, i) => {
    if (sectioned && headings[i])
      kind = APPARATUS_RE.test(s.text) ? "apparatus" : BACKGROUND_RE.test(s.text) ? "background" : "incident";
    return captions[i] ? "apparatus" : kind;
  });
}
