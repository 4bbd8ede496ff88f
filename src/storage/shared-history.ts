/**
 * A key's whole dated history in the place + day index, read once for several bounded searches of one
 * transaction. The undated claims of a backlog's batch (sorted by place) each search their place's
 * history, newest first, with a screen of their own; in SQL each search scanned the key's rows (every
 * row a step of the scan, the whole history when few rows pass). A key that two searches of one
 * `findClaims` ask for is read here instead, a page of SHARED_HISTORY_PAGE rows at a time and
 * unscreened, and each search's screen is tested in memory (`historyScreen`): the same rows accepted,
 * one scan. Only as many pages are read as the deepest search needs.
 */
import type { Kysely } from "kysely";
import type { UndatedAnchor } from "../domain/resolution.js";
import {
  historyScreen,
  readHistoryPage,
  type HistoryPageAsk,
  type ScreenedRow,
} from "./claim-history-query.js";
import { anchorOfColumns } from "./incident-rows.js";
import type { Database } from "./schema.js";

/** Index rows read per page of a key's whole dated history. */
export const SHARED_HISTORY_PAGE = 1024;

/** What a search asks of a shared history: its screen, its rule, how many it wants. */
export interface SharedSearch extends Pick<HistoryPageAsk, "types" | "attackers" | "tolls" | "within"> {
  accept: (claimId: string, anchor: UndatedAnchor) => boolean;
  enough: number;
}

/**
 * Adds to `accepted` the claims of a history read a page at a time (`readMore` appends a page to
 * `read.rows`, or sets `read.done`) that `passes`, in the order read, until it holds `enough`: a
 * bounded search reads no more pages than it needs. Shared by the transaction's per-search histories
 * and the shared ones here.
 */
export async function acceptNewestFirst<Row extends { claimId: string }>(
  read: { rows: Row[]; done: boolean },
  enough: number,
  accepted: Set<string>,
  readMore: () => Promise<void>,
  passes: (row: Row) => boolean,
): Promise<void> {
  for (let i = 0; accepted.size < enough; i++) {
    if (i === read.rows.length) {
      if (read.done) return;
      await readMore();
      if (i === read.rows.length) return;
    }
    const row = read.rows[i]!;
    if (!accepted.has(row.claimId) && passes(row)) accepted.add(row.claimId);
  }
}

/** A key's rows read so far, newest first. */
interface KeyHistory {
  rows: (ScreenedRow & { claimId: string })[];
  after: { day: string; id: string } | null;
  done: boolean;
}

/** How a shared history reads a page: readHistoryPage by default (tests give their own, and a page size). */
export interface SharedHistoryReader {
  readPage: typeof readHistoryPage;
  pageSize: number;
}

/** The shared histories of one transaction; cleared when it writes. */
export class SharedHistories {
  private readonly keys = new Map<string, KeyHistory>();

  constructor(
    private readonly reader: SharedHistoryReader = {
      readPage: readHistoryPage,
      pageSize: SHARED_HISTORY_PAGE,
    },
  ) {}

  /** Shares from now on each key that two or more of `searches` ask for. */
  shareRepeated(searches: readonly { keys: readonly string[] }[]): void {
    const asked = new Set<string>();
    for (const search of searches)
      for (const key of search.keys)
        if (!asked.has(key)) asked.add(key);
        else if (!this.keys.has(key)) this.keys.set(key, { rows: [], after: null, done: false });
  }

  /** Whether `key` is read whole here. */
  has(key: string): boolean {
    return this.keys.has(key);
  }

  /**
   * Adds to `accepted` the claims at `key` that pass the search's screen and rule, newest first, until
   * it holds `search.enough`. `screen`: the search's `historyScreen`, made once for all its keys.
   */
  async accept(
    db: Kysely<Database>,
    key: string,
    search: SharedSearch,
    screen: ReturnType<typeof historyScreen>,
    accepted: Set<string>,
  ): Promise<void> {
    const read = this.keys.get(key);
    if (!read) return;
    await acceptNewestFirst(
      read,
      search.enough,
      accepted,
      () => this.readPage(db, key, read),
      (row) => screen(row) && search.accept(row.claimId, row.anchor),
    );
  }

  clear(): void {
    this.keys.clear();
  }

  /** Reads the next page of a key's whole dated history: the rows with an anchor, unscreened. */
  private async readPage(db: Kysely<Database>, key: string, read: KeyHistory): Promise<void> {
    const { pageSize } = this.reader;
    const { rows } = await this.reader.readPage(db, { key, after: read.after, limit: pageSize });
    for (const row of rows)
      read.rows.push({
        claimId: row.claim_id,
        dayFrom: row.day_from,
        dayTo: row.day_to,
        anchor: anchorOfColumns(row.event_type, row) as UndatedAnchor,
      });
    const last = rows[rows.length - 1];
    if (rows.length < pageSize || !last) read.done = true;
    else read.after = { day: last.day_from, id: last.claim_id };
  }
}
