/**
 * The incident store: incidents (the public JSON plus columns to filter on), every resolved claim with
 * its incident and explanation, and the place + day index that finds a new claim's neighbours. A
 * resolution reads and writes inside one transaction holding the "resolve" lock; a change is compared
 * row by row with what is stored, so re-resolving the same claims writes nothing and audits nothing.
 */
import { sql, type Kysely, type Selectable } from "kysely";
import { errors } from "../domain/errors.js";
import type { Incident } from "../domain/incident.js";
import type { IncidentMeta, IncidentOverrides, ResolvableClaim } from "../domain/resolution.js";
import { canonicalJson } from "./canonical-json.js";
import { chunk } from "./chunk.js";
import { sha256Hex } from "./hash.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import { deleteIncidentMapRows, writeIncidentMapRows } from "./incident-map-rows.js";
import type {
  ChangeAudit,
  ClaimQuery,
  IncidentChange,
  IncidentListFilter,
  IncidentStore,
  IncidentTransaction,
  PlacedClaim,
} from "./ports.js";
import { toNumber, type Database, type IncidentClaimsTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction, serialise } from "./transaction.js";

/** Ids per IN list and rows per INSERT, far below SQLite's bound-parameter limit. */
const IN_BATCH = 500;
const CLAIM_ROWS = 200;
const KEY_ROWS = 500;
const INCIDENT_ROWS = 100;
/** The widest window a dated claim can have (date-anchor.ts): a claim starting this early can still overlap. */
const MAX_WINDOW_DAYS = 31;

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function toPlaced(row: Selectable<IncidentClaimsTable>): PlacedClaim {
  return {
    claim: parseJson<ResolvableClaim>(row.body),
    incidentId: row.incident_id,
    pinned: toNumber(row.pinned) === 1,
    match: parseJson<PlacedClaim["match"]>(row.match),
  };
}

/** sha256 of an incident's canonical JSON without updatedAt: equal hashes mean nothing changed. */
export function incidentContentHash(incident: Incident): string {
  return sha256Hex(canonicalJson({ ...incident, updatedAt: null }));
}

function claimRow(placed: PlacedClaim) {
  const c = placed.claim;
  return {
    claim_id: c.id,
    report_id: c.reportId,
    incident_id: placed.incidentId,
    source_id: c.source.id,
    layer: c.anchor.layer,
    // Windows wider than a month are indexed as undated (the resolver treats them so).
    day_from: c.anchor.layer === "undated" ? null : c.anchor.from,
    day_to: c.anchor.layer === "undated" ? null : c.anchor.to,
    pinned: placed.pinned ? 1 : 0,
    body: canonicalJson(c),
    match: canonicalJson(placed.match),
  };
}

function keyRows(placed: PlacedClaim) {
  const c = placed.claim;
  const keys = [...c.place.keys, ...(c.place.cell ? [c.place.cell] : [])];
  const dayFrom = c.anchor.layer === "undated" ? null : c.anchor.from;
  const dayTo = c.anchor.layer === "undated" ? null : c.anchor.to;
  return [...new Set(keys)].map((key) => ({ key, claim_id: c.id, day_from: dayFrom, day_to: dayTo }));
}

function incidentRow(write: { incident: Incident; meta: IncidentMeta }, contentHash: string) {
  const { incident, meta } = write;
  return {
    id: incident.id,
    place_key:
      incident.place.gazetteerId ?? `${incident.place.admin1 ?? "?"}|${incident.place.mentions[0] ?? ""}`,
    day: incident.date.start,
    body: JSON.stringify(incident),
    created_at: meta.createdAt,
    updated_at: incident.updatedAt,
    event_type: incident.eventType,
    date_start: incident.date.start,
    date_end: incident.date.end ?? incident.date.start,
    admin1: incident.place.admin1,
    place_name: incident.place.name ?? incident.place.mentions[0] ?? null,
    grade: incident.grade,
    review: canonicalJson(meta.review),
    overrides: meta.overrides ? canonicalJson(meta.overrides) : null,
    content_hash: contentHash,
    review_status: meta.review.status,
    pinned: meta.pinned ? 1 : 0,
    claim_count: incident.claims.length,
    lat: incident.place.lat,
    lon: incident.place.lon,
  };
}

class KyselyIncidentTransaction implements IncidentTransaction {
  constructor(
    private readonly trx: Kysely<Database>,
    private readonly ctx: StoreContext,
  ) {}

  private async claimsWhere(column: "report_id" | "incident_id" | "claim_id", values: readonly string[]) {
    const out: PlacedClaim[] = [];
    for (const batch of chunk([...new Set(values)], IN_BATCH)) {
      const rows = await this.trx
        .selectFrom("incident_claims")
        .selectAll()
        .where(column, "in", batch)
        .execute();
      out.push(...rows.map(toPlaced));
    }
    return out;
  }

  claimsOfReports(reportIds: readonly string[]): Promise<PlacedClaim[]> {
    return this.claimsWhere("report_id", reportIds);
  }

  claimsOfIncidents(incidentIds: readonly string[]): Promise<PlacedClaim[]> {
    return this.claimsWhere("incident_id", incidentIds);
  }

  async findClaims(queries: readonly ClaimQuery[]): Promise<PlacedClaim[]> {
    // Group the lookups by kind so a batch of claims costs a few indexed range scans, then keep the rows
    // that really match one of the queries (a key's window check is done here, not in SQL).
    const undatedKeys = new Set<string>();
    const anyDatedKeys = new Set<string>();
    const windows = new Map<string, { from: string; to: string }[]>();
    for (const q of queries) {
      if ("undated" in q) for (const k of q.keys) undatedKeys.add(k);
      else if ("anyDated" in q) for (const k of q.keys) anyDatedKeys.add(k);
      else
        for (const k of q.keys) {
          const list = windows.get(k) ?? [];
          list.push(q.overlapping);
          windows.set(k, list);
        }
    }
    const ids = new Set<string>();
    for (const batch of chunk([...undatedKeys], IN_BATCH)) {
      const rows = await this.trx
        .selectFrom("incident_claim_keys")
        .select("claim_id")
        .where("key", "in", batch)
        .where("day_from", "is", null)
        .execute();
      for (const r of rows) ids.add(r.claim_id);
    }
    for (const batch of chunk([...anyDatedKeys], IN_BATCH)) {
      const rows = await this.trx
        .selectFrom("incident_claim_keys")
        .select("claim_id")
        .where("key", "in", batch)
        .where("day_from", "is not", null)
        .execute();
      for (const r of rows) ids.add(r.claim_id);
    }
    for (const batch of chunk([...windows.keys()], IN_BATCH)) {
      const ranges = batch.flatMap((k) => windows.get(k) ?? []);
      const lowest = ranges.map((r) => r.from).sort()[0] as string;
      const highest = ranges.map((r) => r.to).sort()[ranges.length - 1] as string;
      const rows = await this.trx
        .selectFrom("incident_claim_keys")
        .select(["key", "claim_id", "day_from", "day_to"])
        .where("key", "in", batch)
        .where("day_from", ">=", shiftDays(lowest, -MAX_WINDOW_DAYS))
        .where("day_from", "<=", highest)
        .execute();
      for (const r of rows) {
        const from = r.day_from as string;
        const to = r.day_to ?? from;
        if ((windows.get(r.key) ?? []).some((w) => from <= w.to && w.from <= to)) ids.add(r.claim_id);
      }
    }
    return this.claimsWhere("claim_id", [...ids]);
  }

  async metas(incidentIds: readonly string[]): Promise<IncidentMeta[]> {
    const out: IncidentMeta[] = [];
    for (const batch of chunk([...new Set(incidentIds)], IN_BATCH)) {
      const rows = await this.trx
        .selectFrom("incidents")
        .select(["id", "review", "overrides", "pinned", "created_at"])
        .where("id", "in", batch)
        .execute();
      for (const row of rows)
        out.push({
          id: row.id,
          review: row.review
            ? parseJson<IncidentMeta["review"]>(row.review)
            : { status: "unreviewed", by: null, at: null },
          overrides: row.overrides ? parseJson<IncidentOverrides>(row.overrides) : null,
          pinned: toNumber(row.pinned) === 1,
          createdAt: row.created_at,
        });
    }
    return out;
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const batch of chunk([...new Set(ids)], IN_BATCH)) {
      const rows = await this.trx.selectFrom("incidents").select("id").where("id", "in", batch).execute();
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async get(id: string): Promise<Incident | null> {
    const row = await this.trx.selectFrom("incidents").select("body").where("id", "=", id).executeTakeFirst();
    return row ? parseJson<Incident>(row.body) : null;
  }

  async apply(
    change: IncidentChange,
    audit: ChangeAudit,
  ): Promise<{ changed: boolean; written: number; deleted: number }> {
    const trx = this.trx;
    // Claims: compare with the stored rows, remove what the replaced reports no longer have.
    const incoming = new Map(change.placements.map((p) => [p.claim.id, claimRow(p)]));
    const stored = new Map<string, Selectable<IncidentClaimsTable>>();
    for (const batch of chunk([...incoming.keys()], IN_BATCH)) {
      const rows = await trx
        .selectFrom("incident_claims")
        .selectAll()
        .where("claim_id", "in", batch)
        .execute();
      for (const row of rows) stored.set(row.claim_id, row);
    }
    const removedClaims: string[] = [];
    for (const batch of chunk(change.replaceReports ?? [], IN_BATCH)) {
      const rows = await trx
        .selectFrom("incident_claims")
        .select("claim_id")
        .where("report_id", "in", batch)
        .execute();
      for (const row of rows) if (!incoming.has(row.claim_id)) removedClaims.push(row.claim_id);
    }
    const changedRows = [...incoming.values()].filter((row) => {
      const old = stored.get(row.claim_id);
      return (
        !old ||
        old.body !== row.body ||
        old.match !== row.match ||
        old.incident_id !== row.incident_id ||
        toNumber(old.pinned) !== row.pinned
      );
    });
    const rekeyed = changedRows.filter((row) => stored.get(row.claim_id)?.body !== row.body);

    // Incidents: compare content hashes and the stored decisions.
    const writes = change.incidents.map((w) => ({ write: w, hash: incidentContentHash(w.incident) }));
    const before = new Map<string, { hash: string | null; decisions: string }>();
    const touched = [...new Set([...writes.map((w) => w.write.incident.id), ...change.deleted])];
    for (const batch of chunk(touched, IN_BATCH)) {
      const rows = await trx
        .selectFrom("incidents")
        .select(["id", "content_hash", "review", "overrides", "pinned"])
        .where("id", "in", batch)
        .execute();
      for (const row of rows)
        before.set(row.id, {
          hash: row.content_hash,
          decisions: `${row.review}|${row.overrides}|${toNumber(row.pinned)}`,
        });
    }
    const changedIncidents = writes.filter(({ write, hash }) => {
      const old = before.get(write.incident.id);
      const decisions = `${canonicalJson(write.meta.review)}|${write.meta.overrides ? canonicalJson(write.meta.overrides) : null}|${write.meta.pinned ? 1 : 0}`;
      return !old || old.hash !== hash || old.decisions !== decisions;
    });
    const deleted = change.deleted.filter((id) => before.has(id));

    const resolved = change.resolvedReports ?? [];
    const storedResolved = new Map<string, string>();
    for (const batch of chunk(
      resolved.map((r) => r.reportId),
      IN_BATCH,
    )) {
      const rows = await trx
        .selectFrom("resolved_reports")
        .selectAll()
        .where("report_id", "in", batch)
        .execute();
      for (const row of rows)
        storedResolved.set(row.report_id, `${row.extraction_hash}|${row.resolver_version}`);
    }
    const changedResolved = resolved.filter(
      (r) => storedResolved.get(r.reportId) !== `${r.extractionHash}|${r.resolverVersion}`,
    );

    const written = changedRows.length + changedIncidents.length;
    if (written + removedClaims.length + deleted.length + changedResolved.length === 0)
      return { changed: false, written: 0, deleted: 0 };

    for (const batch of chunk(removedClaims, IN_BATCH)) {
      await trx.deleteFrom("incident_claim_keys").where("claim_id", "in", batch).execute();
      await trx.deleteFrom("incident_claims").where("claim_id", "in", batch).execute();
    }
    for (const batch of chunk(
      rekeyed.filter((row) => stored.has(row.claim_id)).map((row) => row.claim_id),
      IN_BATCH,
    ))
      await trx.deleteFrom("incident_claim_keys").where("claim_id", "in", batch).execute();
    for (const batch of chunk(changedRows, CLAIM_ROWS))
      await trx
        .insertInto("incident_claims")
        .values(batch)
        .onConflict((oc) =>
          oc.column("claim_id").doUpdateSet((eb) => ({
            report_id: eb.ref("excluded.report_id"),
            incident_id: eb.ref("excluded.incident_id"),
            source_id: eb.ref("excluded.source_id"),
            layer: eb.ref("excluded.layer"),
            day_from: eb.ref("excluded.day_from"),
            day_to: eb.ref("excluded.day_to"),
            pinned: eb.ref("excluded.pinned"),
            body: eb.ref("excluded.body"),
            match: eb.ref("excluded.match"),
          })),
        )
        .execute();
    const keyByClaim = new Map(change.placements.map((p) => [p.claim.id, p]));
    const keys = rekeyed.flatMap((row) => keyRows(keyByClaim.get(row.claim_id) as PlacedClaim));
    for (const batch of chunk(keys, KEY_ROWS))
      await trx.insertInto("incident_claim_keys").values(batch).execute();

    for (const batch of chunk(deleted, IN_BATCH))
      await trx.deleteFrom("incidents").where("id", "in", batch).execute();
    for (const batch of chunk(changedIncidents, INCIDENT_ROWS))
      await trx
        .insertInto("incidents")
        .values(batch.map(({ write, hash }) => incidentRow(write, hash)))
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            place_key: eb.ref("excluded.place_key"),
            day: eb.ref("excluded.day"),
            body: eb.ref("excluded.body"),
            updated_at: eb.ref("excluded.updated_at"),
            event_type: eb.ref("excluded.event_type"),
            date_start: eb.ref("excluded.date_start"),
            date_end: eb.ref("excluded.date_end"),
            admin1: eb.ref("excluded.admin1"),
            place_name: eb.ref("excluded.place_name"),
            grade: eb.ref("excluded.grade"),
            review: eb.ref("excluded.review"),
            overrides: eb.ref("excluded.overrides"),
            content_hash: eb.ref("excluded.content_hash"),
            review_status: eb.ref("excluded.review_status"),
            pinned: eb.ref("excluded.pinned"),
            claim_count: eb.ref("excluded.claim_count"),
            lat: eb.ref("excluded.lat"),
            lon: eb.ref("excluded.lon"),
          })),
        )
        .execute();
    const at = this.ctx.now().toISOString();
    // The map/list read model (incident_map) follows every incident write in the same transaction.
    await deleteIncidentMapRows(trx, deleted);
    await writeIncidentMapRows(
      trx,
      changedIncidents.map((w) => w.write.incident),
      at,
    );
    for (const r of changedResolved)
      await trx
        .insertInto("resolved_reports")
        .values({
          report_id: r.reportId,
          extraction_hash: r.extractionHash,
          resolver_version: r.resolverVersion,
          claims: r.claims,
          resolved_at: at,
        })
        .onConflict((oc) =>
          oc.column("report_id").doUpdateSet((eb) => ({
            extraction_hash: eb.ref("excluded.extraction_hash"),
            resolver_version: eb.ref("excluded.resolver_version"),
            claims: eb.ref("excluded.claims"),
            resolved_at: eb.ref("excluded.resolved_at"),
          })),
        )
        .execute();

    const snapshot = (entries: [string, string | null][]) =>
      sha256Hex(canonicalJson(entries.sort(([a], [b]) => (a < b ? -1 : 1))));
    const affectedIds = [...new Set([...changedIncidents.map((w) => w.write.incident.id), ...deleted])];
    await appendAuditEvent(trx, this.ctx.traits, this.ctx.now(), {
      actor: audit.actor,
      action: audit.action,
      subjectType: audit.subjectType,
      subjectId: audit.subjectId,
      beforeHash: snapshot(affectedIds.map((id) => [id, before.get(id)?.hash ?? null])),
      afterHash: snapshot([
        ...changedIncidents.map((w): [string, string | null] => [w.write.incident.id, w.hash]),
        ...deleted.map((id): [string, string | null] => [id, null]),
      ]),
      detail: {
        ...audit.detail,
        incidentsWritten: changedIncidents.map((w) => w.write.incident.id).sort(),
        incidentsDeleted: [...deleted].sort(),
        claimsWritten: changedRows.length,
        claimsRemoved: removedClaims.length,
      },
    });
    return { changed: true, written, deleted: deleted.length };
  }
}

export class KyselyIncidentStore implements IncidentStore {
  constructor(private readonly ctx: StoreContext) {}

  transact<T>(work: (tx: IncidentTransaction) => Promise<T>): Promise<T> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      await serialise(trx, traits, "resolve");
      return work(new KyselyIncidentTransaction(trx, this.ctx));
    });
  }

  async get(id: string): Promise<Incident | null> {
    const row = await this.ctx.db
      .selectFrom("incidents")
      .select("body")
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? parseJson<Incident>(row.body) : null;
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
      .select("body")
      .orderBy(sql`date_start desc nulls last`)
      .orderBy("id")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    return rows.map((row) => parseJson<Incident>(row.body));
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

  async countClaims(): Promise<number> {
    const row = await this.ctx.db
      .selectFrom("incident_claims")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }
}
