/**
 * Assessment follows ingest with no separate command, on every backend: `r2p ingest` waits for the
 * assess-report job, so `r2p alerts list` and `r2p incidents show` have the alerts and qualifications
 * at once; an independent report of the same attacks re-qualifies those incidents (the partisan cap
 * lifts) incrementally; `--no-wait` leaves the assessment queued for a worker. Then the analyst queue:
 * a genocide code waits at L0, an analyst records a decision with a note (CLI and API), audited.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { seededRuntime } from "../support/seeded-runtime.js";
import { backends, hasSeed, projectRoot, seedPath, type BackendInstance } from "./harness.js";

const independent = path.join(projectRoot, "test/fixtures/resolve/snhr-seed-attacks-synthetic.txt");
/** A synthetic monitor note (written for this test) whose one sentence states killings and an intent to destroy a group. */
const GENOCIDE_WORDING =
  "Aleppo, 6 September 2021 (SNHR) - Fighters shelled the village of Tal Rifaat in the northern countryside of Aleppo on Sunday, killing 12 Yazidi civilians, and their commander vowed to exterminate the Yazidis.\n";

interface ShownIncident {
  id: string;
  assessment: { qualifications: { code: string; level: string; factLevel: string }[] } | null;
}

for (const backend of backends) {
  describe.skipIf(backend.skip !== null || !hasSeed)(`assessment after ingest on ${backend.name}`, () => {
    let instance: BackendInstance;
    beforeAll(async () => {
      instance = await backend.setUp();
    });
    afterAll(async () => {
      await instance.tearDown();
    });

    const json = async <T>(args: string[]): Promise<T> => {
      const result = await instance.run([...args, "--json"]);
      expect(result.stderr).toBe("");
      return JSON.parse(result.stdout) as T;
    };
    const shown = async () => {
      const list = await json<{ id: string }[]>(["incidents", "list"]);
      return Promise.all(list.map((i) => json<ShownIncident>(["incidents", "show", i.id])));
    };

    it("raises the seed's alerts and qualifies its incidents within r2p ingest", async () => {
      expect((await instance.run(["ingest", seedPath, "--published", "2021-09-08"])).code).toBe(0);
      const alerts = await json<{ kind: string; raisedAsOf: string; incidents: string[] }[]>([
        "alerts",
        "list",
      ]);
      expect(new Set(alerts.map((a) => a.kind))).toEqual(
        new Set(["attack_on_rescuers_or_medical", "double_tap"]),
      );
      expect(alerts.every((a) => a.raisedAsOf === "2021-09-08" && a.incidents.length > 0)).toBe(true);
      const incidents = await shown();
      expect(incidents).toHaveLength(4);
      for (const incident of incidents) {
        const civ = incident.assessment?.qualifications.find((q) => q.code === "WC-E-CIV");
        // A single partisan source: held at L0 whatever the facts support.
        expect(civ, incident.id).toMatchObject({ level: "L0", factLevel: "L2" });
      }
      const text = await instance.run(["incidents", "show", incidents[0]!.id]);
      expect(text.stdout).toMatch(/legal qualifications[^\n]*\n[\s\S]*WC-E-CIV +L0 \(facts alone: L2\)/);
    });

    it("re-qualifies the incidents an independent report corroborates, without re-running everything", async () => {
      const before = await instance.sql(
        "select count(*) as n from audit_events where action = 'assessment.saved'",
      );
      const other = await instance.run([
        "ingest",
        independent,
        "--published",
        "2021-09-08",
        "--publisher",
        "Syrian Network for Human Rights",
      ]);
      expect(other.code).toBe(0);
      for (const incident of await shown()) {
        const civ = incident.assessment?.qualifications.find((q) => q.code === "WC-E-CIV");
        expect(civ?.level, incident.id).not.toBe("L0");
      }
      const after = await instance.sql(
        "select count(*) as n from audit_events where action = 'assessment.saved'",
      );
      const saved = Number((after[0] as { n: number }).n) - Number((before[0] as { n: number }).n);
      expect(saved).toBeGreaterThan(0);
      expect(saved).toBeLessThanOrEqual(4);
    });

    it("leaves the assessment queued with --no-wait, and a worker does it; then an analyst decides the genocide code", async () => {
      const file = path.join(os.tmpdir(), `r2p-genocide-wording-${backend.name}-${process.pid}.txt`);
      writeFileSync(file, GENOCIDE_WORDING);
      expect((await instance.run(["ingest", file, "--published", "2021-09-07", "--no-wait"])).code).toBe(0);
      expect(await json<unknown[]>(["analyst-queue", "list"])).toEqual([]);
      expect((await instance.run(["jobs", "work", "--once"])).code).toBe(0);
      const open = await json<{ id: string; code: string; status: string }[]>(["analyst-queue", "list"]);
      expect(open).toEqual([expect.objectContaining({ code: "GEN-A", status: "open" })]);
      const id = open[0]!.id;

      const noNote = await instance.run(["analyst-queue", "decide", id, "monitor"]);
      expect(noNote.code).toBe(2);
      expect(noNote.stderr).toMatch(/NOTE_REQUIRED/);
      const bad = await instance.run(["analyst-queue", "decide", id, "guilty", "--note", "x y z"]);
      expect(bad.code).not.toBe(0);
      const decided = await instance.run([
        "analyst-queue",
        "decide",
        id,
        "monitor",
        "--note",
        "Group named and intent worded by one commander; watch for more",
        "--by",
        "ana",
      ]);
      expect(decided.code).toBe(0);
      expect(await json<unknown[]>(["analyst-queue", "list"])).toEqual([]);
      expect(await json<unknown[]>(["analyst-queue", "list", "--status", "done"])).toEqual([
        expect.objectContaining({ id, decision: "monitor", resolvedBy: "cli:ana" }),
      ]);
      const audit = await instance.sql(
        "select actor, detail from audit_events where action = 'analyst-queue.decided'",
      );
      expect(audit).toHaveLength(1);
      // The level stays where the machine put it: a decision is a record beside it.
      const incident = await json<ShownIncident>(["incidents", "show", id.split(":")[0]!]);
      expect(incident.assessment?.qualifications.find((q) => q.code === "GEN-A")?.level).toBe("L0");
    });

    it("an analyst's reject or merge re-assesses the incidents it touched before the command returns", async () => {
      const assessed = (await shown()).filter((i) => i.assessment !== null);
      expect(assessed.length).toBeGreaterThanOrEqual(3);
      const [gone, keep, other] = assessed;
      const rejected = await instance.run(["incidents", "reject", gone!.id, "--note", "a duplicate"]);
      expect(rejected.code).toBe(0);
      expect(rejected.stderr).toMatch(/^assessed: .*1 assessment\(s\) removed/m);
      expect((await json<ShownIncident>(["incidents", "show", gone!.id])).assessment).toBeNull();

      const merged = await instance.run(["incidents", "merge", keep!.id, other!.id, "--json"]);
      expect(merged.code).toBe(0);
      expect(JSON.parse(merged.stdout)).toMatchObject({ removed: other!.id });
      expect(merged.stderr).toMatch(
        /^assessed: [1-9]\d* incident\(s\) qualified again, 1 assessment\(s\) removed/m,
      );
      const rows = await instance.sql(
        `select incident_id from incident_assessments where incident_id in ('${keep!.id}', '${other!.id}')`,
      );
      expect(rows.map((r) => (r as { incident_id: string }).incident_id)).toEqual([keep!.id]);
    });
  });
}

describe("analyst queue over the API", () => {
  const token = "test-token-0123456789abcdef";
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };

  it("lists items for analysts and records a decision with a note, audited", async () => {
    const seeded = await seededRuntime(
      [{ text: GENOCIDE_WORDING, name: "gen.txt", publishedAt: "2021-09-07" }],
      {
        R2P_API_TOKEN: token,
      },
    );
    const app = await buildApp(seeded.runtime);
    try {
      const { storeAssessment } = await import("../../src/services/assessment-service.js");
      await storeAssessment(seeded.runtime.store, "syria", {
        actor: "test",
        forcedReports: seeded.reportIds,
      });
      expect((await app.inject({ url: "/api/analyst-queue" })).statusCode).toBe(401);
      const open = (await app.inject({ url: "/api/analyst-queue", headers: auth })).json() as {
        items: { id: string; code: string }[];
      };
      expect(open.items.map((i) => i.code)).toEqual(["GEN-A"]);
      const url = `/api/analyst-queue/${encodeURIComponent(open.items[0]!.id)}/decision`;
      const noNote = await app.inject({
        method: "POST",
        url,
        headers: auth,
        payload: { decision: "refer", note: "" },
      });
      expect(noNote.statusCode).toBe(400);
      const wrong = await app.inject({
        method: "POST",
        url,
        headers: auth,
        payload: { decision: "confirmed", note: "abc" },
      });
      expect(wrong.statusCode).toBe(400);
      const unknown = await app.inject({
        method: "POST",
        url: "/api/analyst-queue/inc_0%3AGEN-A/decision",
        headers: auth,
        payload: { decision: "refer", note: "for review" },
      });
      expect(unknown.statusCode).toBe(404);
      const ok = await app.inject({
        method: "POST",
        url,
        headers: auth,
        payload: {
          decision: "refer",
          note: "Intent wording merits review by the Office on Genocide Prevention",
        },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ status: "done", decision: "refer" });
      expect(
        ((await app.inject({ url: "/api/analyst-queue", headers: auth })).json() as { items: [] }).items,
      ).toEqual([]);
      const done = (await app.inject({ url: "/api/analyst-queue?status=done", headers: auth })).json() as {
        items: { decision: string; note: string }[];
      };
      expect(done.items).toEqual([expect.objectContaining({ decision: "refer" })]);
      const events = await seeded.runtime.store.audit.list({ limit: 50 });
      expect(events.filter((e) => e.action === "analyst-queue.decided")).toHaveLength(1);
    } finally {
      await app.close();
      await seeded.dispose();
    }
  }, 120_000);
});
