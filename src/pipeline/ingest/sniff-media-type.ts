/**
 * Decides what kind of document the decoded text is: the caller's hint (--type, Content-Type) wins, then
 * the file extension, then the content itself (HTML markup, a JSON object with "text", Markdown syntax).
 */
import type { MediaType } from "../../domain/report.js";

const BY_EXTENSION: Record<string, MediaType> = {
  html: "text/html",
  htm: "text/html",
  xhtml: "text/html",
  md: "text/markdown",
  markdown: "text/markdown",
  mdown: "text/markdown",
  json: "application/json",
  txt: "text/plain",
  text: "text/plain",
};

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAGS = /<(?:p|div|br|article|section|h[1-6]|span|a\s+href|meta|title|script|table|li)[\s>/]/gi;
const MARKDOWN_SIGNS = [
  /^#{1,6}\s+\S/m,
  /\[[^\]\n]+\]\([^)\s]+\)/,
  /^\s*[-*+]\s+\S/m,
  /\*\*[^*\n]+\*\*/,
  /^>\s/m,
];

/**
 * Picks the media type of a document.
 * @example sniffMediaType("<html><body>x</body></html>", "page", null) // "text/html"
 */
export function sniffMediaType(text: string, originalName: string | null, hint: MediaType | null): MediaType {
  if (hint) return hint;
  const extension = /\.([a-z0-9]+)$/i.exec(originalName ?? "")?.[1]?.toLowerCase();
  const byName = extension ? BY_EXTENSION[extension] : undefined;
  if (byName) return byName;
  return sniffContent(text);
}

function sniffContent(text: string): MediaType {
  if (HTML_START.test(text)) return "text/html";
  if (looksLikeReportJson(text)) return "application/json";
  // A page fragment without <html>: several common tags make it HTML rather than prose with a "<".
  if ((text.slice(0, 20_000).match(HTML_TAGS)?.length ?? 0) >= 3) return "text/html";
  const head = text.slice(0, 20_000);
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(head)).length;
  if (/^\s*#\s+\S/.test(text) || signs >= 2) return "text/markdown";
  return "text/plain";
}

function looksLikeReportJson(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === "object" && value !== null && typeof (value as { text?: unknown }).text === "string"
    );
  } catch {
    return false;
  }
}
