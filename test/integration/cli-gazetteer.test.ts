/**
 * `r2p gazetteer import` end to end: a GeoNames country dump and an OCHA populated-places table are
 * detected by content, stored (idempotently, with an audit event), and used by lookups and extraction
 * without any code change — the way a user adds village-level coverage.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, type BackendInstance } from "./harness.js";

// Two invented villages (not real places), so the built-in gazetteer cannot already know them. Admin1
// codes are GeoNames codes ("12" is Idlib): the extraction below names the governorate, and a village
// in another governorate must not be accepted for it.
const geonamesDump = [
  [
    "9900001",
    "Khirbat Zumurrud",
    "Khirbat Zumurrud",
    "Khirbet Zmurrud,خربة زمرد",
    "35.61000",
    "36.52000",
    "P",
    "PPL",
    "SY",
    "",
    "12",
    "",
    "",
    "",
    "0",
    "",
    "400",
    "Asia/Damascus",
    "2024-01-01",
  ],
  [
    "9900002",
    "Tall Qarnab",
    "Tall Qarnab",
    "Tal Qarnab,تل قرنب",
    "36.30000",
    "37.10000",
    "P",
    "PPL",
    "SY",
    "",
    "09",
    "",
    "",
    "",
    "120",
    "",
    "380",
    "Asia/Damascus",
    "2024-01-01",
  ],
]
  .map((columns) => columns.join("\t"))
  .join("\n");

const ochaTable = `PCODE,NAME_EN,NAM_EN_REF,NAME_ARA,ADMIN3_COD,ADMIN3_EN,ADMIN3_ARA,ADMIN2_COD,ADMIN2_EN,ADMIN2_ARA,ADMIN1_COD,ADMIN1_EN,ADMIN1_ARA,LATITUDE,LONGITUDE,CAPIT_LVL
C9999,Ein Zarzour,Ein Zarzour,عين زرزور,SY070500,Ariha,مركز أريحا,SY0705,Ariha,أريحا,SY07,Idleb,إدلب,35.70,36.60,
`;

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(`r2p gazetteer on ${backend.name}`, () => {
    let instance: BackendInstance;
    beforeAll(async () => {
      instance = await backend.setUp();
    });
    afterAll(async () => {
      await instance.tearDown();
    });

    it("imports a GeoNames dump and an OCHA table, idempotently, and finds the places", async () => {
      const dump = path.join(instance.dataDir, "SY.txt");
      const ocha = path.join(instance.dataDir, "communities.csv");
      writeFileSync(dump, geonamesDump);
      writeFileSync(ocha, ochaTable);
      const first = await instance.run(["gazetteer", "import", dump]);
      expect(first.stdout).toContain("2 places read, 2 new");
      const again = await instance.run(["gazetteer", "import", dump]);
      expect(again.stdout).toContain("0 new");
      expect((await instance.run(["gazetteer", "import", ocha])).stdout).toContain("1 places read, 1 new");

      const lookup = await instance.run(["gazetteer", "lookup", "Khirbet Zumurud", "--json"]);
      expect(JSON.parse(lookup.stdout)[0].entry.id).toBe("geonames:9900001");
      const arabic = await instance.run(["gazetteer", "lookup", "عين زرزور", "--json"]);
      expect(JSON.parse(arabic.stdout)[0].entry.id).toBe("ocha:C9999");
    });

    it("uses an imported village in extraction without any code change", async () => {
      const report = path.join(instance.dataDir, "zumurrud.txt");
      writeFileSync(
        report,
        "Shelling on a village\n\nRegime forces shelled the village of Khirbat Zumurrud in southern Idlib on Monday, killing two civilians.\n",
      );
      const result = await instance.run(["analyze", report, "--published", "2023-10-10", "--json"]);
      const extraction = JSON.parse(result.stdout);
      const place = extraction.incidents[0].place;
      expect(place.gazetteerId).toBe("geonames:9900001");
      expect(place.precision).toBe("settlement");
      expect(extraction.incidents[0].date.start).toBe("2023-10-09");
    });

    it("refuses a file in neither format with a clear message", async () => {
      const bad = path.join(instance.dataDir, "bad.csv");
      writeFileSync(bad, "name,lat\nfoo,1\n");
      const result = await instance.run(["gazetteer", "import", bad]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/GeoNames|OCHA/);
    });
  });
}
