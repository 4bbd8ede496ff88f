import { describe, expect, it } from "vitest";
import type { Incident } from "../../../domain/incident.js";
import type { IncidentAssessment } from "../../../domain/qualification.js";
import {
  LEGAL_CODES,
  LEGAL_INDICATORS,
  QUALIFICATION_RULES_VERSION,
} from "../../../knowledge/legal/index.js";
import { SYRIA_SITUATION } from "../../../knowledge/situations/index.js";
import { loadSeed } from "../../../../test/support/seed.js";
import {
  incidentsFromExtraction,
  makeIncident,
  MONITOR_SOURCE,
  SOC_SOURCE,
} from "../__fixtures__/incidents.js";
import type { ReportContext } from "./incident-facts.js";
import { qualifyIncident } from "./qualify-incident.js";

const deps = { codes: LEGAL_CODES, indicators: LEGAL_INDICATORS, rulesVersion: QUALIFICATION_RULES_VERSION };
const byCode = (a: IncidentAssessment) => Object.fromEntries(a.qualifications.map((q) => [q.code, q]));

const dated = await loadSeed("2021-09-08");
const undated = await loadSeed(null);

describe.skipIf(!dated || !undated)("the seed article (skipped when ../shared/seed is absent)", () => {
  const assess = (seed: NonNullable<typeof dated>, source = SOC_SOURCE) => {
    const reports: Record<string, ReportContext> = {
      [seed.report.id]: { text: seed.report.text, statements: seed.extraction.statements },
    };
    return incidentsFromExtraction(seed.extraction, source).map((incident) =>
      qualifyIncident({ incident, reports, situation: SYRIA_SITUATION, pattern: null }, deps),
    );
  };

  it("holds every qualification of the single partisan source at L0, keeping the level the facts support", () => {
    const assessments = assess(dated!);
    expect(assessments).toHaveLength(4);
    for (const assessment of assessments) {
      const q = byCode(assessment);
      // No CAH-MUR: the seed's killings ("killing and injuring a number of them") are a toll for the four
      // villages together, so no single village's incident shows a killing of its own.
      expect(Object.keys(q).sort()).toEqual(["CAH-DEP", "WC-E-CIV", "WC-E-EMB", "WC-E-RESC"]);
      for (const qualification of assessment.qualifications) {
        expect(qualification.level).toBe("L0");
        expect(qualification.text).toMatch(/consistent with/);
      }
      expect(q["WC-E-CIV"]!.factLevel).toBe("L2");
      expect(q["WC-E-RESC"]!.factLevel).toBe("L2");
      expect(q["WC-E-EMB"]!.factLevel).toBe("L2");
      expect(q["CAH-DEP"]!.factLevel).toBe("L0");
      expect(q["WC-E-CIV"]!.limits.join(" ")).toMatch(/partisan source \(Syrian Opposition Coalition/);
    }
  });

  it("names the evidence of each element: the targeting wording, the double tap, the missing emblem", () => {
    const [sarjah] = assess(dated!);
    const q = byCode(sarjah!);
    const object = q["WC-E-CIV"]!.elements.find((e) => e.name.startsWith("civilians were the object"))!;
    expect(object.status).toBe("met");
    expect(object.evidence.map((e) => e.text)).toContain("targeted civilians");
    const doubleTap = q["WC-E-RESC"]!.elements.find((e) => e.name.startsWith("a second strike"))!;
    expect(doubleTap.status).toBe("met");
    expect(doubleTap.evidence.some((e) => /while they were trying to rescue/.test(e.text))).toBe(true);
    const emblem = q["WC-E-EMB"]!.elements.find((e) => e.name.startsWith("identifiable as medical"))!;
    expect(emblem.status).toBe("not_shown");
    const aim = q["CAH-DEP"]!.elements.find((e) => e.name.startsWith("the source asserts an aim"))!;
    expect(aim.status).toBe("met");
    expect(aim.evidence[0]).toMatchObject({
      text: "aims to displace",
      claimId: expect.stringMatching(/:s\d+$/),
    });
    const chapeau = q["CAH-DEP"]!.elements.find((e) => e.kind === "context")!;
    expect(chapeau.status).toBe("not_shown");
    for (const element of q["WC-E-CIV"]!.elements)
      for (const e of element.evidence)
        if (e.reportId) expect(dated!.report.text.slice(e.start, e.end)).toBe(e.text);
  });

  it("keeps the source's legal words as its characterisations and raises no genocide code", () => {
    const [first] = assess(dated!);
    expect(first!.sourceCharacterisations.map((c) => c.label).sort()).toEqual([
      "crime against humanity",
      "genocide",
    ]);
    expect(first!.qualifications.some((q) => q.code.startsWith("GEN"))).toBe(false);
    expect(first!.analystQueue).toEqual([]);
  });

  it("with an independent source, states the levels the facts support", () => {
    const q = byCode(assess(dated!, MONITOR_SOURCE)[0]!);
    expect(q["WC-E-CIV"]!.level).toBe("L2");
    expect(q["WC-E-CIV"]!.text).toMatch(
      /^Consistent with the war crime of intentionally directing attacks against civilians/,
    );
    expect(q["WC-E-RESC"]!.level).toBe("L2");
  });

  it("without a publication date the armed-conflict context is unknown, so war-crime codes stop at L1", () => {
    const q = byCode(assess(undated!, MONITOR_SOURCE)[0]!);
    expect(q["WC-E-CIV"]!.level).toBe("L1");
    expect(q["WC-E-CIV"]!.elements.find((e) => e.kind === "context")!.status).toBe("unknown");
  });
});

describe("qualifyIncident on hand-built incidents", () => {
  const text =
    "Government shelling hit Ihsim on Tuesday, killing two civilians. Separately, officials said a market in Ariha was targeted civilians later.";
  const claimFor = (incident: Incident, start: number, end: number) => ({
    ...incident,
    reports: ["r1"],
    claims: [
      {
        id: "r1:0",
        reportId: "r1",
        ordinal: 0,
        sourceId: "snhr",
        eventType: incident.eventType,
        date: incident.date,
        place: { mention: "Ihsim", name: "Ihsim", gazetteerId: null },
        perpetrators: [],
        killed: null,
        injured: null,
        modality: "reported" as const,
        evidence: [{ field: "place", start, end, text: text.slice(start, end) }],
        match: { by: "seed" as const, score: 1, features: {}, reason: "first" },
      },
    ],
  });
  const reports = { r1: { text, statements: [] } };

  it("does not read civilians as the object from civilian deaths alone, nor from another sentence", () => {
    const incident = claimFor(makeIncident(), 24, 29);
    const a = qualifyIncident({ incident, reports, situation: SYRIA_SITUATION, pattern: null }, deps);
    const civ = byCode(a)["WC-E-CIV"]!;
    expect(civ.level).toBe("L0");
    expect(civ.elements.find((e) => e.name.startsWith("civilians were the object"))!.status).toBe(
      "not_shown",
    );
    expect(civ.text).toMatch(
      /^Alleged only: .* not yet consistent with .* not shown: civilians were the object/,
    );
  });

  it("raises a pattern to the crimes-against-humanity chapeau, and nothing for a rejected incident", () => {
    const incident = makeIncident();
    const pattern = {
      perpetrator: "SY_GOV_ASSAD",
      count: 5,
      incidentIds: ["a", "b", "c", "d", "e"],
      areas: ["Ariha", "Jisr al-Shughur"],
      fromDay: "2021-08-10",
      toDay: "2021-09-07",
    };
    const a = qualifyIncident({ incident, reports: {}, situation: SYRIA_SITUATION, pattern }, deps);
    expect(byCode(a)["CAH-MUR"]!.level).toBe("L2");
    const rejected = makeIncident({
      review: { status: "rejected", by: "analyst", at: "2021-09-09T00:00:00Z" },
    });
    expect(
      qualifyIncident({ incident: rejected, reports: {}, situation: SYRIA_SITUATION, pattern }, deps)
        .qualifications,
    ).toEqual([]);
  });

  it("keeps a genocide code at L0 and queues it for an analyst", () => {
    const words = "Fighters shelled the village, killing 12 Yazidis, and vowed to exterminate the Yazidis.";
    const incident = {
      ...makeIncident({
        targets: ["civilians"],
        casualties: {
          killed: { min: 12, max: 12, point: 12 },
          injured: null,
          unspecified: null,
          bySource: [],
        },
      }),
      claims: [
        {
          ...claimFor(makeIncident(), 0, 5).claims[0]!,
          evidence: [{ field: "eventType", start: 10, end: 17, text: "shelled" }],
        },
      ],
    };
    const a = qualifyIncident(
      {
        incident,
        reports: { r1: { text: words, statements: [] } },
        situation: SYRIA_SITUATION,
        pattern: null,
      },
      deps,
    );
    const gen = byCode(a)["GEN-A"]!;
    expect(gen.level).toBe("L0");
    expect(gen.factLevel).toBe("L0");
    expect(a.analystQueue).toEqual([expect.objectContaining({ code: "GEN-A", incidentId: incident.id })]);
    expect(byCode(a)["CAH-EXT"]!.level).toBe("L1");
  });

  it("reads the other genocide acts (art. II(d), (e)) only with their own act, and keeps them at L0 for an analyst", () => {
    const words =
      "Fighters shelled the village and vowed to exterminate the Yazidis; children were forcibly transferred to their camps and women faced forced sterilisation.";
    const incident = {
      ...makeIncident({ targets: ["civilians"] }),
      claims: [
        {
          ...claimFor(makeIncident(), 0, 5).claims[0]!,
          evidence: [{ field: "eventType", start: 9, end: 16, text: "shelled" }],
        },
      ],
    };
    const qualify = (text: string) =>
      qualifyIncident(
        { incident, reports: { r1: { text, statements: [] } }, situation: SYRIA_SITUATION, pattern: null },
        deps,
      );
    const a = qualify(words);
    for (const code of ["GEN-D", "GEN-E"]) {
      const q = byCode(a)[code]!;
      expect(q.level, code).toBe("L0");
      expect(q.elements[0], code).toMatchObject({ kind: "act", status: "met" });
    }
    expect(a.analystQueue.map((q) => q.code).sort()).toEqual(expect.arrayContaining(["GEN-D", "GEN-E"]));
    // Without its own act, neither code is stated: intent alone is not every act of genocide.
    const intentOnly = qualify("Fighters shelled the village and vowed to exterminate the Yazidis.");
    expect(byCode(intentOnly)["GEN-D"]).toBeUndefined();
    expect(byCode(intentOnly)["GEN-E"]).toBeUndefined();
  });
});
