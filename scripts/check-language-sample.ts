/**
 * Checks that detect-language's short sample (SAMPLE_CHARS) picks the same language as a 4,000-character
 * sample (its former size) on every document under ../shared/data and ../shared/seed. Each document goes
 * through the real ingest stage first, so the text compared is exactly what detection sees at ingest.
 * Exits 1 and lists the documents when any language differs.
 * Run: `npm run check:language-sample [-- --sample N]`
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SAMPLE_CHARS, detectLanguage } from "../src/pipeline/ingest/detect-language.js";
import { ingestDocument } from "../src/pipeline/ingest/index.js";

const REFERENCE_CHARS = 4000;
const DOCUMENT = /\.(txt|md|html?)$/i;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sampleArg = process.argv.indexOf("--sample");
const sample = sampleArg >= 0 ? Number(process.argv[sampleArg + 1]) : SAMPLE_CHARS;

function documentsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return documentsUnder(full);
      return DOCUMENT.test(name) ? [full] : [];
    });
}

const files = ["../shared/data", "../shared/seed"].flatMap((d) => documentsUnder(path.resolve(root, d)));
let compared = 0;
let longerThanSample = 0;
let notIngested = 0;
const counts = new Map<string, number>();
const differing: string[] = [];
for (const file of files) {
  let text: string;
  try {
    const report = ingestDocument(
      {
        bytes: readFileSync(file),
        originalName: path.basename(file),
        retrievedAt: "2026-01-01T00:00:00.000Z",
      },
      { maxBytes: 50_000_000 },
    );
    text = report.text;
  } catch {
    notIngested++; // Rejected at ingest (empty, binary, no text): detection never runs on it.
    continue;
  }
  compared++;
  if (text.length > sample) longerThanSample++;
  const reference = detectLanguage(text, REFERENCE_CHARS);
  const short = detectLanguage(text, sample);
  counts.set(String(reference), (counts.get(String(reference)) ?? 0) + 1);
  if (reference !== short) differing.push(`${path.relative(root, file)}: ${reference} → ${short}`);
}

console.log(
  `${compared} documents compared (${longerThanSample} longer than the ${sample}-character sample, ` +
    `${notIngested} rejected at ingest); languages at ${REFERENCE_CHARS} characters: ` +
    [...counts].map(([lang, n]) => `${lang} ${n}`).join(", "),
);
if (differing.length > 0) {
  console.log(`${differing.length} differ with a ${sample}-character sample:\n${differing.join("\n")}`);
  process.exit(1);
}
console.log(`identical on all ${compared}`);
