/**
 * Explicit admin context and locators of listed places, on invented wording with the fake gazetteer
 * (homonyms "Ain Sawda" in Idlib and Latakia, "Sarja" in Idlib and Aleppo, "Marj Tahun" in Idlib only,
 * sub-regions "Jabal Wardi" (Idlib), "Sahl Marwan" (Hama), "Jabal Aqrab" (Latakia)).
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";
import { findPlaces, type ResolvedPlace } from "./find-places.js";
import { isListConnector } from "./place-context.js";
import { splitSentences } from "./sentences.js";

const places = new FakePlaces();

function resolve(text: string): Map<string, ResolvedPlace> {
  const out = new Map<string, ResolvedPlace>();
  for (const p of findPlaces(splitSentences(text), places, [], [])) out.set(p.candidate.mention, p);
  return out;
}
const where = (p: ResolvedPlace | undefined) => [p?.entry?.id ?? null, p?.admin1 ?? null, p?.precision];

function incidents(text: string) {
  const report = textReport(text, "2024-03-05");
  return extractIncidents(report, places, new FakeActors()).incidents;
}

describe("explicit admin context of a place's list", () => {
  it("rejects a homonym in another governorate and keeps the place unresolved in the named one", () => {
    const r = resolve("Regime forces shelled Marj Tahun village in Sahl Marwan in western Hama on Monday.");
    expect(where(r.get("Marj Tahun"))).toEqual([null, "Hama", "unresolved"]);
  });

  it("a known name without locative wording, known only elsewhere, stays a place", () => {
    const r = resolve("Sarja and Bir Hamra in rural Latakia were shelled by regime forces.");
    expect(where(r.get("Sarja"))).toEqual([null, "Latakia", "unresolved"]);
  });

  // An unresolved village listed with one known village is not coded to that village's point (precision
  // "unresolved", its governorate's capital); its governorate is still the one its context names.
  it("a sub-region refined by a governorate constrains every item listed before it", () => {
    const r = resolve(
      "Regime artillery hit the villages of Ain Sawda and Sarja in Jabal Aqrab in northern Latakia.",
    );
    expect(where(r.get("Ain Sawda"))).toEqual(["t:8", "Latakia", "settlement"]);
    expect(where(r.get("Sarja"))).toEqual([null, "Latakia", "unresolved"]); // one known neighbour
  });

  it("a town that locates an item closes it: a later governorate phrase covers only the next items", () => {
    const r = resolve(
      "Regime forces shelled Sarja in Ihsim countryside and Kafr Nuran in Aleppo countryside, killing two.",
    );
    expect(where(r.get("Sarja"))).toEqual(["t:3", "Idlib", "settlement"]);
    expect(where(r.get("Kafr Nuran"))).toEqual(["t:1", "Aleppo", "settlement"]);
  });

  it("each admin phrase scopes over the items since the previous one", () => {
    const r = resolve(
      "Regime forces shelled Ain Sawda, Tall Nar in Jabal Wardi, Sarja in rural Aleppo, and Marj Tahun " +
        "and Bir Hamra in Sahl Marwan in north-western Hama.",
    );
    expect(where(r.get("Ain Sawda"))).toEqual(["t:7", "Idlib", "settlement"]);
    expect(where(r.get("Tall Nar"))).toEqual(["t:5", "Idlib", "settlement"]);
    expect(where(r.get("Sarja"))).toEqual(["t:4", "Aleppo", "settlement"]);
    expect(where(r.get("Marj Tahun"))).toEqual([null, "Hama", "unresolved"]); // one known neighbour
    expect(where(r.get("Bir Hamra"))).toEqual(["t:6", "Hama", "settlement"]);
  });

  it("a context that opens a list applies to the villages named after it", () => {
    const r = resolve(
      "In the countryside of Latakia, the villages of Ain Sawda and Sarja came under shelling.",
    );
    expect(where(r.get("Ain Sawda"))).toEqual(["t:8", "Latakia", "settlement"]);
    expect(where(r.get("Sarja"))).toEqual([null, "Latakia", "unresolved"]); // one known neighbour
  });

  it("another clause's admin phrase is only a preference, not a constraint", () => {
    const r = resolve(
      "Regime forces shelled Marj Tahun at dawn, hours before Russian jets struck Bir Hamra in southern Hama.",
    );
    expect(where(r.get("Marj Tahun"))).toEqual(["t:9", "Idlib", "settlement"]);
  });

  it("an admin phrase listed beside places does not contain them", () => {
    const r = resolve("Regime forces shelled Ain Sawda, Tall Nar and rural Latakia with rockets.");
    expect(where(r.get("Tall Nar"))).toEqual(["t:5", "Idlib", "settlement"]);
    const s = resolve("Regime forces shelled Ain Sawda, Sarja and other areas in rural Latakia.");
    expect(where(s.get("Ain Sawda"))).toEqual(["t:8", "Latakia", "settlement"]);
    expect(where(s.get("Sarja"))).toEqual([null, "Latakia", "unresolved"]); // one known neighbour
  });

  it("a governorate named as context is not resolved to the town of the same name", () => {
    const fake = new FakePlaces();
    const r = findPlaces(
      splitSentences("Regime forces shelled Bir Hamra village in Hama countryside."),
      fake,
      [],
      [],
    );
    const hama = r.find((p) => p.candidate.mention === "Hama");
    expect([hama?.entry, hama?.precision]).toEqual([null, "admin1"]);
  });
});

describe("governorate qualifiers", () => {
  it("a countryside qualifier can name another governorate than the bare name", () => {
    const rural: FakePlaces = Object.assign(new FakePlaces(), {
      resolveAdmin1: (m: string) => (/^rural hama$/i.test(m) ? "Hama Rural" : m === "Hama" ? "Hama" : null),
    });
    const r = findPlaces(splitSentences("Shells hit Bir Hamra in Hama countryside at night."), rural, [], []);
    expect(r.find((p) => p.candidate.mention === "Hama")?.admin1).toBe("Hama Rural");
  });
});

describe("locators", () => {
  it("a direction and a town after a place locate it; the town is no incident place", () => {
    for (const text of [
      "Regime forces shelled Ain Sawda north of Ihsim on Monday.",
      "Regime forces shelled Ain Sawda western Ihsim on Monday.",
      "Regime forces shelled Ain Sawda, to the south-east of the town of Ihsim, on Monday.",
    ]) {
      const claims = incidents(text);
      expect(claims.map((c) => [c.place.mention, c.place.gazetteerId])).toEqual([["Ain Sawda", "t:7"]]);
    }
  });

  it("a name followed by a direction and a town is a place even without a locative verb", () => {
    const r = resolve("Rockets fell on farmland, and Marj Tahun western Ihsim saw heavy damage.");
    expect(where(r.get("Marj Tahun"))).toEqual(["t:9", "Idlib", "settlement"]);
  });
});

describe("list wording", () => {
  it("accepts list and containment words only", () => {
    expect(isListConnector(", ")).toBe(true);
    expect(isListConnector(" village in the southern countryside of ")).toBe(true);
    expect(isListConnector(" (Ain Sauda), ")).toBe(true);
    expect(isListConnector(" on Monday, and struck ")).toBe(false);
    expect(isListConnector("; ")).toBe(false);
  });
});

describe("fuzzy gazetteer matches", () => {
  it("are refused when nothing else the report names lies near them", () => {
    const found = resolve("Regime forces shelled the village of Tal Kharoubeh in southern Idlib on Monday.");
    expect(where(found.get("Tal Kharoubeh"))).toEqual([null, "Idlib", "unresolved"]);
  });

  it("are accepted next to another named place", () => {
    const found = resolve(
      "Regime forces shelled the villages of Ihsim and Tal Kharoubeh in southern Idlib on Monday.",
    );
    expect(where(found.get("Tal Kharoubeh"))).toEqual(["t:10", "Idlib", "settlement"]);
  });
});

describe("neighbourhoods", () => {
  it("are not matched to a same-named village far from the other places of the report", () => {
    const found = resolve("Warplanes struck Kafr Nuran and the Tall Nar neighbourhood on Monday.");
    expect(where(found.get("Tall Nar"))?.[2]).toBe("unresolved");
    expect(where(found.get("Kafr Nuran"))?.[0]).toBe("t:1");
  });

  it("are matched when the entry lies among the other places", () => {
    const found = resolve("Warplanes struck Ihsim and the Ain Sawda neighbourhood on Monday.");
    expect(where(found.get("Ain Sawda"))?.[0]).toBe("t:7");
  });
});
