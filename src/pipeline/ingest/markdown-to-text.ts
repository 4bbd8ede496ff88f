/**
 * Markdown → plain text with minimal, line-preserving stripping: headings lose their #, emphasis and code
 * marks go, links keep their text (their URL is kept per line for "Read also" links), images, rules,
 * fences and link definitions become blank lines. One output line per input line, so removed-line numbers
 * still point into the original document. The first heading is the title.
 */

export interface MarkdownText {
  text: string;
  title: string | null;
  /** First http(s) link URL on each line, or null. */
  lineUrls: (string | null)[];
  /** A YAML front-matter block (`---` … `---` at the top, as static-site pages carry): simple fields. */
  frontMatter: FrontMatter | null;
}

export interface FrontMatter {
  fields: Record<string, string>;
  /** The block's lines (blanked in `text`), to be listed as removed furniture. */
  lines: { line: number; text: string }[];
}

const FRONT_MATTER_FENCE = /^---\s*$/;
const FRONT_MATTER_FIELD = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/;
/** A front-matter block longer than this is not front matter but a document that starts with a rule. */
const FRONT_MATTER_MAX_LINES = 60;

/** Reads `key: value` lines of a leading front-matter block; nested YAML values are ignored. */
function readFrontMatter(source: readonly string[]): FrontMatter | null {
  if (!FRONT_MATTER_FENCE.test(source[0] ?? "")) return null;
  const close = source.findIndex((line, i) => i > 0 && FRONT_MATTER_FENCE.test(line));
  if (close < 1 || close > FRONT_MATTER_MAX_LINES) return null;
  const fields: Record<string, string> = {};
  for (const line of source.slice(1, close)) {
    const m = FRONT_MATTER_FIELD.exec(line);
    if (m?.[1] && m[2]) fields[m[1].toLowerCase()] = m[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  if (Object.keys(fields).length === 0) return null;
  return { fields, lines: source.slice(0, close + 1).map((text, line) => ({ line, text })) };
}

const ATX_HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const IMAGE = /!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g;
const INLINE_LINK = /\[([^\]]+)\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+["'(][^)]*["')])?\s*\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;

/**
 * Strips Markdown markup line by line.
 * @example markdownToText("# Title\n\nSome **bold** [link](https://x.org).").text // "Title\n\nSome bold link."
 */
export function markdownToText(markdown: string): MarkdownText {
  const source = markdown.split("\n");
  const lines: string[] = [];
  const lineUrls: (string | null)[] = [];
  let title: string | null = null;
  let inFence = false;
  const frontMatter = readFrontMatter(source);
  const frontMatterEnd = frontMatter ? frontMatter.lines.length : 0;
  source.forEach((line, i) => {
    let out = line;
    let url: string | null = null;
    if (i < frontMatterEnd) {
      out = "";
    } else if (FENCE.test(line)) {
      inFence = !inFence;
      out = "";
    } else if (inFence) {
      out = line;
    } else if (LINK_DEFINITION.test(line) || RULE.test(line)) {
      out = "";
    } else if (SETEXT_UNDERLINE.test(line) && i > 0 && (source[i - 1] ?? "").trim() !== "") {
      out = "";
      title ??= inline(source[i - 1]!).text.trim() || null;
    } else {
      const heading = ATX_HEADING.exec(line);
      const converted = inline(heading ? (heading[1] ?? "") : stripBlockMarks(line));
      out = converted.text;
      url = converted.url;
      if (heading) title ??= out.trim() || null;
    }
    lines.push(out);
    lineUrls.push(url);
  });
  return { text: lines.join("\n"), title, lineUrls, frontMatter };
}

/** Block quote markers and bullet markers; numbered list numbers are kept as text. */
function stripBlockMarks(line: string): string {
  return line.replace(/^\s{0,3}(?:>\s?)+/, "").replace(/^(\s*)[-*+]\s+/, "$1");
}

function inline(line: string): { text: string; url: string | null } {
  let url: string | null = null;
  const keepUrl = (href: string): void => {
    const clean = href.replace(/^<|>$/g, "");
    if (url === null && /^https?:\/\//i.test(clean)) url = clean;
  };
  const text = line
    .replace(IMAGE, "")
    .replace(INLINE_LINK, (_m, label: string, href: string) => {
      keepUrl(href);
      return label;
    })
    .replace(REFERENCE_LINK, "$1")
    .replace(AUTOLINK, (_m, href: string) => {
      keepUrl(href);
      return href;
    })
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
    .replace(/[ \t]+$/, "");
  return { text, url };
}
