/**
 * The bench corpus of distinct gold-length reports, shared by bench/cli-throughput.ts and
 * scripts/compare-analyze.ts: the real English documents under ../shared/data (gold sets and Airwars'
 * Syria texts); copy k of a document has its small numbers shifted by k and a closing reference line,
 * so every file has its own bytes and its own claims.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const dataRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../shared/data");

/** The English source documents: every gold set plus Airwars' Syria texts. */
export function sourceDocuments(): Buffer[] {
  const gold = path.join(dataRoot, "gold");
  const dirs = [
    ...(existsSync(gold) ? readdirSync(gold).map((set) => path.join(gold, set, "docs")) : []),
    path.join(dataRoot, "external/airwars-syria/docs"),
  ].filter((dir) => existsSync(dir));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(path.join(dir, f))),
  );
}

/** Writes `count` distinct gold-length reports into `dir`; returns their mean size in bytes. */
export function writeBenchReports(docs: Buffer[], dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / docs.length);
    const original = docs[i % docs.length]!.toString("utf8");
    const varied =
      copy === 0
        ? original
        : `${original.replace(/\b\d{1,2}\b/g, (n) => String(Number(n) + copy))}\n\nReference: bench copy ${copy}.\n`;
    bytes += Buffer.byteLength(varied);
    writeFileSync(path.join(dir, `report-${String(i).padStart(4, "0")}.txt`), varied);
  }
  return Math.round(bytes / count);
}
