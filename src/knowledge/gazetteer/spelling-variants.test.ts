/**
 * Spelling conventions the phonetic match reads alike, each with pairs of the kind reports write against
 * the gazetteer's names (as in ../shared/data/gazetteer/observed_aliases.csv): a report's spelling, and an
 * entry whose English or Arabic name is another spelling of the same place. Invented entries, so each
 * test turns on one convention.
 */
import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { Gazetteer } from "./gazetteer.js";
import { TRANSLITERATION_COST, phoneticCost } from "./phonetic-distance.js";
import { phoneticForm } from "./phonetic-form.js";

function place(id: string, name: string, altNames: string[], lat = 36.6, lon = 40.3): PlaceEntry {
  return {
    id: `test:${id}`,
    name,
    altNames,
    lat,
    lon,
    kind: "settlement",
    admin1: "Hasakah",
    admin2: null,
    admin3: null,
    country: "SY",
    population: null,
    source: "ocha",
  };
}

const cost = (a: string, b: string) => phoneticCost(phoneticForm(a).form, phoneticForm(b).form);

/** The level at which `mention` finds the entry named `name` among `entries`, or null. */
function levelOf(entries: PlaceEntry[], mention: string, name: string): string | null {
  const hit = new Gazetteer(entries, []).findPlaces(mention).find((m) => m.entry.name === name);
  return hit?.matchedBy ?? null;
}

describe("spelling variants of one place", () => {
  it("reads kh as the Arabic خ it spells, so a Latin kh meets the entry's Arabic name", () => {
    expect(cost("Sharmoukh", "شرموخ")).toBeLessThanOrEqual(TRANSLITERATION_COST);
    expect(cost("Khirbet Ghazal", "خربة غزال")).toBeLessThanOrEqual(TRANSLITERATION_COST);
  });

  it("reads a written x as kh (Kurdish and Turkish spellings of the north)", () => {
    expect(cost("Xeybish", "Kheybish")).toBe(0);
    const entries = [place("a", "Tal Khalaf", ["تل خلف"])];
    expect(levelOf(entries, "Til Xelef", "Tal Khalaf")).toBe("transliteration");
  });

  it("reads c as j in a name written with Kurmanji letters, and only there", () => {
    const entries = [place("a", "Tal Jomaa", ["تل جمعة"])];
    expect(levelOf(entries, "Til Cûma", "Tal Jomaa")).toBe("transliteration");
    expect(phoneticForm("Carnaz").form.startsWith("k")).toBe(true);
  });

  it("spells the nisba ending ية alike in -iyah, -iyyeh, -ia and -ya", () => {
    const entries = [place("a", "Adwania", ["العدوانية"]), place("b", "Qahtaniyyeh", ["القحطانية"])];
    expect(levelOf(entries, "al-Edwaniyah", "Adwania")).toBe("transliteration");
    expect(levelOf(entries, "Al Adwaniya", "Adwania")).toBe("transliteration");
    expect(levelOf(entries, "Qahtania", "Qahtaniyyeh")).toBe("transliteration");
    expect(cost("Qahtaniyah", "القحطانية")).toBe(0);
  });

  it("takes Tel, Tal and Tell, and doubled letters, as one spelling", () => {
    const entries = [place("a", "Tal Manakh", [])];
    expect(levelOf(entries, "Tel Mannakh", "Tal Manakh")).toBe("transliteration");
    expect(levelOf(entries, "Tell Manakh", "Tal Manakh")).toBe("transliteration");
  });

  it("takes a long name whose consonants agree one for one as a transliteration, however its vowels differ", () => {
    const entries = [place("a", "Mulla Sibat", [])];
    expect(cost("Mala Sbat", "Mulla Sibat")).toBeGreaterThan(TRANSLITERATION_COST);
    expect(levelOf(entries, "Mala Sbat", "Mulla Sibat")).toBe("transliteration");
  });

  it("keeps a short name whose vowels differ a fuzzy match: few consonants fit many places", () => {
    const entries = [place("a", "Holaqi", ["هولاقي"])];
    expect(levelOf(entries, "Hulk", "Holaqi")).not.toBe("transliteration");
  });

  it("keeps another vowel pattern on the same consonants, or the masculine nisba, apart", () => {
    const entries = [place("a", "Hamamiyat", ["حماميات"]), place("b", "Qahtaniyeh", ["القحطانية"])];
    expect(levelOf(entries, "Hmeimat", "Hamamiyat")).not.toBe("transliteration");
    expect(levelOf(entries, "Qahtani", "Qahtaniyeh")).not.toBe("transliteration");
    expect(cost("Sukkari", "Sukariyeh")).toBeGreaterThan(TRANSLITERATION_COST);
  });
});
