/**
 * Integration-test harness: runs `r2p` commands against a fresh data folder on each backend (SQLite
 * always; PostgreSQL in a fresh schema when R2P_TEST_DATABASE_URL is set), and gives raw SQL access so
 * tests can tamper with stored rows the way an attacker or a disk fault would. `run` executes the
 * command in this process (the same commander program as `bin/r2p.js`, fast and immune to a busy
 * machine's process start-up); `spawn` starts the real binary, for what only a process can show:
 * the compiled build, standard input, concurrent processes.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const seedPath = path.resolve(projectRoot, "../shared/seed/000_73950fb0b43643e1.txt");
export const hasSeed = existsSync(seedPath);
const binary = path.join(projectRoot, "bin/r2p.js");
const pgUrl = process.env.R2P_TEST_DATABASE_URL ?? null;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Backend {
  name: "sqlite" | "postgres";
  /** Skip reason, stated (Hono-style) when the backend cannot run here. */
  skip: string | null;
  setUp(): Promise<BackendInstance>;
}

export interface BackendInstance {
  dataDir: string;
  env: Record<string, string>;
  /** Runs an r2p command in this process. */
  run(args: string[], options?: { env?: Record<string, string> }): Promise<CliResult>;
  /** Runs an r2p command as a new `node bin/r2p.js` process (dist/, rebuilt by the global setup). */
  spawn(args: string[], options?: { stdin?: Uint8Array; env?: Record<string, string> }): Promise<CliResult>;
  sql(statement: string, params?: unknown[]): Promise<unknown[]>;
  tearDown(): Promise<void>;
}

/** Thrown by the stand-in for process.exit while a command runs in-process. */
class ExitCalled extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

let inProcessRuns = Promise.resolve();

/**
 * Runs `r2p <args>` in this process with its own environment, capturing standard output and error,
 * process.exit and process.exitCode, and restoring all of them afterwards. Runs one at a time, since
 * the captured streams are the process's own.
 */
function runInProcess(env: Record<string, string>, args: string[]): Promise<CliResult> {
  const run = inProcessRuns.then(async () => {
    const { runCli } = await import("../../src/cli/main.js");
    const saved = { env: process.env, exit: process.exit, exitCode: process.exitCode };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const capture =
      (into: Buffer[]) =>
      (chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean => {
        into.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
        const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
        if (typeof done === "function") queueMicrotask(() => (done as () => void)());
        return true;
      };
    const writes = { out: process.stdout.write, err: process.stderr.write };
    process.env = { ...process.env, TZ: "UTC", R2P_LOG_LEVEL: "warn", ...env };
    process.exitCode = undefined;
    process.exit = ((code?: number) => {
      throw new ExitCalled(code ?? 0);
    }) as typeof process.exit;
    process.stdout.write = capture(out) as typeof process.stdout.write;
    process.stderr.write = capture(err) as typeof process.stderr.write;
    let code: number;
    try {
      await runCli(["node", "r2p", ...args]);
      code = Number(process.exitCode ?? 0);
    } catch (error) {
      if (!(error instanceof ExitCalled)) throw error;
      code = error.code;
    } finally {
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
      process.env = saved.env;
      process.exit = saved.exit;
      process.exitCode = saved.exitCode;
    }
    return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
  });
  inProcessRuns = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

function spawnCli(env: Record<string, string>, args: string[], stdin?: Uint8Array): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...args], {
      cwd: projectRoot,
      env: { ...process.env, TZ: "UTC", R2P_LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.end(stdin ? Buffer.from(stdin) : undefined);
  });
}

export const backends: Backend[] = [
  {
    name: "sqlite",
    skip: null,
    async setUp() {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-it-"));
      const env = { R2P_DATA_DIR: dataDir, R2P_DATABASE_URL: "" };
      return {
        dataDir,
        env,
        run: (args, options) => runInProcess({ ...env, ...options?.env }, args),
        spawn: (args, options) => spawnCli({ ...env, ...options?.env }, args, options?.stdin),
        async sql(statement, params = []) {
          const db = new Database(path.join(dataDir, "r2p.sqlite"));
          try {
            const prepared = db.prepare(statement);
            return prepared.reader ? prepared.all(...params) : (prepared.run(...params), []);
          } finally {
            db.close();
          }
        },
        async tearDown() {
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "postgres",
    skip: pgUrl
      ? null
      : "PostgreSQL integration tests skipped: set R2P_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them",
    async setUp() {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-it-pg-"));
      const schema = `r2p_it_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const env = { R2P_DATA_DIR: dataDir, R2P_DATABASE_URL: pgUrl!, R2P_DATABASE_SCHEMA: schema };
      const client = new pg.Client({ connectionString: pgUrl! });
      try {
        await client.connect();
      } catch (error) {
        rmSync(dataDir, { recursive: true, force: true });
        throw error;
      }
      return {
        dataDir,
        env,
        run: (args, options) => runInProcess({ ...env, ...options?.env }, args),
        spawn: (args, options) => spawnCli({ ...env, ...options?.env }, args, options?.stdin),
        async sql(statement, params = []) {
          const numbered = statement.replace(
            /\?/g,
            (() => {
              let i = 0;
              return () => `$${++i}`;
            })(),
          );
          await client.query(`SET search_path TO ${schema}`);
          return (await client.query(numbered, params)).rows;
        },
        async tearDown() {
          try {
            await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            await client.end();
          } finally {
            rmSync(dataDir, { recursive: true, force: true });
          }
        },
      };
    },
  },
];
