/**
 * Multi-row inserts compiled once per shape and size. Kysely builds and compiles a syntax tree node per
 * value, which for inserts of thousands of rows costs more than running them; the SQL text of an insert
 * of N rows of one shape never changes, so it is compiled once (per backend) and run with each chunk's
 * values. SQLite then also reuses the prepared statement (sqlite-dialect.ts caches them by SQL text).
 */
import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema.js";

const compiled = new Map<string, string>();

/** Copies a row's values, in its shape's column order, into a chunk's parameters from `at` on. */
type ValueReader = (row: Record<string, unknown>, into: unknown[], at: number) => void;

const readers = new Map<string, ValueReader>();

/**
 * A function reading `columns` of a row by name (`into[at + i] = row["column i"]`), made once per
 * list of columns: the loop over column names it replaces read each value with a key not known
 * before it ran (a megamorphic keyed load), about twice the cost for the rows of a bulk resolution.
 */
function valueReader(columns: readonly string[]): ValueReader {
  const key = columns.join(",");
  let read = readers.get(key);
  if (read === undefined) {
    const body = columns.map((column, i) => `into[at + ${i}] = row[${JSON.stringify(column)}];`).join("\n");
    // Its source is made of the column names, each quoted as a JSON string.
    read = new Function("row", "into", "at", body) as ValueReader;
    readers.set(key, read);
  }
  return read;
}

/**
 * Inserts `rows` (all with the first row's keys; each value read by name) in chunks of `chunkSize`. `build` makes
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
  const width = columns.length;
  const read = valueReader(columns);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const end = Math.min(rows.length, start + chunkSize);
    const key = `${shape}:${columns.join(",")}:${end - start}`;
    let text = compiled.get(key);
    if (text === undefined) {
      // Compiled from rows with the keys in `columns` order, the order the values are bound in.
      const ordered = rows
        .slice(start, end)
        .map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])) as R);
      text = build(db, ordered).compile().sql;
      compiled.set(key, text);
    }
    const parameters: unknown[] = new Array((end - start) * width);
    for (let i = start, at = 0; i < end; i++, at += width) read(rows[i] as R, parameters, at);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}
