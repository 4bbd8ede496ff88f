/**
 * External evaluation sets (../shared/data/external/<set>/): texts written by outside outlets and
 * another organisation's merged incident record (one gold line per document). Read
 * ../shared/data/external/README.md: the gold is not annotation of the text.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { COARSE_EVENT_TYPES } from "./event-type-map.js";
import type { DocumentInput } from "./load-pipeline.js";

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

/** The external sets the evaluation scores (English, Syria). */
export const EXTERNAL_SET_NAMES = ["external/airwars-syria"] as const;

/** Loads one external set, or null when its folder is absent. */
export function loadExternalSet(dataDir: string, name: string): ExternalSet | null {
  const dir = join(dataDir, name);
  const goldFile = join(dir, "gold.jsonl");
  if (!existsSync(goldFile)) return null;
  const files = new Map(readdirSync(join(dir, "docs")).map((f) => [f.replace(/\.[^.]+$/, ""), f]));
  const docs = readFileSync(goldFile, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index): ExternalDoc => {
      const parsed = ExternalGoldLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${goldFile}:${index + 1}: ${parsed.error.message}`);
      const gold = parsed.data;
      const file = files.get(gold.doc);
      if (!file) throw new Error(`${goldFile}:${index + 1}: no docs/${gold.doc}.* file`);
      const input: DocumentInput = {
        bytes: readFileSync(join(dir, "docs", file)),
        originalName: `docs/${file}`,
      };
      if (gold.published) input.publishedAt = gold.published;
      return { id: gold.doc, input, gold };
    });
  return { name, docs };
}
