/**
 * Statements compiled once and run again with new values. The stores run a few statements for every
 * report they save (the report row, its original, its source, its audit event, its queued job), and
 * building a Kysely query and compiling it to SQL cost several times what SQLite then takes to run
 * it: in a folder ingestion, Kysely's query building was an eighth of the CPU. A reusable query is
 * built once per database (per Kysely adapter, so each backend gets its own SQL) with placeholders
 * for its values, and each run only binds the values in. Semantics are Kysely's own: the same SQL,
 * run through the same executor (connection, transaction, result handling).
 */
import type { CompiledQuery, Compilable, Kysely, QueryResult } from "kysely";
import type { Database } from "./schema.js";

/** A value a placeholder can stand for: what the stores bind (never `undefined`). */
type Bindable = string | number | bigint | boolean | null | Uint8Array;

/** Marks a placeholder in the compiled parameters; no stored value starts with a NUL. */
const PLACEHOLDER_PREFIX = "\u0000r2p-reusable-query:";

/** Where each compiled parameter comes from: a named value, or a constant of the query itself. */
type Slot = { name: string } | { constant: unknown };

interface Prepared<R> {
  query: CompiledQuery<R>;
  slots: Slot[];
}

/**
 * A query shape built by `build`, whose values come from `param(name)`; returns a function that runs
 * it on a database (or transaction) with the named values. Values may only be bound where Kysely makes
 * parameters of them (values(), where(), set(), limit()), never to decide the query's shape.
 *
 * @example
 * const byId = reusableQuery<{ id: string }, { id: string }>((db, param) =>
 *   db.selectFrom("reports").select("id").where("id", "=", param("id")));
 * const { rows } = await byId(trx, { id });
 */
export function reusableQuery<P extends { [K in keyof P]: Bindable }, R = unknown>(
  build: (db: Kysely<Database>, param: <K extends keyof P & string>(name: K) => P[K]) => Compilable<R>,
): (db: Kysely<Database>, values: P) => Promise<QueryResult<R>> {
  // Keyed by the adapter: every Kysely instance (and each of its transactions) of one database shares it.
  const prepared = new WeakMap<object, Prepared<R>>();
  const prepare = (db: Kysely<Database>): Prepared<R> => {
    const query = build(db, (name) => `${PLACEHOLDER_PREFIX}${name}` as never).compile();
    const slots = query.parameters.map((value): Slot =>
      typeof value === "string" && value.startsWith(PLACEHOLDER_PREFIX)
        ? { name: value.slice(PLACEHOLDER_PREFIX.length) }
        : { constant: value },
    );
    return { query, slots };
  };
  return async (db, values) => {
    const executor = db.getExecutor();
    // A plugin may rewrite each query differently; then build it every time, as Kysely would.
    let entry = executor.plugins.length === 0 ? prepared.get(executor.adapter) : undefined;
    if (!entry) {
      entry = prepare(db);
      if (executor.plugins.length === 0) prepared.set(executor.adapter, entry);
    }
    const parameters = entry.slots.map((slot) => {
      if (!("name" in slot)) return slot.constant;
      const value = (values as Record<string, Bindable | undefined>)[slot.name];
      if (value === undefined) throw new Error(`reusable query: no value for "${slot.name}"`);
      return value;
    });
    return db.executeQuery<R>({ ...entry.query, parameters });
  };
}
