/**
 * Multi-row inserts compiled once per shape and size. Kysely builds and compiles a syntax tree node per
 * value, which for inserts of thousands of rows costs more than running them; the SQL text of an insert
 * of N rows of one shape never changes, so it is compiled once (per backend) and run with each chunk's
 * values. SQLite then also reuses the prepared statement (sqlite-dialect.ts caches them by SQL text).
 */
import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema.js";

const compiled = new Map<string, string>();

/**
 * Inserts `rows` (all with the same keys, in the same order) in chunks of `chunkSize`. `build` makes
 * the insert for a chunk (values plus any ON CONFLICT clause); it is compiled only the first time a
 * shape and size is seen.
 *
 * @example await insertRows(trx, "sqlite:keys", rows, 500, (db, chunk) => db.insertInto("incident_claim_keys").values(chunk));
 */
export async function insertRows<R extends Record<string, unknown>>(
  db: Kysely<Database>,
  shape: string,
  rows: readonly R[],
  chunkSize: number,
  build: (db: Kysely<Database>, chunk: R[]) => { compile(): CompiledQuery },
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as R);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const key = `${shape}:${columns.join(",")}:${chunk.length}`;
    let text = compiled.get(key);
    if (text === undefined) {
      text = build(db, chunk).compile().sql;
      compiled.set(key, text);
    }
    const parameters: unknown[] = [];
    for (const row of chunk) for (const column of columns) parameters.push(row[column]);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}
