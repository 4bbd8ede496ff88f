/**
 * Gold sets annotated by hand for this project over texts that stay in the shared data: the gold lines
 * live in eval/gold/<set>.jsonl (they name documents by id only, never copy report text), the texts are
 * read from ../shared/data/<textDir>/<id><extension> when present. Without the shared data the set is
 * skipped with a plain message, as on a user's machine. eval/README.md says how each set was annotated.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { archiveInput, newsInput } from "./corpus-input.js";
import { externalDocSplit, externalTextInput } from "./external-sets.js";
import type { GoldDoc, GoldSet } from "./gold-sets.js";
import { parseGoldJsonl } from "./gold-sets.js";
import { PROJECT_ROOT, type DocumentInput } from "./load-pipeline.js";
import { splitOf, type Split } from "./split.js";

export interface ProjectGoldSetSpec {
  /** The set's name in `npm run eval` (also the key of its tuning/test split). */
  name: string;
  /** The gold lines, relative to the project root. */
  goldFile: string;
  /** The folder of the texts, relative to the shared data folder. */
  textDir: string;
  /** A document id plus this extension is the text's file name. */
  extension: string;
  /** Reads one text as the pipeline's input (metadata such as a URL line goes to the input fields). */
  read: (file: string, name: string) => DocumentInput;
  /**
   * The split when it is not `splitOf(<name>, <doc id>)` (texts another set already splits by
   * another key), built from the shared data folder.
   */
  split?: (dataDir: string) => (docId: string) => Split;
  /** false: printed apart, never pooled into "overall" (see GoldSet.pooled). */
  pooled?: boolean;
}

export const PROJECT_GOLD_SETS: ProjectGoldSetSpec[] = [
  {
    name: "corpus-news",
    goldFile: "eval/gold/corpus-news.jsonl",
    textDir: "corpus/news",
    extension: ".txt",
    read: newsInput,
  },
  {
    // Ids are paths under corpus/syrian-archive without ".md" (the English texts; *_ar.md are twins).
    name: "syrian-archive",
    goldFile: "eval/gold/syrian-archive.jsonl",
    textDir: "corpus/syrian-archive",
    extension: ".md",
    read: archiveInput,
  },
  {
    // The Arabic twins of syrian-archive's investigations (Syrian Archive publishes each in both
    // languages, the same facts), scored against the same gold: Arabic extraction on NGO reports, a
    // genre the Arabic rules were not written from. Each twin falls on its English original's side of
    // the split. Printed apart from the English sets.
    name: "syrian-archive-ar",
    goldFile: "eval/gold/syrian-archive.jsonl",
    textDir: "corpus/syrian-archive",
    extension: "_ar.md",
    read: archiveInput,
    split: () => (docId) => splitOf("syrian-archive", docId),
    pooled: false,
  },
  {
    // The English Syrian Archive pages syrian-archive leaves out: collection and series pages, methods,
    // background, datasets, lists of incidents (same ids and reader as syrian-archive).
    name: "syrian-archive-pages",
    goldFile: "eval/gold/syrian-archive-pages.jsonl",
    textDir: "corpus/syrian-archive",
    extension: ".md",
    read: archiveInput,
  },
  {
    // Every incident in the Airwars texts, where external/airwars-syria scores only the one incident
    // Airwars recorded per text (so extra or wrong incidents there are never counted). Same texts and
    // reader as the external set; split by the Airwars incident of each text, as the external set is,
    // so that a text is on the same side in both.
    name: "airwars-full",
    goldFile: "eval/gold/airwars-full.jsonl",
    textDir: "external/airwars-syria/docs",
    extension: ".txt",
    read: (file) => externalTextInput(file),
    split: (dataDir) => externalDocSplit(dataDir, "external/airwars-syria"),
  },
];

export type ProjectGoldSetLoad = { set: GoldSet } | { skipped: string };

/**
 * Loads one project gold set; `{ skipped }` with the reason when the texts are not available. A gold
 * line naming a document whose text is missing fails loudly: the gold and the texts disagree.
 */
export function loadProjectGoldSet(
  spec: ProjectGoldSetSpec,
  dataDir: string | null,
  projectRoot: string = PROJECT_ROOT,
): ProjectGoldSetLoad {
  const textDir = dataDir ? join(dataDir, spec.textDir) : null;
  if (!dataDir || !textDir || !existsSync(textDir))
    return { skipped: `${spec.name}: texts not found (../shared/data/${spec.textDir}): skipped` };
  const goldPath = resolve(projectRoot, spec.goldFile);
  const lines = parseGoldJsonl(readFileSync(goldPath, "utf8"), spec.goldFile);
  const ids = [...new Set(lines.map((line) => line.doc))];
  const docs = ids.map((id): GoldDoc => {
    const gold = lines.filter((line) => line.doc === id);
    const file = join(textDir, `${id}${spec.extension}`);
    if (!existsSync(file))
      throw new Error(
        `${spec.goldFile}: gold lines for "${id}" but no ${file}; fix the id or restore the text`,
      );
    const input = spec.read(file, `${spec.textDir}/${id}${spec.extension}`);
    const published = gold.find((line) => line.published)?.published;
    return { id, gold, input: published ? { ...input, publishedAt: published } : input };
  });
  const split = spec.split?.(dataDir);
  return {
    set: {
      name: spec.name,
      docs,
      ...(split ? { split } : {}),
      ...(spec.pooled === false ? { pooled: false } : {}),
    },
  };
}
