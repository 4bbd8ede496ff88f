/**
 * The incident store: incidents (the public JSON plus columns to filter on), every resolved claim with
 * its incident and explanation, and the place + day index that finds a new claim's neighbours. A
 * resolution reads and writes inside one transaction holding the "resolve" lock; a change is compared
 * row by row with what is stored, so re-resolving the same claims writes nothing and audits nothing.
 */
import { sql } from "kysely";
import { errors } from "../domain/errors.js";
import type { Incident } from "../domain/incident.js";
import { dropDeferredIndexes, restoreDeferredIndexes } from "./deferred-indexes.js";
import { hydrateIncidents, INCIDENT_BODY_COLUMNS } from "./incident-rows.js";
import { KyselyIncidentTransaction } from "./kysely-incident-transaction.js";
import type {
  DeferIndexesOptions,
  IncidentListFilter,
  IncidentReads,
  IncidentStore,
  IncidentTransaction,
  RestoreIndexesOptions,
} from "./ports.js";
import { toNumber } from "./schema.js";
import type { StoreContext } from "./store-context.js";
import { inOpenWriteTransaction, inWriteTransaction, serialise } from "./transaction.js";
import { ClaimCellCache } from "./claim-cell-cache.js";
import { inLists } from "./chunk.js";
import { PENDING_MOVE_ROWS, settlePendingCells, type PendingCount } from "./pending-cells.js";

export class KyselyIncidentStore implements IncidentStore {
  constructor(private readonly ctx: StoreContext) {}

  private cacheSized = false;

  /** The index of recent days in memory between batches (claim-cell-cache.ts). */
  private readonly cells = new ClaimCellCache();

  /**
   * Set between `deferIndexes` and `restoreIndexes`: a fresh change's index rows are appended to
   * claim_cells_pending (pending-cells.ts), `rows` of them since they were last moved.
   */
  private pending: PendingCount | null = null;

  async transact<T>(work: (tx: IncidentTransaction) => Promise<T>): Promise<T> {
    const { db, traits } = this.ctx;
    // Inside another write transaction (Store.batch) the commit is not this call's to see: no cache.
    const joined = inOpenWriteTransaction(db);
    let tx: KyselyIncidentTransaction | null = null;
    const result = await inWriteTransaction(db, traits, async (trx) => {
      // A resolution batch touches thousands of index and incident pages; SQLite's default page cache
      // (2 MB) made it read many of them twice within one batch. 64 MB at most, for this connection.
      if (traits.backend === "sqlite" && !this.cacheSized) {
        await sql`pragma cache_size = -65536`.execute(trx);
        this.cacheSized = true;
      }
      await serialise(trx, traits, "resolve");
      if (joined) return work(new KyselyIncidentTransaction(trx, this.ctx, null, this.pending));
      // Holding the lock, the write stamp says whether anyone wrote since the cache's last write.
      const row = await trx
        .selectFrom("incident_store_version")
        .select("version")
        .where("id", "=", 1)
        .executeTakeFirst();
      this.cells.check(row ? String(row.version) : null);
      tx = new KyselyIncidentTransaction(trx, this.ctx, this.cells, this.pending);
      return work(tx);
    }).catch((error: unknown) => {
      // Rolled back: the store is as the cache knew it, but a failed commit leaves that unsure.
      this.cells.clear();
      throw error;
    });
    // Committed: what the transaction wrote reaches the cache now.
    const written = (tx as KyselyIncidentTransaction | null)?.cacheChanges();
    if (written?.changes === "unknown") this.cells.clear();
    else if (written) this.cells.commit(written.changes, written.head);
    return result;
  }

  async read<T>(work: (tx: IncidentReads) => Promise<T>): Promise<T> {
    const { db, traits } = this.ctx;
    // Inside a write transaction of this connection (Store.batch): its own view, as `transact` joins it.
    if (inOpenWriteTransaction(db)) return work(KyselyIncidentTransaction.reading(db, this.ctx));
    await settlePendingCells(db, traits);
    // No transaction around the lookups: a SQLite reader holding one snapshot for a whole batch, while
    // another connection commits, kept the WAL from ever starting over (it grew by 1.7 GB in a
    // million-claim bulk run); each statement reads what is committed when it runs.
    if (traits.backend !== "sqlite") return work(KyselyIncidentTransaction.reading(db, this.ctx));
    return db.connection().execute((conn) => work(KyselyIncidentTransaction.reading(conn, this.ctx)));
  }

  async get(id: string): Promise<Incident | null> {
    const row = await this.ctx.db
      .selectFrom("incidents")
      .select(INCIDENT_BODY_COLUMNS)
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? ((await hydrateIncidents(this.ctx.db, [row]))[0] as Incident) : null;
  }

  private filtered(filter: Omit<IncidentListFilter, "limit" | "offset">) {
    let query = this.ctx.db.selectFrom("incidents");
    if (filter.admin1) query = query.where("admin1", "=", filter.admin1);
    if (filter.place) {
      const pattern = `%${filter.place.toLowerCase().replace(/[%_\\]/g, "")}%`;
      query = query.where(sql<boolean>`lower(coalesce(place_name, '')) like ${pattern}`);
    }
    if (filter.from) query = query.where("date_end", ">=", filter.from);
    if (filter.to) query = query.where("date_start", "<=", filter.to);
    if (filter.grade) query = query.where("grade", "=", filter.grade);
    if (filter.status) query = query.where("review_status", "=", filter.status);
    return query;
  }

  async list(filter: IncidentListFilter): Promise<Incident[]> {
    const rows = await this.filtered(filter)
      .select(INCIDENT_BODY_COLUMNS)
      .orderBy(sql`date_start desc nulls last`)
      .orderBy("id")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    return hydrateIncidents(this.ctx.db, rows);
  }

  async count(filter: Omit<IncidentListFilter, "limit" | "offset"> = {}): Promise<number> {
    const row = await this.filtered(filter)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }

  async resolveId(prefix: string): Promise<string | null> {
    const full = prefix.startsWith("inc_") ? prefix : `inc_${prefix}`;
    if (!/^inc_[0-9a-f]{6,}$/.test(full)) return null;
    const rows = await this.ctx.db
      .selectFrom("incidents")
      .select("id")
      .where("id", ">=", full)
      .where("id", "<", `${full}\u007f`)
      .limit(2)
      .execute();
    if (rows.length > 1) throw errors.ambiguousIncidentId(prefix);
    return rows[0]?.id ?? null;
  }

  async resolvedReport(
    reportId: string,
  ): Promise<{ extractionHash: string; resolverVersion: string } | null> {
    const row = await this.ctx.db
      .selectFrom("resolved_reports")
      .selectAll()
      .where("report_id", "=", reportId)
      .executeTakeFirst();
    return row ? { extractionHash: row.extraction_hash, resolverVersion: row.resolver_version } : null;
  }

  async incidentIdsOfSource(sourceId: string): Promise<string[]> {
    const rows = await this.ctx.db
      .selectFrom("incident_claims")
      .select("incident_id")
      .distinct()
      .where("source_id", "=", sourceId)
      .orderBy("incident_id")
      .execute();
    return rows.map((r) => r.incident_id);
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const batch of inLists(ids)) {
      const rows = await this.ctx.db.selectFrom("incidents").select("id").where("id", "in", batch).execute();
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async deferIndexes(options: DeferIndexesOptions = {}): Promise<void> {
    await dropDeferredIndexes(this.ctx.db);
    this.pending = { rows: 0, moveEvery: options.moveEveryRows ?? PENDING_MOVE_ROWS };
  }

  async restoreIndexes(options: RestoreIndexesOptions = {}): Promise<void> {
    this.pending = null;
    await settlePendingCells(this.ctx.db, this.ctx.traits);
    await restoreDeferredIndexes(this.ctx.db, this.ctx.traits, options.only);
  }

  async countClaims(): Promise<number> {
    const row = await this.ctx.db
      .selectFrom("incident_claims")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }
}
