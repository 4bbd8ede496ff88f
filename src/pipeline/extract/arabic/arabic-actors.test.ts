import { describe, expect, it } from "vitest";
import { ActorRegistry } from "../../../knowledge/actors/actor-registry.js";
import { INTERNATIONAL_PACK } from "../../../knowledge/actors/international-actors.js";
import { SYRIA_PACK } from "../../../knowledge/actors/syria-actors.js";
import { findArabicPerpetrators } from "./arabic-facts.js";

const actors = new ActorRegistry([SYRIA_PACK, INTERNATIONAL_PACK]);
const ids = (s: string, onDate: string | null = "2021-08-17") =>
  findArabicPerpetrators(s, actors, onDate).map((p) => p.actorId);

describe("findArabicPerpetrators", () => {
  it("takes the subject of an attack verb, before or after it", () => {
    expect(ids("قصفت قوات النظام بلدة في ريف إدلب")).toEqual(["SY_GOV_ASSAD"]);
    expect(ids("وكانت قوات سوريا الديمقراطية قد استهدفت القرية")).toEqual(["SDF"]);
  });

  it("reads a nisba adjective on the attack or the weapon", () => {
    expect(ids("أصيب طفل بقصف تركي على القرية")).toEqual(["TR_MIL"]);
    expect(ids("استهدفت طائرة مسيّرة تركية سيارة")).toEqual(["TR_MIL"]);
    expect(ids("غارات روسية على ريف إدلب")).toEqual(["RU_MIL"]);
    expect(ids("غارات إسرائيلية على محيط دمشق")).toEqual(["IL_MIL"]);
  });

  it("reads the genitive and 'من قبل' / 'نفذها' agents", () => {
    expect(ids("قصف للاحتلال التركي على مدينة تل رفعت")).toEqual(["TR_MIL"]);
    expect(ids("قصف مدفعي نفذته ميليشيات الأسد على القرية")).toEqual(["SY_GOV_ASSAD"]);
    expect(ids('قصف صاروخي نفذه "واي بي جي" على المنطقة')).toEqual(["SDF"]);
    expect(ids("غارات جوية من قبل طائرات التحالف الدولي")).toEqual(["COALITION"]);
  });

  it("takes the conjunct of an attacker as an attacker too", () => {
    expect(ids("وأوضحت أن قوات النظام وروسيا استهدفتا بالصواريخ مزرعة")).toEqual(["SY_GOV_ASSAD", "RU_MIL"]);
  });

  it("reads the source of fire and 'من X' after an attack word", () => {
    expect(ids("قصف صاروخي مصدره المناطق التي تسيطر عليها قوات النظام")).toEqual(["SY_GOV_ASSAD"]);
    expect(ids("هجمات بالصواريخ الموجهة من قوات النظام")).toEqual(["SY_GOV_ASSAD"]);
    expect(ids("قصف صاروخي من قوات النظام وميليشيا ب ي د")).toEqual(["SY_GOV_ASSAD", "SDF"]);
  });

  it("reads Kurdish-outlet wording for the SNA", () => {
    expect(ids("قصف مرتزقة الاحتلال التركي قرية")).toEqual(["SNA"]);
  });

  it("leaves out a group that is hit and a victim's side", () => {
    expect(ids("قصفت القوات التركية مواقع قسد")).toEqual(["TR_MIL"]);
    expect(ids("مقتل عنصر من قسد بقصف تركي")).toEqual(["TR_MIL"]);
    expect(ids("غارات على هيئة تحرير الشام")).toEqual([]);
  });

  it("takes an actor whose own weapon is the attack word", () => {
    expect(ids("جددت الطائرات المسيرة التركية هجماتها على مناطق “الإدارة الذاتية”")).toEqual(["TR_MIL"]);
  });

  it("tells fighters who attack from fighters who are hit", () => {
    expect(ids("نفذ عناصر من “قسد” عملية إنزال على القرية")).toEqual(["SDF"]);
    expect(ids("استهدفت القوات التركية عناصر من قسد")).toEqual(["TR_MIL"]);
    expect(ids("مقتل 3 عناصر من قسد بقصف")).toEqual([]);
  });

  it("takes the owner of the weapon that fired, not of the thing hit", () => {
    expect(ids("قصفت راجمة صواريخ تابعة لقوات سوريا الديمقراطية المخيم")).toEqual(["SDF"]);
    expect(ids("استهدفت مسيرة تركية سيارة تابعة لقسد")).toEqual(["TR_MIL"]);
    expect(ids("قامت القوات الروسية بقتل طفل")).toEqual(["RU_MIL"]);
  });

  it("leaves out a base hit, the actor's own dead and a backer named after its proxy", () => {
    expect(ids("صواريخ استهدفت قاعدة للقوات الأمريكية")).toEqual([]);
    expect(ids("قصف يستهدف تشييع شهداء الجيش السوري")).toEqual([]);
    expect(ids("المجموعات المسلحة الموالية لتركيا تقصف المدينة")).toEqual(["SNA"]);
    expect(ids("مجموعات مسلحة موالية لتركيا تقصف المدينة")).toEqual([]);
  });

  it("names nobody when the sentence tells no attack, and never a monitor", () => {
    expect(ids("قال المرصد السوري إن قوات النظام عززت مواقعها")).toEqual([]);
    expect(ids("وثق المرصد السوري قصف قوات النظام")).toEqual(["SY_GOV_ASSAD"]);
  });

  it("returns spans in the sentence's own characters", () => {
    const s = "قصفت القوّات التركية القرية";
    const [p] = findArabicPerpetrators(s, actors, null);
    expect(s.slice(p!.start, p!.end)).toBe(p!.text);
    expect(p!.text).toBe("القوّات التركية");
  });
});
