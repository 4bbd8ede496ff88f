import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { historyScreen, type HistoryPageAsk, type HistoryRow } from "./claim-history-query.js";
import type { Database } from "./schema.js";
import { SharedHistories, type SharedSearch } from "./shared-history.js";

/** Twelve rows at one key, newest first as the store gives them: a day each, tolls and attackers varying. */
const ROWS: HistoryRow[] = Array.from({ length: 12 }, (_, i) => {
  const day = `2025-01-${String(12 - i).padStart(2, "0")}`;
  return {
    claim_id: `r${12 - i}:0`,
    day_from: day,
    day_to: day,
    event_type: i % 2 === 0 ? "shelling" : "air_strike",
    killed_min: i % 3,
    killed_max: i % 3,
    injured_min: null,
    injured_max: null,
    attackers: i % 4 === 0 ? "|RU_MIL|" : "|SY_GOV_ASSAD|",
  };
});

/** A reader over ROWS in pages of `pageSize`, counting the pages it read. */
function reader(pageSize: number) {
  const asked: (HistoryPageAsk["after"] | null)[] = [];
  return {
    asked,
    reader: {
      pageSize,
      readPage: (_db: Kysely<Database>, ask: HistoryPageAsk) => {
        asked.push(ask.after);
        const from = ask.after ? ROWS.findIndex((r) => r.claim_id === ask.after?.id) + 1 : 0;
        return Promise.resolve({ rows: ROWS.slice(from, from + (ask.limit ?? 0)) });
      },
    },
  };
}

const db = {} as Kysely<Database>;

async function search(shared: SharedHistories, s: SharedSearch): Promise<string[]> {
  const accepted = new Set<string>();
  await shared.accept(db, "k", s, historyScreen(s), accepted);
  return [...accepted];
}

describe("SharedHistories", () => {
  it("reads a key whole only when two searches ask for it", () => {
    const shared = new SharedHistories(reader(5).reader);
    shared.shareRepeated([{ keys: ["a", "b"] }, { keys: ["b"] }]);
    expect([shared.has("a"), shared.has("b")]).toEqual([false, true]);
    shared.clear();
    expect(shared.has("b")).toBe(false);
  });

  it("gives each search its screened rows newest first, reading pages only as deep as it needs", async () => {
    const { asked, reader: r } = reader(5);
    const shared = new SharedHistories(r);
    shared.shareRepeated([{ keys: ["k"] }, { keys: ["k"] }]);
    const all = () => true;
    // Two of the newest: one page read.
    expect(await search(shared, { enough: 2, accept: all })).toEqual(["r12:0", "r11:0"]);
    expect(asked).toHaveLength(1);
    // Shelling that killed one or two, named by the Syrian government: the whole history, three pages.
    const screened = await search(shared, {
      enough: 100,
      accept: all,
      types: ["shelling"],
      tolls: { killed: { min: 1, max: 2 }, injured: null },
      attackers: ["SY_GOV_ASSAD"],
    });
    expect(screened).toEqual(["r10:0", "r2:0"]);
    expect(asked).toEqual([null, { day: "2025-01-08", id: "r8:0" }, { day: "2025-01-03", id: "r3:0" }]);
    // The rule has the last word; nothing read again.
    expect(await search(shared, { enough: 100, accept: (id) => id.startsWith("r1") })).toEqual([
      "r12:0",
      "r11:0",
      "r10:0",
      "r1:0",
    ]);
    expect(asked).toHaveLength(3);
  });

  it("keeps to a search's reach", async () => {
    const shared = new SharedHistories(reader(4).reader);
    shared.shareRepeated([{ keys: ["k"] }, { keys: ["k"] }]);
    const within = { from: "2025-01-03", to: "2025-01-05" };
    expect(await search(shared, { enough: 100, accept: () => true, within })).toEqual([
      "r5:0",
      "r4:0",
      "r3:0",
    ]);
  });
});
