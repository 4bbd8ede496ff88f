import { describe, expect, it } from "vitest";
import { findArabicEvents } from "./arabic-facts.js";

/** [text, eventType, untold] of each attack word. */
function events(sentence: string): [string, string, boolean][] {
  return findArabicEvents(sentence).map((e) => [e.text, e.eventType, e.untold]);
}

describe("findArabicEvents: attack words by root and pattern", () => {
  it("reads a verb in its past, present and suffixed forms and a verbal noun with proclitics", () => {
    expect(events("قصفت القوات القرية")[0]?.[0]).toBe("قصفت");
    expect(events("والقصف مستمر")[0]?.[0]).toBe("والقصف");
    expect(events("تقصفها القوات كل يوم")[0]?.[0]).toBe("تقصفها");
    expect(events("أصيب رجل بقصفٍ على البلدة")[0]?.[0]).toBe("بقصفٍ");
  });

  it("returns spans in the sentence's own characters, marks included", () => {
    const s = "أصيب رجل بقَصْفٍ على البلدة";
    const [e] = findArabicEvents(s);
    expect(s.slice(e!.start, e!.end)).toBe("بقَصْفٍ");
  });

  it("types a generic attack word by the means beside it", () => {
    expect(events("قصف مدفعي على الحي")[0]?.[1]).toBe("shelling");
    expect(events("قصف جوي على الحي")[0]?.[1]).toBe("air_strike");
    expect(events("استهدفت طائرة مسيّرة سيارة مدنية")[0]?.[1]).toBe("drone_strike");
    expect(events("استهدف الطيران الحربي السوق")[0]?.[1]).toBe("air_strike");
    expect(events("انفجار لغم أرضي في الحقل")[0]?.[1]).toBe("landmine_erw");
    expect(events("انفجار قذيفة من مخلفات الحرب في القرية")[0]?.[1]).toBe("landmine_erw");
    expect(events("انفجار عبوة ناسفة في السوق")[0]?.[1]).toBe("explosion");
    expect(events("هجوم بالبراميل المتفجرة")[0]?.[1]).toBe("barrel_bomb");
    expect(events("استهدفت القوات البلدة بصواريخ بالستية")[0]?.[1]).toBe("missile_strike");
    expect(events("استهدفت القوات سيارة بصاروخ حراري مضاد للدروع")[0]?.[1]).toBe("missile_strike");
    expect(events("استهدفت القوات سيارة بصاروخ موجه")[0]?.[1]).toBe("missile_strike");
  });

  it("reaches a means across commas and quotes, and lets a drone outrank the aircraft it is", () => {
    expect(events("استهدف الجيش، صباح اليوم، عبر الطيران المسيّر، سيارة")[0]?.[1]).toBe("drone_strike");
    expect(events('تعرضت القافلة لقصف من قبل "الطيران الحربي" المسير')[0]?.[1]).toBe("drone_strike");
    expect(events("قصف مدفعي. وحلّق الطيران فوق المدينة")[0]?.[1]).toBe("shelling");
  });

  it("reads an aggression as an attack typed by its means", () => {
    expect(events("نفذ العدو عدواناً جوياً على المنطقة")[0]).toEqual(["عدواناً", "air_strike", false]);
  });

  it("gives attack nouns their own type", () => {
    expect(events("غارات على المدينة")[0]?.[1]).toBe("air_strike");
    expect(events("اشتباكات بين الطرفين")[0]?.[1]).toBe("armed_clash");
    expect(events("سيارة مفخخة في المدينة")[0]?.[1]).toBe("explosion");
    expect(events("أطلق مسلحون النار على الحافلة")[0]?.[1]).toBe("shooting");
    expect(events("إعدام ميداني لشاب")[0]?.[1]).toBe("execution");
    expect(events("اختطاف طفل في المدينة")[0]?.[1]).toBe("abduction");
    expect(events("نفذت القوات عملية إنزال جوي على القرية")[0]?.[1]).toBe("ground_attack");
    expect(events("اقتحمت دورية المنزل")[0]?.[1]).toBe("ground_attack");
  });

  it("drops a light verb whose attack is the word beside it, and joins adjacent attack words", () => {
    expect(events("شنت الطائرات غارات على البلدة")).toEqual([["غارات", "air_strike", false]]);
    expect(events("قتل رجل بقذائف هاون")).toEqual([["بقذائف هاون", "shelling", false]]);
  });

  it("does not read a ceasefire as shooting", () => {
    expect(events("خرق وقف إطلاق النار")).toEqual([]);
  });

  it("marks negated, denied, threatened, future and hypothetical attacks untold", () => {
    expect(events("لم تقصف الطائرات البلدة")[0]?.[2]).toBe(true);
    expect(events("لم يتم استهداف المدينة")[0]?.[2]).toBe(true);
    expect(events("نفت الوزارة قصف المستشفى")[0]?.[2]).toBe(true);
    expect(events("هددت أنقرة بقصف المنطقة")[0]?.[2]).toBe(true);
    expect(events("ستستهدف الطائرات المنطقة")[0]?.[2]).toBe(true);
    expect(events("سوف تقصف القوات المدينة")[0]?.[2]).toBe(true);
    expect(events("إذا قصفت القوات المدينة")[0]?.[2]).toBe(true);
  });

  it("keeps an attack told when only its harm is denied", () => {
    expect(events("لم تسفر الغارة عن إصابات")[0]).toEqual(["الغارة", "air_strike", false]);
  });

  it("marks an attack weighed as a possibility as untold ('يمكن أن تكون الغارة', 'ربما')", () => {
    expect(events("لهذا السبب يمكن أن تكون الغارة على المدينة هي نفسها")[0]?.[2]).toBe(true);
    expect(events("ربما قصفت الطائرات المدينة")[0]?.[2]).toBe(true);
    expect(events("قصفت طائرات ربما روسية المدينة")[0]?.[2]).toBe(false);
  });
});
