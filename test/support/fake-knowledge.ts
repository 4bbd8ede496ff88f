/**
 * Small fake gazetteer and actor registry for the extraction unit tests: a handful of invented-looking
 * but plausible entries, no data copied from shared data sets.
 */
import type { ActorKind, ActorLookup, ActorMention, ActorRecord } from "../../src/domain/actors.js";
import type { PlaceEntry, PlaceHints, PlaceLookup, PlaceMatch } from "../../src/domain/places.js";

const actor = (id: string, name: string, kind: ActorKind, aliasesEn: string[]): ActorRecord => ({
  id,
  name,
  kind,
  country: "SY",
  aliasesEn,
  aliasesAr: [],
  allegiances: [],
  validFrom: null,
  validTo: null,
  partisan: false,
  ...(kind === "civil_defence" ? { protectedRole: "civil_defence" as const } : {}),
});

export const FAKE_ACTORS: ActorRecord[] = [
  actor("SY_GOV_ASSAD", "Syrian government forces (Assad era)", "state_force", [
    "Assad regime",
    "regime forces",
    "regime of Bashar al-Assad",
    "government forces",
    "regime",
    "government",
  ]),
  actor("RU_MIL", "Russian armed forces", "foreign_state_force", ["Russian warplanes", "Russian", "Russia"]),
  actor("IR_MIL", "Iranian forces", "foreign_state_force", ["Iranian"]),
  actor("SOHR", "Syrian Observatory for Human Rights", "ngo_monitor", [
    "SOHR",
    "Syrian Observatory",
    "Observatory",
  ]),
  actor("SCD", "Syrian Civil Defence", "civil_defence", ["White Helmets", "civil defence"]),
  actor("SOC", "Syrian Opposition Coalition", "political_body", ["Syrian Opposition Coalition", "SOC"]),
  actor("OPP", "Opposition factions", "non_state_armed_group", ["opposition factions"]),
  actor("BBG", "Black Banner Group", "non_state_armed_group", ["Black Banner Group", "BBG"]),
  actor("NWIRE", "Northern Wire agency", "news_outlet", ["Northern Wire"]),
];

/** Alias matcher: longest alias first at each position, case-insensitive, on word boundaries. */
export class FakeActors implements ActorLookup {
  private readonly entries: { re: RegExp; actor: ActorRecord }[];
  constructor(actors: ActorRecord[] = FAKE_ACTORS) {
    const list = actors.flatMap((a) => a.aliasesEn.map((alias) => ({ alias, actor: a })));
    list.sort((x, y) => y.alias.length - x.alias.length);
    this.entries = list.map(({ alias, actor: a }) => ({
      re: new RegExp(`\\b${alias.replace(/[-]/g, "\\-")}\\b`, "gi"),
      actor: a,
    }));
  }
  findActors(text: string): ActorMention[] {
    const out: ActorMention[] = [];
    for (const { re, actor: a } of this.entries) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s = m.index;
        const e = s + m[0].length;
        if (out.some((o) => s < o.end && e > o.start)) continue;
        out.push({ actor: a, start: s, end: e, mention: m[0] });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
  get(id: string): ActorRecord | undefined {
    return FAKE_ACTORS.find((a) => a.id === id);
  }
}

/** A settlement of invented coordinates, for gazetteer and extraction tests. */
export const settlement = (
  id: string,
  name: string,
  alt: string[],
  lat: number,
  lon: number,
  admin1: string,
  {
    source = "builtin",
    population = null,
  }: { source?: PlaceEntry["source"]; population?: number | null } = {},
): PlaceEntry => ({
  id,
  name,
  altNames: alt,
  lat,
  lon,
  kind: "settlement",
  admin1,
  admin2: null,
  admin3: null,
  country: "SY",
  population,
  source,
});
const place = settlement;

export const FAKE_PLACES: PlaceEntry[] = [
  place("t:1", "Kafr Nuran", ["Kafarnoran"], 36.1, 36.9, "Aleppo"),
  place("t:2", "Ihsim", ["Ahsem"], 35.7, 36.5, "Idlib"),
  place("t:3", "Sarja", ["Sarjah"], 35.75, 36.55, "Idlib"),
  place("t:4", "Sarja", ["Sarjah"], 36.4, 37.4, "Aleppo"),
  place("t:5", "Tall Nar", ["Tal Nar"], 35.6, 36.6, "Idlib"),
  place("t:6", "Bir Hamra", [], 35.2, 36.3, "Hama"),
  // Homonyms in two governorates, and a name known in one governorate only.
  place("t:7", "Ain Sawda", ["Ein Sawdeh"], 35.72, 36.52, "Idlib"),
  place("t:8", "Ain Sawda", ["Ein Sawdeh"], 35.8, 35.95, "Latakia"),
  place("t:9", "Marj Tahun", [], 35.65, 36.45, "Idlib"),
  // Reached only by a "fuzzy" (consonant-level) spelling, see FUZZY_SPELLINGS.
  place("t:10", "Tell Kharruba", [], 35.71, 36.53, "Idlib"),
  // A village of the governorate around the city governorate of Damascus.
  place("t:11", "Deir Salman", [], 33.6, 36.45, "Rif Dimashq"),
];

/** Governorates as the gazetteer has them: entries of kind admin1 at their capital. */
export const FAKE_GOVERNORATE_SEATS: PlaceEntry[] = [
  { ...place("g:idlib", "Idlib", [], 35.93, 36.63, "Idlib"), kind: "admin1" },
  { ...place("g:hama", "Hama", [], 35.13, 36.76, "Hama"), kind: "admin1" },
];

/** Spellings that the real gazetteer would match only at the "fuzzy" level, and the entry they reach. */
const FUZZY_SPELLINGS: Record<string, string> = { talkharoubeh: "t:10" };

/** Invented sub-regions, shaped like the gazetteer's named regions. */
const FAKE_REGIONS = [
  { id: "r:1", name: "Jabal Wardi", admin1: ["Idlib"], lat: 35.68, lon: 36.5 },
  { id: "r:2", name: "Sahl Marwan", admin1: ["Hama"], lat: 35.4, lon: 36.35 },
  { id: "r:3", name: "Jabal Aqrab", admin1: ["Latakia"], lat: 35.85, lon: 35.95 },
];
const GOVERNORATES: Record<string, string> = {
  idlib: "Idlib",
  idleb: "Idlib",
  aleppo: "Aleppo",
  hama: "Hama",
  latakia: "Latakia",
  damascus: "Damascus",
  ruraldamascus: "Rif Dimashq",
};
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^(?:al|el)[-\s]/, "")
    .replace(/[^a-z]/g, "");

/** Exact-name gazetteer ranked by admin hints, then by closeness to a "near" point. */
export class FakePlaces implements PlaceLookup {
  findPlaces(mention: string, hints?: PlaceHints): PlaceMatch[] {
    const k = norm(mention);
    const close = (e: PlaceEntry) =>
      (hints?.near ?? []).some((q) => Math.abs(q.lat - e.lat) + Math.abs(q.lon - e.lon) < 0.3) ? 0.5 : 0;
    const fuzzy = FAKE_PLACES.filter((p) => FUZZY_SPELLINGS[k] === p.id).map((entry) => ({
      entry,
      score: hints?.admin1?.includes(entry.admin1 ?? "") ? 1.5 : 0.5,
      matchedBy: "fuzzy" as const,
    }));
    if (fuzzy.length > 0) return fuzzy;
    return [...FAKE_PLACES, ...FAKE_GOVERNORATE_SEATS]
      .filter((p) => [p.name, ...p.altNames].some((n) => norm(n) === k))
      .map((entry) => ({
        entry,
        score: (hints?.admin1?.includes(entry.admin1 ?? "") ? 2 : 1) + close(entry),
        matchedBy: "exact" as const,
      }))
      .sort((a, b) => b.score - a.score);
  }
  findRegion(mention: string): (typeof FAKE_REGIONS)[number] | null {
    const k = norm(mention.replace(/^the\s+/i, ""));
    return FAKE_REGIONS.find((r) => norm(r.name) === k) ?? null;
  }
  resolveAdmin1(mention: string): string | null {
    return GOVERNORATES[norm(mention)] ?? null;
  }
  hasName(mention: string): boolean {
    return this.findPlaces(mention).length > 0;
  }
}
