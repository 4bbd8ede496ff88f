/**
 * Loads the pipeline stages (ingest, knowledge, extract) for the evaluation, the corpus run and the
 * golden fixtures. Stages are imported by path at run time so that the evaluation can say plainly
 * which stage is missing instead of failing to compile while the stages are being built.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Extraction } from "../src/domain/claim.js";
import type { PlaceEntry, PlaceLookup } from "../src/domain/places.js";
import type { Report } from "../src/domain/report.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const STAGE_FILES = {
  ingest: "src/pipeline/ingest/index.ts",
  knowledge: "src/knowledge/index.ts",
  extract: "src/pipeline/extract/index.ts",
} as const;

/** The input of `ingestDocument` as the evaluation uses it. */
export interface DocumentInput {
  bytes: Uint8Array;
  originalName: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
}

/** A fixed retrieval time, so that nothing in the outputs depends on the clock. */
export const FIXED_RETRIEVED_AT = "2025-01-01T00:00:00.000Z";
const MAX_BYTES = 20 * 1024 * 1024;

type IngestFn = (
  input: DocumentInput & { retrievedAt: string },
  options: { maxBytes: number },
) => Report | Promise<Report>;
type Knowledge = { places: unknown; actors: unknown };
type BuildKnowledgeFn = (options: { importedPlaces?: PlaceEntry[] }) => Knowledge | Promise<Knowledge>;
type ExtractFn = (report: Report, deps: Knowledge) => Extraction | Promise<Extraction>;
type ParseFn = (text: string) => unknown;

export interface Pipeline {
  /** Ingests then extracts one document. */
  run(input: DocumentInput): Promise<{ report: Report; extraction: Extraction }>;
  /** The place lookup of the built knowledge, when it offers `findPlaces`. */
  places: PlaceLookup | null;
}

/** Stage files that do not exist yet (relative paths), in pipeline order. */
export function missingStages(
  stages: (keyof typeof STAGE_FILES)[] = ["ingest", "knowledge", "extract"],
): string[] {
  return stages.map((s) => STAGE_FILES[s]).filter((file) => !existsSync(resolve(PROJECT_ROOT, file)));
}

async function importStage(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(resolve(PROJECT_ROOT, file)).href)) as Record<string, unknown>;
}

function requireFunction<T>(module: Record<string, unknown>, name: string, file: string): T {
  const value = module[name];
  if (typeof value !== "function") throw new Error(`${file} does not export a function ${name}()`);
  return value as T;
}

function isPlaceLookup(value: unknown): value is PlaceLookup {
  return (
    typeof value === "object" && value !== null && typeof (value as PlaceLookup).findPlaces === "function"
  );
}

/**
 * Builds the pipeline; `importedPlaces` extends the built-in gazetteer (the eval imports the shared
 * OCHA or GeoNames table when present; fixtures never do).
 */
export async function loadPipeline(importedPlaces?: PlaceEntry[]): Promise<Pipeline> {
  const missing = missingStages();
  if (missing.length > 0) throw new Error(`pipeline stage(s) not built yet: ${missing.join(", ")}`);
  const ingest = requireFunction<IngestFn>(
    await importStage(STAGE_FILES.ingest),
    "ingestDocument",
    STAGE_FILES.ingest,
  );
  const build = requireFunction<BuildKnowledgeFn>(
    await importStage(STAGE_FILES.knowledge),
    "buildKnowledge",
    STAGE_FILES.knowledge,
  );
  const extract = requireFunction<ExtractFn>(
    await importStage(STAGE_FILES.extract),
    "extractClaims",
    STAGE_FILES.extract,
  );
  const knowledge = await build(importedPlaces && importedPlaces.length > 0 ? { importedPlaces } : {});
  return {
    places: isPlaceLookup(knowledge.places) ? knowledge.places : null,
    async run(input) {
      const report = await ingest({ ...input, retrievedAt: FIXED_RETRIEVED_AT }, { maxBytes: MAX_BYTES });
      const extraction = await extract(report, knowledge);
      return { report, extraction };
    },
  };
}

/**
 * Parses a gazetteer table (OCHA communities CSV or GeoNames dump; the knowledge layer detects which)
 * with `parseGazetteerFile`. Accepts `PlaceEntry[]`, `{ places }` or `{ entries }` as its result.
 */
export async function parseGazetteerTable(
  text: string,
): Promise<{ entries: PlaceEntry[]; problems: number }> {
  const module = await importStage(STAGE_FILES.knowledge);
  const result = requireFunction<ParseFn>(module, "parseGazetteerFile", STAGE_FILES.knowledge)(text);
  if (Array.isArray(result)) return { entries: result as PlaceEntry[], problems: 0 };
  if (typeof result === "object" && result !== null) {
    const { places, entries, problems } = result as {
      places?: unknown;
      entries?: unknown;
      problems?: unknown;
    };
    const list = Array.isArray(places) ? places : Array.isArray(entries) ? entries : null;
    if (list)
      return { entries: list as PlaceEntry[], problems: Array.isArray(problems) ? problems.length : 0 };
  }
  throw new Error(`${STAGE_FILES.knowledge} parseGazetteerFile() returned no list of places`);
}
