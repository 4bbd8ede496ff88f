/**
 * Issue 8 in Arabic, end to end on invented reports: a told attack followed by a sentence that must
 * add no incident, place or toll — acts that did not happen (expected, feared, warned of, prepared,
 * intercepted, under "may", under a negated "any", denied by a rejected accusation), acts that are not
 * new (court cases, commemorations, tallies over a period or by frequency, a year long past, a toll of
 * an untold act, a periodic or nationwide tally), and places that are not where it happened (a launch
 * site named by its holder, where the wounded were taken or the displaced went). Each case fails
 * without the rule it names; the controls keep a told attack told.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../../domain/report.js";
import { buildKnowledge, type Knowledge } from "../../../knowledge/index.js";
import { textReport } from "../../../../test/support/text-report.js";
import { extractArabicIncidents } from "./extract-arabic.js";

let k: Knowledge;
beforeAll(() => {
  k = buildKnowledge();
});

const report = (text: string): Report => textReport(text, "2021-09-03", { language: "ar" });

/** [place, killed, injured] of each claim. */
function claims(text: string): [string | null, number | null, number | null][] {
  return extractArabicIncidents(report(text), k.places, k.actors).map((c) => [
    c.place.name,
    c.casualties.killed?.min ?? null,
    c.casualties.injured?.min ?? null,
  ]);
}

const TOLD = "قصفت قوات النظام بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.";
const ONLY_TOLD: [string, number, null][] = [["Kafr Nobol", 3, null]];
const AIR =
  "شنت طائرات حربية روسية غارات جوية على سوق مدينة أريحا يوم الثلاثاء، ما أسفر عن مقتل خمسة أشخاص وإصابة 12 آخرين.";

describe("Arabic acts that did not happen tell no attack", () => {
  it("an act expected or feared: أن and an imperfect verb after an expectation or fear word, or fear's من", () => {
    expect(claims(`${TOLD} ويتوقع ناشطون أن تشن قوات النظام هجوماً على بلدة سرمين.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} ومن المنتظر أن تتعرض مدينة خان شيخون لقصف مماثل.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} وتخشى الأهالي من غارات جديدة على بلدة سرمين.`)).toEqual(ONLY_TOLD);
  });

  it("a likely act told in the perfect stays told (its attacker unsure)", () => {
    expect(
      claims("من المرجح أن الطائرات الروسية قصفت مدينة سراقب صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين."),
    ).toEqual([["Saraqab", 3, null]]);
  });

  it("a perfect of form V after قد, and a copula with قد after an expectation word, tell the act", () => {
    expect(claims("وقد تركز القصف على مدينة سراقب صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.")).toEqual([
      ["Saraqab", 3, null],
    ]);
    expect(
      claims(
        "ومن المرجح أن تكون الطائرات الروسية قد قصفت مدينة سراقب صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.",
      ),
    ).toEqual([["Saraqab", 3, null]]);
  });

  it("an act warned of, prepared for, planned or brandished", () => {
    expect(claims(`${TOLD} وحذرت الأمم المتحدة من هجوم واسع على مدينة إدلب.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} وتستعد قوات النظام لاقتحام بلدة سرمين.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} وتخطط روسيا لتنفيذ غارات على مدينة جسر الشغور.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} ولوّحت روسيا بشن عملية عسكرية على مدينة جسر الشغور.`)).toEqual(ONLY_TOLD);
  });

  it("a drone intercepted or shot down, but not barrels dropped", () => {
    expect(claims(`${TOLD} وتصدت الدفاعات الجوية لطائرة مسيرة فوق مدينة سراقب.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} وأسقطت الفصائل طائرة مسيرة في أجواء مدينة معرة النعمان.`)).toEqual(ONLY_TOLD);
    expect(
      claims("أسقطت المروحيات براميل متفجرة على مدينة سراقب صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين."),
    ).toEqual([["Saraqab", 3, null]]);
  });

  it("قد before an imperfect verb is 'may'; before a perfect it tells the act", () => {
    expect(claims(`${TOLD} وقد تتعرض مدينة سراقب لقصف مماثل في الأيام المقبلة.`)).toEqual(ONLY_TOLD);
    expect(claims("وقد قصفت قوات النظام مدينة سراقب صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.")).toEqual([
      ["Saraqab", 3, null],
    ]);
  });

  it("an aspect verb in the future, a negated 'any', a rejected accusation", () => {
    expect(claims(`${TOLD} وسيتواصل القصف على مدينة سراقب.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} ولم تشهد مدينة إدلب أي قصف اليوم.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} ورفضت روسيا اتهامات بقصف مدينة إدلب.`)).toEqual(ONLY_TOLD);
  });
});

describe("Arabic acts that are not new tell no attack", () => {
  it("the act of a court case or a commemoration", () => {
    expect(claims(`${TOLD} وبدأت في فرنسا محاكمة ضابط متهم بقصف مدينة حمص.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} وأدانت محكمة هولندية قيادياً سابقاً بتهمة إعدام أسرى في مدينة الرقة.`)).toEqual(
      ONLY_TOLD,
    );
    expect(claims(`${TOLD} وشيع الأهالي في مدينة سراقب جثامين ضحايا مجزرة الأمس.`)).toEqual(ONLY_TOLD);
    expect(
      claims(`${TOLD} ونظم ناشطون وقفة في مدينة إدلب لإحياء ذكرى ضحايا قصف مدينة معرة النعمان.`),
    ).toEqual(ONLY_TOLD);
  });

  it("an act tallied over a period or by frequency in its clause", () => {
    expect(claims(`${TOLD} وبلغت حصيلة القصف على مدينة سراقب منذ مطلع الشهر الجاري 25 قتيلاً.`)).toEqual(
      ONLY_TOLD,
    );
    expect(claims(`${TOLD} وتتعرض مدينة معرة النعمان لقصف يومي.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} واستهدفت قوات النظام مدينة سراقب أكثر من 50 مرة.`)).toEqual(ONLY_TOLD);
  });

  it("an act in the clause of a year long past, unless another clause tells today's", () => {
    expect(claims(`${TOLD} وفي عام 2016 قصفت الطائرات الروسية مدينة معرة النعمان.`)).toEqual(ONLY_TOLD);
    expect(
      claims(
        "قصفت قوات النظام مدينة سراقب اليوم، ما أدى إلى مقتل ثلاثة مدنيين، وشهدت المدينة مجزرة في عام 2019.",
      ),
    ).toEqual([["Saraqab", 3, null]]);
  });

  it("the toll of an untold act joins no attack, and a toll of nobody places no victims", () => {
    expect(claims(`${TOLD} ونفى النظام قصف مدينة سراقب الذي قتل فيه 20 مدنياً.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} ولا إصابات في صفوف المدنيين في مدينة سراقب.`)).toEqual(ONLY_TOLD);
  });

  it("a toll of a periodic report or of the whole country is a tally", () => {
    expect(claims(`${TOLD} ووثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 85 مدنياً.`)).toEqual(
      ONLY_TOLD,
    );
    expect(claims(`${TOLD} ووثق المرصد السوري مقتل 12 مدنياً في عموم سوريا اليوم.`)).toEqual(ONLY_TOLD);
  });
});

describe("Arabic places that are not where the attack happened", () => {
  it("a launch site named by its holder", () => {
    expect(claims(`${TOLD} وانطلقت القذائف من مواقع قوات النظام في مدينة سراقب.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} ومصدر القصف مواقع قوات النظام في مدينة معرة النعمان.`)).toEqual(ONLY_TOLD);
    expect(claims(`${TOLD} وأطلقت الصواريخ من مناطق سيطرة النظام قرب مدينة خان شيخون.`)).toEqual(ONLY_TOLD);
  });

  it("an attack on areas a party holds is at them", () => {
    expect(
      claims(
        "قصفت قوات النظام مناطق سيطرة المعارضة في مدينة سراقب صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.",
      ),
    ).toEqual([["Saraqab", 3, null]]);
  });

  it("where the displaced went and where the wounded were taken", () => {
    expect(claims(`${TOLD} وتسبب القصف بنزوح آلاف المدنيين من البلدة إلى مدينة عفرين.`)).toEqual(ONLY_TOLD);
    expect(claims(`${AIR} وحول عدد من الجرحى إلى المشافي التركية عبر معبر باب الهوى.`)).toEqual([
      ["Ariha", 5, 12],
    ]);
  });
});
