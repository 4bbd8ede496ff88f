/**
 * Replays keep history honest: reports carrying their own publication dates (front matter), ingested
 * in an order unrelated to those dates, drive the series as of those dates. A backfill raises the
 * alerts that would have fired at the time — a surge reported the next day — and none for a day that
 * was quiet at the time, even though reports published weeks later fill it. Re-running adds nothing,
 * and another ingestion order gives the same alerts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type BackendInstance } from "./harness.js";

const DAY0 = Date.parse("2021-07-01T00:00:00Z");
const day = (n: number) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10);
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const spoken = (n: number) => {
  const d = new Date(DAY0 + n * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const TOWNS = [
  "Sarmin",
  "Ariha",
  "Saraqib",
  "Binnish",
  "Taftanaz",
  "Maarat al-Numan",
  "Kafranbel",
  "Jisr al-Shughur",
];

interface Fixture {
  name: string;
  published: number;
  body: string;
}

function report(event: number, published: number, town: string, killed: number): Fixture {
  const body = `Syrian regime forces shelled ${town} in rural Idlib on ${spoken(event)}, killing ${killed} civilians, the Syrian Network for Human Rights said.`;
  return { name: `${town}-${event}-${published}`, published, body };
}

/** One shelling every third day for 75 days; six on day 50 (reported on 51); six on day 20 reported only on day 58. */
const FIXTURES: Fixture[] = [
  ...Array.from({ length: 25 }, (_, k) => report(k * 3, k * 3 + 1, TOWNS[k % 5]!, 1)),
  ...TOWNS.slice(0, 6).map((t) => report(50, 51, t, 2)),
  ...TOWNS.slice(2, 8).map((t) => report(20, 58, t, 2)),
];

function writeFixtures(dir: string, order: (a: Fixture, b: Fixture) => number): void {
  mkdirSync(dir, { recursive: true });
  // File names are hashes: the ingestion order (sorted names) has nothing to do with the dates.
  [...FIXTURES].sort(order).forEach((f, i) => {
    const name = `${String(i).padStart(3, "0")}-${createHash("sha256").update(f.name).digest("hex").slice(0, 8)}.md`;
    writeFileSync(
      path.join(dir, name),
      `---\ntitle: Shelling on ${f.name}\ndate: ${day(f.published)}\npublisher: Syrian Network for Human Rights\n---\n\n${f.body}\n`,
    );
  });
}

interface ListedAlert {
  id: string;
  kind: string;
  scope: string;
  area: { admin1: string | null; admin2: string | null };
  date: string;
  raisedAsOf: string;
  incidents: string[];
  statistic: { observed: number; pValue: number | null };
  perpetrator: { name: string } | null;
}

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(
    `replayed history [${backend.name}]${backend.skip ? ` (${backend.skip})` : ""}`,
    () => {
      let db: BackendInstance;
      let other: BackendInstance;
      let folder: string;
      beforeAll(async () => {
        folder = mkdtempSync(path.join(os.tmpdir(), "r2p-replay-"));
        writeFixtures(path.join(folder, "a"), (x, y) =>
          createHash("md5")
            .update(x.name)
            .digest("hex")
            .localeCompare(createHash("md5").update(y.name).digest("hex")),
        );
        writeFixtures(path.join(folder, "b"), (x, y) => y.published - x.published);
        db = await backend.setUp();
        other = await backend.setUp();
        for (const [instance, sub] of [
          [db, "a"],
          [other, "b"],
        ] as const) {
          expect((await instance.run(["ingest", path.join(folder, sub)])).code).toBe(0);
          expect((await instance.run(["jobs", "work", "--once"])).code).toBe(0);
        }
      }, 240_000);
      afterAll(async () => {
        await db?.tearDown();
        await other?.tearDown();
        if (folder) rmSync(folder, { recursive: true, force: true });
      });

      const alertsOf = async (instance: BackendInstance): Promise<ListedAlert[]> => {
        const listed = await instance.run(["alerts", "list", "--json", "--limit", "500"]);
        expect(listed.code).toBe(0);
        return JSON.parse(listed.stdout) as ListedAlert[];
      };

      it("raises the surge as of the day it was reported and nothing for the day filled in weeks later", async () => {
        const assessed = await db.run(["assess", "--as-of", day(80)]);
        expect(assessed.code).toBe(0);
        const alerts = await alertsOf(db);
        const timeline = alerts
          .map(
            (a) =>
              `${a.raisedAsOf} ${a.kind} ${a.scope} ${a.scope === "perpetrator" ? a.perpetrator?.name : (a.area.admin2 ?? a.area.admin1 ?? "-")} for ${a.date}: observed ${a.statistic.observed}${a.statistic.pValue !== null ? `, p=${a.statistic.pValue.toExponential(1)}` : ""}`,
          )
          .sort();
        console.log(`replay alert timeline [${backend.name}]:\n${timeline.join("\n")}`);
        const escalations = alerts.filter((a) => a.kind.startsWith("escalation"));
        expect(escalations.length).toBeGreaterThan(0);
        expect(escalations.every((a) => a.date === day(50) && a.raisedAsOf === day(51))).toBe(true);
        expect(escalations.map((a) => a.scope)).toEqual(expect.arrayContaining(["admin1", "perpetrator"]));
        expect(alerts.some((a) => a.date === day(20))).toBe(false);
        const idlib = escalations.find((a) => a.scope === "admin1" && a.kind === "escalation_incidents")!;
        expect(idlib.incidents).toHaveLength(6);
      });

      it("adds nothing when re-run, and an earlier as-of day sees nothing it could not have known", async () => {
        const before = await alertsOf(db);
        const again = await db.run(["assess", "--as-of", day(80)]);
        expect(again.stdout).toMatch(/0 new, 0 updated/);
        expect(await alertsOf(db)).toEqual(before);
        const early = await other.run(["assess", "--as-of", day(50), "--json"]);
        expect(
          (JSON.parse(early.stdout) as { newAlerts: ListedAlert[] }).newAlerts.filter((a) =>
            a.kind.startsWith("escalation"),
          ),
        ).toEqual([]);
      });

      it("gives the same alerts whatever order the reports were ingested in", async () => {
        expect((await other.run(["assess", "--as-of", day(80)])).code).toBe(0);
        const key = (list: ListedAlert[]) =>
          list
            .map(
              (a) =>
                `${a.kind}|${a.scope}|${a.area.admin1}|${a.area.admin2}|${a.date}|${a.raisedAsOf}|${a.incidents.length}`,
            )
            .sort();
        expect(key(await alertsOf(other))).toEqual(key(await alertsOf(db)));
      });
    },
  );
}
