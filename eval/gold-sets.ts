/**
 * Finds and reads gold sets: the shared ones under ../shared/data/gold/<set>/ (docs/<id>.txt plus
 * gold.jsonl) and the project's golden fixtures (test/fixtures/reports/<slug>/).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { GoldLine } from "./gold-line.js";
import { listFixtures } from "./golden-fixtures.js";
import type { DocumentInput } from "./load-pipeline.js";
import { PROJECT_ROOT } from "./load-pipeline.js";
import type { Split } from "./split.js";

export interface GoldDoc {
  id: string;
  input: DocumentInput;
  gold: GoldLine[];
}

export interface GoldSet {
  name: string;
  docs: GoldDoc[];
  /**
   * The tuning/test split of a document when it is not `splitOf(name, doc id)`: a set over texts
   * that another set already splits by another key keeps that set's split.
   */
  split?: (docId: string) => Split;
  /**
   * false: scored and printed apart, never pooled into "overall" (a set in another language whose
   * figures the English targets do not speak for).
   */
  pooled?: boolean;
}

/**
 * The shared data folder: `R2P_SHARED_DIR` (either the shared folder or its data/ folder) or
 * ../shared/data from the project root; null when absent.
 */
export function sharedDataDir(): string | null {
  const override = process.env.R2P_SHARED_DIR;
  const candidates = override
    ? [join(override, "data"), override]
    : [resolve(PROJECT_ROOT, "../shared/data")];
  return candidates.find((dir) => existsSync(join(dir, "gold")) || existsSync(join(dir, "corpus"))) ?? null;
}

/** Parses gold.jsonl text; a bad line fails loudly with its number. */
export function parseGoldJsonl(text: string, source: string): GoldLine[] {
  return text
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = GoldLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${source}:${number}: not a gold line: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Every shared gold set (sorted by name); empty when the shared folder is absent. */
export function loadSharedGoldSets(dataDir: string): GoldSet[] {
  const goldRoot = join(dataDir, "gold");
  if (!existsSync(goldRoot)) return [];
  return readdirSync(goldRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(goldRoot, entry.name, "gold.jsonl")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(goldRoot, name);
      const lines = parseGoldJsonl(readFileSync(join(dir, "gold.jsonl"), "utf8"), `${name}/gold.jsonl`);
      const ids = [...new Set(lines.map((line) => line.doc))];
      const docs = ids.map((id): GoldDoc => {
        const gold = lines.filter((line) => line.doc === id);
        const published = gold.find((line) => line.published)?.published ?? undefined;
        const file = findDocFile(join(dir, "docs"), id);
        return {
          id,
          gold,
          input: {
            bytes: readFileSync(file),
            originalName: file.slice(dir.length + 1),
            publishedAt: published,
          },
        };
      });
      return { name, docs };
    });
}

function findDocFile(docsDir: string, id: string): string {
  const match = readdirSync(docsDir).find((file) => file.replace(/\.[^.]+$/, "") === id);
  if (!match) throw new Error(`gold line for "${id}" but no ${docsDir}/${id}.* file`);
  return join(docsDir, match);
}

/** The project's golden fixtures as a gold set named "fixtures". */
export function loadFixtureGoldSet(): GoldSet {
  return {
    name: "fixtures",
    docs: listFixtures().map((fixture) => ({ id: fixture.slug, input: fixture.input, gold: fixture.gold })),
  };
}
