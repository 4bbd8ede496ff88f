/** Airwars grades with reasons, and Admiralty credibility, on small labelled source sets. */
import { describe, expect, it } from "vitest";
import { gradeIncident, type GradedSource } from "./grade-incident.js";
import { actors } from "./__fixtures__/claims.js";

function source(id: string, overrides: Partial<GradedSource> = {}): GradedSource {
  return {
    id,
    name: id.toUpperCase(),
    kind: "monitor",
    originator: id,
    relayedBy: [],
    reliability: "B",
    partisan: false,
    reportIds: [],
    unverified: false,
    stakeholder: false,
    findings: false,
    speaksFor: [],
    ...overrides,
  };
}
const soc = source("soc", {
  kind: "party",
  reliability: "C",
  partisan: true,
  relayedBy: ["syrian-observer"],
  unverified: true,
});
const blame = (sourceId: string, ...actorIds: string[]) => ({ sourceId, actorIds, denied: false });

describe("gradeIncident", () => {
  it("a single partisan, unverified source is weak, credibility 3", () => {
    const grade = gradeIncident(
      {
        sources: [soc],
        accusations: [blame("soc", "SY_GOV_ASSAD")],
        targets: [["civilians"]],
        rejected: null,
      },
      actors,
    );
    expect(grade).toMatchObject({ grade: "weak", credibility: "3" });
    expect(grade.reason).toContain("a party's claim stays weak until an independent source corroborates it");
    expect(grade.reason).toContain("relayed by syrian-observer");
  });

  it("the same party claim corroborated by an independent credible monitor is fair", () => {
    const grade = gradeIncident(
      {
        sources: [soc, source("snhr")],
        accusations: [blame("soc", "SY_GOV_ASSAD"), blame("snhr", "SY_GOV_ASSAD")],
        targets: [],
        rejected: null,
      },
      actors,
    );
    expect(grade).toMatchObject({ grade: "fair", credibility: "2" });
    expect(grade.reason).toContain("2 independent sources, 1 of them credible (SNHR)");
  });

  it("two sources but no attacker named stays weak; two partisan sources stay weak", () => {
    expect(
      gradeIncident(
        { sources: [source("a"), source("b")], accusations: [], targets: [], rejected: null },
        actors,
      ).grade,
    ).toBe("weak");
    const partisan = source("anha", { partisan: true, reliability: "C" });
    expect(
      gradeIncident(
        { sources: [soc, partisan], accusations: [blame("soc", "TR_MIL")], targets: [], rejected: null },
        actors,
      ).grade,
    ).toBe("weak");
  });

  it("a belligerent's own source naming itself confirms; so does an independent finding", () => {
    const mod = source("ru-mod", { kind: "party", reliability: "C", partisan: true, speaksFor: ["RU_MIL"] });
    const admitted = gradeIncident(
      { sources: [mod], accusations: [blame("ru-mod", "RU_MIL")], targets: [], rejected: null },
      actors,
    );
    expect(admitted).toMatchObject({ grade: "confirmed", credibility: "1" });
    expect(admitted.reason).toContain("accepted responsibility");
    const coi = source("un-coi", { kind: "un", findings: true });
    expect(
      gradeIncident({ sources: [coi], accusations: [], targets: [], rejected: null }, actors).grade,
    ).toBe("confirmed");
  });

  it("competing attributions are contested; allies are not; a denial is no accusation", () => {
    const contested = gradeIncident(
      {
        sources: [source("sohr"), source("sana")],
        accusations: [blame("sohr", "SY_GOV_ASSAD"), blame("sana", "TR_MIL")],
        targets: [],
        rejected: null,
      },
      actors,
    );
    expect(contested.grade).toBe("contested");
    expect(
      gradeIncident(
        {
          sources: [source("sohr"), source("snhr")],
          accusations: [blame("sohr", "RU_MIL"), blame("snhr", "SY_GOV_ASSAD")],
          targets: [],
          rejected: null,
        },
        actors,
      ).grade,
    ).toBe("fair");
    expect(
      gradeIncident(
        {
          sources: [
            source("sohr"),
            source("tr-mod", { partisan: true, reliability: "C", speaksFor: ["TR_MIL"] }),
          ],
          accusations: [blame("sohr", "TR_MIL"), { sourceId: "tr-mod", actorIds: ["TR_MIL"], denied: true }],
          targets: [],
          rejected: null,
        },
        actors,
      ).grade,
    ).toBe("weak");
  });

  it("rejected by an analyst, or combatants only, is discounted", () => {
    const rejected = gradeIncident(
      {
        sources: [source("sohr")],
        accusations: [],
        targets: [],
        rejected: { by: "ana", at: "2025-03-01T10:00:00Z", note: "duplicate of a 2019 event" },
      },
      actors,
    );
    expect(rejected).toEqual({
      grade: "discounted",
      reason: "Rejected by ana on 2025-03-01: duplicate of a 2019 event.",
      credibility: "5",
    });
    expect(
      gradeIncident(
        { sources: [source("sohr")], accusations: [], targets: [["military"]], rejected: null },
        actors,
      ).grade,
    ).toBe("discounted");
  });
});
