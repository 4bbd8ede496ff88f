import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { districtPlainNames, qualifyingTownNames } from "./district-qualified.js";
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

describe("a community qualified by a town of another sub-district", () => {
  // Invented: "Ruweibet Sardan" (رويبة سردان) lies in the Ghaba sub-district, 3 km from Ghaba and
  // 16 km from the town Sardan, the seat of its own sub-district; a plain "Ruweibeh" lies 21 km from
  // Ghaba, in the Sardan sub-district.
  const ghaba = community("Ghaba", "الغابة", "Ghaba", "Harran", 36.7, 40.4);
  const sardan = community("Sardan", "سردان", "Sardan", "Harran", 36.85, 40.33);
  const qualified = community("Ruweibet Sardan", "رويبة سردان", "Ghaba", "Harran", 36.72, 40.43);
  const plain = community("Ruweibeh", "رويبة", "Sardan", "Harran", 36.8, 40.2);
  const gazetteer = new Gazetteer([ghaba, sardan, qualified, plain], []);
  const first = (near: { lat: number; lon: number }[]) =>
    gazetteer.findPlaces("al-Ruwaiba", { admin1: ["Hasakah"], near })[0]?.entry.id;

  it("is named without the town, its construct-state first word also in its plain form", () => {
    expect(districtPlainNames(qualified, ["Sardan"])).toEqual(["Ruweibet", "Ruweiba", "رويبة"]);
    expect(districtPlainNames(qualified)).toEqual([]);
  });

  it("takes the town's name only from a town of another sub-district within a district's radius", () => {
    const towns = qualifyingTownNames([ghaba, sardan, qualified, plain]);
    expect(towns(qualified)).toEqual(["Sardan"]);
    const far = community("Ruweibet Sardan", "رويبة سردان", "Ghaba", "Harran", 36.2, 40.4);
    expect(qualifyingTownNames([sardan, far])(far)).toEqual([]);
    const ownSeat = community("Ruweibet Sardan", "رويبة سردان", "Sardan", "Harran", 36.8, 40.3);
    expect(qualifyingTownNames([sardan, ownSeat])(ownSeat)).toEqual([]);
  });

  it("wins over the namesake when the report names the seat of its sub-district and not the namesake's", () => {
    expect(first([ghaba])).toBe(qualified.id);
    expect(first([sardan])).toBe(qualified.id); // the qualifying town itself
  });

  it("loses to the namesake without the report's places, or when they name the namesake's seat only", () => {
    expect(gazetteer.findPlaces("al-Ruwaiba", { admin1: ["Hasakah"] })[0]?.entry.id).toBe(plain.id);
    const bySardanSub = community("Tal Nasr", "تل نصر", "Sardan", "Harran", 36.82, 40.22);
    expect(first([bySardanSub])).toBe(plain.id);
  });
});
