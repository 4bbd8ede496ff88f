/** What every Kysely-backed store shares: the database, the backend's traits and the clock. */
import type { Kysely } from "kysely";
import type { BackendTraits } from "./backend-traits.js";
import type { ReadMemo } from "./read-memo.js";
import type { Database } from "./schema.js";

export interface StoreContext {
  db: Kysely<Database>;
  /**
   * For reads outside transactions: SQLite's pool of read threads when the store was opened with
   * `readThreads`, otherwise `db` itself (PostgreSQL's pool already reads in parallel).
   */
  readDb: Kysely<Database>;
  traits: BackendTraits;
  /** The clock; tests pass a controllable one. */
  now: () => Date;
  /** Short-lived memos of credential lookups and counts, shared by the store and its batches. */
  memo: ReadMemo;
}

/** Parses a JSON text column written by the stores themselves. */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
