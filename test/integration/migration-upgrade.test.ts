/**
 * Upgrades on both backends: a store created by the previous release (its migrations, and rows as its
 * code wrote them) is opened by this release, which applies every newer migration and keeps the data:
 * reports and their originals byte for byte, the audit chain, queued jobs, and a search index rebuilt
 * for Arabic. And a crash in the middle of migrating (kill -9 with the migration transaction open)
 * leaves the store as it was, so the next open migrates it cleanly.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { backendTraits, type BackendTraits } from "../../src/storage/backend-traits.js";
import { appendAuditEvent } from "../../src/storage/kysely-audit-log.js";
import { sha256Hex } from "../../src/storage/hash.js";
import { runMigrations } from "../../src/storage/migrate.js";
import { migrations } from "../../src/storage/migrations/index.js";
import { openStore, type OpenStoreOptions } from "../../src/storage/open-store.js";
import { createPostgresDb } from "../../src/storage/postgres/postgres-dialect.js";
import type { Database } from "../../src/storage/schema.js";
import { createSqliteDb } from "../../src/storage/sqlite/sqlite-dialect.js";
import { inWriteTransaction } from "../../src/storage/transaction.js";
import { projectRoot } from "./harness.js";

/** The schema of the previous release (2026-11-25, commit 119ec1a): reports, claims, jobs, audit, user metadata. */
const PREVIOUS_RELEASE = ["001_initial", "002_user_metadata"];
const pgUrl = process.env.R2P_TEST_DATABASE_URL || null;

interface Database_ {
  db: Kysely<Database>;
  traits: BackendTraits;
  openOptions: OpenStoreOptions;
  /** What the crash child is given to open the same database. */
  childArgs: string[];
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const backends = [
  {
    name: "sqlite",
    skip: null,
    async open(): Promise<Database_> {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-upgrade-"));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      return {
        db: createSqliteDb(dataDir),
        traits: backendTraits.sqlite,
        openOptions: { dataDir, databaseUrl: null },
        childArgs: [dataDir],
      };
    },
  },
  {
    name: "postgres",
    skip: pgUrl ? null : "set R2P_TEST_DATABASE_URL to run the PostgreSQL upgrade tests",
    async open(): Promise<Database_> {
      const schema = `r2p_upgrade_${randomBytes(4).toString("hex")}`;
      const db = await createPostgresDb(pgUrl!, schema);
      cleanups.push(async () => {
        const admin = await createPostgresDb(pgUrl!, "public");
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
        await admin.destroy();
      });
      return {
        db,
        traits: backendTraits.postgres,
        openOptions: { dataDir: os.tmpdir(), databaseUrl: pgUrl!, databaseSchema: schema },
        childArgs: [pgUrl!, schema],
      };
    },
  },
] as const;

const english =
  "Shelling on Saraqib\n\nRegime artillery shelled Saraqib on Monday, killing three civilians.\n";
const arabic = "قصف على سراقب\n\nقتل ثلاثة مدنيين بالقصفِ المدفعي على مدينة سراقب يوم الإثنين.\n";

/** Rows as the previous release's code wrote them (its triggers and generated column fill the index). */
async function seedPreviousRelease(db: Kysely<Database>, traits: BackendTraits): Promise<string[]> {
  const ids: string[] = [];
  await inWriteTransaction(db, traits, async (trx) => {
    for (const [i, text] of [english, arabic].entries()) {
      const bytes = Buffer.from(text);
      const id = sha256Hex(bytes);
      ids.push(id);
      const title = text.split("\n")[0]!;
      await sql`insert into reports (id, byte_length, media_type, encoding, original_name, retrieved_at,
          url, publisher, source_id, originators, published_at, language, title, byline, text, removed,
          related, keywords, caveats, stored_at, user_metadata)
        values (${id}, ${bytes.length}, 'text/plain', 'utf-8', ${`r${i}.txt`}, '2026-11-20T10:00:00.000Z',
          null, null, null, '[]', '2026-11-19', ${i === 0 ? "en" : "ar"}, ${title}, null,
          ${text.slice(title.length + 2)}, '[]', '[]', '[]', '[]', '2026-11-20T10:00:00.000Z',
          ${JSON.stringify({ publishedAt: "2026-11-19" })})`.execute(trx);
      await sql`insert into originals (sha256, bytes, byte_length) values (${id}, ${bytes}, ${bytes.length})`.execute(
        trx,
      );
      await appendAuditEvent(trx, traits, new Date("2026-11-20T10:00:00.000Z"), {
        actor: "cli",
        action: "report.saved",
        subjectType: "report",
        subjectId: id,
        beforeHash: null,
        afterHash: id,
        detail: { byteLength: bytes.length, mediaType: "text/plain", title },
      });
    }
    await sql`insert into jobs (id, name, key, payload, state, attempts, last_error, run_after, locked_by,
        locked_until, created_at, updated_at)
      values ('job-1', 'extract-report', ${`${ids[0]}@v1`}, ${JSON.stringify({ reportId: ids[0] })}, 'queued',
        0, null, '2026-11-20T10:00:00.000Z', null, null, '2026-11-20T10:00:00.000Z',
        '2026-11-20T10:00:00.000Z')`.execute(trx);
  });
  return ids;
}

async function previousReleaseStore(backend: (typeof backends)[number]) {
  const database = await backend.open();
  const applied = await runMigrations(
    database.db,
    database.traits,
    migrations.filter((m) => PREVIOUS_RELEASE.includes(m.name)),
  );
  expect(applied).toEqual(PREVIOUS_RELEASE);
  const ids = await seedPreviousRelease(database.db, database.traits);
  await database.db.destroy();
  return { ...database, ids };
}

/** Opens the store with this release and checks that everything the previous one stored is there. */
async function expectUpgradedWithData(openOptions: OpenStoreOptions, ids: string[]) {
  const store = await openStore(openOptions);
  try {
    const applied = await store.audit.verify();
    expect(applied).toMatchObject({ ok: true, checked: 2 });
    expect(await store.reports.count()).toBe(2);
    const [en, ar] = await Promise.all(ids.map((id) => store.reports.get(id)));
    expect(en).toMatchObject({ title: "Shelling on Saraqib", publishedAt: "2026-11-19", language: "en" });
    expect(en?.text).toBe(english.slice("Shelling on Saraqib".length + 2));
    expect(ar?.title).toBe("قصف على سراقب");
    expect(Buffer.from((await store.reports.getOriginal(ids[1]!))!).toString()).toBe(arabic);
    expect(await store.reports.verifyOriginals()).toEqual({ checked: 2, mismatched: [], missing: [] });
    // The index was rebuilt from folded text: "قصف" finds "بالقصفِ" only after the upgrade's re-index.
    expect((await store.reports.search("قصف", { limit: 5 })).map((r) => r.id)).toContain(ids[1]);
    expect((await store.reports.search("shelled", { limit: 5 })).map((r) => r.id)).toEqual([ids[0]]);
    const job = await store.jobs.claim("upgrade-test", 60_000);
    expect(job).toMatchObject({ id: "job-1", name: "extract-report", attempts: 1 });
    expect((await store.reports.userMetadata(ids[0]!))?.publishedAt).toBe("2026-11-19");
  } finally {
    await store.close();
  }
}

async function appliedMigrations(openOptions: OpenStoreOptions, database: Database_) {
  const db =
    openOptions.databaseUrl === null
      ? createSqliteDb(openOptions.dataDir)
      : await createPostgresDb(openOptions.databaseUrl, openOptions.databaseSchema!);
  try {
    const rows = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db);
    const probe = await (
      database.traits.backend === "sqlite"
        ? sql<{ n: number | string }>`select count(*) as n from sqlite_master where name = 'crash_probe'`
        : sql<{ n: number | string }>`select count(*) as n from information_schema.tables
            where table_schema = current_schema() and table_name = 'crash_probe'`
    ).execute(db);
    return { names: rows.rows.map((r) => r.name), crashProbeTables: Number(probe.rows[0]?.n ?? 0) };
  } finally {
    await db.destroy();
  }
}

describe.each(backends)("upgrade from the previous release [$name]", (backend) => {
  it.skipIf(backend.skip !== null)("applies the newer migrations and keeps every row", async () => {
    const { openOptions, ids } = await previousReleaseStore(backend);
    await expectUpgradedWithData(openOptions, ids);
  });

  it.skipIf(backend.skip !== null)(
    "leaves the store as it was when killed mid-migration, and the next open migrates it",
    async () => {
      const database = await previousReleaseStore(backend);
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          path.join(projectRoot, "test/support/migrate-then-hang.ts"),
          ...database.childArgs,
        ],
        { cwd: projectRoot, stdio: ["ignore", "pipe", "inherit"] },
      );
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the child never reached its migration")), 60_000);
        child.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("mid-migration")) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once("exit", (code) => reject(new Error(`the child exited early with ${code}`)));
      });
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));

      // Nothing of the interrupted transaction survived: still the previous release's schema.
      const before = await appliedMigrations(database.openOptions, database);
      expect(before).toEqual({ names: PREVIOUS_RELEASE, crashProbeTables: 0 });
      await expectUpgradedWithData(database.openOptions, database.ids);
      const after = await appliedMigrations(database.openOptions, database);
      expect(after.names).toEqual(migrations.map((m) => m.name).sort());
      expect(after.crashProbeTables).toBe(0);
    },
    120_000,
  );
});
