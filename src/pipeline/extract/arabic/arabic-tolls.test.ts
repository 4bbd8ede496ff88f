import { describe, expect, it } from "vitest";
import { findArabicTolls } from "./arabic-facts.js";

function toll(sentence: string) {
  const [t] = findArabicTolls(sentence);
  return t && { killed: t.killed, injured: t.injured, unspecified: t.unspecified, text: t.text };
}
const n = (min: number, max: number | null = min) => ({ min, max });

describe("findArabicTolls: counts", () => {
  it("reads a toll word with a number and its noun, then the injured joined to it", () => {
    expect(toll("أدى القصف إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين")).toMatchObject({
      killed: n(3),
      injured: n(5),
      text: "مقتل ثلاثة مدنيين وإصابة خمسة آخرين",
    });
  });

  it("reads digits, Arabic-Indic digits and number words of any size", () => {
    expect(toll("مقتل 12 مدنيا")?.killed).toEqual(n(12));
    expect(toll("مقتل ١٢ مدنيا")?.killed).toEqual(n(12));
    expect(toll("مقتل خمسة وعشرين مدنيا")?.killed).toEqual(n(25));
    expect(toll("مقتل أحد عشر شخصا")?.killed).toEqual(n(11));
    expect(toll("مقتل ثلاث عشرة امرأة")?.killed).toEqual(n(13));
    expect(toll("مقتل مئتي شخص")?.killed).toEqual(n(200));
    expect(toll("مقتل ثلاثمائة شخص")?.killed).toEqual(n(300));
    expect(toll("مقتل ثلاثة آلاف شخص")?.killed).toEqual(n(3000));
  });

  it("counts a singular noun as one and a dual as two", () => {
    expect(toll("مقتل مدني بقصف")?.killed).toEqual(n(1));
    expect(toll("قتل طفل وجرح مدنيان")).toMatchObject({ killed: n(1), injured: n(2) });
    expect(toll("مقتل طفلين")?.killed).toEqual(n(2));
    expect(toll("مقتل امرأة وطفليها")?.killed).toEqual(n(3));
  });

  it("reads a sound plural in -ين as a count only with a number", () => {
    expect(toll("مقتل مدنيين بقصف")?.killed).toEqual(n(2, 9));
    expect(toll("مقتل أربعة مدنيين")?.killed).toEqual(n(4));
  });

  it("reads victims after a verb's agent, when they are counted people", () => {
    expect(toll("وقتلت القوات الخاصة 3 أشخاص خلال الإنزال")?.killed).toEqual(n(3));
    expect(findArabicTolls("قتلت القوات الخاصة المسؤول")).toEqual([]);
  });

  it("counts people named one by one, kin and members of a family", () => {
    expect(toll("أسفر عن إصابة كل من سلمى (16) عاماً وشقيقها سامر، ونقلا إلى المشفى")?.injured).toEqual(n(2));
    expect(toll("أصيب شقيقان في القصف")?.injured).toEqual(n(2));
    expect(findArabicTolls("والتي قتل كل من في داخلها")).toEqual([]);
    const [t] = findArabicTolls("قال إن 7 من أفراد الأسرة بينهم أطفال أصيبوا");
    expect(t?.injured).toEqual(n(7));
    expect(t?.victimGroups.sort()).toEqual(["children", "families"]);
    expect(toll("تسبب بإصابة عدد منهم بجروح")?.injured).toEqual(n(2, 9));
  });

  it("counts the subject a dual verb names, and reads an ordinal as one more person", () => {
    expect(toll("قال إن الرجلين (سمير وسامي)، استشهدا وأصيب مدني ثالث")).toMatchObject({
      killed: n(2),
      injured: n(1),
    });
    expect(findArabicTolls("وأصيب ثالث بجروح")[0]?.injured).toEqual(n(1));
  });

  it("reads one count for the dead and the hurt named together", () => {
    expect(toll("أدى إلى سقوط 6 شهداء وجرحى")).toMatchObject({ killed: n(1, 6), unspecified: n(6) });
  });

  it("reads victims before a verb", () => {
    expect(toll("امرأة قتلت وأصيب ثلاثة أطفال")).toMatchObject({ killed: n(1), injured: n(3) });
  });

  it("reads victim nouns of a kind with their count", () => {
    expect(toll("سقوط 5 قتلى و12 جريحا")).toMatchObject({ killed: n(5), injured: n(12) });
    expect(toll("سقوط قتيلين")?.killed).toEqual(n(2));
    expect(toll("ارتفع عدد القتلى إلى 12")?.killed).toEqual(n(12));
    expect(toll("سقوط عشرات من الجرحى")?.injured).toEqual(n(10, 99));
    expect(findArabicTolls("وأوضحت أن ثلاثة من المصابين السبعة")).toEqual([]);
  });

  it("reads vague quantities and qualifiers as DOMAIN R6 ranges", () => {
    expect(toll("إصابة عدد من المدنيين")?.injured).toEqual(n(2, 9));
    expect(toll("إصابة العشرات")?.injured).toEqual(n(10, 99));
    expect(toll("مقتل ما لا يقل عن 12 مدنيا")?.killed).toEqual(n(12, null));
    expect(toll("مقتل أكثر من عشرين شخصا")?.killed).toEqual(n(21, null));
    expect(toll("مقتل وإصابة خمسة مدنيين")).toMatchObject({ killed: n(1, 5), unspecified: n(5) });
  });

  it("reads items past a genitive, 'one of the wounded', and a number after its noun", () => {
    expect(toll("استشهاد سائق سيارة الإسعاف وأحد الجرحى")?.killed).toEqual(n(2));
    expect(toll("مقتل مدني واحد")?.text).toBe("مقتل مدني واحد");
    expect(toll("وإصابة زوجها وأحد أطفالها بجراح")?.injured).toEqual(n(2));
  });

  it("reads victims with no word for dead or hurt as unspecified", () => {
    expect(toll("أدى القصف إلى سقوط 5 ضحايا")).toMatchObject({
      killed: null,
      injured: null,
      unspecified: n(5),
    });
    expect(toll("أدى القصف إلى سقوط ضحايا")?.unspecified).toEqual(n(2, 9));
  });

  it("adds others to a count", () => {
    expect(toll("مقتل مدني و3 آخرين")?.killed).toEqual(n(4));
    expect(toll("مقتل مدني وإصابة آخرين")).toMatchObject({ killed: n(1), injured: n(2, 9) });
  });

  it("counts the victims a verbal noun's pronoun names, not a wound of the dead", () => {
    expect(toll("مما أدى إلى مقتله")?.killed).toEqual(n(1));
    expect(toll("مما أدى إلى مقتلهما")?.killed).toEqual(n(2));
    expect(toll("أدى إلى إصابتهم بجروح")?.injured).toEqual(n(2, 9));
    expect(findArabicTolls("توفي رجل متأثراً بإصابته").map((t) => [t.killed, t.injured])).toEqual([
      [n(1), null],
    ]);
  });

  it("reads the idioms of death", () => {
    expect(toll("لقي طفل حتفه بالقصف")?.killed).toEqual(n(1));
    expect(toll("القصف أودى بحياة الطفل")?.killed).toEqual(n(1));
    expect(toll("فارق شاب الحياة")?.killed).toEqual(n(1));
  });

  it("gives zero for a negated toll, and nothing for missing news", () => {
    expect(toll("لم تسفر الغارة عن وقوع إصابات")).toMatchObject({ killed: n(0), injured: n(0) });
    expect(toll("دون وقوع إصابات")).toMatchObject({ killed: n(0), injured: n(0) });
    expect(toll("لا إصابات بشرية")).toMatchObject({ killed: n(0), injured: n(0) });
    expect(toll("تبين عدم وجود إصابات بين المدنيين")).toMatchObject({ killed: n(0), injured: n(0) });
    expect(findArabicTolls("دون ورود أنباء عن إصابات")).toEqual([]);
  });
});

describe("findArabicTolls: who", () => {
  it("names victim groups, subsets included", () => {
    const [t] = findArabicTolls("مقتل ثلاثة مدنيين بينهم طفلان وامرأة");
    expect(t?.killed).toEqual(n(3));
    expect(t?.victimGroups.sort()).toEqual(["children", "women"]);
    expect(findArabicTolls("مقتل مسنة")[0]?.victimGroups).toEqual(["elderly"]);
  });

  it("names targets from victims and from the places hit", () => {
    expect(findArabicTolls("إصابة مسعف في الدفاع المدني")[0]?.targets).toContain("rescuers");
    expect(findArabicTolls("مقتل طفل بقصف على مدرسة")[0]?.targets).toContain("school");
    expect(findArabicTolls("مقتل طفل بقصف على مشفى")[0]?.targets).toContain("medical");
  });

  it("sets fighters apart from civilians", () => {
    const tolls = findArabicTolls("مقتل عنصرين من قسد وإصابة مدني");
    expect(tolls.map((t) => [t.killed, t.injured, t.combatant])).toEqual([
      [n(2), null, true],
      [null, n(1), false],
    ]);
    expect(findArabicTolls("إصابة عنصر في الدفاع المدني")[0]?.combatant).toBe(false);
    const [civilians] = findArabicTolls("مقتل 3 مدنيين وعنصر من قسد");
    expect([civilians?.killed, civilians?.combatant]).toEqual([n(3), false]);
  });
});

describe("findArabicTolls: wordings of unknown or other tolls", () => {
  it("reads losing one's life, told by the verbal noun", () => {
    expect(toll("أدى القصف إلى فقدان مدني حياته")).toMatchObject({ killed: n(1), text: "فقدان مدني حياته" });
  });

  it("reads a victim alone as a victim of no known kind, and beside the hurt as the dead", () => {
    expect(toll("يذهب ضحية تلك العمليات مدنيون")).toMatchObject({ killed: null, unspecified: n(1) });
    expect(toll("ضحية وثلاثة مصابين باستهداف سيارة")).toMatchObject({
      killed: n(1),
      injured: n(3),
      unspecified: null,
    });
    expect(toll("سقوط 5 ضحايا و10 جرحى")).toMatchObject({ killed: n(5), injured: n(10) });
  });

  it("reads dead and hurt with no count as victims of no known number, a group's dead as none", () => {
    expect(toll("أدى القصف إلى سقوط شهداء وجرحى")).toMatchObject({
      killed: null,
      injured: null,
      unspecified: n(2, 9),
    });
    expect(findArabicTolls("خلال تشييع شهداء الدفاع المحلي")).toEqual([]);
  });

  it("marks a toll counted over a period as a tally, not the attack's toll", () => {
    const tallies = (s: string) => findArabicTolls(s).map((t) => [t.killed?.min, t.tally ?? false]);
    expect(tallies("أسفر القصف عن مقتل 63 طفلاً منذ حزيران")).toEqual([[63, true]]);
    expect(tallies("قتل طفل بقصف صباح اليوم، وخلال الشهر الماضي قتل 5 مدنيين")).toEqual([
      [1, false],
      [5, true],
    ]);
    expect(tallies("ومنذ بداية العام الحالي وحتى أمس، قتل طفل ورجل")).toEqual([[2, true]]);
    expect(tallies("قتل طفل منذ يومين بقصف على القرية")).toEqual([[1, false]]);
  });
});
