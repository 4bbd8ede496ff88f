/**
 * The secondary indexes of resolution's tables that a bulk resolution into an empty store builds once,
 * at the end of its time-ordered pass, instead of entry by entry: that pass writes every claim, incident
 * and map row once and reads none of these indexes (only primary keys and the write stamp). Inserted
 * row by row, an index keyed by hashes or coordinates takes a random page per row, eleven of the
 * fourteen B-tree inserts a claim cost; `create index` sorts its entries and writes each page once.
 *
 * A run that stops (an error, BACKLOG_INTERLEAVED, a crash) leaves no store without them for long:
 * `restoreDeferredIndexes` runs in the run's `finally`, and at every open of the store (open-store.ts),
 * where it creates only those missing (an existing index costs a catalogue read, no lock). Meanwhile
 * every query still answers the same, only slower. The definitions are those of their migrations
 * (003, 005, 011); a test compares them with the migrated schema.
 *
 * Two of them are read by resolution itself (a claim's incident's claims, a report's claims): a bulk
 * run builds those after its time-ordered pass, for its second pass (late and undated claims through
 * the store), and the nine that only lists, maps and the API read after the second pass, which then
 * inserts its incidents, claims and map rows without a random page of each per row.
 *
 * On SQLite the builds read their tables through a memory map of the file (`mmap_size`, set on the
 * building connection for the builds and set back after them): a replay of the 100,000-claim bench's
 * transactions built the nine indexes in 0.51–0.60 CPU s instead of 0.73–0.86, and the two resolution
 * reads, with the pending index rows' move before them, in 1.49–1.65 instead of 1.66–1.88.
 */
import { sql, type Kysely } from "kysely";
import type { BackendTraits } from "./backend-traits.js";
import type { Database } from "./schema.js";

type Table = "incidents" | "incident_claims" | "incident_map";

/**
 * Name, table and columns of each deferred index, as its migration created it; `resolution`: read by
 * resolution's own lookups (kysely-incident-transaction.ts: claimsOfIncidents, claimsOfReports).
 */
export const DEFERRED_INDEXES: readonly {
  name: string;
  table: Table;
  columns: readonly string[];
  resolution?: true;
}[] = [
  { name: "incidents_date_idx", table: "incidents", columns: ["date_start", "id"] },
  { name: "incidents_admin1_idx", table: "incidents", columns: ["admin1", "date_start"] },
  { name: "incidents_grade_idx", table: "incidents", columns: ["grade", "date_start"] },
  {
    name: "incident_claims_incident_idx",
    table: "incident_claims",
    columns: ["incident_id"],
    resolution: true,
  },
  { name: "incident_claims_report_idx", table: "incident_claims", columns: ["report_id"], resolution: true },
  { name: "incident_claims_source_idx", table: "incident_claims", columns: ["source_id"] },
  { name: "incident_map_day_idx", table: "incident_map", columns: ["day", "incident_id"] },
  { name: "incident_map_day_killed_idx", table: "incident_map", columns: ["day", "killed"] },
  { name: "incident_map_admin1_idx", table: "incident_map", columns: ["admin1"] },
  { name: "incident_map_grade_idx", table: "incident_map", columns: ["grade"] },
  {
    name: "incident_map_cluster_known_idx",
    table: "incident_map",
    columns: ["lat", "lon", "grade", "killed", "killed_known", "event_type", "incident_id"],
  },
];

/** The names of the deferred indexes the database has now. */
export async function presentDeferredIndexes(
  db: Kysely<Database>,
  traits: BackendTraits,
): Promise<Set<string>> {
  const names = DEFERRED_INDEXES.map((index) => index.name);
  const rows =
    traits.backend === "sqlite"
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'index' and name in (${sql.join(names)})`.execute(db)
      : await sql<{
          name: string;
        }>`select indexname as name from pg_indexes where schemaname = current_schema() and indexname in (${sql.join(names)})`.execute(
          db,
        );
  return new Set(rows.rows.map((row) => row.name));
}

/** Drops the deferred indexes (a bulk resolution into an empty store, before its first write). */
export async function dropDeferredIndexes(db: Kysely<Database>): Promise<void> {
  for (const index of DEFERRED_INDEXES) await db.schema.dropIndex(index.name).ifExists().execute();
}

/**
 * Creates the deferred indexes that are missing (`only: "resolution"`: those resolution reads); none
 * missing, it only reads the catalogue.
 */
export async function restoreDeferredIndexes(
  db: Kysely<Database>,
  traits: BackendTraits,
  only?: "resolution",
): Promise<void> {
  const present = await presentDeferredIndexes(db, traits);
  const missing = DEFERRED_INDEXES.filter(
    (index) => !present.has(index.name) && (only !== "resolution" || index.resolution),
  );
  if (missing.length === 0) return;
  const build = async (conn: Kysely<Database>) => {
    for (const index of missing)
      await conn.schema
        .createIndex(index.name)
        .ifNotExists()
        .on(index.table)
        .columns([...index.columns])
        .execute();
  };
  if (traits.backend !== "sqlite") return build(db);
  await db.connection().execute(async (conn) => {
    // Each build reads its whole table: mapped into memory, its pages are read without a system call
    // each. For this connection and these statements only (the setting is not stored in the file).
    const before = await sql<{ mmap_size: number }>`pragma mmap_size`.execute(conn);
    await sql.raw(`pragma mmap_size = ${INDEX_BUILD_MMAP_BYTES}`).execute(conn);
    try {
      await build(conn);
    } finally {
      await sql.raw(`pragma mmap_size = ${Number(before.rows[0]?.mmap_size ?? 0)}`).execute(conn);
    }
  });
}

/** How much of a SQLite file an index build maps into memory (address space, not memory used). */
export const INDEX_BUILD_MMAP_BYTES = 1 << 30;
