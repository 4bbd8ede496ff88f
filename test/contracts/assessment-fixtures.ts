/** Small alerts and assessments for the assessment-storage contract suites. */
import type { Alert } from "../../src/domain/alert.js";
import type { IncidentAssessment } from "../../src/domain/qualification.js";

export function makeAlert(id: string, overrides: Partial<Alert> = {}): Alert {
  return {
    id,
    kind: "mass_casualty",
    scope: "incident",
    situationId: "syria",
    area: { admin1: "Idlib", admin2: "Ariha" },
    perpetrator: { actorId: "SY_GOV_ASSAD", name: "Syrian government forces (Assad era)" },
    date: "2021-09-07",
    raisedAsOf: "2021-09-08",
    statistic: {
      method: "rule",
      observed: 12,
      expected: null,
      baselineDays: null,
      baselineTotal: null,
      pValue: null,
      threshold: 10,
      note: "at least 10",
    },
    incidents: ["inc-1"],
    grade: "fair",
    summary: "At least 12 people reported killed in one incident in Ariha (Idlib) on 2021-09-07.",
    ...overrides,
  };
}

export function makeAssessment(
  incidentId: string,
  level: "L0" | "L1" | "L2" = "L1",
  genocide = false,
): IncidentAssessment {
  return {
    incidentId,
    rulesVersion: "qualify-1",
    qualifications: [
      {
        code: "CAH-MUR",
        basis: "Rome Statute art. 7(1)(a)",
        crime: "crimes_against_humanity",
        level,
        factLevel: level,
        limits: [],
        text: "The reported facts are consistent with the act of murder as a crime against humanity.",
        elements: [
          {
            name: "civilians were killed",
            kind: "act",
            status: "met",
            note: "shown by civilians-killed",
            evidence: [{ claimId: "r:0", reportId: "r", start: 0, end: 6, text: "killed" }],
          },
        ],
      },
    ],
    sourceCharacterisations: [],
    analystQueue: genocide ? [{ incidentId, code: "GEN-A", reason: "intent wording" }] : [],
  };
}
