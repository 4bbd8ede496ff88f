/**
 * Opens a PostgreSQL database as a Kysely instance over a pg pool whose every connection works in one
 * schema (created if missing).
 */
import pg from "pg";
import { Kysely, PostgresDialect, sql } from "kysely";
import type { Database } from "../schema.js";
import { errors } from "../../domain/errors.js";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;
/**
 * Connections per process (R2P_DATABASE_POOL_SIZE). Queries on different connections run in parallel
 * in the server, so concurrent API reads do not queue behind each other; PostgreSQL's default
 * max_connections (100) leaves room for a few processes of this size.
 */
export const DEFAULT_POOL_SIZE = 10;

/**
 * Connects to `databaseUrl`, creates `schema` if it does not exist, and returns a Kysely instance whose
 * connections all have `search_path` set to that schema.
 *
 * @example const db = await createPostgresDb("postgres://postgres@127.0.0.1:5432/r2p", "public");
 */
export async function createPostgresDb(
  databaseUrl: string,
  schema: string,
  poolSize = DEFAULT_POOL_SIZE,
): Promise<Kysely<Database>> {
  // The name goes into a startup option and DDL, so it must be a plain identifier.
  if (!SCHEMA_NAME.test(schema)) {
    throw errors.config(`database schema "${schema}" must be lowercase letters, digits and _ (e.g. r2p)`);
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // Set at connection start-up, so every pooled connection (including ones opened later) sees only
    // this schema; no per-checkout SET needed. pg_catalog stays implicitly searched.
    options: `-c search_path=${schema}`,
    max: poolSize,
    // Idle connections are closed after a while instead of being held forever.
    idleTimeoutMillis: 30_000,
  });
  // An idle pooled connection that the server drops emits 'error' on the pool; unhandled, that would
  // crash the process. The pool discards that connection and the next query opens a fresh one.
  pool.on("error", () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await createSchemaIfMissing(db, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

async function createSchemaIfMissing(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two processes running CREATE SCHEMA IF NOT EXISTS at the same moment can both pass the
    // existence check; the loser gets a unique violation on pg_namespace. The schema exists then.
    const code = (error as { code?: string }).code;
    if (code !== "23505" && code !== "42P06") throw error;
  }
}
