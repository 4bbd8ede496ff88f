/**
 * Arabic place rules with the built-in gazetteer, on invented sentences: names found by their Arabic
 * spelling through clitics and the article, sites apart from locators, governorates and firing
 * positions, unknown settlements a feature noun introduces, homonyms, and words that are no place.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceEntry, PlaceLookup } from "../../../domain/places.js";
import { buildKnowledge } from "../../../knowledge/index.js";
import { findArabicPlaces, type ArabicPlaceMention } from "./arabic-places.js";
import { stemsOf } from "./arabic-place-mentions.js";
import { worksOfTown } from "./arabic-place-names.js";

let places: PlaceLookup;
beforeAll(() => {
  places = buildKnowledge().places;
});

const find = (sentence: string): ArabicPlaceMention[] => findArabicPlaces(sentence, places);
const roles = (sentence: string) => find(sentence).map((p) => `${p.role}:${p.text}`);
const site = (sentence: string) => find(sentence).find((p) => p.role === "site");

describe("findArabicPlaces", () => {
  it("finds a village by its Arabic name after a feature noun, its span in the sentence's own letters", () => {
    const s = "قصفت قوات النظام قريةَ كنصفرة صباح اليوم";
    const p = site(s)!;
    expect(p.place.name).toBe("Kansafra");
    expect(p.place.precision).toBe("settlement");
    expect(s.slice(p.start, p.end)).toBe("كنصفرة");
  });

  it("strips the conjunction and the preposition written on a word, and ل before the article", () => {
    expect(stemsOf("وبالرقه").map((s) => s.text)).toEqual(["وبالرقه", "بالرقه", "الرقه"]);
    expect(stemsOf("للرقه").map((s) => s.text)).toContain("الرقه");
    expect(roles("قصف مدفعي على بلدتي الفطيرة وكنصفرة")).toEqual(["site:الفطيرة", "site:كنصفرة"]);
  });

  it("reads the countryside, a compass direction and nearness as locators, not sites", () => {
    expect(roles("قصفت الطائرات قرية الكفير بريف جسر الشغور")).toEqual(["site:الكفير", "locator:جسر الشغور"]);
    expect(roles("سقطت قذائف على قرية كنصفرة قرب أريحا")).toEqual(["site:كنصفرة", "locator:أريحا"]);
    expect(find("غارة على مخيم شمال سرمدا").find((p) => p.text === "سرمدا")?.role).toBe("locator");
  });

  it("reads a governorate's name alone or after محافظة as the governorate, after مدينة as its city", () => {
    const gov = find("تصعيد في محافظة إدلب").find((p) => p.text === "إدلب")!;
    expect([gov.role, gov.place.precision]).toEqual(["region", "admin1"]);
    expect(find("قصف على ريف إدلب الجنوبي")[0]?.place.precision).toBe("admin1");
    const city = find("قصف على مدينة إدلب")[0]!;
    expect([city.role, city.place.precision]).toEqual(["site", "settlement"]);
  });

  it("reads where the fire came from as context", () => {
    expect(roles("قصفت القوات المتمركزة في مدينة سراقب بلدة كنصفرة")).toEqual([
      "context:سراقب",
      "site:كنصفرة",
    ]);
  });

  it("codes an unknown village near its locator, moved the way the compass adjective says", () => {
    const p = site("قصف على قرية الزعيترة بريف منبج الشمالي")!;
    expect(p.place.precision).toBe("near");
    expect(p.place.anchor?.name).toBe("Menbij");
    expect(p.place.anchor?.offset?.bearing).toBe(0);
    expect(p.place.lat!).toBeGreaterThan(36.52);
  });

  it("codes an unknown village with only a governorate named to the governorate's capital", () => {
    const p = site("قصف على قرية الزعيترة في محافظة إدلب")!;
    expect([p.place.precision, p.place.anchor?.relation, p.place.geoPrecision]).toEqual([
      "unresolved",
      "governorate",
      3,
    ]);
  });

  it("takes a list's items as the role of its first item", () => {
    expect(roles("استهدفت قرى الفطيرة، وكنصفرة، والبارة")).toEqual([
      "site:الفطيرة",
      "site:كنصفرة",
      "site:البارة",
    ]);
  });

  it("prefers the homonym in the governorate the sentence names", () => {
    // فريكة: a village in Idlib and one in Hama.
    expect(site("قصف على بلدة فريكة في ريف حماة")?.place.admin1).toBe("Hama");
    expect(site("قصف على بلدة فريكة في ريف إدلب")?.place.admin1).toBe("Idlib");
  });

  it("reads no place without a feature noun, a locative word or a list", () => {
    // A person's name or a word that also spells a village, with no place frame.
    expect(find("قال فراس خليفة إن الطفل أصيب بجروح")).toEqual([]);
    expect(find("فتاة تبلغ من العمر 17 عاماً")).toEqual([]);
  });

  it("reads a feature noun with the article, or in the dual, as no name", () => {
    expect(find("إحدى الغارات ضربت مخيما بين القريتين")).toEqual([]);
  });

  it("reads a named region as a region", () => {
    const p = find("غارات على جبل الزاوية")[0]!;
    expect([p.role, p.place.precision, p.place.anchor?.relation]).toEqual(["region", "admin2", "region"]);
  });

  it("reads a homonym far from the sentence's locator as another village, coded near the locator", () => {
    // تل شنان: the gazetteer's only village of the name is in Homs; the sentence places it by Tal Tamer.
    const p = site("قصف على قرية تل شنان بريف تل تمر")!;
    expect([p.place.precision, p.place.anchor?.name]).toEqual(["near", "Tal Tamer"]);
  });

  it("prefers the homonym spelled as the text spells it, article included", () => {
    // تل تمر (the town) and تل التمر share a key without the article.
    expect(find("قصف على ناحية تل تمر")[0]?.place.name).toBe("Tal Tamer");
  });

  it("finds a name the gazetteer lacks in Arabic by its sound near the locator, over its longer reading", () => {
    // OCHA writes قرق مغار; the text writes قرف مغار.
    const p = site("انفجار في قرية قرف مغار في منطقة جرابلس")!;
    expect([p.text, p.place.precision]).toEqual(["قرف مغار", "settlement"]);
    expect(p.place.admin1).toBe("Aleppo");
  });

  it("lists names the gazetteer lacks after a dual noun, not after a singular one", () => {
    expect(roles("قصف على قريتي أم الخير والدشيشة بريف تل تمر").slice(0, 2)).toEqual([
      "site:أم الخير",
      "site:الدشيشة",
    ]);
    expect(roles("داهموا منازل في مدينة معدان واعتقلوا شخصين")).toEqual(["site:معدان"]);
  });

  it("continues a list after a dual noun past an unknown word of the item before", () => {
    expect(roles("قصف على قريتي خالد كلو وتل زيوان").map((r) => r.split(":")[1])).toContain("تل زيوان");
  });

  it("reads the Kurdish name of a town written in Arabic script", () => {
    expect(find("قصف على مدينة كوباني")[0]?.place.name).toBe("Ain Al Arab");
  });

  it("codes a place the sentence cannot locate to the governorate the report named last", () => {
    const p = findArabicPlaces("قصف على قرية الزعيترة", places, { admin1: ["Idlib", "Aleppo"] })[0]!;
    expect([p.place.admin1, p.place.anchor?.relation]).toEqual(["Aleppo", "governorate"]);
  });

  it("reads a village of the name on the other side of its locator from the stated direction as another", () => {
    // The gazetteer's المجيبرة lies west of Tal Tamer.
    expect(site("انفجار في قرية المجيبرة بريف تل تمر الغربي")?.place.name).toBe("Mjeibreh");
    expect(site("انفجار في قرية المجيبرة بريف تل تمر الشرقي")?.place.precision).toBe("near");
  });

  it("takes the countryside's direction from its adjective only, not from the next locator's noun", () => {
    expect(site("قصف على قرية الزعيترة بريف منبج الغربي")?.place.anchor?.offset?.bearing).toBe(270);
    expect(site("قصف على قرية الزعيترة بريف منبج غربي حلب")?.place.anchor?.offset).toBeUndefined();
  });

  it("reads Zarkan, the other Arabic name of Abu Rasin", () => {
    expect(find("قصف على قرية الزيدية في ريف مدينة زركان")[1]?.place.name).toBe("Abu Rasin");
  });

  it("ends a firing position's phrase at a verb: the place the fire fell on is the site", () => {
    expect(roles("قصف من معسكر جورين طال بلدة قسطون")).toEqual(["context:جورين", "site:قسطون"]);
  });

  it("reads a known town named after a locator as a frame of its own, not a homonym of anything", () => {
    const p = find("قصفت الطائرة مشفى في قرية كري فرا في ريف بلدة المالكية في القامشلي").at(-1)!;
    expect([p.text, p.place.name]).toEqual(["القامشلي", "Quamishli"]);
  });

  it("reads a common noun with a possessive after a feature noun as no name", () => {
    expect(find("قصفت الطائرات حي منزله القديم")).toEqual([]);
  });
  it("reads a bare name followed by an adjective agreeing with it as a common noun as no place", () => {
    expect(find("سقط صاروخ على وحدة سكنية للنازحين")).toEqual([]);
    expect(find("وألحق القصف أضرارا مادية كبيرة في الوحدة السكنية")).toEqual([]);
    // A feature noun still makes it a place, and a compass adjective is no such adjective.
    expect(site("قصفت الطائرات بلدة وحدة سكنية")?.text).toBe("وحدة");
    expect(roles("سقطت قذائف على كنصفرة غربي إدلب")[0]).toBe("site:كنصفرة");
  });

  it("reads works named alone at the community the gazetteer names as their town ('مدينة سد X')", () => {
    expect(worksOfTown("مدينة سد تشرين")).toBe("سد تشرين");
    expect(worksOfTown("مدينة الغار")).toBeNull();
    const p = site("قصفت المسيرات التركية تجمعا للمدنيين على سد تشرين")!;
    expect([p.text, p.place.name]).toEqual(["سد تشرين", "Madinet Sad Tishrine"]);
  });

  it("reads a known name after a works noun as the works' place, whatever frames the works", () => {
    expect(roles('استهدفت قسد سيارة بالقرب من معبر "الحمران" شمالي مدينة منبج')[0]).toBe("site:الحمران");
  });

  it("reads a bare name the document points to as a figure, not a place ('في الصورة أدناه')", () => {
    expect(find("تظهر في الصورة أدناه آثار القصف على السوق")).toEqual([]);
    expect(find("كما في الخريطة التالية")).toEqual([]);
  });

  it("reads a bare definite word outside every governorate the report told as a common noun", () => {
    // The picture, not the village al-Sura of Dar'a, in a report placed in Idleb.
    const s = "ويمكن ملاحظتها في الصورة التي نشرها الناشطون";
    expect(findArabicPlaces(s, places, { admin1: ["Idlib"] })).toEqual([]);
    // In its own governorate, or before the report tells any, the village stays a place.
    expect(findArabicPlaces(s, places, { admin1: ["Daraa"] })[0]?.place.name).toBe("Sura");
    expect(find(s)[0]?.place.name).toBe("Sura");
    // A place-kind cue makes it a village wherever the report stood before.
    expect(
      findArabicPlaces("قصفت قوات النظام قرية الصورة", places, { admin1: ["Idlib"] })[0]?.place.name,
    ).toBe("Sura");
    // A sentence naming its own governorate keeps an unknown place there, whatever the report's frame.
    const own = findArabicPlaces("سقطت قذائف في الفردوس في محافظة حلب", places, { admin1: ["Idlib"] });
    expect(own.map((p) => [p.role, p.place.admin1])).toEqual([
      ["site", "Aleppo"],
      ["region", "Aleppo"],
    ]);
    // A town the news names bare (a sub-district's seat) is no common noun.
    expect(findArabicPlaces("سقطت قذائف في الأتارب", places, { admin1: ["Idlib"] })[0]?.place.name).toBe(
      "Atareb",
    );
  });

  it("loses no village of the gazetteer written with the article, after a cue or in its governorate", () => {
    const entries = (places as PlaceLookup & { entries(): readonly PlaceEntry[] }).entries();
    const definite = entries.flatMap((e) =>
      e.kind === "settlement" && e.admin1
        ? e.altNames.filter((n) => /^ال[\u0621-\u064A]+$/.test(n)).map((n) => [e, n] as const)
        : [],
    );
    expect(definite.length).toBeGreaterThan(1000);
    const other = (e: PlaceEntry) => (e.admin1 === "Hama" ? "Tartous" : "Hama");
    for (const [e, n] of definite) {
      const cued = `قصفت قوات النظام قرية ${n} صباح اليوم`;
      // Found under a report elsewhere exactly when found with no report around it.
      const before = findArabicPlaces(cued, places).length > 0;
      expect([n, findArabicPlaces(cued, places, { admin1: [other(e)] }).length > 0]).toEqual([n, before]);
      const bare = `سقطت قذائف في ${n} صباح اليوم`;
      const bareBefore = findArabicPlaces(bare, places).map((p) => p.place.name);
      expect([n, findArabicPlaces(bare, places, { admin1: [e.admin1!] }).length > 0]).toEqual([
        n,
        bareBefore.length > 0,
      ]);
    }
  });

  it("reads a bare indefinite name heading a construct with a definite genitive as a common noun", () => {
    expect(find("ظهر الجامع في صور الأقمار الصناعية الروسية")).toEqual([]);
    // "و" + a name that heads a construct itself is no list item either.
    expect(find("في نظرة على خريطة وزارة الدفاع الروسية")).toEqual([]);
    // Time words and compass words are no genitive.
    expect(roles("قصف على سراقب الليلة الماضية")).toEqual(["site:سراقب"]);
    expect(roles("سقطت قذائف على كنصفرة الغربية الشمالية")[0]).toBe("site:كنصفرة");
  });

  it("reads no name after a feature noun that a pronoun makes a predicate ('وهي قرية تقع')", () => {
    expect(roles("استهدفت الغارة مسجدا في الجينة، وهي قرية تقع تحت سيطرة المعارضة")).toEqual(["site:الجينة"]);
  });

  it("reads no clitic preposition after a preposition word ('على لسان' is not ل + a name)", () => {
    expect(find("والآخر على لسان النشطاء المحليين")).toEqual([]);
  });

  it("reads where displaced people came from, and the place locating it, as context", () => {
    expect(roles("قتل 10 مدنيين، 7 منهم من النازحين من مدينة حلفايا في حماة")).toEqual([
      "context:حلفايا",
      "context:حماة",
    ]);
  });

  it("reads a building noun alone as no settlement, though a village bears it ('في مسجد عمر')", () => {
    expect(find("كان من المقرر عقد فعالية في مسجد عمر بن الخطاب عندما استهدف")).toEqual([]);
  });

  it("leaves the words of an unframed known name to it: no inner word is framed by the one before", () => {
    expect(find("قصف سيارة على طريق صرين - سد تشرين")).toEqual([]);
  });

  it("reads a town after 'بالقرب من' and its feature noun as a locator, as without the noun", () => {
    expect(roles("قصفت القوات قرية كنصفرة بالقرب من مدينة أريحا")).toEqual(["site:كنصفرة", "locator:أريحا"]);
  });
});
