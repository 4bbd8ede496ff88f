/**
 * Whole-process measurements shared by the bench scripts: a folder of distinct gold-length reports
 * built from the real documents under ../shared/data, and a timer that runs the `r2p` CLI as a user
 * would (new process, start-up, store and output included) on one core.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataRoot = path.resolve(projectRoot, "../shared/data");

/** The English source documents: every gold set plus Airwars' Syria texts. */
function sourceDocuments(): Buffer[] {
  const dirs = [
    ...(existsSync(path.join(dataRoot, "gold"))
      ? readdirSync(path.join(dataRoot, "gold")).map((set) => path.join(dataRoot, "gold", set, "docs"))
      : []),
    path.join(dataRoot, "external/airwars-syria/docs"),
  ].filter((dir) => existsSync(dir));
  const docs = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(path.join(dir, f))),
  );
  if (docs.length === 0)
    throw new Error(`no gold documents under ${dataRoot}: the bench needs ../shared/data`);
  return docs;
}

/**
 * Writes `count` distinct reports into `dir`: copy k of a document has its small numbers (tolls, days)
 * shifted by k and a closing reference line, so every file has its own bytes and its own claims.
 * Returns the mean size in bytes.
 */
export function writeGoldLengthCorpus(dir: string, count: number): { meanBytes: number; sources: number } {
  const docs = sourceDocuments();
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
  return { meanBytes: Math.round(bytes / count), sources: docs.length };
}

export interface ProcessTiming {
  seconds: number;
  stdout: string;
}

/**
 * Runs `node bin/r2p.js <args>` pinned to one core (taskset, when present) and returns its wall time.
 * Throws with the process's stderr when it fails, so a broken build is not reported as a speed.
 */
export function timeCli(args: string[], env: NodeJS.ProcessEnv): ProcessTiming {
  const launcher = path.join(projectRoot, "bin/r2p.js");
  const pinned = existsSync("/usr/bin/taskset");
  const [command, argv] = pinned
    ? ["/usr/bin/taskset", ["-c", "0", process.execPath, launcher, ...args]]
    : [process.execPath, [launcher, ...args]];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, argv, { env, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`r2p ${args.join(" ")} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return { seconds, stdout: result.stdout };
}
