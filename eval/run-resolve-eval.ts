/**
 * `npm run eval:resolve`: resolution on the external Airwars Syria set, where several outlet texts
 * describe one recorded incident. Each document goes through ingest and extraction as a user would
 * run them, with what a user would have: the text, the publisher and the URL it came from
 * (SOURCES.tsv), and a publication date only where the page itself gave one (gold `published`: page
 * metadata or a dateline, 11 of 121 documents). The recorded incident date is never given to the
 * pipeline. All claims of all documents are then resolved together (the resolver is order-independent,
 * so this is what ingesting them one by one gives), and pairwise precision and recall are printed over
 * the multi-document incidents (eval/score-resolution.ts), for the tuning and the held-out part.
 *   --verbose  list every gold pair and why it was kept apart
 *   --json     print the numbers as JSON
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SYRIA_SOURCES, SourceRegistry, buildKnowledge, transliterationKey } from "../src/knowledge/index.js";
import { EVENT_TYPES } from "../src/pipeline/extract/event-lexicon.js";
import {
  prepareClaims,
  resolveIncidents,
  type ResolveDeps,
  type WorkingClaim,
} from "../src/pipeline/resolve/index.js";
import { compareClaims, MERGE_THRESHOLD } from "../src/pipeline/resolve/compare-claims.js";
import { loadExternalSet } from "./external-sets.js";
import { sharedDataDir } from "./gold-sets.js";
import { loadPipeline } from "./load-pipeline.js";
import { scoreResolution, type ResolutionDoc, type ResolutionScore } from "./score-resolution.js";
import { splitOf, SPLITS } from "./split.js";

const SET = "external/airwars-syria";
const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const asJson = argv.includes("--json");

function readSources(dir: string): Map<string, { publisher: string | null; url: string | null }> {
  const lines = readFileSync(join(dir, "SOURCES.tsv"), "utf8").split("\n").filter(Boolean);
  const header = (lines.shift() ?? "").split("\t");
  const col = (name: string) => header.indexOf(name);
  return new Map(
    lines.map((line) => {
      const cells = line.split("\t");
      const publisher = cells[col("publisher")]?.trim() ?? "";
      const url = cells[col("url")]?.trim() ?? "";
      return [
        cells[col("id")] ?? "",
        {
          publisher: publisher && publisher !== "publisher" ? publisher : null,
          url: /^https?:/.test(url) ? url : null,
        },
      ];
    }),
  );
}

const pct = (value: number | null) => (value === null ? "  –  " : `${(value * 100).toFixed(1)}%`);

function table(rows: [string, ResolutionScore][]): string {
  const head =
    "part    docs  multi-doc incidents  gold pairs  scorable  found  recall  recall(all)  merged  false  precision";
  const body = rows.map(
    ([name, s]) =>
      `${name.padEnd(6)}  ${String(s.docs).padStart(4)}  ${String(s.multiDocIncidents).padStart(19)}  ${String(s.goldPairs).padStart(10)}  ${String(s.scorablePairs).padStart(8)}  ${String(s.found).padStart(5)}  ${pct(s.recall).padStart(6)}  ${pct(s.recallAll).padStart(11)}  ${String(s.mergedPairs).padStart(6)}  ${String(s.falseMerges).padStart(5)}  ${pct(s.precision).padStart(9)}`,
  );
  return [head, ...body].join("\n");
}

async function main(): Promise<void> {
  const dataDir = sharedDataDir();
  const set = dataDir ? loadExternalSet(dataDir, SET) : null;
  if (!dataDir || !set) {
    console.log(`${SET} not found (../shared/data, or R2P_SHARED_DIR): nothing to evaluate`);
    return;
  }
  const sources = readSources(join(dataDir, SET));
  const pipeline = await loadPipeline();
  const knowledge = buildKnowledge();
  const registry = new SourceRegistry(SYRIA_SOURCES);
  const deps: ResolveDeps = {
    sources: registry,
    actors: knowledge.actors,
    acledOf: (type) => ({ ...EVENT_TYPES[type].acled }),
  };

  const docs: { id: string; incident: string; lat: number; lon: number; claims: WorkingClaim[] }[] = [];
  for (const doc of set.docs) {
    const meta = sources.get(doc.id);
    const input = {
      ...doc.input,
      ...(meta?.publisher ? { publisher: meta.publisher } : {}),
      ...(meta?.url ? { url: meta.url } : {}),
    };
    const { report, extraction } = await pipeline.run(input);
    const claims = prepareClaims(
      {
        id: report.id,
        publisher: extraction.report.publisher,
        url: report.url,
        originators: extraction.report.originators,
        publishedAt: extraction.report.publishedAt,
        caveats: extraction.report.caveats,
        lead: report.text.slice(0, 400),
        byline: report.byline,
      },
      extraction.incidents,
      { sources: registry, nameKey: transliterationKey },
    ).map((claim): WorkingClaim => ({
      ...claim,
      incidentId: null,
      pinned: false,
      affected: true,
      match: null,
    }));
    docs.push({ id: doc.id, incident: doc.gold.incident, lat: doc.gold.lat, lon: doc.gold.lon, claims });
  }

  const all = docs.flatMap((d) => d.claims);
  const started = performance.now();
  const output = resolveIncidents({ claims: all, incidents: [], now: new Date().toISOString() }, deps);
  const resolveMs = performance.now() - started;
  const placed = new Map(output.placements.map((p) => [p.claim.id, p.incidentId]));
  const resolutionDocs: ResolutionDoc[] = docs.map((d) => ({
    doc: d.id,
    incident: d.incident,
    lat: d.lat,
    lon: d.lon,
    claims: d.claims.map((c) => ({ claim: c.claim, incidentId: placed.get(c.id) as string })),
  }));
  const byDoc = new Map(docs.map((d) => [d.id, d.claims]));
  const explain = (a: { doc: string; index: number }, b: { doc: string; index: number }) => {
    const x = byDoc.get(a.doc)?.[a.index] as WorkingClaim;
    const y = byDoc.get(b.doc)?.[b.index] as WorkingClaim;
    if (x.anchor.layer === "undated" && y.anchor.layer === "undated")
      return "both undated (no date in the text, no publication date)";
    const cmp = compareClaims(x, y, deps);
    // One undated claim is judged by the undated rule, not by date overlap (which it can never have).
    if (x.anchor.layer === "undated" || y.anchor.layer === "undated")
      return `one undated: needs the same place, attacker and a non-zero toll (${cmp.features.place}, ${cmp.features.attribution}, tolls ${cmp.features.tolls})`;
    if (cmp.blocked) return cmp.blocked;
    if (cmp.score < MERGE_THRESHOLD)
      return `score ${cmp.score} below ${MERGE_THRESHOLD} (${cmp.features.place}, dates ${cmp.features.dateAgreement})`;
    return `kept apart by the layer rules (window ambiguity or a claim of the same report) at score ${cmp.score}`;
  };

  const scores: [string, ResolutionScore][] = [["all", scoreResolution(resolutionDocs, explain)]];
  for (const split of SPLITS)
    scores.push([
      split,
      scoreResolution(
        resolutionDocs.filter((d) => splitOf(SET, d.incident) === split),
        explain,
      ),
    ]);
  const crossDoc = output.incidents.filter((i) => i.reports.length > 1).length;
  if (asJson) {
    console.log(
      JSON.stringify(
        {
          set: SET,
          resolveMs,
          claims: all.length,
          incidents: output.incidents.length,
          crossDoc,
          scores: Object.fromEntries(scores.map(([k, s]) => [k, { ...s, pairs: undefined }])),
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `Resolution on ${SET}: ${docs.length} documents, ${all.length} claims → ${output.incidents.length} incidents (${crossDoc} from more than one document), resolved in ${resolveMs.toFixed(0)} ms`,
  );
  console.log(table(scores));
  const reasons = new Map<string, number>();
  for (const pair of scores[0]![1].pairs.filter((p) => p.outcome !== "found")) {
    const key = pair.why
      .replace(/ in aws-[\w-]+( and aws-[\w-]+)?$/, "")
      .replace(/score [\d.]+ /, "score ")
      .replace(/\(.*\)$/, "")
      .trim();
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  console.log("\nWhy gold pairs were not merged (all parts):");
  for (const [why, n] of [...reasons.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(3)}  ${why}`);
  if (scores[0]![1].falseMergeList.length > 0) {
    console.log("\nFalse merges (documents of different recorded incidents in one incident):");
    for (const f of scores[0]![1].falseMergeList) console.log(`  ${f.a} + ${f.b} → ${f.incidentId}`);
  }
  if (verbose)
    for (const pair of scores[0]![1].pairs)
      console.log(`  ${pair.incident.padEnd(8)} ${pair.a} + ${pair.b}: ${pair.outcome}: ${pair.why}`);
}

await main();
