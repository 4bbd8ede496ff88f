/**
 * The rows a change of the incident store writes, built apart from the transaction that writes them:
 * `KyselyIncidentTransaction.apply` builds them after comparing the change with what is stored and
 * writes them with `applyRows`; the bulk resolution of a backlog builds those of a fresh change (new
 * claims and incidents, nothing to compare with: `freshChangeRows`) on its main thread, and a writer
 * thread with its own connection writes them (services/backlog-writer.ts). Rows are plain strings and
 * numbers; `packChangeRows` writes their strings as UTF-16 into memory shared with the thread
 * (SharedText) and their numbers into typed arrays moved to it, so that neither crosses as a copy.
 */
import type { Selectable } from "kysely";
import type { ResolvableClaim } from "../domain/resolution.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";
import { incidentMapRow } from "./incident-map-rows.js";
import { cellRows, claimJson, claimRow, incidentRow, serialiseIncident } from "./incident-rows.js";
import type { IncidentChange, PlacedClaim } from "./ports.js";
import {
  toNumber,
  type IncidentClaimsTable,
  type IncidentMapTable,
  type ResolvedReportsTable,
} from "./schema.js";
import { parseJson } from "./store-context.js";

export type ClaimRow = ReturnType<typeof claimRow>;
export type CellRow = ReturnType<typeof cellRows>[number];
export type IncidentRow = ReturnType<typeof incidentRow>;
/** Table rows as plain object types (a mapped type, unlike the interface, is a Record<string, unknown>). */
export type MapRow = { [K in keyof IncidentMapTable]: IncidentMapTable[K] };
export type ResolvedRow = { [K in keyof ResolvedReportsTable]: ResolvedReportsTable[K] };

export interface ChangeRows {
  /**
   * The change was fresh (IncidentChange.fresh): its index rows may be appended to
   * claim_cells_pending while a bulk run defers its indexes (pending-cells.ts).
   */
  fresh: boolean;
  /** Claims removed (their reports were replaced and no longer hold them). */
  removedClaims: string[];
  /** Index rows removed: those of removed claims and of claims whose body changed. */
  staleCells: CellRow[];
  /** Claim rows written, in claim id order. */
  claims: ClaimRow[];
  /**
   * Index rows written, in key order (`compareCells`); a fresh change's in claim order (a bulk run
   * appends them to claim_cells_pending, whose rows are moved in key order).
   */
  cells: CellRow[];
  /** Incidents removed. */
  deleted: string[];
  /** Incident rows written, in id order, and their map rows in the same order. */
  incidents: IncidentRow[];
  map: MapRow[];
  resolved: ResolvedRow[];
  /** What the change's audit event says beside the caller's detail. */
  audit: {
    beforeHash: string;
    afterHash: string;
    incidentsWritten: string[];
    incidentsDeleted: string[];
    claimsWritten: number;
    claimsRemoved: number;
  };
}

/** What is stored of a change's subjects (empty for a fresh change), read by the transaction. */
export interface StoredState {
  /** The change's claims as rows, a stored claim's JSON text kept when its fields are the same. */
  incoming: Map<string, ClaimRow>;
  /** Stored rows of the change's claims. */
  stored: ReadonlyMap<string, Selectable<IncidentClaimsTable>>;
  removedClaims: string[];
  staleCells: CellRow[];
  /** Stored content hash and decisions of the change's incidents and deletions. */
  before: ReadonlyMap<string, { hash: string | null; decisions: string }>;
  /** Stored "extraction hash|resolver version" of the change's resolved reports. */
  storedResolved: ReadonlyMap<string, string>;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Index rows in claim_cells's key order: key, first day, claim. */
export const compareCells = (a: CellRow, b: CellRow) =>
  compareText(a.key, b.key) || compareText(a.day_from, b.day_from) || compareText(a.claim_id, b.claim_id);

/**
 * The rows of `change` given what is stored of it; null when it changes nothing. `at`: the write's
 * time (map rows, resolved reports).
 */
export function changeRows(change: IncidentChange, state: StoredState, at: string): ChangeRows | null {
  const { incoming, stored, removedClaims, before, storedResolved } = state;
  const staleCells = [...state.staleCells];
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
  // Rows in key order: each index's pages are then written in one pass, not one page per row.
  changedRows.sort((a, b) => compareText(a.claim_id, b.claim_id));
  const rekeyed = changedRows.filter((row) => stored.get(row.claim_id)?.body !== row.body);

  // Incidents: compare content hashes and the stored decisions.
  const changedIncidents = change.incidents
    .map((w) => ({ write: w, ...serialiseIncident(w.incident, w.claimsInRows === true, w.meta) }))
    .filter(({ write, hash }) => {
      const old = before.get(write.incident.id);
      if (!old) return true;
      const decisions = `${canonicalJson(write.meta.review)}|${write.meta.overrides ? canonicalJson(write.meta.overrides) : null}|${write.meta.pinned ? 1 : 0}`;
      return old.hash !== hash || old.decisions !== decisions;
    });
  const deleted = change.deleted.filter((id) => before.has(id));
  const changedResolved = (change.resolvedReports ?? []).filter(
    (r) => storedResolved.get(r.reportId) !== `${r.extractionHash}|${r.resolverVersion}`,
  );
  if (
    changedRows.length +
      changedIncidents.length +
      removedClaims.length +
      deleted.length +
      changedResolved.length ===
    0
  )
    return null;

  for (const row of rekeyed) {
    const old = stored.get(row.claim_id);
    if (old) staleCells.push(...cellRows(parseJson<ResolvableClaim>(claimJson(old))));
  }
  const byClaim = new Map(change.placements.map((p) => [p.claim.id, p.claim]));
  const cells = rekeyed.flatMap((row) => cellRows(byClaim.get(row.claim_id) as ResolvableClaim));
  // A fresh change's rows are appended to claim_cells_pending and moved from there in key order
  // (`applyRows` sorts them when it writes them into claim_cells itself): sorting its 15,000 rows
  // cost the bulk run's main thread about 5 % of its time-ordered pass.
  if (!change.fresh) cells.sort(compareCells);
  const written = [...changedIncidents].sort((a, b) => compareText(a.write.incident.id, b.write.incident.id));
  const affectedIds = [...new Set([...changedIncidents.map((w) => w.write.incident.id), ...deleted])];
  return {
    fresh: change.fresh === true,
    removedClaims,
    staleCells,
    claims: changedRows,
    cells,
    deleted,
    incidents: written.map(({ write, body, hash }) => incidentRow(write, body, hash)),
    map: written.map(({ write }) => ({ ...incidentMapRow(write.incident, at) })),
    resolved: changedResolved.map((r) => resolvedReportRow(r, at)),
    audit: {
      beforeHash: auditSnapshot(affectedIds.map((id) => [id, before.get(id)?.hash ?? null])),
      afterHash: auditSnapshot([
        ...changedIncidents.map((w): [string, string | null] => [w.write.incident.id, w.hash]),
        ...deleted.map((id): [string, string | null] => [id, null]),
      ]),
      incidentsWritten: changedIncidents.map((w) => w.write.incident.id).sort(),
      incidentsDeleted: [...deleted].sort(),
      claimsWritten: changedRows.length,
      claimsRemoved: removedClaims.length,
    },
  };
}

/** A report's row in the resolved-reports table, resolved at `at`. */
function resolvedReportRow(r: NonNullable<IncidentChange["resolvedReports"]>[number], at: string) {
  return {
    report_id: r.reportId,
    extraction_hash: r.extractionHash,
    resolver_version: r.resolverVersion,
    claims: r.claims,
    resolved_at: at,
  };
}

/** The audit's hash of incidents' content hashes (null: absent), in id order. */
const auditSnapshot = (entries: [string, string | null][]) =>
  sha256Hex(canonicalJson(entries.sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * The rows of a fresh change (IncidentChange.fresh: every claim, incident and resolved report new to
 * the store), built without the store: what `apply` writes for it.
 */
export function freshChangeRows(change: IncidentChange, at: string): ChangeRows | null {
  return changeRows(
    change,
    {
      incoming: new Map(change.placements.map((p) => [p.claim.id, claimRow(p)])),
      stored: new Map(),
      removedClaims: [],
      staleCells: [],
      before: new Map(),
      storedResolved: new Map(),
    },
    at,
  );
}

/**
 * A growable byte buffer shared with a thread (a SharedArrayBuffer): `packChangeRows` writes a
 * transaction's strings into it as UTF-16 code units (little-endian), one after the other, and the
 * thread reads them back from the same memory. Reused from one transaction to the next
 * (backlog-writer.ts keeps a few), so that the strings cross without a structured clone: copying them
 * into a message cost the bulk run's main thread about a tenth of its time, most of it for fresh
 * memory, against a few per cent to write them here. UTF-16, not UTF-8: the thread makes its strings
 * of the code units as they are (a copy), where decoding UTF-8 into the wide strings that the
 * explanations' "…" make cost it about a sixth of its time; and every string crosses unchanged, a
 * lone surrogate too (the single-thread path binds it as it is).
 */
export class SharedText {
  shared: SharedArrayBuffer;
  private bytes: Buffer;
  /** Bytes written (two per code unit). */
  used = 0;

  constructor(size = 1 << 20) {
    this.shared = new SharedArrayBuffer(size);
    this.bytes = Buffer.from(this.shared);
  }

  /** Forgets what was written: the buffer takes the next transaction's strings. */
  reset(): void {
    this.used = 0;
  }

  /** Appends `text` as UTF-16LE code units; returns the offset after it. */
  write(text: string): number {
    const most = this.used + text.length * 2;
    if (most > this.shared.byteLength) {
      const grown = new SharedArrayBuffer(Math.max(most, this.shared.byteLength * 2));
      const bytes = Buffer.from(grown);
      this.bytes.copy(bytes, 0, 0, this.used);
      this.shared = grown;
      this.bytes = bytes;
    }
    this.used += this.bytes.write(text, this.used, "utf16le");
    return this.used;
  }
}

/**
 * A table's rows packed for a thread, row after row in `columns` order: each value's kind (0 null,
 * 1 string, 2 number, 3 other) and a number (the number itself, a string's end in the table's text,
 * or an index into `others`). The table's strings are one text, UTF-16 in the shared text from byte
 * `textStart` to `textEnd`, and a string's bounds count code units of that text: the thread makes it
 * one string and cuts each string out of it (a substring, no copy of its characters).
 */
export interface PackedTable {
  columns: string[];
  kinds: Uint8Array;
  numbers: Float64Array;
  others: unknown[];
  textStart: number;
  textEnd: number;
}

/**
 * ChangeRows with every table packed (see packChangeRows), each table as the parts it was packed in,
 * one after the other (joinPackedChanges: a transaction packed part by part).
 */
export type PackedChangeRows = Omit<
  ChangeRows,
  "staleCells" | "claims" | "cells" | "incidents" | "map" | "resolved"
> & {
  tables: Record<"staleCells" | "claims" | "cells" | "incidents" | "map" | "resolved", PackedTable[]>;
  /** The tables' strings, as UTF-16 (SharedText). */
  text: SharedArrayBuffer;
};

const TABLES = ["staleCells", "claims", "cells", "incidents", "map", "resolved"] as const;
const NULL = 0;
const STRING = 1;
const NUMBER = 2;
const OTHER = 3;

/**
 * A table packed row by row (each row's strings written into the shared text as it comes, so a
 * transaction's strings need not all be alive at once): add every row of the table, then `finish`,
 * before the next table writes into the same text. Each string is written on its own, a copy of its
 * code units: gathering them into one string first (a rope, flattened for the write) cost as much
 * again, and eight times as much when the gathered string was past V8's largest regular object (64 K
 * units of wide text: a large-object allocation, on fresh pages, per write).
 */
class TablePacker {
  private columns: string[] | null = null;
  private kinds = new Uint8Array(256);
  private numbers = new Float64Array(256);
  private size = 0;
  private readonly others: unknown[] = [];
  private readonly textStart: number;
  /** UTF-16 code units of the table's text so far. */
  private units = 0;

  constructor(private readonly text: SharedText) {
    this.textStart = text.used;
  }

  add(row: object): void {
    const columns = (this.columns ??= Object.keys(row));
    if (this.size + columns.length > this.kinds.length) {
      const length = Math.max(this.kinds.length * 2, this.size + columns.length);
      const kinds = new Uint8Array(length);
      kinds.set(this.kinds);
      const numbers = new Float64Array(length);
      numbers.set(this.numbers);
      this.kinds = kinds;
      this.numbers = numbers;
    }
    const { kinds, numbers } = this;
    let at = this.size;
    for (const column of columns) {
      const value = (row as Record<string, unknown>)[column];
      if (typeof value === "string") {
        kinds[at] = STRING;
        this.units += value.length;
        numbers[at] = this.units;
        this.text.write(value);
      } else if (typeof value === "number") {
        kinds[at] = NUMBER;
        numbers[at] = value;
      } else if (value === null) kinds[at] = NULL;
      else {
        kinds[at] = OTHER;
        numbers[at] = this.others.push(value) - 1;
      }
      at++;
    }
    this.size = at;
  }

  finish(transferables: ArrayBuffer[]): PackedTable {
    transferables.push(this.kinds.buffer as ArrayBuffer, this.numbers.buffer as ArrayBuffer);
    return {
      columns: this.columns ?? [],
      kinds: this.kinds.subarray(0, this.size),
      numbers: this.numbers.subarray(0, this.size),
      others: this.others,
      textStart: this.textStart,
      textEnd: this.text.used,
    };
  }
}

function unpackTable<R>(table: PackedTable, text: Buffer): R[] {
  const { columns, kinds, numbers, others } = table;
  const rows: R[] = [];
  const width = columns.length;
  // The table's strings made one string at once; each value is a substring of it.
  const all = table.textEnd > table.textStart ? text.toString("utf16le", table.textStart, table.textEnd) : "";
  let from = 0;
  for (let at = 0; width > 0 && at < kinds.length;) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < width; c++, at++) {
      const kind = kinds[at];
      const number = numbers[at] as number;
      let value: unknown = null;
      if (kind === STRING) {
        value = all.slice(from, number);
        from = number;
      } else if (kind === NUMBER) value = number;
      else if (kind === OTHER) value = others[number];
      row[columns[c] as string] = value;
    }
    rows.push(row as R);
  }
  return rows;
}

/** The rows of a table packed in parts, the parts' rows in order. */
function unpackTables<R>(parts: readonly PackedTable[], text: Buffer): R[] {
  if (parts.length === 1) return unpackTable(parts[0] as PackedTable, text);
  return parts.flatMap((part) => unpackTable<R>(part, text));
}

/**
 * Packs `rows` for postMessage: each table's strings written into `text` (reset first) as UTF-16, its
 * numbers and the strings' bounds in typed arrays (`transferables`: moved to the thread, not copied).
 * Every row of a table has the same keys in the same order. `text` must not be reused before the
 * thread has unpacked the rows.
 */
export function packChangeRows(
  rows: ChangeRows,
  text: SharedText = new SharedText(),
): { packed: PackedChangeRows; transferables: ArrayBuffer[] } {
  const { fresh, removedClaims, deleted, audit } = rows;
  text.reset();
  const tables = {} as PackedChangeRows["tables"];
  const transferables: ArrayBuffer[] = [];
  for (const name of TABLES) {
    const table = new TablePacker(text);
    for (const row of rows[name]) table.add(row);
    tables[name] = [table.finish(transferables)];
  }
  return { packed: { fresh, removedClaims, deleted, audit, tables, text: text.shared }, transferables };
}

/** A fresh change packed by packFreshChange. */
export interface PackedFreshChange {
  packed: PackedChangeRows;
  transferables: ArrayBuffer[];
  /** The ids of its incidents, in id order. */
  incidentIds: string[];
  /** Each incident's id and content hash, in the change's order (what its audit hashes). */
  hashes: [string, string][];
}

/**
 * `packChangeRows(freshChangeRows(change, at), text)` without the rows in between: each claim row,
 * index row and incident row is built and written into `text` at once (`ChangeRows.claims` in claim
 * id order, as `changeRows` sorts them, and so on), so its strings die young instead of all of a
 * transaction's (some 20 MB for 5,000 claims) living through the garbage collector's scavenges while
 * the others are built. Null when the change writes nothing. `append`: written after what `text`
 * holds (a later part of one transaction, joinPackedChanges), instead of resetting it first.
 */
export function packFreshChange(
  change: IncidentChange,
  at: string,
  text: SharedText = new SharedText(),
  options: { append?: boolean } = {},
): PackedFreshChange | null {
  // As `freshChangeRows`: a claim placed twice is written as placed last.
  const byId = new Map<string, PlacedClaim>();
  for (const placed of change.placements) byId.set(placed.claim.id, placed);
  const placements = [...byId.values()].sort((a, b) => compareText(a.claim.id, b.claim.id));
  const resolvedReports = change.resolvedReports ?? [];
  if (placements.length + change.incidents.length + resolvedReports.length === 0) return null;
  if (!options.append) text.reset();
  const transferables: ArrayBuffer[] = [];
  const claims = new TablePacker(text);
  for (const placed of placements) claims.add(claimRow(placed));
  const claimsTable = claims.finish(transferables);
  const cells = new TablePacker(text);
  for (const placed of placements) for (const cell of cellRows(placed.claim)) cells.add(cell);
  const cellsTable = cells.finish(transferables);
  // A stable sort, as `changeRows` sorts the serialised incidents.
  const written = [...change.incidents].sort((a, b) => compareText(a.incident.id, b.incident.id));
  const incidents = new TablePacker(text);
  const hashOf = new Map<object, string>();
  for (const write of written) {
    const { body, hash } = serialiseIncident(write.incident, write.claimsInRows === true, write.meta);
    incidents.add(incidentRow(write, body, hash));
    hashOf.set(write, hash);
  }
  const incidentsTable = incidents.finish(transferables);
  const map = new TablePacker(text);
  for (const write of written) map.add(incidentMapRow(write.incident, at));
  const mapTable = map.finish(transferables);
  const resolved = new TablePacker(text);
  for (const r of resolvedReports) resolved.add(resolvedReportRow(r, at));
  const resolvedTable = resolved.finish(transferables);
  const staleCells = new TablePacker(text).finish(transferables);
  const hashes = change.incidents.map((w): [string, string] => [w.incident.id, hashOf.get(w) as string]);
  return {
    packed: {
      fresh: change.fresh === true,
      removedClaims: [],
      deleted: [],
      audit: freshAudit(hashes, placements.length),
      tables: {
        staleCells: [staleCells],
        claims: [claimsTable],
        cells: [cellsTable],
        incidents: [incidentsTable],
        map: [mapTable],
        resolved: [resolvedTable],
      },
      text: text.shared,
    },
    transferables,
    incidentIds: written.map((w) => w.incident.id),
    hashes,
  };
}

/** The audit summary of a fresh change (ChangeRows.audit) from its incidents' hashes and its claims. */
function freshAudit(hashes: readonly [string, string][], claims: number): ChangeRows["audit"] {
  const ids = hashes.map(([id]) => id);
  return {
    beforeHash: auditSnapshot([...new Set(ids)].map((id): [string, string | null] => [id, null])),
    afterHash: auditSnapshot([...hashes]),
    incidentsWritten: ids.sort(),
    incidentsDeleted: [],
    claimsWritten: claims,
    claimsRemoved: 0,
  };
}

/**
 * The parts of one fresh change, packed one after the other into the same shared text (the first
 * reset it, the others `append`), as one: each table's parts in order, the audit summary that of all
 * their incidents and claims. No claim may be in two parts (each part writes its own claims' rows).
 * Its rows are those of the whole change, each table's in the order of its parts, not sorted across
 * them: the store holds the same rows.
 */
export function joinPackedChanges(parts: readonly PackedFreshChange[]): PackedFreshChange | null {
  const [first] = parts;
  if (first === undefined) return null;
  if (parts.length === 1) return first;
  const tables = {} as PackedChangeRows["tables"];
  for (const name of TABLES) tables[name] = parts.flatMap((part) => part.packed.tables[name]);
  const hashes = parts.flatMap((part) => part.hashes);
  const claims = parts.reduce((sum, part) => sum + part.packed.audit.claimsWritten, 0);
  return {
    packed: {
      fresh: parts.every((part) => part.packed.fresh),
      removedClaims: [],
      deleted: [],
      audit: freshAudit(hashes, claims),
      tables,
      text: (parts[parts.length - 1] as PackedFreshChange).packed.text,
    },
    transferables: parts.flatMap((part) => part.transferables),
    incidentIds: parts.flatMap((part) => part.incidentIds),
    hashes,
  };
}

/** The ChangeRows packed by packChangeRows (their strings copied out of the shared text). */
export function unpackChangeRows(packed: PackedChangeRows): ChangeRows {
  const { fresh, removedClaims, deleted, audit, tables } = packed;
  const text = Buffer.from(packed.text);
  return {
    fresh,
    removedClaims,
    deleted,
    audit,
    staleCells: unpackTables(tables.staleCells, text),
    claims: unpackTables(tables.claims, text),
    cells: unpackTables(tables.cells, text),
    incidents: unpackTables(tables.incidents, text),
    map: unpackTables(tables.map, text),
    resolved: unpackTables(tables.resolved, text),
  };
}
