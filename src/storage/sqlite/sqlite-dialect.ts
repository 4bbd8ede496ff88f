/**
 * Opens the embedded SQLite database (`<dataDir>/r2p.sqlite`) as a Kysely instance with the pragmas
 * the stores rely on.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from "kysely";
import type { Database } from "../schema.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-busy.js";

export { SQLITE_BUSY_TIMEOUT_MS };

/** File name of the database inside the data folder. */
export const SQLITE_FILE_NAME = "r2p.sqlite";

/** Distinct SQL texts kept prepared; the stores issue a few dozen shapes, chunked inserts a few more. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query anew, and compiling the SQL cost more than running it
 * for our small statements. This hands Kysely the database with `prepare` memoised by SQL text (least
 * recently used out first); better-sqlite3 statements are reusable, and Kysely's connection mutex means
 * one statement is never run twice at once.
 */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Creates the data folder if needed and opens the database file.
 *
 * @example const db = createSqliteDb("./r2p-data");
 */
export function createSqliteDb(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(path.join(dataDir, SQLITE_FILE_NAME));
  // busy_timeout first: switching to WAL needs a lock that another process opening the same file
  // at the same moment may hold briefly.
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // 8 KB pages for a new file (before its first table; an existing file keeps its own): resolution's
  // rows are 1–2 KB, and with twice the rows per page a bulk resolution took 5–10 % less CPU (50,000
  // claims, two runs side by side each, bench/resolve-throughput.ts) and a store 7 % smaller, the
  // incremental path in batches of 50 reports no more.
  database.pragma("page_size = 8192");
  // WAL lets readers (API, dashboard) run while a worker writes.
  database.pragma("journal_mode = WAL");
  // NORMAL is durable across application crashes in WAL mode; only a power loss may drop the last commit.
  database.pragma("synchronous = NORMAL");
  // SQLite ignores foreign keys unless asked, per connection.
  database.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/**
 * BEGIN IMMEDIATE with an asynchronous busy wait. better-sqlite3 is synchronous: with busy_timeout the
 * wait for another connection's write lock blocks the whole event loop, which stalls a server for up
 * to 5 s and deadlocks outright when the lock holder is another connection in the same process (it
 * can never reach its COMMIT). So the lock is tried without waiting and retried after short sleeps,
 * up to the same 5 s, then the busy error is thrown.
 */
export async function beginImmediate<DB>(conn: Kysely<DB>): Promise<void> {
  const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
  let delayMs = 1;
  await sql`pragma busy_timeout = 0`.execute(conn);
  try {
    for (;;) {
      try {
        await sql`begin immediate`.execute(conn);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() >= deadline) throw error;
      }
      // Jitter keeps competing writers from retrying in lockstep.
      await new Promise((resolve) => setTimeout(resolve, delayMs + Math.random() * delayMs));
      delayMs = Math.min(delayMs * 2, 50);
    }
  } finally {
    await sql.raw(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`).execute(conn);
  }
}
