import { describe, expect, it } from "vitest";
import type { AnalystIndicator, RiskProfile } from "../../../domain/risk.js";
import {
  DECAY_DAYS,
  LEGAL_CODES,
  LEGAL_INDICATORS,
  QUALIFICATION_RULES_VERSION,
  RISK_FACTORS,
} from "../../../knowledge/legal/index.js";
import { SYRIA_SITUATION } from "../../../knowledge/situations/index.js";
import { makeIncident } from "../__fixtures__/incidents.js";
import { DEFAULT_ESCALATION_CONFIG } from "../escalation/escalation-config.js";
import { assessSituation, type AssessReport } from "../index.js";
import { addDays } from "../series/days.js";

const deps = {
  codes: LEGAL_CODES,
  indicators: LEGAL_INDICATORS,
  rulesVersion: QUALIFICATION_RULES_VERSION,
  factors: RISK_FACTORS,
  decayDays: DECAY_DAYS,
  escalation: DEFAULT_ESCALATION_CONFIG,
};
const ASOF = "2021-09-30";
const indicator = (p: RiskProfile, id: string) =>
  p.factors.flatMap((f) => f.indicators).find((i) => i.id === id)!;
const factor = (p: RiskProfile, id: string) => p.factors.find((f) => f.id === id)!;

function incidentOn(id: string, day: string, admin2: string, overrides = {}) {
  const reportId = `r-${id}`;
  return {
    incident: makeIncident({
      id,
      date: { start: day, end: day, precision: "day" },
      place: { ...makeIncident().place, admin2 },
      reports: [reportId],
      ...overrides,
    }),
    report: [
      reportId,
      { text: "", statements: [], publishedAt: day, retrievedAt: `${day}T10:00:00.000Z` },
    ] as [string, AssessReport],
  };
}

function profileOf(items: ReturnType<typeof incidentOn>[], analyst: AnalystIndicator[] = [], asOf = ASOF) {
  return assessSituation(
    {
      situation: SYRIA_SITUATION,
      incidents: items.map((i) => i.incident),
      reports: Object.fromEntries(items.map((i) => i.report)),
      analystIndicators: analyst,
      asOf,
    },
    deps,
  ).profile;
}

describe("risk profile", () => {
  it("imputes nothing: with no incidents only the context facts are present, the rest unknown", () => {
    const p = profileOf([]);
    expect(p.factors).toHaveLength(14);
    expect(indicator(p, "RF1.armed-conflict")).toMatchObject({
      state: "present",
      origin: "context",
      evidence: ["context:syria:niac-gov-opposition"],
    });
    expect(indicator(p, "RF6.council-paralysis")).toMatchObject({ state: "present", origin: "context" });
    expect(indicator(p, "RF1.hostilities").state).toBe("unknown");
    expect(factor(p, "RF3")).toMatchObject({ level: 0, levelLabel: "unknown" });
    expect(p.factors.flatMap((f) => f.indicators).some((i) => i.state === "absent")).toBe(false);
  });

  it("computes RF11 from a pattern spreading over areas and days, one level up with three indicators present", () => {
    const areas = ["Ariha", "Jisr al-Shughur", "Idlib", "Harim", "Ariha", "Jisr al-Shughur"];
    const items = areas.map((a, k) => incidentOn(`p${k}`, addDays(ASOF, -20 + k * 2), a));
    const p = profileOf(items);
    expect(indicator(p, "RF11.pattern")).toMatchObject({ state: "present", origin: "computed" });
    expect(indicator(p, "RF11.pattern").evidence).toEqual(items.map((i) => i.incident.id).sort());
    expect(indicator(p, "RF11.spread-areas").state).toBe("present");
    expect(indicator(p, "RF11.spread-time").state).toBe("present");
    expect(factor(p, "RF11")).toMatchObject({ level: 3, levelLabel: "elevated" });
    expect(indicator(p, "RF1.hostilities").evidence).toHaveLength(6);
    // The same six villages listed in one statement are one voice, not a pattern.
    const oneReport = items.map((i) => ({
      ...i,
      incident: { ...i.incident, reports: ["r-one"] },
      report: ["r-one", i.report[1]] as typeof i.report,
    }));
    expect(indicator(profileOf(oneReport), "RF11.pattern").state).toBe("unknown");
  });

  it("lets dynamic evidence decay after 90 days, structural evidence stay", () => {
    const old = [incidentOn("old", addDays(ASOF, -120), "Ariha", { targets: ["medical", "civilians"] })];
    const p = profileOf(old);
    expect(indicator(p, "RF13.protected-attacks").state).toBe("unknown");
    expect(indicator(p, "RF1.hostilities").state).toBe("unknown");
    expect(indicator(p, "RF2.past-violations")).toMatchObject({ state: "present", evidence: ["old"] });
    const fresh = profileOf(old, [], addDays(ASOF, -100));
    expect(indicator(fresh, "RF13.protected-attacks")).toMatchObject({ state: "present", evidence: ["old"] });
    expect(indicator(fresh, "RF14.humanitarian-attacks").state).toBe("unknown");
  });

  it("takes analyst indicators with their note, and lets a dynamic one decay", () => {
    const set = (indicatorId: string, state: "present" | "absent", setAt: string): AnalystIndicator => ({
      situationId: "syria",
      indicatorId,
      state,
      note: "CoI report A/HRC/44/61",
      evidence: [],
      setBy: "analyst1",
      setAt,
    });
    const p = profileOf(
      [],
      [
        set("RF3.judiciary", "present", "2020-01-01T00:00:00Z"),
        set("RF7.communications", "present", "2021-05-01T00:00:00Z"),
        set("RF5.external-support", "absent", "2021-09-01T00:00:00Z"),
      ],
    );
    expect(indicator(p, "RF3.judiciary")).toMatchObject({ state: "present", origin: "analyst" });
    expect(indicator(p, "RF3.judiciary").note).toContain("CoI report");
    expect(indicator(p, "RF7.communications").state).toBe("unknown");
    expect(indicator(p, "RF7.communications").note).toMatch(/decayed/);
    expect(factor(p, "RF5")).toMatchObject({ level: 1, levelLabel: "absent" });
  });
});
