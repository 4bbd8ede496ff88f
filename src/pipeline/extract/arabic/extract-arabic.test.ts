/**
 * Arabic claims end to end on invented reports, with the built-in gazetteer and actor registry: every
 * claim parses as the public IncidentClaim, every evidence span quotes the text, one toll for several
 * villages is a joint toll, a toll told next joins its attack, and a headline speaks for a text that
 * tells no attack.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { IncidentClaim } from "../../../domain/claim.js";
import type { Report } from "../../../domain/report.js";
import { buildKnowledge, type Knowledge } from "../../../knowledge/index.js";
import { textReport } from "../../../../test/support/text-report.js";
import { extractArabicIncidents } from "./extract-arabic.js";

let k: Knowledge;
beforeAll(() => {
  k = buildKnowledge();
});

const report = (text: string, title: string | null = null): Report =>
  textReport(text, "2021-09-03", { language: "ar", title });
const claims = (text: string, title: string | null = null) =>
  extractArabicIncidents(report(text, title), k.places, k.actors);

describe("extractArabicIncidents", () => {
  it("places the report by no bare one-word name: a common word there frames no governorate", () => {
    // "صور" (pictures) reads as the village Sur of Daraa, but frames nothing: "الصورة" after it is
    // still a picture in a report about Idlib, not the village al-Sura of Daraa.
    const text =
      "قتل مدنيان في غارة جوية على قرية كنصفرة في ريف إدلب. واستنادا إلى صور قديمة يظهر المسجد سليما. " +
      "ويظهر ذلك في الصورة التي نشرها الناشطون عن الغارة الجوية.";
    expect(claims(text).map((c) => c.place.name)).toEqual(["Kansafra"]);
  });

  it("gives claims that parse, with evidence spans quoting the text", () => {
    const text = "قصفت قوات النظام بالمدفعية الثقيلة قرية كنصفرة بريف إدلب الجنوبي، ما أدى إلى مقتل طفل.";
    const out = claims(text);
    expect(out.map((c) => c.place.name)).toEqual(["Kansafra"]);
    for (const c of out) {
      expect(() => IncidentClaim.parse(c)).not.toThrow();
      for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(out[0]!.casualties.killed).toEqual({ min: 1, max: 1 });
    expect(out[0]!.evidence.map((e) => e.field)).toContain("place");
  });

  it("gives one toll told for two villages to both as their joint toll", () => {
    const out = claims(
      "قصفت القوات التركية قريتي أم الخير والدشيشة بريف تل تمر، ما أدى إلى إصابة ثلاثة مدنيين.",
    );
    expect(out.length).toBe(2);
    expect(out.every((c) => c.casualties.scope === "group" && c.groupId === out[0]!.groupId)).toBe(true);
  });

  it("reads a toll word as no place, and its toll joins the attack told before", () => {
    const out = claims("قصفت قوات النظام قرية كنصفرة. واستهدفت العملية منزل شاب، ما أدى إلى مقتله.");
    expect(out.map((c) => [c.place.name, c.casualties.scope, c.casualties.killed?.min])).toEqual([
      ["Kansafra", "incident", 1],
    ]);
  });

  it("gives a village named twice its own toll, not a joint one", () => {
    const out = claims("قصفت قوات النظام بلدة كنصفرة وأطراف بلدة كنصفرة ما أدى إلى مقتل طفل.");
    expect(out.map((c) => [c.place.name, c.casualties.scope, c.casualties.killed?.min])).toEqual([
      ["Kansafra", "incident", 1],
    ]);
  });

  it("gives a toll to the one village its clause names, not to the others of the sentence", () => {
    const out = claims(
      "قصفت قوات النظام ريف إدلب الجنوبي، حيث سقطت قذيفة على منزل في قرية كنصفرة ما أدى لمقتل مدني، فيما يطال القصف قرى البارة وكنصفرة.",
    );
    expect(out.map((c) => [c.place.name, c.casualties.scope, c.casualties.killed?.min ?? null])).toEqual([
      ["Kansafra", "incident", 1],
      ["Bara", "incident", null],
    ]);
  });

  it("gives no claim a tally over a period as its toll", () => {
    const out = claims("قصفت قوات النظام قرية كنصفرة ما أدى إلى مقتل 63 طفلاً منذ حزيران.");
    expect(out.map((c) => [c.place.name, c.casualties.killed])).toEqual([["Kansafra", null]]);
  });

  it("tells a toll at a known town that places a site the gazetteer lacks, not as a joint toll", () => {
    const out = claims("قتل طفل بإطلاق النار عليه في حي الكرمزان بمدينة أريحا.");
    const ariha = out.find((c) => c.place.name === "Ariha");
    expect([ariha?.casualties.scope, ariha?.casualties.killed]).toEqual(["incident", { min: 1, max: 1 }]);
  });

  it("adds a toll told in the next sentence to the attack just told", () => {
    const out = claims("قصفت قوات النظام قرية كنصفرة بالمدفعية. وأسفر القصف عن مقتل امرأة.");
    expect(out.map((c) => [c.place.name, c.casualties.killed?.min])).toEqual([["Kansafra", 1]]);
  });

  it("reads the headline when the text tells no attack, its spans in titleEvidence", () => {
    const out = claims(
      "وقال ناشطون إن فرق الدفاع المدني وصلت إلى المكان.",
      "مقتل طفل بقصف على قرية كنصفرة بريف إدلب",
    );
    expect(out.map((c) => c.place.name)).toEqual(["Kansafra"]);
    expect(out[0]!.evidence).toEqual([]);
    expect(out[0]!.titleEvidence?.some((e) => e.field === "place")).toBe(true);
  });

  it("reads a month's name as no place, with or without a day or year", () => {
    expect(claims("أبلغ نشطاء عن تفجير أحد جوامع المدينة في تشرين الأول الماضي.")).toEqual([]);
    expect(claims("قصفت الطائرات في الأول من تشرين الأول مدينة سراقب.").map((c) => c.place.name)).toEqual([
      "Saraqab",
    ]);
  });

  it("reads a clause denying a link to another attack as telling neither that attack nor its place", () => {
    const text =
      "استهدفت الطائرات الروسية مشفى في مدينة كفرنبل، والذي لا علاقة له بالاشتباكات التي تحدث في ريف حماة الشمالي.";
    expect(claims(text).map((c) => c.place.name)).toEqual(["Kafr Nobol"]);
  });

  it("reads an attack told in the pluperfect without a day of its own as background", () => {
    const text = "قصفت قوات النظام قرية كنصفرة صباح اليوم.\n\nوكانت الطائرات الحربية قد قصفت مدينة سراقب.";
    expect(claims(text).map((c) => c.place.name)).toEqual(["Kansafra"]);
    // With its own day it is told, and "said earlier" dates a report, not an earlier attack.
    const dated =
      "قصفت قوات النظام قرية كنصفرة صباح اليوم.\n\nوكانت الطائرات الحربية قد قصفت مدينة سراقب أمس.";
    expect(claims(dated).map((c) => c.place.name)).toEqual(["Kansafra", "Saraqab"]);
    const said = "وكان المراسل ذكر في وقت سابق أن قذائف سقطت على مدينة سراقب.";
    expect(claims(said).map((c) => c.place.name)).toEqual(["Saraqab"]);
  });

  it("reads an attack dated only to a month long before the report's time as a past period", () => {
    const text =
      "قصفت قوات النظام قرية كنصفرة يوم 1 أيلول 2021. وعثر على مخلفات مماثلة في موقع غارة على مدينة سراقب في آذار 2021.";
    expect(claims(text).map((c) => c.place.name)).toEqual(["Kansafra"]);
    // A month holding a day the report tells stays.
    const held = "قصفت الطائرات مدينة سراقب في آذار 2021. وقتل طفل في 4 آذار 2021 بقصف على قرية كنصفرة.";
    expect(claims(held).map((c) => c.place.name)).toContain("Saraqab");
  });

  it("reads a place set apart by 'وليس' from the one told as no place of the attack", () => {
    const text =
      "قصفت الطائرات جامعا في مدينة سراقب يوم 1 أيلول 2021، وليس الجامع الموجود في قرية كنصفرة كما ذكرت الوزارة.";
    expect(claims(text).map((c) => c.place.name)).toEqual(["Saraqab"]);
  });
});
