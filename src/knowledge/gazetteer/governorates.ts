/**
 * Syria's 14 governorates (admin1) as data: canonical names (DOMAIN.md §8), spellings used by reports,
 * OCHA and GeoNames, Arabic names, approximate capital coordinates, and the GeoNames admin1 codes.
 */

export interface Governorate {
  /** Canonical admin1 name used across the project. */
  name: string;
  /** GeoNames admin1 code for country SY. */
  geonamesCode: string;
  /** OCHA COD admin1 P-code. */
  ochaPcode: string;
  aliases: string[];
  /** When "rural X" / "X countryside" names this governorate rather than X (Rif Dimashq). */
  countrysideOf?: string;
  lat: number;
  lon: number;
}

export const SYRIA_GOVERNORATES: readonly Governorate[] = [
  {
    name: "Aleppo",
    geonamesCode: "09",
    ochaPcode: "SY02",
    aliases: ["Halab", "Haleb", "Alep", "Alepo", "حلب"],
    lat: 36.2021,
    lon: 37.1343,
  },
  {
    name: "Idlib",
    geonamesCode: "12",
    ochaPcode: "SY07",
    aliases: ["Idleb", "Edlib", "Idlip", "إدلب", "ادلب"],
    lat: 35.9306,
    lon: 36.6339,
  },
  {
    name: "Hama",
    geonamesCode: "10",
    ochaPcode: "SY05",
    aliases: ["Hamah", "Hamaa", "حماة", "حماه"],
    lat: 35.1318,
    lon: 36.7578,
  },
  {
    name: "Homs",
    geonamesCode: "11",
    ochaPcode: "SY04",
    aliases: ["Hims", "Hums", "حمص"],
    lat: 34.7324,
    lon: 36.7137,
  },
  {
    name: "Latakia",
    geonamesCode: "02",
    ochaPcode: "SY06",
    aliases: ["Lattakia", "Lattaquie", "Al-Ladhiqiyah", "Ladhiqiyah", "Latakiya", "اللاذقية"],
    lat: 35.5317,
    lon: 35.7901,
  },
  {
    name: "Tartus",
    geonamesCode: "14",
    ochaPcode: "SY10",
    aliases: ["Tartous", "Tartouss", "Tartoos", "طرطوس"],
    lat: 34.889,
    lon: 35.8866,
  },
  {
    name: "Raqqa",
    geonamesCode: "04",
    ochaPcode: "SY11",
    aliases: ["Al-Raqqah", "Ar-Raqqa", "Ar Raqqah", "Raqqah", "Rakka", "الرقة"],
    lat: 35.9528,
    lon: 39.0079,
  },
  {
    name: "Deir ez-Zor",
    geonamesCode: "07",
    ochaPcode: "SY09",
    aliases: [
      "Deir Ezzor",
      "Deir al-Zour",
      "Deir el-Zor",
      "Dayr az Zawr",
      "Deir-ez-Zor",
      "Deir Ez Zor",
      "دير الزور",
    ],
    lat: 35.3359,
    lon: 40.1408,
  },
  {
    name: "Hasakah",
    geonamesCode: "01",
    ochaPcode: "SY08",
    aliases: ["Al-Hasakah", "Al-Hasakeh", "Hassakeh", "Hasakeh", "Al Hasakah", "Hassake", "الحسكة"],
    lat: 36.5024,
    lon: 40.7477,
  },
  {
    name: "Damascus",
    geonamesCode: "13",
    ochaPcode: "SY01",
    aliases: ["Dimashq", "Damas", "دمشق"],
    lat: 33.5138,
    lon: 36.2765,
  },
  {
    name: "Rif Dimashq",
    geonamesCode: "08",
    ochaPcode: "SY03",
    aliases: [
      "Rural Damascus",
      "Damascus countryside",
      "Damascus Countryside Governorate",
      "Rif Damascus",
      "Reef Damascus",
      "Damascus suburbs",
      "Rif-Dimashq",
      "ريف دمشق",
    ],
    countrysideOf: "Damascus",
    lat: 33.5167,
    lon: 36.95,
  },
  {
    name: "Daraa",
    geonamesCode: "06",
    ochaPcode: "SY12",
    aliases: ["Deraa", "Dar'a", "Dara'a", "Daraa", "Der'a", "درعا"],
    lat: 32.6189,
    lon: 36.1021,
  },
  {
    name: "As-Suwayda",
    geonamesCode: "05",
    ochaPcode: "SY13",
    aliases: ["Suwayda", "Sweida", "Suwaida", "As-Sweida", "Al-Suwayda", "Soueida", "السويداء"],
    lat: 32.7089,
    lon: 36.5695,
  },
  {
    name: "Quneitra",
    geonamesCode: "03",
    ochaPcode: "SY14",
    aliases: ["Al-Quneitra", "Qunaytirah", "Kuneitra", "Al Qunaytirah", "القنيطرة"],
    lat: 33.1258,
    lon: 35.8246,
  },
];

/** GeoNames SY admin1 code → canonical governorate name. */
export const GEONAMES_SY_ADMIN1: ReadonlyMap<string, string> = new Map(
  SYRIA_GOVERNORATES.map((g) => [g.geonamesCode, g.name]),
);

/** OCHA admin1 P-code → canonical governorate name. */
export const OCHA_SY_ADMIN1: ReadonlyMap<string, string> = new Map(
  SYRIA_GOVERNORATES.map((g) => [g.ochaPcode, g.name]),
);
