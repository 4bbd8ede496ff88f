import { describe, expect, it } from "vitest";
import { R2pError } from "../../domain/errors.js";
import { parseCsv } from "./csv.js";
import { parseGeonamesDump } from "./import-geonames-dump.js";
import { compoundParts, parseOchaCommunitiesCsv } from "./import-ocha-communities.js";
import { parseGazetteerFile } from "./parse-gazetteer-file.js";

/** Three made-up GeoNames rows (a town, a governorate, a stream to skip) and a broken one. */
const GEONAMES = [
  [
    "9000001",
    "Qaryat Mithal",
    "Qaryat Mithal",
    "Qaryet Methal,قرية مثال",
    "35.70000",
    "36.50000",
    "P",
    "PPL",
    "SY",
    "",
    "12",
    "",
    "",
    "",
    "1200",
    "",
    "400",
    "Asia/Damascus",
    "2020-01-01",
  ],
  [
    "9000002",
    "Muhafazat Mithal",
    "Muhafazat Mithal",
    "",
    "35.9",
    "36.6",
    "A",
    "ADM1",
    "SY",
    "",
    "12",
    "",
    "",
    "",
    "0",
    "",
    "300",
    "Asia/Damascus",
    "2020-01-01",
  ],
  [
    "9000003",
    "Nahr Mithal",
    "Nahr Mithal",
    "",
    "35.8",
    "36.4",
    "H",
    "STM",
    "SY",
    "",
    "12",
    "",
    "",
    "",
    "0",
    "",
    "200",
    "Asia/Damascus",
    "2020-01-01",
  ],
  [
    "9000004",
    "Bad Row",
    "Bad Row",
    "",
    "north",
    "36.4",
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
    "200",
    "Asia/Damascus",
    "2020-01-01",
  ],
]
  .map((cols) => cols.join("\t"))
  .join("\n");

describe("GeoNames dump importer", () => {
  it("keeps populated places and admin areas, with problems for bad rows", () => {
    const result = parseGeonamesDump(`${GEONAMES}\nonly\ttwo`);
    expect(result.places.map((p) => [p.id, p.kind, p.admin1])).toEqual([
      ["geonames:9000001", "settlement", "Idlib"],
      ["geonames:9000002", "admin1", "Idlib"],
    ]);
    expect(result.places[0]?.altNames).toEqual(["Qaryet Methal", "قرية مثال"]);
    expect(result.places[0]?.population).toBe(1200);
    expect(result.problems.map((p) => p.line)).toEqual([4, 5]);
    expect(result.problems[0]?.reason).toMatch(/coordinates/);
  });

  it("filters by country", () => {
    expect(parseGeonamesDump(GEONAMES, new Set(["LB"])).places).toEqual([]);
  });
});

describe("OCHA communities importer", () => {
  it("reads the classic COD columns, quoted fields, a BOM and CRLF", () => {
    const csv =
      "\uFEFFPCODE,NAME_EN,NAM_EN_REF,NAME_ARA,ADMIN3_COD,ADMIN3_EN,ADMIN3_ARA,ADMIN2_COD,ADMIN2_EN,ADMIN2_ARA,ADMIN1_COD,ADMIN1_EN,ADMIN1_ARA,LATITUDE,LONGITUDE,CAPIT_LVL\r\n" +
      'C9001,"Tell Mithal, Upper",Tal Mithal,تل مثال,SY0001,Sub,س,SY00,Dist,د,SY07,Idleb,إدلب,35.5,36.5,\r\n' +
      "C9002,,,,SY0001,Sub,س,SY00,Dist,د,SY07,Idleb,إدلب,35.5,36.5,\r\n" +
      "C9003,Khirbet Mithal,,خربة مثال,SY0001,Sub,س,SY00,Dist,د,SY08,Al-Hasakeh,الحسكة,,,\r\n";
    const result = parseOchaCommunitiesCsv(csv);
    expect(result.places).toHaveLength(1);
    const [place] = result.places;
    expect(place?.id).toBe("ocha:C9001");
    expect(place?.name).toBe("Tell Mithal, Upper");
    expect(place?.altNames).toEqual(["Tal Mithal", "تل مثال"]);
    expect(place?.admin1).toBe("Idlib");
    expect(place?.admin2).toBe("Dist");
    expect(place?.country).toBe("SY");
    expect(result.problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it("reads the newer COD column names", () => {
    const csv =
      "admin4Name_en,admin4Name_ar,admin4Pcode,admin1Name_en,admin1Pcode,latitude,longitude\n" +
      "Deir Mithal,دير مثال,C9100,Dar'a,SY12,32.7,36.1\n";
    const result = parseOchaCommunitiesCsv(csv);
    expect(result.problems).toEqual([]);
    expect(result.places[0]).toMatchObject({ id: "ocha:C9100", name: "Deir Mithal", admin1: "Daraa" });
  });
});

describe("gazetteer file detection", () => {
  it("detects both formats", () => {
    expect(parseGazetteerFile(GEONAMES).format).toBe("geonames-dump");
    expect(parseGazetteerFile("PCODE,NAME_EN,LATITUDE,LONGITUDE\nC1,Mithal,35,36\n").format).toBe(
      "ocha-communities",
    );
  });

  it("names the accepted formats when the file is in neither", () => {
    const attempt = () => parseGazetteerFile("name;lat;lon\nfoo;1;2\n", "places.txt");
    expect(attempt).toThrow(R2pError);
    expect(attempt).toThrow(/places\.txt.*OCHA COD.*GeoNames dump/);
  });
});

describe("CSV reader", () => {
  it("handles doubled quotes and line breaks inside quotes", () => {
    const { rows, lines } = parseCsv('a,"b ""q""\nc"\nd,e');
    expect(rows).toEqual([
      ["a", 'b "q"\nc'],
      ["d", "e"],
    ]);
    expect(lines).toEqual([1, 3]);
  });
});

describe("OCHA compound community names", () => {
  it("adds each part of a merged 'A - B' / 'أ_ب' name as an alternate name", () => {
    expect(compoundParts("Zaytuneh - Zaytunjek")).toEqual(["Zaytuneh", "Zaytunjek"]);
    expect(compoundParts("Kafr Nuran")).toEqual([]);
    const csv =
      "PCODE,NAME_EN,NAME_ARA,ADMIN1_EN,LATITUDE,LONGITUDE\nC9001,Tall Wardeh - Ein Jaz,تل وردة_عين جاز,Lattakia,35.8,36.0\n";
    const [entry] = parseOchaCommunitiesCsv(csv).places;
    expect(entry?.altNames).toEqual(expect.arrayContaining(["Tall Wardeh", "Ein Jaz", "تل وردة", "عين جاز"]));
  });
});
