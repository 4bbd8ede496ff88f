/**
 * Incidents through `r2p` commands on every backend. The worked example of issue 9: the seed article
 * alone gives four weak incidents (a party's claim, relayed unverified); an independent report of the
 * same attacks (a synthetic SNHR note, test/fixtures/resolve/) moves them to fair. Also: `r2p ingest`
 * returns with its reports resolved, `--no-wait` only queues, and `incidents show` explains merges.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Incident } from "../../src/domain/incident.js";
import { backends, hasSeed, projectRoot, seedPath, type BackendInstance } from "./harness.js";

const independent = path.join(projectRoot, "test/fixtures/resolve/snhr-seed-attacks-synthetic.txt");

for (const backend of backends) {
  describe.skipIf(backend.skip !== null || !hasSeed)(`r2p incidents on ${backend.name}`, () => {
    let instance: BackendInstance;
    beforeAll(async () => {
      instance = await backend.setUp();
    });
    afterAll(async () => {
      await instance.tearDown();
    });

    const incidents = async (): Promise<Incident[]> => {
      const result = await instance.run(["incidents", "list", "--json"]);
      expect(result.stderr).toBe("");
      return Incident.array().parse(JSON.parse(result.stdout));
    };

    it("the seed alone gives four weak incidents; an independent report of the same attacks makes them fair", async () => {
      const seed = await instance.run(["ingest", seedPath, "--published", "2021-09-08"]);
      expect(seed.code).toBe(0);
      const alone = await incidents();
      expect(alone).toHaveLength(4);
      expect(alone.map((i) => i.grade)).toEqual(["weak", "weak", "weak", "weak"]);
      expect(alone[0]?.sources).toEqual([
        expect.objectContaining({
          id: "soc",
          kind: "party",
          partisan: true,
          relayedBy: ["syrian-observer"],
          unverified: true,
        }),
      ]);
      expect(alone[0]?.gradeReason).toContain(
        "a party's claim stays weak until an independent source corroborates it",
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
      const together = await incidents();
      expect(together.map((i) => i.id).sort()).toEqual(alone.map((i) => i.id).sort());
      for (const incident of together) {
        expect(incident.grade).toBe("fair");
        expect(incident.independentSources).toBe(2);
        expect(incident.sources.map((s) => s.id)).toEqual(["snhr", "soc"]);
        expect(incident.date).toEqual({ start: "2021-09-07", end: "2021-09-07", precision: "day" });
        expect(incident.perpetrators[0]).toMatchObject({
          actorId: "SY_GOV_ASSAD",
          attributedBy: ["snhr", "soc"],
        });
      }
      const ihsim = together.find((i) => i.place.mentions.includes("Ihsim"))!;
      expect(ihsim.place.mentions.sort()).toEqual(["Ahsem", "Ihsim"]);
      const shown = await instance.run(["incidents", "show", ihsim.id.slice(0, 10)]);
      expect(shown.stdout).toContain("grade:        fair: 2 independent sources, 1 of them credible");
      expect(shown.stdout).toMatch(
        /auto 0\.\d\d: Matches claim [0-9a-f]{12}:\d of Syrian Network for Human Rights: the same gazetteer place/,
      );
      expect((await instance.run(["audit", "verify"])).code).toBe(0);
    });

    it("--no-wait only queues; the queue then resolves; list filters by area, date and grade", async () => {
      const file = path.join(instance.dataDir, "atarib.txt");
      const { writeFileSync } = await import("node:fs");
      writeFileSync(
        file,
        "Rockets hit Atarib\n\nRegime forces fired rockets at the town of Atarib in western rural Aleppo on Monday, injuring four civilians.\n",
      );
      const before = (await incidents()).length;
      await instance.run(["ingest", file, "--published", "2024-03-05", "--no-wait"]);
      expect(await incidents()).toHaveLength(before);
      // Extraction, then the resolution it enqueues, then the assessment the resolution enqueues.
      expect((await instance.run(["jobs", "work", "--once"])).stdout).toContain("3 jobs done, 0 failed");
      expect(await incidents()).toHaveLength(before + 1);
      const listed = await instance.run(["incidents", "list", "--area", "Aleppo", "--from", "2024-01-01"]);
      expect(listed.stdout).toContain("2024-03-04");
      expect(listed.stdout).toContain("1 of 1 incidents");
      expect((await instance.run(["incidents", "list", "--grade", "fair"])).stdout).toContain(
        "4 of 4 incidents",
      );
      const bad = await instance.run(["incidents", "list", "--grade", "great"]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--grade must be one of");
    });
  });
}
