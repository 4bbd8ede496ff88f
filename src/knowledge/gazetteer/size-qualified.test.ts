import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { settlement } from "../../../test/support/fake-knowledge.js";
import { Gazetteer } from "./gazetteer.js";
import { plainNameOf } from "./size-qualified.js";

let next = 0;
function village(name: string, arabic: string, admin1: string, lat: number, lon: number): PlaceEntry {
  next += 1;
  return settlement(`ocha:T${next}`, name, [arabic], lat, lon, admin1, { source: "ocha" });
}

describe("plainNameOf", () => {
  it.each([
    ["Big Hir Jamus", "Hir Jamus", "big"],
    ["Little Karatin", "Karatin", "little"],
    ["Ras Kbir Mazraa", null, null],
    ["Dahr Kabir", "Dahr", "big"],
    ["الخويرة الصغيرة", "الخويرة", "little"],
    ["زفر الكبير", "زفر", "big"],
    ["Lower Amiqa", "Amiqa", "part"],
    ["العمقية تحتا", "العمقية", "part"],
    ["Eastern Hamra", "Hamra", "part"],
    ["حويجة فوقاني", "حويجة", "part"],
    // Every spelling translated-qualifier.ts reads: the article before the qualifier in any form, Qibli.
    ["Mukharram al Fawqani", "Mukharram", "part"],
    ["Shathah at Tahta", "Shathah", "part"],
    ["Dara al-Kabira", "Dara", "big"],
    ["Raya Qabli", "Raya", "part"],
    ["سماقية قبلية", "سماقية", "part"],
    // "New" is part of a name, not a second size.
    ["Lower New Siha", "New Siha", "part"],
  ])("%s → %s", (name, plain, size) => {
    const found = plainNameOf(name);
    expect(found?.plain ?? null).toBe(plain);
    expect(found?.size ?? null).toBe(size);
  });

  it("keeps generic words and unqualified names out", () => {
    expect(plainNameOf("Ras Kbir")).toBeNull(); // "the big headland"
    expect(plainNameOf("Tal Elkibir")).toBeNull();
    expect(plainNameOf("تل الكبير")).toBeNull();
    expect(plainNameOf("Saraqib")).toBeNull();
    expect(plainNameOf("Kabir")).toBeNull();
    expect(plainNameOf("Kabir Saghir")).toBeNull();
    expect(plainNameOf("Upper Eastern Arja")).toBeNull(); // two parts: no one plain name
    expect(plainNameOf("Bir Abu Kubra")).toBeNull(); // "Abu" needs its complement
    expect(plainNameOf("بئر أبو كبرى")).toBeNull();
    expect(plainNameOf("‘Ayn ash Sharqiyah")).toBeNull(); // "the eastern spring"
    expect(plainNameOf("Madineh Qabliyeh")).toBeNull(); // "the southern town"
  });
});

describe("plain mention of a size-qualified community", () => {
  const bigHir = village("Big Hir Jamus", "حير جاموس كبير", "Idlib", 35.9, 36.6);
  const littleHir = village("Little Hir Jamus", "حير جاموس صغير", "Idlib", 35.91, 36.61); // ≈ 1.4 km
  const bigFar = village("Big Karatin", "كراتين الكبير", "Idlib", 35.5, 36.5);
  const littleFar = village("Little Karatin", "كراتين صغير", "Idlib", 35.8, 36.9); // ≈ 40 km
  const onlyLittle = village("Little Khweireh", "الخويرة الصغيرة", "Ar-Raqqa", 36.0, 39.0);
  const bigRaqqa = village("Big Sweidiyeh", "سويدية كبيرة", "Ar-Raqqa", 36.2, 39.2);
  const bigHasakeh = village("Big Sweidiyeh", "سويدية كبيرة", "Al-Hasakeh", 36.6, 40.8);
  const plainSarja = village("Sarja", "سرجة", "Idlib", 35.7, 36.5);
  const bigSarja = village("Big Sarja", "سرجة كبيرة", "Aleppo", 36.3, 37.3);
  const gazetteer = new Gazetteer([
    bigHir, littleHir, bigFar, littleFar, onlyLittle, bigRaqqa, bigHasakeh, plainSarja, bigSarja,
  ]); // prettier-ignore
  const best = (mention: string, admin1?: string[]): string | undefined =>
    gazetteer.findPlaces(mention, admin1 ? { admin1 } : undefined)[0]?.entry.id;

  it("takes the big one of a twin pair less than 5 km apart", () => {
    expect(best("Hir Jamus", ["Idlib"])).toBe(bigHir.id);
    expect(best("Hir Jamous", ["Idlib"])).toBe(bigHir.id);
    expect(best("حير جاموس", ["Idlib"])).toBe(bigHir.id);
  });

  it("takes the only qualified community of the hinted governorate, whatever its size", () => {
    expect(best("Khweireh", ["Ar-Raqqa"])).toBe(onlyLittle.id);
    expect(best("الخويرة", ["Ar-Raqqa"])).toBe(onlyLittle.id);
    expect(best("Sweidiyeh", ["Ar-Raqqa"])).toBe(bigRaqqa.id);
    expect(best("Sweidiyeh", ["Al-Hasakeh"])).toBe(bigHasakeh.id);
  });

  it("leaves a big/little pair far apart unresolved", () => {
    expect(gazetteer.findPlaces("Karatin", { admin1: ["Idlib"] })).toEqual([]);
  });

  it("needs a governorate hint, and the community to be in it", () => {
    expect(gazetteer.findPlaces("Hir Jamus")).toEqual([]);
    expect(gazetteer.findPlaces("Hir Jamus", { admin1: ["Aleppo"] })).toEqual([]);
    expect(gazetteer.findPlaces("Sweidiyeh", { admin1: ["Ar-Raqqa", "Al-Hasakeh"] })).toEqual([]);
  });

  it("prefers a community of the plain name itself, and adds the qualified one only where none is", () => {
    expect(best("Sarja", ["Idlib"])).toBe(plainSarja.id);
    expect(gazetteer.findPlaces("Sarja", { admin1: ["Idlib"] }).map((m) => m.entry.id)).not.toContain(
      bigSarja.id,
    );
    expect(best("Sarja", ["Aleppo"])).toBe(bigSarja.id);
  });

  it("takes the only part-qualified community ('Lower X') of the governorate, never one of two parts", () => {
    const lowerAmiqa = village("Lower Amiqa", "العمقية تحتا", "Hama", 35.57, 36.39);
    const upperSheir = village("Upper Sheir", "الشعير فوقاني", "Hama", 35.4, 36.4);
    const lowerSheir = village("Lower Sheir", "الشعير تحتاني", "Hama", 35.41, 36.41);
    const parts = new Gazetteer([lowerAmiqa, upperSheir, lowerSheir]);
    expect(parts.findPlaces("al-Amqiyya", { admin1: ["Hama"] })[0]?.entry.id).toBe(lowerAmiqa.id);
    expect(parts.findPlaces("Amiqa", { admin1: ["Hama"] })[0]?.entry.id).toBe(lowerAmiqa.id);
    expect(parts.findPlaces("Sheir", { admin1: ["Hama"] })).toEqual([]);
    expect(parts.findPlaces("Amiqa")).toEqual([]);
  });

  it("keeps the qualified names themselves", () => {
    expect(best("Little Hir Jamus", ["Idlib"])).toBe(littleHir.id);
    expect(best("Big Karatin")).toBe(bigFar.id);
  });
});
