/**
 * The place + day index (claim_cells) of recent days, kept in memory between resolution batches: a
 * batch looks up, key by key, the claims of the days around its own, and the next batch asks for
 * nearly the same keys and days. Each key's rows are read from the store once (dated rows from a
 * floor day on, and every undated row), then kept current with what `apply` writes.
 *
 * It is only as good as the knowledge that nothing else wrote: the store holds it with the write stamp
 * its last write left (incident_store_version, migration 015), and drops it when a transaction finds
 * another stamp (every write of claims goes through `apply`, which sets a new random stamp in the same
 * transaction; the "resolve" lock keeps two writers apart). Changes reach it only once their
 * transaction has committed.
 *
 * Memory stays bounded: dated rows older than the horizon are dropped as the days move on (a lookup
 * reaching further back reads the store, as without the cache). Undated rows are kept for good (they
 * have no day to age by) until the rows held pass MAX_ROWS: then undated lookups go back to the store
 * and only the dated rows of recent days stay; past MAX_ROWS again the whole cache starts afresh.
 */
import type { Selectable } from "kysely";
import type { ClaimCellsTable } from "./schema.js";

/** An index row as the lookups read it. */
export type CellRow = Pick<
  Selectable<ClaimCellsTable>,
  | "key"
  | "day_from"
  | "claim_id"
  | "day_to"
  | "event_type"
  | "lat"
  | "lon"
  | "killed_min"
  | "killed_max"
  | "injured_min"
  | "injured_max"
  | "attackers"
>;

/** Days of dated rows kept behind the newest day asked about; the floor moves in steps of this much. */
const HORIZON_DAYS = 32;
/** Rows held at most (about 200 bytes each: an object and its claim id): beyond, the cache starts afresh. */
const MAX_ROWS = 400_000;

const byDayThenId = (a: CellRow, b: CellRow) =>
  a.day_from < b.day_from ? -1 : a.day_from > b.day_from ? 1 : a.claim_id < b.claim_id ? -1 : 1;

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What a committed `apply` changed in claim_cells. */
export interface CellChanges {
  removed: readonly Pick<CellRow, "key" | "day_from" | "claim_id">[];
  added: readonly CellRow[];
}

export class ClaimCellCache {
  /** @param maxRows rows held at most (MAX_ROWS; tests pass fewer). */
  constructor(private readonly maxRows = MAX_ROWS) {}

  /** The write stamp (incident_store_version) after the last write this cache knows of. */
  private version: string | null = null;
  /** Dated rows with day_from ≥ floor, per key read so far (sorted by day, then claim id). */
  private readonly dated = new Map<string, CellRow[]>();
  /** Every undated row, per key read so far. */
  private readonly undated = new Map<string, CellRow[]>();
  private floor: string | null = null;
  private rows = 0;
  private full = false;
  /** Undated rows are no longer kept (see the header); set until the cache is emptied. */
  private undatedOff = false;
  private dropUndated = false;

  /** Keeps the cache when the store's write stamp is `head`, else empties it (someone else wrote). */
  check(head: string | null): void {
    if (head !== this.version || this.full) this.clear();
    else if (this.dropUndated) {
      for (const rows of this.undated.values()) this.rows -= rows.length;
      this.undated.clear();
      this.undatedOff = true;
      this.dropUndated = false;
    }
    this.version = head;
  }

  clear(): void {
    this.dated.clear();
    this.undated.clear();
    this.floor = null;
    this.rows = 0;
    this.full = false;
    this.undatedOff = false;
    this.dropUndated = false;
    this.version = null;
  }

  /**
   * Whether dated rows starting on or after `from` can be answered here; moves the floor forward when
   * the days asked about have moved past the horizon (and the floor back never: older lookups read
   * the store).
   */
  coversDatedFrom(from: string): boolean {
    if (this.floor === null) {
      // Some room below the first day asked about: the next batches may reach a little further back.
      this.floor = shiftDays(from, -HORIZON_DAYS / 2);
      return true;
    }
    if (from < this.floor) return false;
    if (shiftDays(from, -2 * HORIZON_DAYS) > this.floor) this.advance(shiftDays(from, -HORIZON_DAYS));
    return true;
  }

  /** The floor day of the dated rows held (set by coversDatedFrom). */
  datedFloor(): string {
    return this.floor as string;
  }

  private advance(floor: string): void {
    this.floor = floor;
    for (const [key, rows] of this.dated) {
      const kept = rows.filter((r) => r.day_from >= floor);
      this.rows -= rows.length - kept.length;
      this.dated.set(key, kept);
    }
  }

  /** The held rows of `key`, or undefined when the key has not been read. */
  datedRows(key: string): readonly CellRow[] | undefined {
    return this.dated.get(key);
  }

  /** Whether undated rows are kept (else undated lookups read the store). */
  keepsUndated(): boolean {
    return !this.undatedOff;
  }

  undatedRows(key: string): readonly CellRow[] | undefined {
    return this.undated.get(key);
  }

  private strings = new Map<string, string>();

  private intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    if (this.strings.size > 100_000) this.strings = new Map();
    // Rows read from the store each bring their own copies of the strings rows repeat (keys, days,
    // types), which made most of what the cache held.
    this.strings.set(text, text);
    return text;
  }

  /**
   * A row of one fixed shape holding only the index columns (a row from the store, or one `apply`
   * wrote, carries more): the rows held stay small objects sharing their repeated strings.
   */
  private compact(row: CellRow): CellRow {
    return {
      key: this.intern(row.key),
      day_from: this.intern(row.day_from),
      claim_id: row.claim_id,
      day_to: this.intern(row.day_to),
      event_type: this.intern(row.event_type),
      lat: row.lat === null ? null : Number(row.lat),
      lon: row.lon === null ? null : Number(row.lon),
      killed_min: row.killed_min,
      killed_max: row.killed_max,
      injured_min: row.injured_min,
      injured_max: row.injured_max,
      attackers: row.attackers === null ? null : this.intern(row.attackers),
    };
  }

  /** Records what the store holds for keys just read (dated from the floor, or undated). */
  load(kind: "dated" | "undated", keys: readonly string[], rows: readonly CellRow[]): void {
    const map = kind === "dated" ? this.dated : this.undated;
    const fresh = new Map<string, CellRow[]>();
    for (const key of keys) if (!map.has(key)) fresh.set(key, []);
    for (const row of rows) {
      const list = fresh.get(row.key);
      if (!list) continue;
      list.push(this.compact(row));
    }
    for (const [key, list] of fresh) {
      list.sort(byDayThenId);
      map.set(key, list);
      this.rows += list.length;
    }
    // Emptied before the next transaction: this one may still read what it loaded.
    if (this.rows <= this.maxRows) return;
    if (!this.undatedOff && this.undated.size > 0) this.dropUndated = true;
    else this.full = true;
  }

  /** Applies a committed change; `head` is the write stamp it left. */
  commit(changes: CellChanges, head: string): void {
    const gone = new Map<string, Set<string>>();
    for (const cell of changes.removed) {
      const id = `${cell.day_from}|${cell.claim_id}`;
      const set = gone.get(cell.key);
      if (set) set.add(id);
      else gone.set(cell.key, new Set([id]));
    }
    for (const [key, ids] of gone)
      for (const map of [this.dated, this.undated]) {
        const rows = map.get(key);
        if (!rows) continue;
        const kept = rows.filter((r) => !ids.has(`${r.day_from}|${r.claim_id}`));
        this.rows -= rows.length - kept.length;
        map.set(key, kept);
      }
    for (const cell of changes.added) {
      const undated = cell.day_from === "";
      if (!undated && (this.floor === null || cell.day_from < this.floor)) continue;
      const rows = (undated ? this.undated : this.dated).get(cell.key);
      if (!rows) continue;
      // In order: new rows are mostly of the latest days, at the end.
      let at = rows.length;
      while (at > 0 && byDayThenId(rows[at - 1] as CellRow, cell) > 0) at--;
      rows.splice(at, 0, this.compact(cell));
      this.rows++;
    }
    this.version = head;
  }
}
