/**
 * `npm run eval`: scores extraction against every shared gold set (../shared/data/gold/<set>/) and the
 * project's golden fixtures, and prints per-set and overall metrics with the targets of issue 3.
 * It measures and never fails: the exit code is 0 whatever the scores.
 *   --verbose  list every false positive / negative and every wrong field per document
 *   --json     print the numbers as JSON instead of tables
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { IncidentClaim } from "../src/domain/claim.js";
import type { PlaceEntry, PlaceLookup } from "../src/domain/places.js";
import { formatDocDetails, formatTable, formatTargets, TARGETS } from "./format-report.js";
import { loadFixtureGoldSet, loadSharedGoldSets, sharedDataDir, type GoldSet } from "./gold-sets.js";
import { loadPipeline, missingStages, parseGazetteerTable, type Pipeline } from "./load-pipeline.js";
import {
  scoreDocument,
  summarize,
  type DocScore,
  type Metrics,
  type ScoreOptions,
} from "./score-extraction.js";

interface SetResult {
  name: string;
  metrics: Metrics;
  docs: { score: DocScore; incidents: IncidentClaim[]; error?: string }[];
}

const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");
const asJson = args.has("--json");
const log = (text: string) => {
  if (!asJson) console.log(text);
};

async function importSharedGazetteer(
  dataDir: string | null,
): Promise<{ entries: PlaceEntry[]; notes: string[] }> {
  const dir = dataDir ? join(dataDir, "gazetteer") : null;
  if (!dir || !existsSync(dir)) return { entries: [], notes: ["gazetteer: built-in only"] };
  const files = readdirSync(dir)
    .sort()
    .filter((file) => /\.(csv|txt|tsv)$/.test(file))
    .map((file) => join(dir, file));
  const entries: PlaceEntry[] = [];
  const notes: string[] = [];
  for (const file of files) {
    let parsed: Awaited<ReturnType<typeof parseGazetteerTable>>;
    try {
      parsed = await parseGazetteerTable(readFileSync(file, "utf8"));
    } catch {
      continue; // not a populated-places table (e.g. a list of observed aliases)
    }
    entries.push(...parsed.entries);
    const skipped = parsed.problems > 0 ? ` (${parsed.problems} rows skipped)` : "";
    notes.push(`gazetteer: imported ${parsed.entries.length} entries from ${file}${skipped}`);
  }
  return { entries, notes: notes.length > 0 ? notes : ["gazetteer: built-in only"] };
}

/** "Same gazetteer entry": the gold name looked up (no fuzzy matches) yields the extracted entry. */
function sameEntryVia(places: PlaceLookup | null): ScoreOptions["sameEntry"] {
  if (!places) return undefined;
  const cache = new Map<string, Set<string>>();
  return (goldName, gazetteerId) => {
    let ids = cache.get(goldName);
    if (!ids) {
      const matches = places.findPlaces(goldName).filter((m) => m.matchedBy !== "fuzzy");
      ids = new Set(matches.slice(0, 5).map((m) => m.entry.id));
      cache.set(goldName, ids);
    }
    return ids.has(gazetteerId);
  };
}

async function evaluateSet(set: GoldSet, pipeline: Pipeline, options: ScoreOptions): Promise<SetResult> {
  const docs: SetResult["docs"] = [];
  for (const doc of set.docs) {
    let incidents: IncidentClaim[] = [];
    let error: string | undefined;
    try {
      incidents = (await pipeline.run(doc.input)).extraction.incidents;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    docs.push({ score: scoreDocument(doc.id, doc.gold, incidents, options), incidents, error });
  }
  return { name: set.name, metrics: summarize(docs.map((d) => d.score)), docs };
}

async function main(): Promise<void> {
  const dataDir = sharedDataDir();
  const sets: GoldSet[] = [];
  if (dataDir) {
    const shared = loadSharedGoldSets(dataDir);
    if (shared.length === 0) log(`no gold sets under ${join(dataDir, "gold")}/ — scoring the fixtures only`);
    else log(`gold sets: ${shared.map((s) => s.name).join(", ")} (from ${join(dataDir, "gold")})`);
    sets.push(...shared);
  } else {
    log(
      "shared data not found (../shared/data from the project root, or R2P_SHARED_DIR): scoring the fixtures only",
    );
  }
  sets.push(loadFixtureGoldSet());

  const missing = missingStages();
  if (missing.length > 0) {
    const message = `cannot evaluate yet: pipeline stage(s) missing: ${missing.join(", ")}`;
    if (asJson) console.log(JSON.stringify({ error: message }));
    else console.log(message);
    return;
  }

  const gazetteer = await importSharedGazetteer(dataDir);
  gazetteer.notes.forEach((note) => log(note));
  const pipeline = await loadPipeline(gazetteer.entries);
  const options: ScoreOptions = { sameEntry: sameEntryVia(pipeline.places) };

  const results: SetResult[] = [];
  for (const set of sets) results.push(await evaluateSet(set, pipeline, options));
  const overall = summarize(results.flatMap((r) => r.docs.map((d) => d.score)));
  const errors = results.flatMap((r) =>
    r.docs.filter((d) => d.error).map((d) => `${r.name}/${d.score.doc}: ${d.error}`),
  );

  if (asJson) {
    const targets = TARGETS.map(({ label, minimum, value }) => ({
      label,
      minimum,
      value: value(overall),
      met: (value(overall) ?? -1) >= minimum,
    }));
    const sets = results.map((r) => ({ name: r.name, metrics: r.metrics }));
    console.log(JSON.stringify({ gazetteer: gazetteer.notes, sets, overall, targets, errors }, null, 2));
    return;
  }
  log("");
  log(
    formatTable([
      ...results.map((r) => ({ name: r.name, metrics: r.metrics })),
      { name: "overall", metrics: overall },
    ]),
  );
  log("\ntargets (overall):");
  log(formatTargets(overall));
  for (const r of results) {
    if (r.name === "fixtures") continue;
    log(`\ntargets (${r.name}):`);
    log(formatTargets(r.metrics));
  }
  if (errors.length > 0)
    log(`\n${errors.length} document(s) failed:\n${errors.map((e) => `  ${e}`).join("\n")}`);
  if (verbose) {
    for (const r of results) {
      log(`\n== ${r.name}: misses and wrong fields`);
      const details = r.docs.map((d) => formatDocDetails(d.score, d.incidents, d.error)).filter(Boolean);
      log(details.length > 0 ? details.join("\n") : "  (nothing wrong)");
    }
  } else {
    log("\n(run with --verbose to list every miss and wrong field)");
  }
}

await main();
