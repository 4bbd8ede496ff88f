/**
 * Anchors, on invented wording with the fake gazetteer: a village the gazetteer lacks takes the
 * coordinates of the known town the text locates it by (ACLED geo_precision 2, precision "near"); a
 * named region its centre and a governorate its capital (geo_precision 3); a known village keeps its own.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";
import { TYPICAL_DIRECTION_KM } from "./place-anchor.js";
import { kmBetween } from "./place-lookups.js";

function placesOf(text: string) {
  const report = textReport(text, "2024-03-05");
  return extractIncidents(report, new FakePlaces(), new FakeActors()).incidents.map((i) => i.place);
}

describe("anchors of places the gazetteer lacks", () => {
  it("a direction from a known town: near, coded a typical distance that way from the town", () => {
    const [p, ...rest] = placesOf("Regime forces shelled Zahrat village, west of Ihsim, on Monday.");
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      mention: "Zahrat",
      name: null,
      precision: "near",
      lat: 35.7,
      geoPrecision: 2,
      anchor: {
        relation: "near",
        mention: "Ihsim",
        name: "Ihsim",
        gazetteerId: "t:2",
        offset: { km: TYPICAL_DIRECTION_KM, bearing: 270, stated: false },
      },
    });
    // Ihsim lies at 35.7, 36.5: the point is west of it by the typical distance.
    expect(kmBetween({ lat: 35.7, lon: 36.5 }, { lat: p!.lat!, lon: p!.lon! })).toBeCloseTo(
      TYPICAL_DIRECTION_KM,
      1,
    );
    expect(p!.lon!).toBeLessThan(36.5);
  });

  it("a stated distance and direction: the point that far that way", () => {
    const [p] = placesOf("A drone struck Zahrat village, 12 km north-east of the town of Ihsim, on Monday.");
    expect(p?.anchor).toMatchObject({ relation: "near", offset: { km: 12, bearing: 45, stated: true } });
    expect(kmBetween({ lat: 35.7, lon: 36.5 }, { lat: p!.lat!, lon: p!.lon! })).toBeCloseTo(12, 1);
    expect(p!.lat!).toBeGreaterThan(35.7);
  });

  it("a participle, a relative clause or a bracket before the distance and direction says the same", () => {
    for (const text of [
      "Turkish artillery shelled Zahrat, located 12 km to the north-east of Ihsim, on Monday, killing two civilians.",
      "Turkish artillery shelled Zahrat, which lies 12 km north-east of Ihsim, on Monday, killing two civilians.",
      "Turkish artillery shelled Zahrat, which is located some 12 km north-east of Ihsim, on Monday.",
      "Turkish artillery shelled Zahrat (12 km north-east of Ihsim) on Monday, killing two civilians.",
    ]) {
      const places = placesOf(text);
      expect(places, text).toHaveLength(1);
      expect(places[0], text).toMatchObject({
        mention: "Zahrat",
        precision: "near",
        anchor: { relation: "near", name: "Ihsim", offset: { km: 12, bearing: 45, stated: true } },
      });
    }
  });

  it("a district set beside the place after a comma ('X village, Y district') locates it as 'in' does", () => {
    for (const text of [
      "Regime forces shelled Zahrat village, Ihsim district, on Monday, killing two civilians.",
      "Regime forces shelled Zahrat, Ihsim sub-district, Idlib province, on Monday, killing two civilians.",
    ]) {
      const places = placesOf(text);
      expect(places, text).toHaveLength(1);
      expect(places[0], text).toMatchObject({
        mention: "Zahrat",
        precision: "near",
        anchor: { relation: "district", name: "Ihsim" },
      });
    }
    // A known village keeps its own coordinates, and the district is no second incident place.
    const known = placesOf("Regime forces shelled Marj Tahun village, Ihsim district, on Monday.");
    expect(known.map((p) => p.mention)).toEqual(["Marj Tahun"]);
  });

  it("an apposition or relative clause that places the village by a town ('X, a village near Y')", () => {
    for (const where of [
      "Zahrat, a village near Ihsim,",
      "Zahrat, a village in the Ihsim countryside,",
      "Zahrat, one of the villages of Ihsim,",
      "Zahrat village, which belongs to Ihsim,",
      "Zahrat village, part of Ihsim district,",
      "the village of Zahrat, located near Ihsim,",
      "Zahrat village adjacent to Ihsim",
      "Zahrat village, not far from Ihsim,",
      "Zahrat village, Ihsim countryside,",
      "Zahrat village (Ihsim countryside)",
      "the village of Zahrat, just north of Ihsim,",
      "Zahrat village, administratively part of Ihsim,",
    ]) {
      const text = `Turkish artillery shelled ${where} on Monday, killing two civilians.`;
      const places = placesOf(text);
      expect(places, text).toHaveLength(1);
      expect(places[0], text).toMatchObject({
        mention: "Zahrat",
        precision: "near",
        anchor: { name: "Ihsim" },
      });
    }
  });

  it("a list followed by a plural apposition ('A and B, two villages west of Y') is located by Y", () => {
    for (const where of [
      "Zahrat and Qasr Tawil, two villages west of Ihsim,",
      "Zahrat and Qasr Tawil, villages near Ihsim,",
    ]) {
      const text = `Turkish artillery shelled ${where} on Monday, killing two civilians.`;
      const places = placesOf(text);
      expect(
        places.map((p) => [p.mention, p.precision, p.anchor?.name]),
        text,
      ).toEqual([
        ["Zahrat", "near", "Ihsim"],
        ["Qasr Tawil", "near", "Ihsim"],
      ]);
    }
  });

  it("what lies near a city is inside it: 'in X city, near the Y market' leaves X where it is", () => {
    // The market is named after a town 50 km away: it must not move the city there.
    const places = placesOf(
      "A drone hit a car in Ihsim city, near the Kafr Nuran market, on Monday, killing two civilians.",
    );
    expect(places.find((p) => p.mention === "Ihsim")).toMatchObject({ precision: "settlement", lat: 35.7 });
  });

  it("'the eastern part of Y countryside' is a compass part of Y's land", () => {
    const [p] = placesOf(
      "Regime forces shelled Zahrat village in the eastern part of Ihsim countryside on Monday.",
    );
    expect(p).toMatchObject({
      mention: "Zahrat",
      precision: "near",
      anchor: { relation: "countryside", name: "Ihsim", offset: { km: TYPICAL_DIRECTION_KM, bearing: 90 } },
    });
  });

  it("a compass part of a town's land after its possessive ('X village in Y's northern countryside')", () => {
    const [p] = placesOf("Regime forces shelled Zahrat village in Ihsim's northern countryside on Monday.");
    expect(p).toMatchObject({
      mention: "Zahrat",
      precision: "near",
      anchor: { relation: "countryside", name: "Ihsim", offset: { km: TYPICAL_DIRECTION_KM, bearing: 0 } },
    });
    expect(p!.lat!).toBeGreaterThan(35.7);
    // Without a compass part the countryside spans every bearing: coded to the town.
    const [q] = placesOf("Regime forces shelled Zahrat village in Ihsim's countryside on Monday.");
    expect(q).toMatchObject({ lat: 35.7, lon: 36.5, anchor: { relation: "countryside" } });
  });

  it("a decimal distance and a 16-wind compass point ('2.5 km north-northeast of Y')", () => {
    const [p] = placesOf("A drone struck Zahrat, 2.5 km north-northeast of Ihsim, on Monday.");
    expect(p?.anchor).toMatchObject({ name: "Ihsim", offset: { km: 2.5, bearing: 22.5, stated: true } });
    const [q] = placesOf("A drone struck Zahrat, 10 km west-northwest of Ihsim, on Monday.");
    expect(q?.anchor?.offset?.bearing).toBeCloseTo(292.5, 5);
  });

  it("a distance without a direction ('X, 5 km from Y', 'X is 5 km away from Y'): near, coded to the town", () => {
    for (const text of [
      "On Tuesday night, Turkish forces shelled the village of Zahrat, 5 km from Ihsim.",
      "On Tuesday night, the village of Zahrat was shelled. The village of Zahrat is 5 km away from Ihsim.",
      "On Tuesday night, Turkish forces shelled the village of Zahrat, which is 5 km from Ihsim.",
      "On Tuesday night, Turkish forces shelled the village of Zahrat (5 km from Ihsim).",
    ]) {
      const zahrat = placesOf(text).find((p) => p.mention === "Zahrat");
      expect(zahrat, text).toMatchObject({
        precision: "near",
        lat: 35.7,
        lon: 36.5,
        anchor: { relation: "near" },
      });
      expect(zahrat?.anchor?.offset).toBeUndefined();
    }
  });

  it("a list closed by a plural kind word is located by the town after it ('A and B villages in Y countryside')", () => {
    const places = placesOf(
      "Regime forces shelled Zahrat and Qasr Tawil villages in Ihsim countryside on Monday.",
    );
    for (const mention of ["Zahrat", "Qasr Tawil"])
      expect(places.find((p) => p.mention === mention)).toMatchObject({
        lat: 35.7,
        lon: 36.5,
        anchor: { relation: "countryside", name: "Ihsim" },
      });
  });

  it("the countryside of a town without a direction is coded to the town: it spans every bearing", () => {
    const [p] = placesOf("Rockets fell on Qasr Tawil village in the countryside of Ihsim.");
    expect(p).toMatchObject({ lat: 35.7, lon: 36.5, anchor: { relation: "countryside" } });
    expect(p?.anchor?.offset).toBeUndefined();
  });

  it("a compass part of a town's land moves its unknown villages that way, with or without 'countryside'", () => {
    const bearingOf = (text: string, mention: string) =>
      placesOf(text).find((p) => p.mention === mention)?.anchor?.offset?.bearing;
    for (const frame of [
      "in the north-western countryside of Ihsim",
      "in the north western countryside of Ihsim",
      "in north-western Ihsim",
      "in north western Ihsim",
      "in northwestern Ihsim countryside",
    ]) {
      const text = `Regime forces shelled the villages of Zahrat, Tall Nar and Qasr Tawil ${frame} on Monday.`;
      expect([frame, bearingOf(text, "Zahrat"), bearingOf(text, "Qasr Tawil")]).toEqual([frame, 315, 315]);
      // The known village keeps its own point; the town only locates them, no place of its own.
      expect(placesOf(text).map((p) => p.mention)).toEqual(["Zahrat", "Tall Nar", "Qasr Tawil"]);
    }
  });

  it("a side or the outskirts of a town locate a village like its countryside, the town no place of its own", () => {
    const [side, ...others] = placesOf(
      "Regime forces shelled Zahrat village, on the northern side of the city of Ihsim.",
    );
    expect(others).toEqual([]);
    expect(side?.anchor).toMatchObject({
      relation: "near",
      name: "Ihsim",
      offset: { bearing: 0, stated: false },
    });
    const [edge, ...rest] = placesOf("Rockets fell on Qasr Tawil village on the western outskirts of Ihsim.");
    expect(rest).toEqual([]);
    expect(edge).toMatchObject({ lat: 35.7, lon: 36.5, anchor: { relation: "countryside", name: "Ihsim" } });
  });

  it("reads hashtags as the names they are ('the village of #Zahrat, west of #Ihsim')", () => {
    const [p, ...rest] = placesOf(
      "Regime forces shelled the village of #Zahrat, west of #Ihsim, killing a child.",
    );
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ mention: "Zahrat", anchor: { relation: "near", name: "Ihsim" } });
  });

  it("one name, one place: a bare mention takes the anchor of the located one", () => {
    const list = placesOf(
      "Regime shelling wounded two people in Zahrat on Monday. Zahrat village, west of Ihsim, has no clinic.",
    );
    expect(list.map((p) => [p.mention, p.precision, p.anchor?.mention])).toEqual([
      ["Zahrat", "near", "Ihsim"],
    ]);
  });

  it("between two known places: one place, coded midway", () => {
    const list = placesOf("A drone struck a school located between Ihsim and Tall Nar on Monday.");
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      mention: "Ihsim",
      name: null,
      precision: "near",
      lat: 35.65,
      lon: 36.55,
      geoPrecision: 2,
      anchor: { relation: "between", mention: "Ihsim and Tall Nar", gazetteerId: null },
    });
  });

  it("the countryside of a known town", () => {
    const [p] = placesOf("Rockets fell on Qasr Tawil village in the northern countryside of Ihsim.");
    expect(p).toMatchObject({
      mention: "Qasr Tawil",
      precision: "near",
      anchor: { relation: "countryside" },
    });
  });

  it("a town named only to locate another place is no incident place of its own", () => {
    const list = placesOf("Regime forces shelled the Masrab area in the vicinity of Ihsim on Monday.");
    expect(list.map((p) => [p.mention, p.precision, p.anchor?.mention])).toEqual([
      ["Masrab", "near", "Ihsim"],
    ]);
  });

  it("a village known only to lie in a governorate is coded to the capital, flagged", () => {
    const [p] = placesOf("Regime forces shelled Zahrat village in rural Idlib on Monday.");
    expect(p).toMatchObject({
      mention: "Zahrat",
      precision: "unresolved",
      admin1: "Idlib",
      lat: 35.93,
      geoPrecision: 3,
      anchor: { relation: "governorate", mention: null, name: "Idlib" },
    });
  });

  it("a governorate alone is coded to its capital; a named region to its centre", () => {
    expect(placesOf("Regime forces shelled rural Hama on Monday.")[0]).toMatchObject({
      precision: "admin1",
      lat: 35.13,
      geoPrecision: 3,
      anchor: { relation: "governorate", name: "Hama" },
    });
    expect(placesOf("Regime artillery pounded Jabal Wardi on Monday.")[0]).toMatchObject({
      precision: "admin2",
      lat: 35.68,
      geoPrecision: 3,
      anchor: { relation: "region", mention: "Jabal Wardi", gazetteerId: "r:1" },
    });
  });

  it("a known village keeps its own coordinates and no anchor", () => {
    const [p] = placesOf("Regime forces shelled Tall Nar village, west of Ihsim, on Monday.");
    expect(p).toMatchObject({ mention: "Tall Nar", precision: "settlement", lat: 35.6, geoPrecision: 1 });
    expect(p?.anchor).toBeUndefined();
  });

  it("'X region southeast of Y' makes Y a locator of X, not a second place sharing its toll", () => {
    const places = placesOf(
      "Regime shells killed two civilians in the Harsh Khalid region southeast of Ihsim.",
    );
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({
      mention: "Harsh Khalid",
      precision: "near",
      lat: 35.7,
      lon: 36.5,
      anchor: { relation: "near", name: "Ihsim" },
    });
  });

  it("a camp in an unknown area that a known town locates lies by that town, the area and town context", () => {
    const places = placesOf(
      "Rockets hit the Amal Camp for IDPs (the camp holds 40 tents) in the Harsh Khalid region southeast of Ihsim, killing one civilian.",
    );
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({
      mention: "Amal",
      precision: "near",
      lat: 35.7,
      lon: 36.5,
      anchor: { relation: "near", name: "Ihsim" },
    });
  });
});

describe("villages listed with villages the gazetteer knows", () => {
  it("an unknown village listed with two known ones is coded to their centre", () => {
    const zahrat = placesOf("Regime forces shelled the villages of Ihsim, Zahrat and Tall Nar.").find(
      (p) => p.mention === "Zahrat",
    );
    // Ihsim lies at 35.7, 36.5 and Tall Nar at 35.6, 36.6.
    expect(zahrat).toMatchObject({
      precision: "near",
      admin1: "Idlib",
      lat: 35.65,
      lon: 36.55,
      anchor: { relation: "listed", gazetteerId: null },
    });
  });

  it("listed with one known village it keeps that village's governorate, not its point", () => {
    for (const text of [
      "Regime forces shelled the villages of Zahrat and Ihsim.",
      "Regime forces shelled Ihsim and Zahrat on Monday.",
    ]) {
      const zahrat = placesOf(text).find((p) => p.mention === "Zahrat");
      expect(zahrat).toMatchObject({ precision: "unresolved", admin1: "Idlib" });
      expect(zahrat?.anchor?.relation).toBe("governorate");
      expect([zahrat?.lat, zahrat?.lon]).not.toEqual([35.7, 36.5]);
    }
  });

  it("a village in an unknown district or region of a known town's land lies by that town", () => {
    for (const text of [
      "Regime forces shelled Zahrat village in Qawsin district in Ihsim countryside, wounding a child.",
      "Regime forces shelled Zahrat village in the Qawsin sub-district in the countryside of Ihsim.",
      "Regime forces shelled Zahrat village in the Qawsin region in Ihsim countryside on Monday.",
    ]) {
      const places = placesOf(text);
      expect(
        places.map((p) => p.mention),
        text,
      ).toEqual(["Zahrat"]);
      expect(places[0], text).toMatchObject({
        precision: "near",
        admin1: "Idlib",
        anchor: { relation: "countryside", mention: "Ihsim" },
      });
    }
  });

  it("a site's kind word (dam, crossing, checkpoint, bridge) keeps its locator: one place, by that town", () => {
    for (const text of [
      "Turkish drones struck the Zahrat dam near Ihsim on Monday, killing two civilians.",
      "Turkish drones struck the Zahrat checkpoint in Ihsim countryside on Monday, killing two civilians.",
      "Turkish drones struck the Zahrat bridge, east of Ihsim, on Monday, killing two civilians.",
    ]) {
      const places = placesOf(text);
      expect(
        places.map((p) => p.mention),
        text,
      ).toEqual(["Zahrat"]);
      expect(places[0], text).toMatchObject({ precision: "near", anchor: { mention: "Ihsim" } });
    }
  });

  it("a site named after a village far from the town that locates it is not that village", () => {
    // Kafr Nuran (Aleppo) lies some 55 km from Ihsim: the crossing near Ihsim is not at it.
    const places = placesOf(
      "Russian jets struck the Kafr Nuran crossing near Ihsim on Monday, killing two civilians.",
    );
    expect(places.map((p) => p.mention)).toEqual(["Kafr Nuran"]);
    expect(places[0]).toMatchObject({
      name: null,
      precision: "near",
      admin1: "Idlib",
      anchor: { mention: "Ihsim" },
    });
  });

  it("an apposition 'a village of Y district' locates the place by Y, no second place", () => {
    const places = placesOf(
      "Regime forces shelled Sarja, a village of Ihsim district, on Monday, killing two.",
    );
    expect(places.map((p) => [p.mention, p.name])).toEqual([["Sarja", "Sarja"]]);
    expect(places[0]?.admin1).toBe("Idlib");
  });

  it("a quarter after a town's possessive, also 'X town's' and a governorate's name, is that town", () => {
    for (const [text, place] of [
      ["Shells hit Ihsim town's Zahrat neighbourhood on Monday, killing two civilians.", "Ihsim"],
      ["Shells hit Idlib's Zahrat neighbourhood on Monday, killing two civilians.", "Idlib"],
    ] as const)
      expect(
        placesOf(text).map((p) => p.mention),
        text,
      ).toEqual([place]);
  });

  it("a facility named after a far village, in a town its sentence names, is at that town", () => {
    const places = placesOf(
      "A car bomb exploded near the Kafr Nuran market in the town of Ihsim on Monday, killing five civilians.",
    );
    expect(places.map((p) => [p.mention, p.name])).toEqual([["Ihsim", "Ihsim"]]);
  });

  it("an airfield the gazetteer lacks, in or near a governorate's city, is the incident place there", () => {
    for (const [text, admin1] of [
      ["Jets struck the Zahrat military airport near Idlib on Monday, killing two.", "Idlib"],
      ["Jets struck the Zahrat airbase in Hama on Monday, killing two.", "Hama"],
    ] as const) {
      const places = placesOf(text);
      expect(
        places.map((p) => p.mention),
        text,
      ).toEqual([text.includes("airbase") ? "Zahrat airbase" : "Zahrat military airport"]);
      expect(places[0], text).toMatchObject({ name: null, admin1, anchor: { relation: "governorate" } });
    }
  });
});
