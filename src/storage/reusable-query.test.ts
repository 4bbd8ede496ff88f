import BetterSqlite3 from "better-sqlite3";
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reusableQuery } from "./reusable-query.js";
import type { Database } from "./schema.js";

let db: Kysely<Database>;

beforeEach(async () => {
  db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(":memory:") }) });
  await sql`create table sources (id text primary key, name text not null, reliability text not null)`.execute(
    db,
  );
});

afterEach(() => db.destroy());

describe("reusableQuery", () => {
  it("builds a shape once per database and runs it with each call's values", async () => {
    let builds = 0;
    const insert = reusableQuery<{ id: string; name: string }>((kysely, param) => {
      builds++;
      return kysely
        .insertInto("sources")
        .values({ id: param("id"), name: param("name"), reliability: "F" } as never)
        .onConflict((oc) => oc.doNothing());
    });
    const byId = reusableQuery<{ id: string }, { name: string; reliability: string }>((kysely, param) =>
      kysely.selectFrom("sources").select(["name", "reliability"]).where("id", "=", param("id")),
    );
    expect(Number((await insert(db, { id: "a", name: "Alpha" })).numAffectedRows)).toBe(1);
    expect(Number((await insert(db, { id: "b", name: "Beta" })).numAffectedRows)).toBe(1);
    // Inside a transaction too, and a conflict inserts nothing.
    await db.transaction().execute(async (trx) => {
      expect(Number((await insert(trx, { id: "a", name: "Again" })).numAffectedRows)).toBe(0);
    });
    expect(builds).toBe(1);
    expect((await byId(db, { id: "b" })).rows).toEqual([{ name: "Beta", reliability: "F" }]);
    expect((await byId(db, { id: "a" })).rows).toEqual([{ name: "Alpha", reliability: "F" }]);
    expect((await byId(db, { id: "z" })).rows).toEqual([]);
  });

  it("refuses a run without one of the values", async () => {
    const byId = reusableQuery<{ id: string }>((kysely, param) =>
      kysely.selectFrom("sources").selectAll().where("id", "=", param("id")),
    );
    await expect(byId(db, {} as { id: string })).rejects.toThrow(/no value for "id"/);
  });

  it("builds the query at every run on a database with plugins, which may rewrite each query", async () => {
    let builds = 0;
    const count = reusableQuery<{ name: string }, { n: number }>((kysely, param) => {
      builds++;
      return kysely
        .selectFrom("sources")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("name", "=", param("name"));
    });
    const withPlugin = db.withPlugin(new CamelCasePlugin());
    await count(withPlugin, { name: "x" });
    await count(withPlugin, { name: "y" });
    expect(builds).toBe(2);
  });
});
