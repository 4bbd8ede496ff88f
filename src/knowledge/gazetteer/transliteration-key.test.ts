import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseArabic, arabicMatchKey } from "./arabic-normalise.js";
import { parseCsv } from "./csv.js";
import { matchNames } from "./name-similarity.js";
import { transliterationKey } from "./transliteration-key.js";

const ALIASES_CSV = "/work/shared/data/gazetteer/observed_aliases.csv";

describe("transliteration key", () => {
  it.each([
    ["Sarjah", "Sarjeh"],
    ["Sarja", "Sarjah"],
    ["Ahsem", "Ihsim"],
    ["Daret Izza", "Darat Azza"],
    ["Kafarnoran", "Kafr Nuran"],
    ["Kafarnoran", "كفر نوران"],
    ["Jisr al-Shughur", "Jisr ash-Shughur"],
    ["Jisr al-Shughur", "Jisr esh Shughour"],
    ["Maarat al-Numan", "Ma'arrat al-Nu'man"],
    ["Maarrat al-Nouman", "Ma'arrat an Nu'man"],
    ["Deir ez-Zor", "Dayr az Zawr"],
    ["Sheikh Maqsoud", "Shaykh Maqsud"],
    ["Khan Shaykhun", "Khan Sheikhoun"],
    ["Qastoun", "Kastun"],
  ])("%s = %s", (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });

  it.each([
    ["Sarjeh", "سرجة"],
    ["Kafranbel", "Kafr Nabl"],
    ["Atareb", "الأتارب"],
    ["Deir Ezzor", "Deir ez-Zor"],
    ["Balyun", "Balion"],
  ])("%s ~ %s (at least fuzzy)", (a, b) => {
    expect(matchNames(a, b)).not.toBeNull();
  });

  it.each([
    ["Sarja", "Sarjeb"],
    ["Kafr Nabl", "Kafr Nbouda"],
    ["Idlib", "Iblin"],
    ["Hama", "Homs"],
    ["Binnish", "Banias"],
    ["Ariha", "Arihah al Kubra"],
    ["Taftanaz", "Tal Tamr"],
    ["Kafr Nuran", "Kafr Thoran"],
    ["Balyun", "Iblin"],
    ["Saraqib", "Sarmin"],
    ["Atareb", "تربة"],
    ["Sarjah", "سراجية"],
    ["Idlib", "دلبة"],
  ])("%s ≠ %s", (a, b) => {
    expect(matchNames(a, b)).toBeNull();
  });

  it("normalises Arabic spelling variants", () => {
    expect(normaliseArabic("إِدْلِب")).toBe("ادلب");
    expect(normaliseArabic("مدرسة ١٢")).toBe("مدرسه 12");
    expect(normaliseArabic("مـــعـرة")).toBe("معره");
    expect(arabicMatchKey("كفرنوران")).toBe(arabicMatchKey("كفر نوران"));
    expect(arabicMatchKey("الأتارب")).toBe(arabicMatchKey("الاتارب"));
  });

  it("matches the observed variants table (hit rate printed)", (ctx) => {
    if (!existsSync(ALIASES_CSV)) {
      ctx.skip(`observed aliases table absent (${ALIASES_CSV}); skipping`);
      return;
    }
    const { rows } = parseCsv(readFileSync(ALIASES_CSV, "utf8"));
    const byCanonical = new Map<string, string[]>();
    for (const row of rows.slice(1)) {
      const [canonical, , variant] = row;
      if (!canonical || !variant) continue;
      const list = byCanonical.get(canonical) ?? [];
      list.push(variant);
      byCanonical.set(canonical, list);
    }
    let pairs = 0;
    let hits = 0;
    const misses: string[] = [];
    for (const [canonical, variants] of byCanonical) {
      const base = canonical.replace(/\s*\(.*\)$/, "");
      for (const variant of variants) {
        pairs++;
        // A variant counts when it matches the canonical spelling or any other variant of the place.
        const ok =
          variant === base ||
          [base, ...variants].some((other) => other !== variant && matchNames(variant, other));
        if (ok) hits++;
        else misses.push(`${variant} (${base})`);
      }
    }
    const rate = hits / pairs;
    const direct = [...byCanonical].flatMap(([c, vs]) =>
      vs.map((v) => matchNames(v, c.replace(/\s*\(.*\)$/, ""))),
    );
    const directRate = direct.filter(Boolean).length / direct.length;
    console.log(`observed aliases, variant vs canonical spelling only: ${(directRate * 100).toFixed(1)}%`);
    console.log(`observed aliases: ${hits}/${pairs} variants matched (${(rate * 100).toFixed(1)}%)`);
    if (misses.length) console.log(`misses: ${misses.join("; ")}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});
