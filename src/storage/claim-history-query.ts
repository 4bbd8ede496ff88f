/**
 * One page of a place's dated history in the place + day index (claim_cells), as an undated claim's
 * bounded search reads it: the rows at one key whose anchor could let the claim join, screened in SQL
 * on type, attackers and tolls, newest first. A batch runs this thousands of times with a few dozen
 * shapes (how many types and attackers, which tolls, a window or not, a cursor or not), and building
 * and compiling the Kysely query cost more than SQLite took to run it: each shape is compiled once
 * (reusable-query.ts) and run with each page's values.
 */
import type { ExpressionBuilder, Kysely, Selectable } from "kysely";
import type { UndatedAnchor } from "../domain/resolution.js";
import { ANCHOR_COLUMNS, OPEN_TOLL_MAX } from "./incident-rows.js";
import { reusableQuery } from "./reusable-query.js";
import type { ClaimCellsTable, Database } from "./schema.js";

/** The widest window a dated claim can have (date-anchor.ts): a claim starting this early can still overlap. */
const MAX_WINDOW_DAYS = 31;

/** Index rows read per page. */
export const HISTORY_PAGE = 128;

export interface HistoryPageAsk {
  key: string;
  /** Event types the claim's is compatible with (none: any). */
  types?: readonly string[];
  /** Attackers one of which the row must name (none: any). */
  attackers?: readonly string[];
  /** The claim's incident tolls: a row's must overlap one of them, not both zero. */
  tolls?: Pick<UndatedAnchor, "killed" | "injured">;
  /** The claim's reach: only rows overlapping these days. */
  within?: { from: string; to: string };
  /** The last row of the previous page. */
  after: { day: string; id: string } | null;
  /** Rows per page (HISTORY_PAGE by default; a shared history's, shared-history.ts, more). */
  limit?: number;
}

type Value = string | number;
type Param = (name: string) => Value;
type Range = { min: number; max: number | null };

/** What decides a page's SQL text (everything else is a bound value). */
function shapeOf(ask: HistoryPageAsk): string {
  const toll = (range: Range | null | undefined) => (!range ? "-" : range.min > 0 ? "+" : "0");
  return [
    ask.types?.length ?? "",
    ask.attackers?.length ?? "",
    ask.tolls ? `${toll(ask.tolls.killed)}${toll(ask.tolls.injured)}` : "",
    ask.within ? "w" : "",
    ask.after ? "c" : "",
  ].join("|");
}

/** The values of a page, named as `build` names them. */
function valuesOf(ask: HistoryPageAsk): Record<string, Value> {
  const values: Record<string, Value> = { key: ask.key, limit: ask.limit ?? HISTORY_PAGE };
  ask.types?.forEach((type, i) => (values[`type${i}`] = type));
  ask.attackers?.forEach((id, i) => (values[`attacker${i}`] = `%|${id}|%`));
  for (const field of ["killed", "injured"] as const) {
    const range = ask.tolls?.[field];
    if (!range) continue;
    values[`${field}Max`] = range.max ?? OPEN_TOLL_MAX;
    values[`${field}Min`] = range.min;
  }
  if (ask.within) {
    values.lowest = shiftDays(ask.within.from, -MAX_WINDOW_DAYS);
    values.from = ask.within.from;
    values.to = ask.within.to;
  }
  if (ask.after) {
    values.afterDay = ask.after.day;
    values.afterId = ask.after.id;
  }
  return values;
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What a page reads of each row: enough to rebuild its anchor (`anchorOfColumns`). */
const HISTORY_COLUMNS = ["claim_id", "day_from", "day_to", ...ANCHOR_COLUMNS] as const;

/** A row of a page. */
export type HistoryRow = Pick<Selectable<ClaimCellsTable>, (typeof HISTORY_COLUMNS)[number]>;

/** The query of one shape, its values taken from `param` under the names `valuesOf` gives them. */
function build(db: Kysely<Database>, ask: HistoryPageAsk, param: Param) {
  let query = db
    .selectFrom("claim_cells")
    .select(HISTORY_COLUMNS)
    .where("key", "=", param("key") as string)
    .where("attackers", "is not", null);
  const { types, attackers, tolls, within, after } = ask;
  if (types)
    query = query.where(
      "event_type",
      "in",
      types.map((_, i) => param(`type${i}`) as string),
    );
  // The attacker part of the undated rule as a screen: the row names one of the attackers the claim's
  // agree with or are allied to (LIKE's wildcards can only let more through; the rule runs again on
  // what is read). Most of a busy place's history fails it or the toll part below.
  if (attackers)
    query = query.where((eb) =>
      eb.or(attackers.map((_, i) => eb("attackers", "like", param(`attacker${i}`) as string))),
    );
  // The toll part, exact: a killed (or injured) range overlapping the claim's, not both zero
  // (tollPairAboveZero).
  if (tolls)
    query = query.where((eb: ExpressionBuilder<Database, "claim_cells">) =>
      eb.or(
        (["killed", "injured"] as const).flatMap((field) => {
          const range = tolls[field];
          if (!range) return [];
          const min = `${field}_min` as const;
          const max = `${field}_max` as const;
          return [
            eb.and([
              eb(min, "is not", null),
              eb(min, "<=", param(`${field}Max`) as number),
              eb(max, ">=", param(`${field}Min`) as number),
              ...(range.min > 0 ? [] : [eb(min, ">", 0)]),
            ]),
          ];
        }),
      ),
    );
  // Rows overlapping the reach (a claim starts at most MAX_WINDOW_DAYS before it ends), or every dated row.
  query = query.where((eb) =>
    within
      ? eb.and([
          eb("day_from", ">=", param("lowest") as string),
          eb("day_from", "<=", param("to") as string),
          eb("day_to", ">=", param("from") as string),
        ])
      : eb("day_from", ">", ""),
  );
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb("day_from", "<", param("afterDay") as string),
        eb.and([
          eb("day_from", "=", param("afterDay") as string),
          eb("claim_id", "<", param("afterId") as string),
        ]),
      ]),
    );
  return query
    .orderBy("day_from", "desc")
    .orderBy("claim_id", "desc")
    .limit(param("limit") as number);
}

/** A row of a key's history as `historyScreen` tests it (the anchor parsed from the row's columns). */
export interface ScreenedRow {
  dayFrom: string;
  dayTo: string;
  anchor: UndatedAnchor;
}

/**
 * The screen of a search (`ask` without key and cursor) as a test of a row in memory, for a key's
 * history read whole and shared by several searches (shared-history.ts): what `build` asks of a row in SQL, but the
 * attackers, which must be among the row's own (LIKE '%|id|%' in SQL can only let more through: any
 * row the undated rule accepts names one of them, `agreeingAttackers`). On the rows a search's `accept`
 * takes, both screens agree, so the newest `enough` accepted rows are the same.
 * @example historyScreen({ types: ["shelling"] })({ dayFrom: "2023-01-02", dayTo: "2023-01-02", anchor })
 */
export function historyScreen(
  ask: Pick<HistoryPageAsk, "types" | "attackers" | "tolls" | "within">,
): (row: ScreenedRow) => boolean {
  const { types, attackers, tolls, within } = ask;
  const lowest = within ? shiftDays(within.from, -MAX_WINDOW_DAYS) : "";
  const overlaps = (own: Range | null | undefined, row: Range | null) =>
    !!own &&
    row !== null &&
    row.min <= (own.max ?? OPEN_TOLL_MAX) &&
    (row.max ?? OPEN_TOLL_MAX) >= own.min &&
    (own.min > 0 || row.min > 0);
  return ({ dayFrom, dayTo, anchor }) =>
    (!types || types.includes(anchor.eventType)) &&
    (!attackers || attackers.some((id) => anchor.actors.includes(id))) &&
    (!tolls || overlaps(tolls.killed, anchor.killed) || overlaps(tolls.injured, anchor.injured)) &&
    (within ? dayFrom >= lowest && dayFrom <= within.to && dayTo >= within.from : dayFrom > "");
}

type Runner = (db: Kysely<Database>, values: Record<string, Value>) => Promise<{ rows: HistoryRow[] }>;

const runners = new Map<string, Runner>();

/**
 * Reads one page of a place's dated history (at most HISTORY_PAGE rows).
 * @example const { rows } = await readHistoryPage(trx, { key: "e:geonames:163345", types: ["shelling"], after: null })
 */
export function readHistoryPage(db: Kysely<Database>, ask: HistoryPageAsk) {
  const shape = shapeOf(ask);
  let run = runners.get(shape);
  if (!run) {
    run = reusableQuery<Record<string, Value>, HistoryRow>((kysely, param) =>
      build(kysely, ask, param as Param),
    ) as Runner;
    runners.set(shape, run);
  }
  return run(db, valuesOf(ask));
}
