/**
 * Extraction throughput on one core: reports/s and tokens/s of the full extraction stage on
 * news-length reports, next to the raw wink-nlp tokenisation rate measured in the same run.
 * Texts: ../shared/data/corpus/news/*.txt when present (real news, many cut at ~2,000 characters),
 * else the golden fixtures. Since report length varies, the table also gives characters/s and the
 * equivalent rate for 5,000-character ("news-length") reports.
 * Run: `npm run bench:extract [-- --seconds 5]`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ingestDocument } from "../src/pipeline/ingest/index.js";
import { extractClaims } from "../src/pipeline/extract/index.js";
import { buildKnowledge, parseGazetteerFile } from "../src/knowledge/index.js";
import type { Report } from "../src/domain/report.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 3;
const newsDir = path.resolve(root, "../shared/data/corpus/news");
const ochaFile = path.resolve(root, "../shared/data/gazetteer/syr_admin4_communities.csv");

/** `--dir <folder>`: benchmark on every .txt/.md file below that folder instead (e.g. long NGO reports). */
const customDir = process.argv.includes("--dir")
  ? path.resolve(process.argv[process.argv.indexOf("--dir") + 1]!)
  : null;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name))
      : /\.(txt|md)$/.test(entry.name) && !/_ar\.md$/.test(entry.name)
        ? [path.join(dir, entry.name)]
        : [],
  );
}

function loadTexts(): { source: string; texts: Buffer[] } {
  if (customDir) {
    const files = listFiles(customDir);
    return { source: `${files.length} files under ${customDir}`, texts: files.map((f) => readFileSync(f)) };
  }
  if (existsSync(newsDir)) {
    const files = readdirSync(newsDir).filter((f) => f.endsWith(".txt"));
    return {
      source: `${files.length} real news reports (${newsDir})`,
      texts: files.map((f) => readFileSync(path.join(newsDir, f))),
    };
  }
  const fixtures = path.join(root, "test/fixtures/reports");
  const texts = readdirSync(fixtures).flatMap((slug) =>
    readdirSync(path.join(fixtures, slug))
      .filter((f) => f.startsWith("source."))
      .map((f) => readFileSync(path.join(fixtures, slug, f))),
  );
  return { source: `${texts.length} golden fixtures`, texts };
}

const { source, texts } = loadTexts();
const reports: Report[] = texts.map((bytes, i) =>
  ingestDocument(
    { bytes, originalName: `bench-${i}.txt`, retrievedAt: "2026-01-01T00:00:00.000Z" },
    { maxBytes: 10_000_000 },
  ),
);
const imported = existsSync(ochaFile) ? parseGazetteerFile(readFileSync(ochaFile, "utf8")).places : [];
const knowledge = buildKnowledge({ importedPlaces: imported });
const nlp = winkNLP(model);
const its = nlp.its;

function timeLoop(work: (report: Report) => number): { reportsPerSecond: number; tokensPerSecond: number } {
  let done = 0;
  let tokens = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - started < budget) {
    tokens += work(reports[done % reports.length]!);
    done++;
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return { reportsPerSecond: done / elapsed, tokensPerSecond: tokens / elapsed };
}

const tokenCounts = new Map<Report, number>();
for (const report of reports)
  tokenCounts.set(report, nlp.readDoc(report.text).tokens().out(its.value).length);
for (const report of reports.slice(0, 10)) extractClaims(report, knowledge); // warm-up (JIT, lazy tables)

const raw = timeLoop((report) => nlp.readDoc(report.text).tokens().length());
const full = timeLoop((report) => {
  extractClaims(report, knowledge);
  return tokenCounts.get(report)!;
});
// Cold: every report seen once by a freshly built gazetteer (no memoised lookups), rebuilt untimed
// between rounds — the rate for a stream of new reports rather than the same corpus over and over.
function coldRate(rounds: number): { reportsPerSecond: number; tokensPerSecond: number } {
  let elapsedNs = 0n;
  let tokens = 0;
  for (let round = 0; round < rounds; round++) {
    const fresh = buildKnowledge({ importedPlaces: imported });
    const started = process.hrtime.bigint();
    for (const report of reports) {
      extractClaims(report, fresh);
      tokens += tokenCounts.get(report)!;
    }
    elapsedNs += process.hrtime.bigint() - started;
  }
  const elapsed = Number(elapsedNs) / 1e9;
  return { reportsPerSecond: (rounds * reports.length) / elapsed, tokensPerSecond: tokens / elapsed };
}
const cold = coldRate(5);
const meanChars = Math.round(reports.reduce((n, r) => n + r.text.length, 0) / reports.length);
console.log(
  `texts: ${source}; mean clean length ${meanChars} chars; gazetteer: ${imported.length} imported + built-in`,
);
const row = (measure: string, rate: { reportsPerSecond: number; tokensPerSecond: number }) => ({
  measure,
  "reports/s": Math.round(rate.reportsPerSecond),
  "tokens/s": Math.round(rate.tokensPerSecond),
  "chars/s": Math.round(rate.reportsPerSecond * meanChars),
  "5,000-char reports/s": Math.round((rate.reportsPerSecond * meanChars) / 5000),
});
console.table([
  row("wink-nlp tokenisation only", raw),
  row("full extraction stage (warm lookups)", full),
  row("full extraction stage (cold gazetteer)", cold),
]);
