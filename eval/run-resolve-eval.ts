/**
 * `npm run eval:resolve`: resolution on the external Airwars Syria set, where several outlet texts
 * describe one recorded incident. Each document goes through ingest and extraction as a user would
 * run them, with what a user would have: the text, the publisher and the URL it came from
 * (SOURCES.tsv), and a publication date only where the page itself gave one (gold `published`: page
 * metadata or a dateline, 11 of 121 documents). The recorded incident date is never given to the
 * pipeline. All claims of all documents are then resolved together (the resolver is order-independent,
 * so this is what ingesting them one by one gives), and pairwise precision and recall are printed over
 * the multi-document incidents (eval/score-resolution.ts), for the tuning and the held-out part.
 *   --verbose  list every gold pair of the tuning part and why it was kept apart
 *   --json     print the numbers as JSON
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SYRIA_SOURCES, SourceRegistry, buildKnowledge, transliterationKey } from "../src/knowledge/index.js";
import { EVENT_TYPES } from "../src/pipeline/extract/event-lexicon.js";
import { resolveIncidents, type ResolveDeps, type WorkingClaim } from "../src/pipeline/resolve/index.js";
import { compareClaims, MERGE_THRESHOLD } from "../src/pipeline/resolve/compare-claims.js";
import { loadExternalSet, type ExternalDoc } from "./external-sets.js";
import { sharedDataDir } from "./gold-sets.js";
import { scoreResolution, type ResolutionDoc, type ResolutionScore } from "./score-resolution.js";
import { splitOf, SPLITS } from "./split.js";
import {
  groupSplits,
  loadPairGold,
  pairDocInput,
  scoreResolvePairs,
  type PairScore,
} from "./resolve-pairs.js";
import { loadPipeline, PROJECT_ROOT, type Pipeline } from "./load-pipeline.js";
import { workingClaimsOf } from "./working-claims.js";

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

/** Why the resolver kept two claims apart, in its own terms. */
function explainApart(x: WorkingClaim, y: WorkingClaim, deps: ResolveDeps): string {
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

function pairTable(rows: [string, PairScore][]): string {
  const head = "part    same  scorable  found  recall  recall(all)  different  scorable  merged  precision";
  const body = rows.map(
    ([name, s]) =>
      `${name.padEnd(6)}  ${String(s.same).padStart(4)}  ${String(s.sameScorable).padStart(8)}  ${String(s.found).padStart(5)}  ${pct(s.recall).padStart(6)}  ${pct(s.recallAll).padStart(11)}  ${String(s.different).padStart(9)}  ${String(s.differentScorable).padStart(8)}  ${String(s.falseMerges).padStart(6)}  ${pct(s.precision).padStart(9)}`,
  );
  return [head, ...body].join("\n");
}

/**
 * The hand gold of real same-event and different-event pairs (eval/gold/resolve-pairs.jsonl): its
 * documents are resolved together, with the publication dates the gold establishes, and scored per part.
 */
async function evaluatePairs(
  dataDir: string,
  pipeline: Pipeline,
  registry: SourceRegistry,
  deps: ResolveDeps,
  incidentOf: (externalDoc: string) => string | undefined,
): Promise<[string, PairScore][]> {
  const gold = loadPairGold(join(PROJECT_ROOT, "eval", "gold"));
  const splits = groupSplits(gold.pairs, incidentOf);
  const byDoc = new Map<string, WorkingClaim[]>();
  for (const doc of gold.docs)
    byDoc.set(doc.doc, await workingClaimsOf(pipeline, pairDocInput(dataDir, doc), registry));
  const output = resolveIncidents(
    { claims: [...byDoc.values()].flat(), incidents: [], now: new Date().toISOString() },
    deps,
  );
  const placed = new Map(output.placements.map((p) => [p.claim.id, p.incidentId]));
  const docs = new Map(
    [...byDoc].map(([doc, claims]) => [
      doc,
      { doc, claims: claims.map((c) => ({ claim: c.claim, incidentId: placed.get(c.id) as string })) },
    ]),
  );
  const explain = (a: { doc: string; index: number }, b: { doc: string; index: number }) =>
    explainApart(
      byDoc.get(a.doc)?.[a.index] as WorkingClaim,
      byDoc.get(b.doc)?.[b.index] as WorkingClaim,
      deps,
    );
  const score = (pairs: typeof gold.pairs) => scoreResolvePairs(pairs, docs, transliterationKey, explain);
  return [
    ["all", score(gold.pairs)],
    ...SPLITS.map((split): [string, PairScore] => [
      split,
      score(gold.pairs.filter((p) => splits.get(p.group) === split)),
    ]),
  ];
}

/** Misses are listed for the tuning part only; the held-out part shows how many fell to each reason. */
function printPairs(rows: [string, PairScore][]): void {
  const all = rows[0]![1];
  console.log(
    `\nResolution on the hand gold of real pairs (eval/gold/resolve-pairs.jsonl): ${all.same} same-event and ${all.different} different-event pairs`,
  );
  console.log(pairTable(rows));
  for (const [part, s] of rows.slice(1)) {
    const misses = s.lines.filter((l) => (l.pair.relation === "same") !== (l.outcome === "merged"));
    if (misses.length === 0) continue;
    const label = (l: (typeof misses)[number]) =>
      l.pair.relation === "same" ? "same kept apart" : "different merged";
    if (part === "tune") {
      console.log(`\nMisses (tune):`);
      for (const l of misses) console.log(`  ${label(l)}  ${l.pair.a} + ${l.pair.b}: ${l.why}`);
      continue;
    }
    const reasons = new Map<string, number>();
    for (const l of misses) {
      // Held-out reasons name no place and no document: "no claim at <place> in <doc>" is counted
      // as one reason, so the held-out pairs' places do not leak into what tuning reads.
      const why = l.why.startsWith("no claim at ") ? "no claim at the pair's place" : l.why;
      const key = `${label(l)}: ${why.replace(/ in [\w/-]+( and [\w/-]+)?$/, "").replace(/\s*\(.*\)$/, "")}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    console.log(`\nMisses (${part}, counted by reason only):`);
    for (const [why, n] of [...reasons.entries()].sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(n).padStart(3)}  ${why}`);
  }
}

/**
 * How many of the publication dates the gold gives (page metadata or a date line, as the page showed
 * it) ingestion reads from the text alone, with no date given: per part, as "read/given", and how many
 * it read differently (a wrong date is worse than none).
 */
async function textDateRecall(pipeline: Pipeline, docs: ExternalDoc[]): Promise<string> {
  const parts = SPLITS.map((split) => {
    const given = docs.filter((d) => d.gold.published && splitOf(SET, d.gold.incident) === split);
    return { split, given, read: 0, wrong: 0 };
  });
  for (const part of parts)
    for (const doc of part.given) {
      const { publishedAt: _given, ...input } = doc.input;
      const { report } = await pipeline.run(input);
      if (report.publishedAt === doc.gold.published) part.read++;
      else if (report.publishedAt !== null) part.wrong++;
    }
  return parts.map((p) => `${p.split} ${p.read}/${p.given.length} (${p.wrong} wrong)`).join(", ");
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
    const claims = await workingClaimsOf(pipeline, input, registry);
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
  const explain = (a: { doc: string; index: number }, b: { doc: string; index: number }) =>
    explainApart(
      byDoc.get(a.doc)?.[a.index] as WorkingClaim,
      byDoc.get(b.doc)?.[b.index] as WorkingClaim,
      deps,
    );

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
  const incidents = new Map(set.docs.map((d) => [`${SET}/${d.id}`, d.gold.incident]));
  const pairScores = await evaluatePairs(dataDir, pipeline, registry, deps, (doc) => incidents.get(doc));
  const textDates = await textDateRecall(pipeline, set.docs);
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
          pairs: Object.fromEntries(pairScores.map(([k, s]) => [k, { ...s, lines: undefined }])),
          textDates,
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
  console.log(`Publication dates the gold gives, read by ingestion from the text alone: ${textDates}`);
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
  // Only the tuning part's pairs are listed: reading the held-out pairs' reasons would tune on them.
  if (verbose)
    for (const pair of scores[0]![1].pairs.filter((p) => splitOf(SET, p.incident) === "tune"))
      console.log(`  ${pair.incident.padEnd(8)} ${pair.a} + ${pair.b}: ${pair.outcome}: ${pair.why}`);
  printPairs(pairScores);
  if (verbose)
    for (const l of pairScores[1]![1].lines)
      console.log(`  ${l.pair.relation.padEnd(9)} ${l.pair.a} + ${l.pair.b}: ${l.outcome}: ${l.why}`);
}

await main();
