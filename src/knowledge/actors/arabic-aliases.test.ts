import { describe, expect, it } from "vitest";
import { ActorRegistry } from "./actor-registry.js";
import { INTERNATIONAL_PACK } from "./international-actors.js";
import { SYRIA_PACK } from "./syria-actors.js";

const registry = new ActorRegistry([SYRIA_PACK, INTERNATIONAL_PACK]);
const first = (text: string, onDate: string | null = "2021-08-17") =>
  registry.findActors(text, onDate)[0]?.actor.id;

describe("Arabic actor aliases", () => {
  it("names Turkish forces as Kurdish outlets and Arabic news write them", () => {
    expect(first("قصف الاحتلال التركي القرية")).toBe("TR_MIL");
    expect(first("قصفت دولة الاحتلال التركي القرية")).toBe("TR_MIL");
    expect(first("أعلنت أنقرة")).toBe("TR_MIL");
    expect(first("قصفت المدفعية التركية القرية")).toBe("TR_MIL");
  });

  it("names the SNA as 'mercenaries' of the occupation and as Turkish-backed factions", () => {
    expect(first("هاجم مرتزقة الاحتلال التركي القرية")).toBe("SNA");
    expect(first("قصفت الفصائل الموالية لأنقرة القرية")).toBe("SNA");
  });

  it("names the Coalition, Russia, Israel and Iran by country and air force", () => {
    expect(first("غارة لقوات التحالف")).toBe("COALITION");
    expect(first("غارة للطيران الأمريكي")).toBe("COALITION");
    expect(first("قصفت المقاتلات الروسية")).toBe("RU_MIL");
    expect(first("غارات الاحتلال الإسرائيلي")).toBe("IL_MIL");
    expect(first("اتهمت إيران")).toBe("IR_MIL");
  });

  it("names Assad's militias and SDF councils", () => {
    expect(first("قصفت ميليشيا أسد البلدة")).toBe("SY_GOV_ASSAD");
    expect(first("قصفت ميليشيات الأسد البلدة")).toBe("SY_GOV_ASSAD");
    expect(first("أعلن مجلس منبج العسكري")).toBe("SDF");
    expect(first("استهدفت قوات قسد")).toBe("SDF");
    expect(first('قصف ميليشيا "ب ي د"')).toBe("SDF");
    expect(first("قصف تنظيم واي بي جي")).toBe("SDF");
  });
});
