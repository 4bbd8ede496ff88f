/**
 * Extraction cost against input size: one report built by concatenating real corpus texts
 * (../shared/data/corpus/**, else the golden fixtures) up to 0.1, 1, 5 and 20 MB, ingested then
 * extracted once each; prints seconds and seconds per MB. Linear cost shows as a flat s/MB column.
 * `--arabic` builds them from the Arabic texts instead (the Syrian Archive's *_ar.md twins), which the
 * Arabic path (src/pipeline/extract/arabic/) reads.
 * Run: `npm run bench:size [-- --sizes 0.1,1,5] [--arabic]`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildKnowledge } from "../src/knowledge/index.js";
import { extractClaims } from "../src/pipeline/extract/index.js";
import { ingestDocument } from "../src/pipeline/ingest/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sizesArg = process.argv.indexOf("--sizes");
const sizes = (sizesArg >= 0 ? process.argv[sizesArg + 1]! : "0.1,1,5,20").split(",").map(Number);
const MB = 1024 * 1024;
const arabic = process.argv.includes("--arabic");

function listTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTexts(file);
    // The Arabic twins of the Syrian Archive are named *_ar.md: one language per run.
    const wanted = /\.(txt|md)$/.test(entry.name) && /_ar\.md$/.test(entry.name) === arabic;
    return wanted ? [readFileSync(file, "utf8")] : [];
  });
}

const corpus = listTexts(path.resolve(root, "../shared/data/corpus"));
const texts = corpus.length > 0 || arabic ? corpus : listTexts(path.join(root, "test/fixtures/reports"));
if (texts.length === 0) throw new Error("no corpus texts and no fixtures to build inputs from");

/** Concatenates corpus texts (in a fixed order, repeating) until `bytes` is reached. */
function buildInput(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length]!;
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join("\n\n");
}

const knowledge = buildKnowledge();
// Warm up the model and the gazetteer memo on one small report.
extractClaims(
  ingestDocument(
    { bytes: Buffer.from(texts[0]!), originalName: "warm.txt", retrievedAt: "2025-01-01T00:00:00Z" },
    { maxBytes: 100 * MB },
  ),
  knowledge,
);

console.log(`inputs: concatenated from ${texts.length} ${arabic ? "Arabic " : ""}corpus texts`);
console.log("size (MB)  ingest (s)  extract (s)  total (s)  s per MB  incidents  heap (MB)");
for (const mb of sizes) {
  const bytes = Buffer.from(buildInput(mb * MB), "utf8");
  const t0 = performance.now();
  const report = ingestDocument(
    { bytes, originalName: "big.txt", retrievedAt: "2025-01-01T00:00:00Z" },
    { maxBytes: 100 * MB },
  );
  const t1 = performance.now();
  const extraction = extractClaims(report, knowledge);
  const t2 = performance.now();
  const total = (t2 - t0) / 1000;
  const heap = process.memoryUsage().heapUsed / MB;
  console.log(
    [
      (bytes.length / MB).toFixed(2).padStart(9),
      ((t1 - t0) / 1000).toFixed(2).padStart(10),
      ((t2 - t1) / 1000).toFixed(2).padStart(11),
      total.toFixed(2).padStart(9),
      (total / (bytes.length / MB)).toFixed(2).padStart(8),
      String(extraction.incidents.length).padStart(9),
      heap.toFixed(0).padStart(9),
    ].join("  "),
  );
}
