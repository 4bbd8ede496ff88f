/**
 * Sentence splitting with absolute character offsets. wink-nlp reads each document once (tokens and
 * sentences, without tags: readSentencesOnly); its sentence boundaries are then refined with layout
 * rules that news pages need: blank lines always end a sentence, bullet lines ("• Balyoun town: two
 * children.") and headline-like lines stand alone, and a hard-wrapped line that continues in lower
 * case is joined to the next one.
 */
import { englishNlp, readSentencesOnly } from "./english-nlp.js";

/** One sentence: `text === source.slice(start, end)`. `paragraph` counts blank-line separated blocks. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** The sentence is a bullet item ("• X: ..."). */
  bullet: boolean;
}

const BULLET_RE = /^[ \t]*(?:[•●▪◦‣\-*–]|\d{1,2}[.)])\s+/;
const TERMINAL_RE = /[.!?:;"”’)\]]\s*$/;

/** Character offsets [start, end) of wink's sentences, computed from token values. */
function winkSentenceRanges(text: string): { start: number; end: number }[] {
  const its = englishNlp().its;
  const doc = readSentencesOnly(text);
  const values = doc.tokens().out(its.value);
  const offsets: number[] = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    const at = v.trim() === "" ? pos : text.indexOf(v, pos);
    offsets[i] = at < 0 ? pos : at;
    if (at >= 0) pos = at + v.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    const a = span[0] ?? 0;
    const b = span[1] ?? a;
    const start = offsets[a] ?? 0;
    const end = (offsets[b] ?? start) + (values[b] ?? "").length;
    out.push({ start, end });
  }
  return out;
}

const LIST_ITEM_END_RE = /;\s*$/;
const LIST_INTRO_END_RE = /:\s*$/;

/**
 * Semicolons separate the items of one sentence: a line ending in ";" is continued by the next line,
 * and a line ending in ":" by a next line that is itself such an item ("documented shelling on:\n A, B
 * in X;\n C in Y."). Bullets keep their own lines (handled by the caller).
 */
function listItemContinues(text: string, lines: { start: number; end: number }[], i: number): boolean {
  const prev = lines[i - 1]!;
  const prevText = text.slice(prev.start, prev.end);
  if (BULLET_RE.test(prevText)) return false;
  if (LIST_ITEM_END_RE.test(prevText)) return true;
  if (!LIST_INTRO_END_RE.test(prevText)) return false;
  const cur = lines[i]!;
  return LIST_ITEM_END_RE.test(text.slice(cur.start, cur.end));
}

/** A bullet line that holds only a name ("- Kafr Nabl", "• al-Bara,"): an item, not a clause. */
const BARE_NAME_BULLET_RE =
  /^[ \t]*[•●▪◦‣\-*–][ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,4}[ \t]*[,;.]?[ \t]*$/u;

/** Line ranges, marking the lines that must end a sentence (layout breaks). */
function layoutBreaks(text: string): Set<number> {
  // Offsets at which a new sentence must start.
  const breaks = new Set<number>();
  const lines: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const cur = lines[i]!;
    const prevText = text.slice(prev.start, prev.end);
    const curText = text.slice(cur.start, cur.end);
    if (curText.trim() === "") continue;
    const blankBefore = prevText.trim() === "";
    const continues =
      !TERMINAL_RE.test(prevText) && /^\s*[a-z0-9(]/.test(curText) && !BULLET_RE.test(curText);
    // "X shelled these villages:" followed by bullets that are bare names: the bullets are the items of
    // the lead's list (its objects), as "A, B and C" would be, not sentences of their own.
    const bareItem =
      !blankBefore &&
      BARE_NAME_BULLET_RE.test(curText) &&
      ((LIST_INTRO_END_RE.test(prevText) && !BULLET_RE.test(prevText)) ||
        (BARE_NAME_BULLET_RE.test(prevText) && !breaks.has(prev.start)));
    if (bareItem) continue;
    if (blankBefore || BULLET_RE.test(curText)) breaks.add(cur.start);
    else if (!continues && !listItemContinues(text, lines, i)) breaks.add(cur.start);
  }
  return breaks;
}

/**
 * Split `text` into sentences with absolute offsets.
 * @example splitSentences("Hello there.\n\n• A: two.")  // two sentences, the second a bullet
 */
export function splitSentences(text: string): Sentence[] {
  if (text.trim() === "") return [];
  const breaks = [...layoutBreaks(text)].sort((a, b) => a - b);
  const pieces: { start: number; end: number }[] = [];
  for (const r of winkSentenceRanges(text)) {
    let start = r.start;
    for (const b of breaks) {
      if (b > start && b < r.end) {
        pieces.push({ start, end: b });
        start = b;
      }
    }
    pieces.push({ start, end: r.end });
  }
  const out: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    if (/\n[ \t]*\n/.test(text.slice(lastEnd, start)) && out.length > 0) paragraph++;
    const sentenceText = text.slice(start, end);
    out.push({ start, end, text: sentenceText, paragraph, bullet: BULLET_RE.test(sentenceText) });
    lastEnd = end;
  }
  return out;
}
