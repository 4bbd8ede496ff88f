/**
 * `npm run eval:corpus`: runs ingest + extract over every document of ../shared/data/corpus/ (no gold)
 * and reports robustness counts: documents, errors (each printed; there should be none), incidents,
 * incidents per document, share of unresolved places, and time taken.
 *   news/NNN.txt        first line is the URL: passed as `url` and dropped from the bytes
 *   syrian-archive/**.md front matter `date:` is the publication date; *_ar.md are the Arabic twins
 */
import { readdirSync, readFileSync } from "node:fs";
import { archiveInput, newsInput } from "./corpus-input.js";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { sharedDataDir } from "./gold-sets.js";
import { loadPipeline, missingStages, parseGazetteerTable, type DocumentInput } from "./load-pipeline.js";
import type { PlaceEntry } from "../src/domain/places.js";

interface CorpusDoc {
  group: string;
  name: string;
  input: DocumentInput;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

function collect(corpusDir: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const file of walk(join(corpusDir, "news")).filter((f) => f.endsWith(".txt"))) {
    const name = relative(corpusDir, file);
    docs.push({ group: "news", name, input: newsInput(file, name) });
  }
  for (const file of walk(join(corpusDir, "syrian-archive")).filter((f) => f.endsWith(".md"))) {
    const name = relative(corpusDir, file);
    const group = file.endsWith("_ar.md") ? "syrian-archive (ar)" : "syrian-archive (en)";
    docs.push({ group, name, input: archiveInput(file, name) });
  }
  return docs;
}

interface GroupStats {
  docs: number;
  errors: number;
  incidents: number;
  unresolved: number;
  ms: number;
}

async function main(): Promise<void> {
  const dataDir = sharedDataDir();
  if (!dataDir) {
    console.log(
      "shared data not found (../shared/data from the project root, or R2P_SHARED_DIR): nothing to run",
    );
    return;
  }
  const missing = missingStages();
  if (missing.length > 0) {
    console.log(`cannot run yet: pipeline stage(s) missing: ${missing.join(", ")}`);
    return;
  }
  let importedPlaces: PlaceEntry[] = [];
  const ocha = join(dataDir, "gazetteer", "syr_admin4_communities.csv");
  try {
    importedPlaces = (await parseGazetteerTable(readFileSync(ocha, "utf8"))).entries;
    console.log(`gazetteer: imported ${importedPlaces.length} entries from ${ocha}`);
  } catch {
    console.log("gazetteer: built-in only");
  }
  const pipeline = await loadPipeline(importedPlaces);
  const docs = collect(join(dataDir, "corpus"));
  const stats = new Map<string, GroupStats>();
  const errors: string[] = [];
  const started = performance.now();
  for (const doc of docs) {
    const s = stats.get(doc.group) ?? { docs: 0, errors: 0, incidents: 0, unresolved: 0, ms: 0 };
    stats.set(doc.group, s);
    s.docs += 1;
    const t0 = performance.now();
    try {
      const { extraction } = await pipeline.run(doc.input);
      s.incidents += extraction.incidents.length;
      s.unresolved += extraction.incidents.filter((i) => i.place.precision === "unresolved").length;
    } catch (cause) {
      s.errors += 1;
      errors.push(`${doc.name}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    }
    s.ms += performance.now() - t0;
  }
  const total = [...stats.values()].reduce(
    (t, s) => ({
      docs: t.docs + s.docs,
      errors: t.errors + s.errors,
      incidents: t.incidents + s.incidents,
      unresolved: t.unresolved + s.unresolved,
      ms: t.ms + s.ms,
    }),
    { docs: 0, errors: 0, incidents: 0, unresolved: 0, ms: 0 },
  );
  const rows = [...stats.entries(), ["total", total] as const];
  console.log("\ngroup                  docs  errors  incidents  per doc  unresolved     time");
  for (const [name, s] of rows) {
    const perDoc = s.docs === 0 ? 0 : s.incidents / s.docs;
    const share = s.incidents === 0 ? "n/a" : `${((100 * s.unresolved) / s.incidents).toFixed(1)}%`;
    console.log(
      `${name.padEnd(21)} ${String(s.docs).padStart(5)} ${String(s.errors).padStart(7)} ${String(s.incidents).padStart(10)} ${perDoc.toFixed(2).padStart(8)} ${share.padStart(11)} ${`${(s.ms / 1000).toFixed(2)}s`.padStart(8)}`,
    );
  }
  console.log(`\nwall time ${((performance.now() - started) / 1000).toFixed(2)}s`);
  if (errors.length > 0) {
    console.log(`\n✗ ${errors.length} error(s) (there must be none):`);
    errors.forEach((e) => console.log(`  ${e}`));
  } else {
    console.log("✓ no errors");
  }
}

await main();
