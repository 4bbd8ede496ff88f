/**
 * insertRows reads each row's values by name (a reader made once per list of columns), whatever order
 * a row's keys come in, in chunks of the given size.
 */
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { insertRows } from "./bulk-insert.js";
import type { Database } from "./schema.js";

describe("insertRows", () => {
  it("writes every row by column name, in chunks, keys in any order", async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(":memory:") }),
    });
    try {
      await sql`create table t (a text, "b""q" integer, c text)`.execute(db);
      const rows = [
        { a: "x", 'b"q': 1, c: null },
        { c: "z2", 'b"q': 2, a: "x2" },
        { 'b"q': 3, a: "x3", c: "z3" },
      ];
      const build = (trx: Kysely<Database>, chunk: typeof rows) =>
        (trx as unknown as Kysely<Record<string, Record<string, unknown>>>).insertInto("t").values(chunk);
      await insertRows(db, "test:t", rows, 2, build as never);
      const read = await sql<{
        a: string;
        bq: number;
        c: string | null;
      }>`select a, "b""q" as bq, c from t order by a`.execute(db);
      expect(read.rows).toEqual([
        { a: "x", bq: 1, c: null },
        { a: "x2", bq: 2, c: "z2" },
        { a: "x3", bq: 3, c: "z3" },
      ]);
    } finally {
      await db.destroy();
    }
  });
});
