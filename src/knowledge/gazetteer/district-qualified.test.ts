import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { districtPlainNames } from "./district-qualified.js";
import { Gazetteer } from "./gazetteer.js";

let next = 0;
function community(
  name: string,
  arabic: string,
  admin3: string,
  admin2: string,
  lat = 37,
  lon = 41,
): PlaceEntry {
  next += 1;
  return {
    id: `ocha:D${next}`,
    name,
    altNames: [arabic],
    lat,
    lon,
    kind: "settlement",
    admin1: "Hasakah",
    admin2,
    admin3,
    country: "SY",
    population: null,
    source: "ocha",
  };
}

describe("districtPlainNames", () => {
  it("drops the sub-district or district name OCHA writes after the village's, in both scripts", () => {
    const khatun = community("Tal Khatun Qahtaniya", "تل خاتون قحطانية", "Qahtaniyyeh", "Quamishli");
    expect(districtPlainNames(khatun)).toEqual(["Tal Khatun", "تل خاتون"]);
    const safh = community("Safh Ras El Ein", "السفح راس العين", "Ras Al Ain", "Ras Al Ain");
    expect(districtPlainNames(safh)).toEqual(["Safh", "السفح"]);
    const adase = community("Um Adase near Manbaj", "أم عدسة قرب منبج", "Menbij", "Menbij");
    expect(districtPlainNames(adase)).toEqual(["Um Adase", "أم عدسة"]);
  });

  it("reads the area's name however OCHA spells it, the same consonants one for one", () => {
    const kafraya = community("Kafraya Maar Tamsarin", "كفريا معرتمصرين", "Maaret Tamsrin", "Idleb");
    expect(districtPlainNames(kafraya)).toEqual(["Kafraya", "كفريا"]);
    const koran = community("Koran Jandris", "كوران جنديرس", "Jandairis", "Afrin");
    expect(districtPlainNames(koran)).toEqual(["Koran", "كوران"]);
  });

  it("keeps names whose ending is no admin area, or whose rest names nothing alone", () => {
    expect(districtPlainNames(community("Tal Hmis", "تل حميس", "Tal Hmis", "Quamishli"))).toEqual([]);
    expect(districtPlainNames(community("Tal Amuda", "تل عامودا", "Amuda", "Quamishli"))).toEqual([]);
    expect(
      districtPlainNames(community("Upper Makhrim", "المخرم الفوقاني", "Al Makhrim", "Al Makhrim")),
    ).toEqual([]);
    expect(districtPlainNames(community("Tal Baydar", "تل بيدر", "Al-Hasakeh", "Al-Hasakeh"))).toEqual([]);
  });
});

describe("plain mention of a district-qualified community", () => {
  const khatun = community("Tal Khatun Qahtaniya", "تل خاتون قحطانية", "Qahtaniyyeh", "Quamishli");
  const sheerA = community("Tal Sheer Qamishli", "تل شعير قامشلي", "Quamishli", "Quamishli", 37.06, 41.12);
  const sheerB = community(
    "Tal Sheer Qahtaniyeh",
    "تل شعير قحطانية",
    "Qahtaniyyeh",
    "Quamishli",
    37.05,
    41.43,
  );
  const gazetteer = new Gazetteer([khatun, sheerA, sheerB], []);

  it("finds the only one of its governorate by the village's own name", () => {
    expect(gazetteer.findPlaces("Tal Khatun", { admin1: ["Hasakah"] })[0]?.entry.id).toBe(khatun.id);
    expect(gazetteer.findPlaces("Tell Khatoun", { admin1: ["Hasakah"] })[0]?.entry.id).toBe(khatun.id);
  });

  it("leaves a name two districts share unresolved, and needs a hint", () => {
    expect(gazetteer.findPlaces("Tal Sheer", { admin1: ["Hasakah"] })).toEqual([]);
    expect(gazetteer.findPlaces("Tal Khatun")).toEqual([]);
  });

  it("takes, of two in the hinted governorate, the only one lying among the report's places", () => {
    const byA = { lat: 37.07, lon: 41.08 }; // 4 km from Tal Sheer Qamishli, 31 km from the other
    expect(gazetteer.findPlaces("Tal Sheer", { admin1: ["Hasakah"], near: [byA] })[0]?.entry.id).toBe(
      sheerA.id,
    );
    const between = { lat: 37.055, lon: 41.27 }; // 13 km from both: still ambiguous
    expect(gazetteer.findPlaces("Tal Sheer", { admin1: ["Hasakah"], near: [between] })).toEqual([]);
  });
});

describe("a district-qualified community beside a plain namesake", () => {
  // Invented: "Kurdara Qahtaniya" lies by Qahtaniya; a plain "Kurdara" 30 km off, by Amuda.
  const qahtaniya = community("Qahtaniya", "القحطانية", "Qahtaniyyeh", "Quamishli", 37.0, 41.0);
  const amuda = community("Amuda", "عامودا", "Amuda", "Quamishli", 37.1, 40.6);
  const qualified = community(
    "Kurdara Qahtaniya",
    "كردارة قحطانية",
    "Qahtaniyyeh",
    "Quamishli",
    37.03,
    41.05,
  );
  const plain = community("Kurdara", "كردارة", "Amuda", "Quamishli", 37.12, 40.72);
  const gazetteer = new Gazetteer([qahtaniya, amuda, qualified, plain], []);
  const first = (near: { lat: number; lon: number }[]) =>
    gazetteer.findPlaces("Kurdara", { admin1: ["Hasakah"], near })[0]?.entry.id;

  it("loses to the namesake without a report's places, or when they lie by the namesake", () => {
    expect(gazetteer.findPlaces("Kurdara", { admin1: ["Hasakah"] })[0]?.entry.id).toBe(plain.id);
    expect(first([amuda])).toBe(plain.id);
  });

  it("wins when the report names its qualifying town, even with places near the namesake too", () => {
    expect(first([qahtaniya])).toBe(qualified.id);
    expect(first([qahtaniya, amuda])).toBe(qualified.id);
  });

  it("wins when the report's places lie around it and none around the namesake", () => {
    expect(first([{ lat: 37.02, lon: 41.1 }])).toBe(qualified.id);
  });
});
