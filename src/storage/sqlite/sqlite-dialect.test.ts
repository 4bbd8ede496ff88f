/** The SQLite file's page size: 8 KB for a new store, an existing file's own kept as it is. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { backendTraits } from "../backend-traits.js";
import { runMigrations } from "../migrate.js";
import { createSqliteDb } from "./sqlite-dialect.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-page-size-"));
  dirs.push(dir);
  return dir;
}

async function pageSize(dir: string): Promise<number> {
  const db = createSqliteDb(dir);
  try {
    await runMigrations(db, backendTraits.sqlite);
    const { rows } = await sql<{ page_size: number }>`pragma page_size`.execute(db);
    return rows[0]!.page_size;
  } finally {
    await db.destroy();
  }
}

describe("SQLite page size", () => {
  it("is 8 KB for a new store", async () => {
    expect(await pageSize(folder())).toBe(8192);
  });

  it("stays what an existing file has, and the store migrates it", async () => {
    const dir = folder();
    const old = new BetterSqlite3(path.join(dir, "r2p.sqlite"));
    old.pragma("page_size = 4096");
    old.pragma("journal_mode = WAL");
    old.exec("create table kept (id integer primary key)");
    old.close();
    expect(await pageSize(dir)).toBe(4096);
  });
});
