/** openStore contract: migrations are idempotent and safe under concurrent opens; close releases everything. */
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { openStore } from "../../src/storage/open-store.js";
import { migrations as allMigrations } from "../../src/storage/migrations/index.js";
import { contractSuite } from "./backends.js";
import { makeReport } from "./fixtures.js";

contractSuite(
  "openStore",
  (h, backend) => {
    it("reports its backend and applies each migration once across reopenings", async () => {
      const { store, raw, openAnother } = h();
      expect(store.backend).toBe(backend.name);
      const { report, bytes } = makeReport("Survives a reopen.");
      await store.reports.save(report, bytes, "test");
      const reopened = await openAnother();
      expect(await reopened.reports.get(report.id)).toEqual(report);
      const migrations = await raw.query<{ name: string }>("select name from schema_migrations");
      expect(migrations.map((m) => m.name).sort()).toEqual(allMigrations.map((m) => m.name).sort());
      expect(allMigrations.map((m) => m.name)).toEqual(
        expect.arrayContaining([
          "001_initial",
          "002_user_metadata",
          "003_incidents_sources",
          "004_assessment",
        ]),
      );
    });

    it("opens safely when several stores open the same database at once", async () => {
      const { openAnother, raw } = h();
      const stores = await Promise.all([openAnother(), openAnother(), openAnother()]);
      expect(stores).toHaveLength(3);
      expect(await raw.query("select name from schema_migrations")).toHaveLength(allMigrations.length);
    });

    it("closes idempotently, and a closed store refuses work", async () => {
      const { openOptions } = h();
      const store = await openStore(openOptions);
      await store.close();
      await store.close();
      await expect(store.reports.count()).rejects.toThrow();
    });

    if (backend.name === "sqlite") {
      it("creates the data folder and the r2p.sqlite file in WAL mode", async () => {
        const { openOptions, raw } = h();
        const dataDir = path.join(openOptions.dataDir, "nested", "deeper");
        const store = await openStore({ dataDir, databaseUrl: null });
        expect(existsSync(path.join(dataDir, "r2p.sqlite"))).toBe(true);
        await store.close();
        expect(await raw.query("pragma journal_mode")).toEqual([{ journal_mode: "wal" }]);
      });
    }

    if (backend.name === "postgres") {
      it("creates its schema and keeps every pooled connection in it", async () => {
        const { openOptions, raw, store } = h();
        const [row] = await raw.query<{ n: string }>(
          "select count(*) as n from information_schema.tables where table_schema = ? and table_name = 'reports'",
          [openOptions.databaseSchema],
        );
        expect(Number(row?.n)).toBe(1);
        // Many concurrent queries force several pooled connections; all must see this schema's tables.
        const counts = await Promise.all(Array.from({ length: 12 }, () => store.reports.count()));
        expect(counts).toEqual(Array.from({ length: 12 }, () => 0));
      });

      it("rejects a schema name that is not a plain identifier", async () => {
        const { openOptions } = h();
        await expect(openStore({ ...openOptions, databaseSchema: "bad; drop" })).rejects.toMatchObject({
          code: "CONFIG_INVALID",
        });
      });
    }
  },
  // These tests are about creating and migrating databases, so each needs a new one.
  { freshDatabasePerTest: true },
);
