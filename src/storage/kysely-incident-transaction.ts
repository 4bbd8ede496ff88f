/**
 * One resolution's reads and writes in the incident store, inside the transaction that holds the
 * "resolve" lock: claims by report, incident or place + day index lookup, incident metas, and `apply`,
 * which compares a change row by row with what is stored and writes only what differs, with one audit
 * event (none when nothing changed).
 */
import { randomInt } from "node:crypto";
import type { ExpressionBuilder, Kysely, Selectable } from "kysely";
import type { Incident } from "../domain/incident.js";
import type {
  ClaimIndexEntry,
  IncidentMeta,
  IncidentOverrides,
  ResolvableClaim,
  UndatedAnchor,
} from "../domain/resolution.js";
import type { CellChanges, ClaimCellCache, CellRow as CachedCell } from "./claim-cell-cache.js";
import { inLists } from "./chunk.js";
import { insertRows } from "./bulk-insert.js";
import { HISTORY_PAGE, historyScreen, readHistoryPage } from "./claim-history-query.js";
import { acceptNewestFirst, SharedHistories } from "./shared-history.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import { deleteIncidentMapRows, insertIncidentMapRows } from "./incident-map-rows.js";
import { changeRows, compareCells, type ChangeRows } from "./change-rows.js";
import { hasPendingCells, movePendingCells, type PendingCount } from "./pending-cells.js";
import {
  ANCHOR_COLUMNS,
  anchorOfColumns,
  cellRows,
  claimJson,
  claimRow,
  hydrateIncidents,
  INCIDENT_BODY_COLUMNS,
  toPlaced,
} from "./incident-rows.js";
import type {
  ChangeAudit,
  ClaimQuery,
  ClaimScreen,
  IncidentChange,
  IncidentTransaction,
  PlacedClaim,
} from "./ports.js";
import { toNumber, type ClaimCellsTable, type Database, type IncidentClaimsTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";

/** Rows per INSERT, far below SQLite's bound-parameter limit (IN lists: inLists, 512 ids at most). */
const CLAIM_ROWS = 200;
const KEY_ROWS = 500;
const CELL_ROWS = 500;
/** Index rows removed per statement (three bound values each). */
const CELL_DELETES = 300;
const INCIDENT_ROWS = 100;
/** The widest window a dated claim can have (date-anchor.ts): a claim starting this early can still overlap. */
const MAX_WINDOW_DAYS = 31;

/**
 * Index rows of dated claims overlapping [from, to], or of every dated claim when no window is given. A
 * stored claim overlaps when it starts by `to` and ends on or after `from`; it starts at most
 * MAX_WINDOW_DAYS before `from`, which bounds the range scanned.
 */
const datedWithin =
  (within: { from: string; to: string } | null | undefined) =>
  (eb: ExpressionBuilder<Database, "claim_cells">) =>
    within
      ? eb.and([
          eb("day_from", ">=", shiftDays(within.from, -MAX_WINDOW_DAYS)),
          eb("day_from", "<=", within.to),
          eb("day_to", ">=", within.from),
        ])
      : eb("day_from", ">", "");

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The longest reach of an undated claim (date-anchor.ts, MAX_REACH_DAYS). */
const MAX_REACH_DAYS = 366;

type Days = { from: string; to: string };

interface BoundedLookup {
  keys: string[];
  within?: Days;
  accept: (claimId: string, anchor: UndatedAnchor) => boolean;
  enough: number;
  types?: string[];
  tolls?: Pick<UndatedAnchor, "killed" | "injured">;
  attackers?: string[];
}
type Accept = (claimId: string, anchor: UndatedAnchor) => boolean;

/** The screens of the lookups that asked for one key, or "all" when one of them has none. */
type Screens = ClaimScreen[] | "all";
type CellRow = Pick<Selectable<ClaimCellsTable>, "key" | "claim_id" | "event_type" | "lat" | "lon">;
/** An undated claim's index row, with its own anchor's columns (migration 014). */
type UndatedRow = CellRow &
  Pick<
    Selectable<ClaimCellsTable>,
    "killed_min" | "killed_max" | "injured_min" | "injured_max" | "attackers"
  >;

function addScreen(map: Map<string, Screens>, key: string, screen: ClaimScreen | undefined): void {
  const list = map.get(key);
  if (list === "all") return;
  if (!screen) map.set(key, "all");
  else if (list) list.push(screen);
  else map.set(key, [screen]);
}

/** The part of a history cache key that says which tolls a search screens on. */
function tollsId(tolls: BoundedLookup["tolls"]): string {
  if (!tolls) return "";
  const range = (r: { min: number; max: number | null } | null) => (r ? `${r.min}-${r.max ?? ""}` : "");
  return `${range(tolls.killed)}/${range(tolls.injured)}`;
}

/** The columns of an index row an undated lookup reads from the store (its reach is tested in SQL). */
const UNDATED_CELL_COLUMNS = ["key", "claim_id", "lat", "lon", ...ANCHOR_COLUMNS] as const;

/** The columns of an index row the lookups read (the cache keeps them all). */
const CELL_COLUMNS = [...UNDATED_CELL_COLUMNS, "day_from", "day_to"] as const;

/** An undated row's reach ends between `reaching.from` and MAX_REACH_DAYS after its end (or it has none). */
function reaches(dayTo: string, reaching: Days | undefined, reachEnd: string | null): boolean {
  return !reaching || dayTo === "" || (dayTo >= reaching.from && dayTo <= (reachEnd as string));
}

/**
 * Whether two objects have the same keys in the same order, each holding the very same value: then they
 * serialise to the same JSON text.
 */
function sameFields(a: object, b: object): boolean {
  const left = Object.keys(a);
  const right = Object.keys(b);
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) {
    const key = left[i] as string;
    if (key !== right[i] || (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key])
      return false;
  }
  return true;
}

/** The first of `rows` (sorted by day_from) starting on or after `day`. */
function firstFrom(rows: readonly CachedCell[], day: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as CachedCell).day_from < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class KyselyIncidentTransaction implements IncidentTransaction {
  /**
   * @param cache the store's in-memory index of recent days, valid for this transaction (checked
   *   against the store's write stamp); null when this transaction may not use it.
   * @param pending set while a bulk resolution defers its index rows (pending-cells.ts): a fresh
   *   change appends them to claim_cells_pending; `rows` counts them since they were last moved.
   */
  constructor(
    private readonly trx: Kysely<Database>,
    private readonly ctx: StoreContext,
    private cache: ClaimCellCache | null = null,
    private readonly pending: PendingCount | null = null,
  ) {}

  /** Whether this transaction has made sure no index row is pending (see settleCells). */
  private settled = false;

  /**
   * The lookups of a read (`IncidentStore.read`): nothing written, the pending index rows moved before
   * it began (none is appended meanwhile but by a bulk pass's time-ordered writes, which it does not read).
   */
  static reading(trx: Kysely<Database>, ctx: StoreContext): KyselyIncidentTransaction {
    const tx = new KyselyIncidentTransaction(trx, ctx);
    tx.settled = true;
    return tx;
  }

  /**
   * Moves index rows still pending (pending-cells.ts) into claim_cells before the first lookup or
   * rewrite of the index in this transaction, which holds the resolution lock: a lookup then finds
   * every row. Once per transaction, a read of one row when none is pending.
   */
  private async settleCells(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    if (!(await hasPendingCells(this.trx))) return;
    await movePendingCells(this.trx);
    if (this.pending) this.pending.rows = 0;
  }

  async writeStamp(): Promise<string | null> {
    const row = await this.trx
      .selectFrom("incident_store_version")
      .select("version")
      .where("id", "=", 1)
      .executeTakeFirst();
    return row ? String(row.version) : null;
  }

  /** What `apply` changed in the index, and the write stamp it left: for the cache, once committed. */
  private written: { changes: CellChanges | "unknown"; head: string } | null = null;

  /** The index changes this transaction wrote (to hand the cache after commit); null if none. */
  cacheChanges(): { changes: CellChanges | "unknown"; head: string } | null {
    return this.written;
  }

  /**
   * Claim rows read in this transaction, parsed once: a batch reads many claims twice (found through
   * the index, then again with the rest of their incident), and `apply` compares its placements with
   * them. The transaction holds the write lock, so what it read stays what is stored until it writes.
   */
  private readonly seen = new Map<string, { row: Selectable<IncidentClaimsTable>; placed: PlacedClaim }>();

  private remember(row: Selectable<IncidentClaimsTable>): PlacedClaim {
    const known = this.seen.get(row.claim_id);
    if (known && known.row.body === row.body && known.row.match === row.match) {
      known.row = row;
      known.placed = { ...known.placed, incidentId: row.incident_id, pinned: toNumber(row.pinned) === 1 };
      return known.placed;
    }
    const placed = toPlaced(row);
    this.seen.set(row.claim_id, { row, placed });
    return placed;
  }

  private async claimsWhere(column: "report_id" | "incident_id" | "claim_id", values: readonly string[]) {
    const out: PlacedClaim[] = [];
    for (const batch of inLists(values)) {
      const rows = await this.trx
        .selectFrom("incident_claims")
        .selectAll()
        .where(column, "in", batch)
        .execute();
      for (const row of rows) out.push(this.remember(row));
    }
    return out;
  }

  claimsOfReports(reportIds: readonly string[]): Promise<PlacedClaim[]> {
    return this.claimsWhere("report_id", reportIds);
  }

  /**
   * The claims of incidents: their ids first (no body), then in full only those not read yet in this
   * transaction. A working set grows a round at a time, and most members of the incidents it touches
   * were found through the index in an earlier round.
   */
  async claimsOfIncidents(incidentIds: readonly string[]): Promise<PlacedClaim[]> {
    const ids: string[] = [];
    for (const batch of inLists(incidentIds)) {
      const rows = await this.trx
        .selectFrom("incident_claims")
        .select("claim_id")
        .where("incident_id", "in", batch)
        .execute();
      for (const row of rows) ids.push(row.claim_id);
    }
    return this.claimsById(ids);
  }

  /**
   * Claims by id; those read before in this transaction are not read again: it holds the write lock
   * and has written nothing since (`apply` forgets what was read), so they are what is stored.
   */
  private async claimsById(ids: readonly string[]): Promise<PlacedClaim[]> {
    const out: PlacedClaim[] = [];
    const unread: string[] = [];
    for (const id of ids) {
      const known = this.seen.get(id);
      if (known) out.push(known.placed);
      else unread.push(id);
    }
    if (unread.length > 0) out.push(...(await this.claimsWhere("claim_id", unread)));
    return out;
  }

  async findClaims(queries: readonly ClaimQuery[]): Promise<PlacedClaim[]> {
    await this.settleCells();
    // Group the lookups by kind, and the dated ones by window: the claims of a batch share a few days,
    // so a batch costs a few range scans of claim_cells, and the overlap test runs in SQL, where rows
    // that do not overlap cost a step of the scan rather than a row handed to JavaScript. Each key
    // keeps the screens of the lookups that asked for it; a row is read in full when one accepts it.
    // Undated lookups and the undated claims' searches of dated history are grouped by the days they
    // ask about too (a reach, or "" for none).
    const undated = new Map<string, { reaching?: Days; keys: Map<string, Screens> }>();
    const anchored = new Map<string, { within?: Days; keys: Map<string, Accept[]> }>();
    const datedKeys = new Set<string>();
    const windows = new Map<string, { from: string; to: string; keys: Map<string, Screens> }>();
    const groupOf = <G extends { keys: Map<string, unknown> }>(
      map: Map<string, G>,
      days: Days | undefined,
      make: () => G,
    ) => {
      const id = days ? `${days.from}|${days.to}` : "";
      let group = map.get(id);
      if (!group) map.set(id, (group = make()));
      return group;
    };
    const bounded: BoundedLookup[] = [];
    for (const q of queries) {
      if ("anyDated" in q && q.accept && q.enough !== undefined)
        bounded.push({
          keys: q.keys,
          within: q.within,
          accept: q.accept,
          enough: q.enough,
          types: q.types,
          tolls: q.tolls,
          attackers: q.attackers,
        });
      else if ("undated" in q) {
        const group = groupOf(undated, q.reaching, () => ({ reaching: q.reaching, keys: new Map() }));
        for (const k of q.keys) addScreen(group.keys, k, q.screen);
      } else if ("anyDated" in q) {
        const { accept, within } = q;
        if (!accept && within) {
          // Every dated claim overlapping the days: a window lookup without a screen.
          const id = `${within.from}|${within.to}`;
          let window = windows.get(id);
          if (!window) windows.set(id, (window = { ...within, keys: new Map() }));
          for (const k of q.keys) addScreen(window.keys, k, undefined);
        } else if (!accept) for (const k of q.keys) datedKeys.add(k);
        else {
          const group = groupOf(anchored, within, () => ({ within, keys: new Map() }));
          for (const k of q.keys) {
            const list = group.keys.get(k);
            if (list) list.push(accept);
            else group.keys.set(k, [accept]);
          }
        }
      } else {
        const id = `${q.overlapping.from}|${q.overlapping.to}`;
        let window = windows.get(id);
        if (!window) windows.set(id, (window = { ...q.overlapping, keys: new Map() }));
        for (const k of q.keys) addScreen(window.keys, k, q.screen);
      }
    }
    const ids = new Set<string>();
    const admit = (row: CellRow | UndatedRow, screens: Map<string, Screens>, undatedRow = false) => {
      if (ids.has(row.claim_id)) return;
      const list = screens.get(row.key);
      if (list === "all") ids.add(row.claim_id);
      else if (list) {
        const entry: ClaimIndexEntry = {
          key: row.key,
          claimId: row.claim_id,
          eventType: row.event_type as ClaimIndexEntry["eventType"],
          lat: row.lat === null ? null : Number(row.lat),
          lon: row.lon === null ? null : Number(row.lon),
        };
        if (undatedRow) entry.anchor = anchorOfColumns(row.event_type, row as UndatedRow);
        if (list.some((screen) => screen(entry))) ids.add(row.claim_id);
      }
    };
    for (const { reaching, keys } of undated.values()) {
      const reachEnd = reaching ? shiftDays(reaching.to, MAX_REACH_DAYS) : null;
      if (this.cache?.keepsUndated()) {
        // Every undated row of each key, from memory once read; the reach is tested here.
        const rowsByKey = await this.cellsThroughCache(this.cache, "undated", keys.keys(), "=", "");
        for (const rows of rowsByKey)
          for (const r of rows) if (reaches(r.day_to, reaching, reachEnd)) admit(r, keys, true);
        continue;
      }
      for (const batch of inLists(keys.keys())) {
        let query = this.trx
          .selectFrom("claim_cells")
          .select(UNDATED_CELL_COLUMNS)
          .where("key", "in", batch)
          .where("day_from", "=", "");
        // An undated row's day_to is the end of its reach ("" for none: it reaches every day), which is
        // at most MAX_REACH_DAYS long: a reach holding a day of [from, to] ends between `from` and
        // MAX_REACH_DAYS after `to`.
        if (reaching)
          query = query.where((eb) =>
            eb.or([
              eb("day_to", "=", ""),
              eb.and([eb("day_to", ">=", reaching.from), eb("day_to", "<=", reachEnd as string)]),
            ]),
          );
        for (const r of await query.execute()) admit(r, keys, true);
      }
    }
    for (const batch of inLists(datedKeys)) {
      const rows = await this.trx
        .selectFrom("claim_cells")
        .select("claim_id")
        .where("key", "in", batch)
        .where("day_from", ">", "")
        .execute();
      for (const r of rows) ids.add(r.claim_id);
    }
    // The dated claims within an undated claim's reach, screened on the index entries: only claims an
    // undated claim could join through are read in full.
    for (const { within, keys } of anchored.values())
      for (const batch of inLists(keys.keys())) {
        const query = this.trx
          .selectFrom("claim_cells")
          .select(UNDATED_CELL_COLUMNS)
          .where("key", "in", batch)
          .where("attackers", "is not", null);
        for (const r of await query.where(datedWithin(within)).execute()) {
          if (ids.has(r.claim_id)) continue;
          const anchor = anchorOfColumns(r.event_type, r) as UndatedAnchor;
          if ((keys.get(r.key) ?? []).some((accept) => accept(r.claim_id, anchor))) ids.add(r.claim_id);
        }
      }
    // A key that two searches ask for is read whole, once, and screened in memory (shared-history.ts).
    this.shared.shareRepeated(bounded);
    for (const lookup of bounded) for (const id of await this.acceptedHistory(lookup)) ids.add(id);
    for (const { from, to, keys } of windows.values()) {
      const lowest = shiftDays(from, -MAX_WINDOW_DAYS);
      if (this.cache?.coversDatedFrom(lowest)) {
        // The dated rows of each key from the cache's floor on, from memory once read.
        const floor = this.cache.datedFloor();
        const rowsByKey = await this.cellsThroughCache(this.cache, "dated", keys.keys(), ">=", floor);
        for (const rows of rowsByKey) {
          for (let i = firstFrom(rows, lowest); i < rows.length; i++) {
            const r = rows[i] as CachedCell;
            if (r.day_from > to) break;
            if (r.day_to >= from) admit(r, keys);
          }
        }
        continue;
      }
      for (const batch of inLists(keys.keys())) {
        const rows = await this.trx
          .selectFrom("claim_cells")
          .select(["key", "claim_id", "event_type", "lat", "lon"])
          .where("key", "in", batch)
          .where(datedWithin({ from, to }))
          .execute();
        for (const r of rows) admit(r, keys);
      }
    }
    return this.claimsById([...ids]);
  }

  /**
   * The index rows of one kind for each key (in key order): from the cache where it holds the key,
   * otherwise read from the store in one pass (`day_from <op> <value>` selects the kind) and loaded
   * into the cache, so the next lookup of that key stays in memory.
   */
  private async cellsThroughCache(
    cache: ClaimCellCache,
    kind: "dated" | "undated",
    keys: Iterable<string>,
    op: "=" | ">=",
    dayFrom: string,
  ): Promise<Array<readonly CachedCell[]>> {
    const sorted = [...keys].sort();
    const held = sorted.map((k) => (kind === "dated" ? cache.datedRows(k) : cache.undatedRows(k)));
    const unread = sorted.filter((_, i) => !held[i]);
    const read: CachedCell[] = [];
    for (const batch of inLists(unread))
      read.push(
        ...(await this.trx
          .selectFrom("claim_cells")
          .select(CELL_COLUMNS)
          .where("key", "in", batch)
          .where("day_from", op, dayFrom)
          .execute()),
      );
    cache.load(kind, unread, read);
    const fresh = new Map<string, CachedCell[]>();
    for (const row of read) {
      const list = fresh.get(row.key);
      if (list) list.push(row);
      else fresh.set(row.key, [row]);
    }
    return sorted.map((key, k) => held[k] ?? fresh.get(key) ?? []);
  }

  /**
   * The index rows of a place's dated history read so far in this transaction, newest first, per key
   * and filter: the undated claims of one batch at one place share them instead of each reading them
   * (and parsing their anchors) again. Cleared when `apply` writes.
   */
  private readonly history = new Map<
    string,
    {
      rows: { claimId: string; anchor: UndatedAnchor }[];
      after: { day: string; id: string } | null;
      done: boolean;
    }
  >();

  /**
   * The dated claims at a place (within days, if given) that a lookup accepts, the newest first, a page
   * of index rows at a time, until it has `enough`: the search of a place's history stops there
   * instead of reading all of it.
   */
  private async acceptedHistory(lookup: BoundedLookup): Promise<Set<string>> {
    const accepted = new Set<string>();
    const { within, types } = lookup;
    let screen: ReturnType<typeof historyScreen> | null = null;
    for (const key of lookup.keys) {
      if (this.shared.has(key)) {
        await this.shared.accept(this.trx, key, lookup, (screen ??= historyScreen(lookup)), accepted);
        continue;
      }
      const id = `${key}|${types?.join(",") ?? ""}|${within ? `${within.from}|${within.to}` : ""}|${tollsId(lookup.tolls)}|${lookup.attackers?.join(",") ?? ""}`;
      let read = this.history.get(id);
      if (!read) this.history.set(id, (read = { rows: [], after: null, done: false }));
      const page = read;
      await acceptNewestFirst(
        page,
        lookup.enough,
        accepted,
        () => this.readHistoryPage(key, lookup, page),
        (row) => lookup.accept(row.claimId, row.anchor),
      );
    }
    return accepted;
  }

  /** The keys whose whole dated history this transaction reads once for several searches. */
  private readonly shared = new SharedHistories();

  /** Reads the next page of a place's dated history (see `history`). */
  private async readHistoryPage(
    key: string,
    lookup: BoundedLookup,
    read: {
      rows: { claimId: string; anchor: UndatedAnchor }[];
      after: { day: string; id: string } | null;
      done: boolean;
    },
  ): Promise<void> {
    const { rows } = await readHistoryPage(this.trx, {
      key,
      types: lookup.types,
      attackers: lookup.attackers,
      tolls: lookup.tolls,
      within: lookup.within,
      after: read.after,
    });
    for (const row of rows)
      read.rows.push({
        claimId: row.claim_id,
        anchor: anchorOfColumns(row.event_type, row) as UndatedAnchor,
      });
    const last = rows[rows.length - 1];
    if (rows.length < HISTORY_PAGE || !last) read.done = true;
    else read.after = { day: last.day_from, id: last.claim_id };
  }

  async metas(incidentIds: readonly string[]): Promise<IncidentMeta[]> {
    const out: IncidentMeta[] = [];
    for (const batch of inLists(incidentIds)) {
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
    for (const batch of inLists(ids)) {
      const rows = await this.trx.selectFrom("incidents").select("id").where("id", "in", batch).execute();
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async get(id: string): Promise<Incident | null> {
    const row = await this.trx
      .selectFrom("incidents")
      .select(INCIDENT_BODY_COLUMNS)
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? ((await hydrateIncidents(this.trx, [row]))[0] as Incident) : null;
  }

  async apply(
    change: IncidentChange,
    audit: ChangeAudit,
  ): Promise<{ changed: boolean; written: number; deleted: number }> {
    const trx = this.trx;
    // Claims: compare with the stored rows, remove what the replaced reports no longer have.
    // A claim read in this transaction and placed with the same fields keeps its stored JSON text.
    const incoming = new Map(
      change.placements.map((p) => {
        const known = this.seen.get(p.claim.id);
        const body = known && sameFields(known.placed.claim, p.claim) ? known.row.body : undefined;
        return [p.claim.id, claimRow(p, body)];
      }),
    );
    const stored = new Map<string, Selectable<IncidentClaimsTable>>();
    for (const id of incoming.keys()) {
      const known = this.seen.get(id);
      if (known) stored.set(id, known.row);
    }
    const fresh = change.fresh === true;
    // A fresh change of a bulk run appends its index rows (pending-cells.ts, in applyRows); any other
    // moves those pending first, since it may read or remove some.
    if (!(fresh && this.pending)) await this.settleCells();
    for (const batch of inLists(fresh ? [] : [...incoming.keys()].filter((id) => !stored.has(id)))) {
      const rows = await trx
        .selectFrom("incident_claims")
        .selectAll()
        .where("claim_id", "in", batch)
        .execute();
      for (const row of rows) stored.set(row.claim_id, row);
    }
    // What this change writes makes the rows read so far stale (and the cache, until it is committed).
    this.forgetReads();
    const removedClaims: string[] = [];
    // Index rows to remove, by their full key: those of removed claims (and, in changeRows, of claims
    // whose body changed).
    const staleCells: ReturnType<typeof cellRows> = [];
    for (const batch of inLists(change.replaceReports ?? [])) {
      const rows = await trx
        .selectFrom("incident_claims")
        .select(["claim_id", "report_id", "body"])
        .where("report_id", "in", batch)
        .execute();
      for (const row of rows)
        if (!incoming.has(row.claim_id)) {
          removedClaims.push(row.claim_id);
          staleCells.push(...cellRows(parseJson<ResolvableClaim>(claimJson(row))));
        }
    }

    // Incidents: their stored content hashes and decisions.
    const before = new Map<string, { hash: string | null; decisions: string }>();
    const touched = [...new Set([...change.incidents.map((w) => w.incident.id), ...change.deleted])];
    for (const batch of inLists(fresh ? [] : touched)) {
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
    const resolved = change.resolvedReports ?? [];
    const storedResolved = new Map<string, string>();
    for (const batch of inLists(fresh ? [] : resolved.map((r) => r.reportId))) {
      const rows = await trx
        .selectFrom("resolved_reports")
        .selectAll()
        .where("report_id", "in", batch)
        .execute();
      for (const row of rows)
        storedResolved.set(row.report_id, `${row.extraction_hash}|${row.resolver_version}`);
    }
    // A fresh change has nothing stored to compare with: every claim and incident is written.
    const rows = changeRows(
      change,
      { incoming, stored, removedClaims, staleCells, before, storedResolved },
      this.ctx.now().toISOString(),
    );
    if (!rows) return { changed: false, written: 0, deleted: 0 };
    return this.applyRows(rows, audit);
  }

  /** Forgets what this transaction read: a write makes it stale (and the cache, until committed). */
  private forgetReads(): void {
    this.seen.clear();
    this.history.clear();
    this.shared.clear();
    this.cache = null;
  }

  /**
   * Writes the rows of a change built beforehand (change-rows.ts), with its audit event and a new
   * write stamp: what `apply` does once it has compared. The bulk resolution's writer thread calls it
   * with the rows of a fresh change built on the main thread. The one place a change's rows are
   * written: while a bulk run defers its indexes (`pending`), a fresh change's index rows are appended
   * to claim_cells_pending and moved every `pending.moveEvery` rows (pending-cells.ts); any other change
   * moves those pending first.
   */
  async applyRows(
    rows: ChangeRows,
    audit: ChangeAudit,
  ): Promise<{ changed: boolean; written: number; deleted: number }> {
    const trx = this.trx;
    this.forgetReads();
    const { removedClaims, staleCells, cells, deleted } = rows;
    const deferCells = rows.fresh && this.pending !== null;
    if (!deferCells) await this.settleCells();
    for (const batch of inLists(removedClaims))
      await trx.deleteFrom("incident_claims").where("claim_id", "in", batch).execute();
    for (let i = 0; i < staleCells.length; i += CELL_DELETES) {
      const chunk = staleCells.slice(i, i + CELL_DELETES);
      await trx
        .deleteFrom("claim_cells")
        .where((eb) =>
          eb.or(
            chunk.map((cell) =>
              eb.and([
                eb("key", "=", cell.key),
                eb("day_from", "=", cell.day_from),
                eb("claim_id", "=", cell.claim_id),
              ]),
            ),
          ),
        )
        .execute();
    }
    const backend = this.ctx.traits.backend;
    await insertRows(trx, `${backend}:incident_claims`, rows.claims, CLAIM_ROWS, (db, batch) =>
      db
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
        ),
    );
    if (deferCells && this.pending) {
      await insertRows(trx, `${backend}:claim_cells_pending`, cells, CELL_ROWS, (db, batch) =>
        db.insertInto("claim_cells_pending").values(batch),
      );
      this.pending.rows += cells.length;
      this.settled = false;
      if (this.pending.rows >= this.pending.moveEvery) await this.settleCells();
    } else
      // In key order, each index page written once (a fresh change's rows come in claim order).
      await insertRows(
        trx,
        `${backend}:claim_cells`,
        rows.fresh ? [...cells].sort(compareCells) : cells,
        CELL_ROWS,
        (db, batch) => db.insertInto("claim_cells").values(batch),
      );

    for (const batch of inLists(deleted))
      await trx.deleteFrom("incidents").where("id", "in", batch).execute();
    await insertRows(trx, `${backend}:incidents`, rows.incidents, INCIDENT_ROWS, (db, batch) =>
      db
        .insertInto("incidents")
        .values(batch)
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
        ),
    );
    // The map/list read model (incident_map) follows every incident write in the same transaction.
    await deleteIncidentMapRows(trx, deleted);
    await insertIncidentMapRows(trx, rows.map, backend);
    await insertRows(trx, `${backend}:resolved_reports`, rows.resolved, KEY_ROWS, (db, batch) =>
      db
        .insertInto("resolved_reports")
        .values(batch)
        .onConflict((oc) =>
          oc.column("report_id").doUpdateSet((eb) => ({
            extraction_hash: eb.ref("excluded.extraction_hash"),
            resolver_version: eb.ref("excluded.resolver_version"),
            claims: eb.ref("excluded.claims"),
            resolved_at: eb.ref("excluded.resolved_at"),
          })),
        ),
    );

    // A new write stamp for resolution's tables: whoever kept what they read (claim-cell-cache.ts) reads
    // again. Random rather than a count, so that a table emptied or restored from a backup never comes
    // back to a stamp a cache holds.
    const stamp = randomInt(1, 2 ** 47);
    await trx
      .insertInto("incident_store_version")
      .values({ id: 1, version: stamp })
      .onConflict((oc) => oc.column("id").doUpdateSet({ version: stamp }))
      .execute();
    const { beforeHash, afterHash, ...written } = rows.audit;
    await appendAuditEvent(trx, this.ctx.traits, this.ctx.now(), {
      actor: audit.actor,
      action: audit.action,
      subjectType: audit.subjectType,
      subjectId: audit.subjectId,
      beforeHash,
      afterHash,
      detail: { ...audit.detail, ...written },
    });
    // A second change in one transaction could add what the first removed: the cache then starts afresh.
    this.written = this.written
      ? { changes: "unknown", head: String(stamp) }
      : { changes: { removed: staleCells, added: cells }, head: String(stamp) };
    return { changed: true, written: rows.claims.length + rows.incidents.length, deleted: deleted.length };
  }
}
