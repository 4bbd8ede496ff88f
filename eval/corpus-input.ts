/**
 * Reads documents of ../shared/data/corpus/ as a user's page would reach the pipeline: the metadata
 * the file carries (a URL line, a front-matter date) goes to the input fields, not into the text.
 * Shared by `npm run eval:corpus` and the project's gold sets over the corpus (eval/project-gold-sets.ts).
 */
import { readFileSync } from "node:fs";
import type { DocumentInput } from "./load-pipeline.js";

/**
 * A corpus news file: "URL\nbody". The URL is passed as `url` and dropped from the bytes (it is not part
 * of the article); a file without a URL line is passed whole.
 */
export function newsInput(file: string, name: string): DocumentInput {
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(0x0a);
  const firstLine = bytes
    .subarray(0, newline === -1 ? bytes.length : newline)
    .toString("utf8")
    .trim();
  if (!/^https?:\/\//.test(firstLine)) return { bytes, originalName: name };
  return { bytes: bytes.subarray(newline + 1), originalName: name, url: firstLine };
}

/** A Syrian Archive investigation (.md): the front matter's `date:` is the publication date. */
export function archiveInput(file: string, name: string): DocumentInput {
  const bytes = readFileSync(file);
  const head = bytes.subarray(0, 2048).toString("utf8");
  const date = /^---[\s\S]*?^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(head)?.[1];
  return date ? { bytes, originalName: name, publishedAt: date } : { bytes, originalName: name };
}
