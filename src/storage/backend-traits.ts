/**
 * Every difference between the SQLite and PostgreSQL backends, recorded as data in one table so the
 * shared Kysely stores never branch on the backend name.
 */
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "./schema.js";
import type { ReportSummary } from "../domain/report.js";
import { sqliteFts } from "./sqlite/sqlite-fts.js";
import { postgresFts } from "./postgres/postgres-fts.js";

export type Backend = "sqlite" | "postgres";

/** A search hit: its summary and the opening of its text as stored, from which the snippet is cut. */
export type SearchRow = ReportSummary & { opening: string };

/** What the full-text index holds for one report: title and text, already folded (search-text.ts). */
export interface FtsDocument {
  id: string;
  title: string;
  text: string;
}

/**
 * Full-text search: the index DDL (the initial migration), its move to text folded in JavaScript
 * (migration 006), writing one report's entry, and the query.
 */
export interface FtsImplementation {
  createIndex(db: Kysely<Database>): Promise<void>;
  /** Migration 006: the index is written by the stores with folded text (no trigger, no generated column). */
  indexFoldedText(db: Kysely<Database>): Promise<void>;
  /**
   * Sets one report's index entry, in the transaction that writes the report; `replace` when the
   * report had one (an update), which on SQLite costs a scan of the index's id column.
   */
  write(trx: Kysely<Database>, document: FtsDocument, options: { replace: boolean }): Promise<void>;
  /**
   * Folded search terms in, best matches first, each with the first `openingChars` characters of its
   * text (one query: a second round trip per search cost more than the snippets); never throws on
   * odd input.
   */
  search(db: Kysely<Database>, terms: string[], limit: number, openingChars: number): Promise<SearchRow[]>;
}

/** What a serialising lock protects; each purpose gets its own lock key. */
export type LockPurpose = "audit" | "migrations" | "resolve" | "assess";

export interface BackendTraits {
  backend: Backend;
  /** Column type for original bytes. */
  blobType: "blob" | "bytea";
  fts: FtsImplementation;
  /**
   * Upsert syntax. Both backends speak `INSERT … ON CONFLICT (…) DO NOTHING / DO UPDATE SET … excluded.…`
   * (SQLite since 3.24), so Kysely's `onConflict` builder serves both; recorded here so a third backend
   * (MySQL: ON DUPLICATE KEY) would have one place to differ.
   */
  upsert: "on-conflict";
  /**
   * Row locking when claiming a job. PostgreSQL has many writers at once, so the claim subquery takes
   * `FOR UPDATE SKIP LOCKED` and concurrent claimers pass over each other's rows. SQLite has one writer
   * at a time (the claim runs inside BEGIN IMMEDIATE) and no row locks at all.
   */
  claimLocking: "none" | "for-update-skip-locked";
  /**
   * How a write transaction begins. SQLite's default BEGIN is DEFERRED: a transaction that reads and
   * then writes can fail at once with SQLITE_BUSY(_SNAPSHOT) when another process wrote in between,
   * and busy_timeout does not help. BEGIN IMMEDIATE takes the write lock up front (waiting up to
   * busy_timeout), which serialises writers cleanly. PostgreSQL uses a plain BEGIN (READ COMMITTED).
   */
  writeTransaction: "begin-immediate" | "begin";
  /**
   * A statement that serialises one kind of write inside a transaction, or null when write transactions
   * are already exclusive (SQLite). On PostgreSQL a transaction-scoped advisory lock, keyed by the
   * current schema so separate schemas (tests, tenants) never wait on each other.
   */
  serialiseStatement: ((purpose: LockPurpose) => RawBuilder<unknown>) | null;
}

const lockKeys: Record<LockPurpose, number> = { audit: 1, migrations: 2, resolve: 3, assess: 4 };

export const backendTraits: Record<Backend, BackendTraits> = {
  sqlite: {
    backend: "sqlite",
    blobType: "blob",
    fts: sqliteFts,
    upsert: "on-conflict",
    claimLocking: "none",
    writeTransaction: "begin-immediate",
    serialiseStatement: null,
  },
  postgres: {
    backend: "postgres",
    blobType: "bytea",
    fts: postgresFts,
    upsert: "on-conflict",
    claimLocking: "for-update-skip-locked",
    writeTransaction: "begin",
    // hashtext() turns the schema name into the int4 first key of the two-key advisory lock form.
    serialiseStatement: (purpose) =>
      sql`select pg_advisory_xact_lock(hashtext(current_schema()), ${sql.lit(lockKeys[purpose])})`,
  },
};
