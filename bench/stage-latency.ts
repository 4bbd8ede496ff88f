/**
 * Per-call latency of the hot building blocks, measured here rather than in timed tests:
 * ingesting a 5 KB text page, scanning 5,000 characters for actors, one gazetteer lookup, and
 * building the knowledge index (built-in places plus the OCHA table when ../shared is present).
 * Run: `npm run bench:latency`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingestDocument } from "../src/pipeline/ingest/index.js";
import { buildKnowledge, parseGazetteerFile } from "../src/knowledge/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ochaFile = path.resolve(root, "../shared/data/gazetteer/syr_admin4_communities.csv");

function perCall(label: string, rounds: number, work: () => void) {
  for (let i = 0; i < Math.min(20, rounds); i++) work();
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) work();
  const micros = Number(process.hrtime.bigint() - started) / 1e3 / rounds;
  return { measure: label, "µs per call": Math.round(micros * 10) / 10, "calls/s": Math.round(1e6 / micros) };
}

const paragraph =
  "The Syrian Observatory for Human Rights said regime forces and Russian warplanes shelled villages in rural Idlib " +
  "on Monday, killing four civilians including two children, while the White Helmets recovered victims from the rubble. ";
const article = `Shelling in rural Idlib\n\n${paragraph.repeat(Math.ceil(5000 / paragraph.length))}`.slice(
  0,
  5000,
);
const bytes = new TextEncoder().encode(article);
const imported = existsSync(ochaFile) ? parseGazetteerFile(readFileSync(ochaFile, "utf8")).places : [];

const buildStarted = process.hrtime.bigint();
const knowledge = buildKnowledge({ importedPlaces: imported });
const buildMs = Number(process.hrtime.bigint() - buildStarted) / 1e6;
const names = [
  "Sarjah",
  "Ahsem",
  "Daret Izza",
  "Kafarnoran",
  "Maarat al-Numan",
  "Qwerty",
  "Atareb",
  "Binnish",
];
let next = 0;

/** First lookups of each name on freshly built gazetteers: the cost before memoisation helps. */
function firstLookups() {
  let elapsed = 0n;
  let calls = 0;
  for (let round = 0; round < 5; round++) {
    const fresh = buildKnowledge({ importedPlaces: imported });
    const started = process.hrtime.bigint();
    for (const name of names) fresh.places.findPlaces(name, { admin1: ["Idlib"] });
    elapsed += process.hrtime.bigint() - started;
    calls += names.length;
  }
  const micros = Number(elapsed) / 1e3 / calls;
  return {
    measure: "gazetteer findPlaces, first lookup",
    "µs per call": Math.round(micros * 10) / 10,
    "calls/s": Math.round(1e6 / micros),
  };
}

console.log(
  `gazetteer: ${knowledge.places.size} entries (${imported.length} imported); first build ${buildMs.toFixed(0)} ms`,
);
console.table([
  perCall("ingest a 5 KB text page", 300, () =>
    ingestDocument(
      { bytes, originalName: "a.txt", retrievedAt: "2026-01-01T00:00:00.000Z" },
      { maxBytes: 1e7 },
    ),
  ),
  perCall("findActors on 5,000 characters", 500, () => knowledge.actors.findActors(article, "2021-05-01")),
  firstLookups(),
  perCall("gazetteer findPlaces, memoised repeat", 5000, () =>
    knowledge.places.findPlaces(names[next++ % names.length]!, { admin1: ["Idlib"] }),
  ),
  perCall("rebuild knowledge (cached built-ins)", 5, () => buildKnowledge({ importedPlaces: imported })),
]);
