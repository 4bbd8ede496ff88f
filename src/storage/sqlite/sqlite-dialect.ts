/**
 * Opens the embedded SQLite database (`<dataDir>/r2p.sqlite`) as a Kysely instance with the pragmas
 * the stores rely on.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../schema.js";

/** File name of the database inside the data folder. */
export const SQLITE_FILE_NAME = "r2p.sqlite";

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
  database.pragma("busy_timeout = 5000");
  // WAL lets readers (API, dashboard) run while a worker writes.
  database.pragma("journal_mode = WAL");
  // NORMAL is durable across application crashes in WAL mode; only a power loss may drop the last commit.
  database.pragma("synchronous = NORMAL");
  // SQLite ignores foreign keys unless asked, per connection.
  database.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}
