/**
 * External evaluation sets (../shared/data/external/<set>/): texts written by outside outlets and
 * another organisation's merged incident record (one gold line per document). Read
 * ../shared/data/external/README.md: the gold is not annotation of the text.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { COARSE_EVENT_TYPES } from "./event-type-map.js";
import type { DocumentInput } from "./load-pipeline.js";
import { splitOf, type Split } from "./split.js";

export const ExternalGoldLine = z.object({
  doc: z.string(),
  /** The recorded incident; several documents can describe one. */
  incident: z.string(),
  published: z.string().nullable(),
  date: z.string().nullable(),
  place: z.string(),
  lat: z.number(),
  lon: z.number(),
  admin1: z.string().nullable(),
  eventType: z.enum(COARSE_EVENT_TYPES).nullable(),
  eventTypeAccept: z
    .array(z.enum(COARSE_EVENT_TYPES))
    .nullable()
    .transform((v) => v ?? []),
  perpetrator: z.string().nullable(),
  /** Civilians killed, min–max; 0/0 for an injury-only incident. */
  killed: z.number().int().nonnegative().nullable(),
  killedMax: z.number().int().nonnegative().nullable(),
  /** Civilians injured, min–max, where the record gives them (airwars-gaza); absent or null otherwise. */
  injured: z.number().int().nonnegative().nullable().optional(),
  injuredMax: z.number().int().nonnegative().nullable().optional(),
});
export type ExternalGoldLine = z.infer<typeof ExternalGoldLine>;

export interface ExternalDoc {
  id: string;
  input: DocumentInput;
  gold: ExternalGoldLine;
}

export interface ExternalSet {
  /** "external/airwars-syria" */
  name: string;
  docs: ExternalDoc[];
}

/**
 * The external sets the evaluation scores by default (Syria; scored by place): English texts, and
 * Arabic texts about other recorded incidents (`airwars-syria-ar`; 43 of its 150 incidents are also in
 * the English set, told by other texts).
 */
export const EXTERNAL_SET_NAMES = ["external/airwars-syria", "external/airwars-syria-ar"] as const;

/**
 * External sets scored only when named with `--set` (too large for the default run), and scored by
 * toll, not by place: `external/airwars-gaza` (702 Airwars assessment narratives; Gaza lies outside
 * the gazetteer, so its places do not resolve). See eval/score-external-tolls.ts.
 */
export const EXTERNAL_TOLL_SET_NAMES = ["external/airwars-gaza"] as const;

/** Reads a set's gold.jsonl; a bad line fails loudly with its number. */
function readExternalGold(goldFile: string): ExternalGoldLine[] {
  return readFileSync(goldFile, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = ExternalGoldLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${goldFile}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/**
 * One external text as the pipeline's input: its bytes as they are, named `docs/<file>` (no URL and
 * no publication date: those come from gold metadata when known).
 */
export function externalTextInput(file: string): DocumentInput {
  return { bytes: readFileSync(file), originalName: `docs/${basename(file)}` };
}

/** Loads one external set, or null when its folder is absent. */
export function loadExternalSet(dataDir: string, name: string): ExternalSet | null {
  const dir = join(dataDir, name);
  const goldFile = join(dir, "gold.jsonl");
  if (!existsSync(goldFile)) return null;
  const files = new Map(readdirSync(join(dir, "docs")).map((f) => [f.replace(/\.[^.]+$/, ""), f]));
  const docs = readExternalGold(goldFile).map((gold, index): ExternalDoc => {
    const file = files.get(gold.doc);
    if (!file) throw new Error(`${goldFile}:${index + 1}: no docs/${gold.doc}.* file`);
    const input = externalTextInput(join(dir, "docs", file));
    if (gold.published) input.publishedAt = gold.published;
    return { id: gold.doc, input, gold };
  });
  return { name, docs };
}

/**
 * The split of an external set's documents as the external scoring makes it: by the recorded
 * incident (`splitOf(<set>, incident)`), so two texts about one incident never fall on both sides.
 * Another gold set over the same texts uses it to keep the same tuning and test parts. A document
 * the set does not hold fails loudly.
 * @example externalDocSplit(dataDir, "external/airwars-syria")("aws-ts505-1") === "tune"
 */
export function externalDocSplit(dataDir: string, name: string): (docId: string) => Split {
  const goldFile = join(dataDir, name, "gold.jsonl");
  const incidents = new Map(readExternalGold(goldFile).map((gold) => [gold.doc, gold.incident]));
  return (docId) => {
    const incident = incidents.get(docId);
    if (incident === undefined) throw new Error(`${goldFile}: no line for "${docId}", so no split`);
    return splitOf(name, incident);
  };
}
