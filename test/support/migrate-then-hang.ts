/**
 * Child process for the migration crash test (test/integration/migration-upgrade.test.ts): opens the
 * database named by its arguments, runs every pending migration plus one more that changes the schema
 * and then never finishes, and says "mid-migration" on stdout once there, so the test can kill -9 it
 * with the transaction open. Run with `node --import tsx`.
 *
 * Arguments: <dataDir> | <postgres URL> <schema>
 */
import type { Kysely } from "kysely";
import { backendTraits } from "../../src/storage/backend-traits.js";
import { runMigrations } from "../../src/storage/migrate.js";
import { migrations } from "../../src/storage/migrations/index.js";
import type { Database } from "../../src/storage/schema.js";

const [target, schema] = process.argv.slice(2);
const postgres = target!.startsWith("postgres");
const db: Kysely<Database> = postgres
  ? await (await import("../../src/storage/postgres/postgres-dialect.js")).createPostgresDb(target!, schema!)
  : (await import("../../src/storage/sqlite/sqlite-dialect.js")).createSqliteDb(target!);

await runMigrations(db, backendTraits[postgres ? "postgres" : "sqlite"], [
  ...migrations,
  {
    name: "999_never_finishes",
    async up(trx) {
      await trx.schema.createTable("crash_probe").addColumn("id", "text").execute();
      await trx.schema.alterTable("reports").addColumn("crash_probe", "text").execute();
      await trx.updateTable("reports").set({ title: "overwritten by a crashed migration" }).execute();
      process.stdout.write("mid-migration\n");
      await new Promise(() => undefined);
    },
  },
]);
