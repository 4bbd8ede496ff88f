/**
 * `npm run eval`: scores ingest + extract on the development data — the shared gold sets
 * (../shared/data/gold/<set>/), the project's hand gold over shared texts (eval/gold/:
 * corpus-news, syrian-archive, syrian-archive-pages, airwars-full; and syrian-archive-ar, their Arabic
 * twins, printed apart), the golden fixtures and the external sets external/airwars-syria and
 * external/airwars-syria-ar (Arabic) —
 * each split into a tuning part and a held-out test part (eval/split.ts), printed side by side. The gazetteer is the built-in one, as on a fresh install. It measures and
 * never fails: the exit code is 0 whatever the scores.
 *   --set NAME  score one set only ("sohr-idlib", "corpus-news", "syrian-archive", "syrian-archive-pages", "airwars-full", "fixtures",
 *              "syrian-archive-ar", "external/airwars-syria", "external/airwars-syria-ar", "constructions/<area>", or "constructions" for every suite;
 *              "external/airwars-gaza" is scored only when named: 702 narratives, by toll, not place)
 *   --verbose   list misses and wrong fields of the TUNING part (the test part is never listed)
 *   --json      print the numbers as JSON instead of tables
 */
import { join } from "node:path";
import type { IncidentClaim } from "../src/domain/claim.js";
import {
  EXTERNAL_SET_NAMES,
  EXTERNAL_TOLL_SET_NAMES,
  loadExternalSet,
  type ExternalSet,
} from "./external-sets.js";
import {
  EXTERNAL_TARGETS,
  formatDocDetails,
  formatExternalDetails,
  formatExternalTable,
  formatExternalTollDetails,
  formatExternalTollTable,
  formatTable,
  formatTargetColumns,
} from "./format-report.js";
import { loadConstructionSets } from "./constructions/index.js";
import { loadFixtureGoldSet, loadSharedGoldSets, sharedDataDir, type GoldSet } from "./gold-sets.js";
import { loadPipeline, missingStages, type Pipeline } from "./load-pipeline.js";
import { loadProjectGoldSet, PROJECT_GOLD_SETS } from "./project-gold-sets.js";
import {
  scoreExternalDoc,
  summarizeExternal,
  type ExternalDocScore,
  type ExternalMetrics,
} from "./score-external.js";
import {
  sameEntryVia,
  scoreDocument,
  summarize,
  type DocScore,
  type Metrics,
  type ScoreOptions,
} from "./score-extraction.js";
import {
  scoreExternalTollDoc,
  summarizeExternalTolls,
  type ExternalTollDocScore,
  type ExternalTollMetrics,
} from "./score-external-tolls.js";
import { splitOf, SPLITS, type Split } from "./split.js";

interface ScoredDoc {
  split: Split;
  score: DocScore;
  incidents: IncidentClaim[];
  error?: string;
}

interface ScoredExternalDoc {
  split: Split;
  score: ExternalDocScore;
  error?: string;
}

interface ScoredTollDoc {
  split: Split;
  score: ExternalTollDocScore;
  error?: string;
}

const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const asJson = argv.includes("--json");
const setIndex = argv.indexOf("--set");
const onlySet = setIndex >= 0 ? (argv[setIndex + 1] ?? "") : null;
const log = (text: string) => {
  if (!asJson) console.log(text);
};

async function extract(pipeline: Pipeline, input: GoldSet["docs"][number]["input"]) {
  try {
    return { incidents: (await pipeline.run(input)).extraction.incidents };
  } catch (cause) {
    return { incidents: [], error: cause instanceof Error ? cause.message : String(cause) };
  }
}

async function evaluateSet(
  set: GoldSet,
  pipeline: Pipeline,
  options: ScoreOptions,
  splitKey: (id: string) => string = (id) => id,
): Promise<ScoredDoc[]> {
  const splitFor = set.split ?? ((id: string) => splitOf(set.name, splitKey(id)));
  const out: ScoredDoc[] = [];
  for (const doc of set.docs) {
    const { incidents, error } = await extract(pipeline, doc.input);
    const score = scoreDocument(doc.id, doc.gold, incidents, options);
    out.push({ split: splitFor(doc.id), score, incidents, ...(error ? { error } : {}) });
  }
  return out;
}

async function evaluateExternal(set: ExternalSet, pipeline: Pipeline): Promise<ScoredExternalDoc[]> {
  const out: ScoredExternalDoc[] = [];
  for (const doc of set.docs) {
    const { incidents, error } = await extract(pipeline, doc.input);
    const score = scoreExternalDoc(doc.gold, incidents);
    out.push({ split: splitOf(set.name, doc.gold.incident), score, ...(error ? { error } : {}) });
  }
  return out;
}

async function evaluateExternalTolls(set: ExternalSet, pipeline: Pipeline): Promise<ScoredTollDoc[]> {
  const out: ScoredTollDoc[] = [];
  for (const doc of set.docs) {
    const { incidents, error } = await extract(pipeline, doc.input);
    const score = scoreExternalTollDoc(doc.gold, incidents);
    out.push({ split: splitOf(set.name, doc.gold.incident), score, ...(error ? { error } : {}) });
  }
  return out;
}

function bySplit<T extends { split: Split }>(docs: T[]): Record<Split, T[]> {
  return { tune: docs.filter((d) => d.split === "tune"), test: docs.filter((d) => d.split === "test") };
}

async function main(): Promise<void> {
  const dataDir = sharedDataDir();
  const wanted = (name: string) => onlySet === null || onlySet === name;
  const sets: GoldSet[] = [];
  const externals: ExternalSet[] = [];
  const tollSets: ExternalSet[] = [];
  if (dataDir) sets.push(...loadSharedGoldSets(dataDir).filter((s) => wanted(s.name)));
  for (const spec of PROJECT_GOLD_SETS.filter((s) => wanted(s.name))) {
    const loaded = loadProjectGoldSet(spec, dataDir);
    if ("set" in loaded) sets.push(loaded.set);
    else log(loaded.skipped);
  }
  if (dataDir) {
    for (const name of EXTERNAL_SET_NAMES) {
      const set = wanted(name) ? loadExternalSet(dataDir, name) : null;
      if (set) externals.push(set);
    }
    // Toll sets are large: scored only when named.
    for (const name of EXTERNAL_TOLL_SET_NAMES.filter((n) => onlySet === n)) {
      const set = loadExternalSet(dataDir, name);
      if (set) tollSets.push(set);
      else log(`${name}: not found under ${dataDir} (the shared data has no such folder): not scored`);
    }
  } else {
    const named = EXTERNAL_TOLL_SET_NAMES.find((n) => onlySet === n);
    if (named) log(`${named}: shared data not found (../shared/data, or R2P_SHARED_DIR): not scored`);
    else log("shared data not found (../shared/data, or R2P_SHARED_DIR): scoring the fixtures only");
  }
  if (wanted("fixtures")) sets.push(loadFixtureGoldSet());
  // Synthetic construction suites: scored and printed apart, never pooled into "overall".
  const constructions = loadConstructionSets().filter(
    (c) => c.set.docs.length > 0 && (wanted(c.set.name) || onlySet === "constructions"),
  );
  if (sets.length + externals.length + tollSets.length + constructions.length === 0) {
    log(`nothing to score: no set named "${onlySet}", or its data is absent`);
    return;
  }
  const missing = missingStages();
  if (missing.length > 0) {
    log(`cannot evaluate yet: pipeline stage(s) missing: ${missing.join(", ")}`);
    return;
  }
  log(
    `sets: ${[...sets.map((s) => s.name), ...externals.map((s) => s.name), ...tollSets.map((s) => s.name), ...constructions.map((c) => c.set.name)].join(", ")}`,
  );
  log("gazetteer: built-in (governorates, OCHA populated places, GeoNames towns); split: eval/split.ts");

  const pipeline = await loadPipeline();
  const options: ScoreOptions = { sameEntry: sameEntryVia(pipeline.places) };
  const results: { name: string; docs: ScoredDoc[] }[] = [];
  for (const set of sets.filter((s) => s.pooled !== false))
    results.push({ name: set.name, docs: await evaluateSet(set, pipeline, options) });
  // Sets in another language: scored and printed apart, never pooled into "overall".
  const apartResults: { name: string; docs: ScoredDoc[] }[] = [];
  for (const set of sets.filter((s) => s.pooled === false))
    apartResults.push({ name: set.name, docs: await evaluateSet(set, pipeline, options) });
  const constructionResults: { name: string; docs: ScoredDoc[] }[] = [];
  for (const { set, splitKey } of constructions)
    constructionResults.push({ name: set.name, docs: await evaluateSet(set, pipeline, options, splitKey) });
  const externalResults: { name: string; docs: ScoredExternalDoc[] }[] = [];
  for (const set of externals)
    externalResults.push({ name: set.name, docs: await evaluateExternal(set, pipeline) });

  const tollResults: { name: string; docs: ScoredTollDoc[] }[] = [];
  for (const set of tollSets)
    tollResults.push({ name: set.name, docs: await evaluateExternalTolls(set, pipeline) });

  const rows: { name: string; split: Split; metrics: Metrics }[] = [];
  for (const r of results) {
    const parts = bySplit(r.docs);
    for (const split of SPLITS)
      rows.push({ name: r.name, split, metrics: summarize(parts[split].map((d) => d.score)) });
  }
  const apartRows = apartResults.flatMap((r) => {
    const parts = bySplit(r.docs);
    return SPLITS.map((split) => ({
      name: r.name,
      split,
      metrics: summarize(parts[split].map((d) => d.score)),
    }));
  });
  const constructionRows = constructionResults.flatMap((r) => {
    const parts = bySplit(r.docs);
    return SPLITS.map((split) => ({
      name: r.name,
      split,
      metrics: summarize(parts[split].map((d) => d.score)),
    }));
  });
  const all = results.flatMap((r) => r.docs);
  const pooled = bySplit(all);
  const overall = {
    tune: summarize(pooled.tune.map((d) => d.score)),
    test: summarize(pooled.test.map((d) => d.score)),
  };
  const externalRows: { name: string; split: Split | "all"; metrics: ExternalMetrics }[] = [];
  for (const r of externalResults) {
    const parts = bySplit(r.docs);
    for (const split of SPLITS)
      externalRows.push({
        name: r.name,
        split,
        metrics: summarizeExternal(parts[split].map((d) => d.score)),
      });
    externalRows.push({
      name: r.name,
      split: "all",
      metrics: summarizeExternal(r.docs.map((d) => d.score)),
    });
  }
  const tollRows: { name: string; split: Split | "all"; metrics: ExternalTollMetrics }[] = [];
  for (const r of tollResults) {
    const parts = bySplit(r.docs);
    for (const split of SPLITS)
      tollRows.push({
        name: r.name,
        split,
        metrics: summarizeExternalTolls(parts[split].map((d) => d.score)),
      });
    tollRows.push({
      name: r.name,
      split: "all",
      metrics: summarizeExternalTolls(r.docs.map((d) => d.score)),
    });
  }
  const errors = [
    ...[...results, ...apartResults, ...constructionResults].flatMap((r) =>
      r.docs.filter((d) => d.error).map((d) => `${r.name}/${d.score.doc}: ${d.error}`),
    ),
    ...[...externalResults, ...tollResults].flatMap((r) =>
      r.docs.filter((d) => d.error).map((d) => `${r.name}/${d.score.doc}: ${d.error}`),
    ),
  ];

  if (asJson) {
    console.log(
      JSON.stringify(
        {
          sets: rows,
          overall,
          apart: apartRows,
          external: externalRows,
          externalTolls: tollRows,
          constructions: constructionRows,
          errors,
        },
        null,
        2,
      ),
    );
    return;
  }
  if (rows.length > 0) {
    log("");
    log(
      formatTable([
        ...rows.map((r) => ({ name: `${r.name} ${r.split}`, metrics: r.metrics })),
        ...(results.length > 1 ? SPLITS.map((s) => ({ name: `overall ${s}`, metrics: overall[s] })) : []),
      ]),
    );
    log("\ntargets (overall):        tune    test");
    log(formatTargetColumns(overall.tune, overall.test));
  }
  if (apartRows.length > 0) {
    log("\nsets in Arabic (Arabic twins of English texts, the same gold; not pooled into overall):");
    log(formatTable(apartRows.map((r) => ({ name: `${r.name} ${r.split}`, metrics: r.metrics }))));
  }
  if (constructionRows.length > 0) {
    log("\nconstruction suites (synthetic, split by family; not pooled into overall):");
    log(formatTable(constructionRows.map((r) => ({ name: `${r.name} ${r.split}`, metrics: r.metrics }))));
  }
  if (externalRows.length > 0) {
    log("");
    log(formatExternalTable(externalRows.map((r) => ({ name: `${r.name} ${r.split}`, metrics: r.metrics }))));
    for (const r of externalResults) {
      log(`\ntargets (${r.name}):`.padEnd(40) + "tune    test");
      const parts = bySplit(r.docs);
      const [tune, test] = SPLITS.map((s) => summarizeExternal(parts[s].map((d) => d.score)));
      for (const { label, minimum, value } of EXTERNAL_TARGETS) {
        const cell = (m: ExternalMetrics) => {
          const v = value(m);
          return `${v !== null && v >= minimum ? "✓" : "✗"} ${v === null ? " n/a" : v.toFixed(2)}`;
        };
        log(`  ${label.padEnd(22)} ${cell(tune!)}  ${cell(test!)}  (target ≥ ${minimum.toFixed(2)})`);
      }
    }
  }
  if (tollRows.length > 0) {
    log("\nscored by toll, event and attacker; place not scored (eval/score-external-tolls.ts):");
    log(formatExternalTollTable(tollRows.map((r) => ({ name: `${r.name} ${r.split}`, metrics: r.metrics }))));
  }
  if (errors.length > 0)
    log(`\n${errors.length} document(s) failed:\n${errors.map((e) => `  ${e}`).join("\n")}`);
  if (!verbose) {
    log("\n(run with --verbose to list every miss of the tuning part)");
    return;
  }
  for (const r of [...results, ...apartResults, ...constructionResults]) {
    log(`\n== ${r.name} (tuning part): misses and wrong fields`);
    const details = r.docs
      .filter((d) => d.split === "tune")
      .map((d) => formatDocDetails(d.score, d.incidents, d.error))
      .filter(Boolean);
    log(details.length > 0 ? details.join("\n") : "  (nothing wrong)");
  }
  for (const r of externalResults) {
    log(`\n== ${r.name} (tuning part): misses and wrong fields`);
    const gold = new Map(externals.find((s) => s.name === r.name)!.docs.map((d) => [d.id, d.gold]));
    const details = r.docs
      .filter((d) => d.split === "tune")
      .map((d) => formatExternalDetails(d.score, gold.get(d.score.doc)!, d.error))
      .filter(Boolean);
    log(details.length > 0 ? details.join("\n") : "  (nothing wrong)");
  }
  for (const r of tollResults) {
    log(`\n== ${r.name} (tuning part): misses and wrong fields`);
    const gold = new Map(tollSets.find((s) => s.name === r.name)!.docs.map((d) => [d.id, d.gold]));
    const details = r.docs
      .filter((d) => d.split === "tune")
      .map((d) => formatExternalTollDetails(d.score, gold.get(d.score.doc)!, d.error))
      .filter(Boolean);
    log(details.length > 0 ? details.join("\n") : "  (nothing wrong)");
  }
  log(`\n(${join("eval", "split.ts")}: the test part is never listed)`);
}

await main();
