/**
 * Synthetic incident records for the assessment benchmarks (two years, 14 governorates, 5 districts
 * each, 6 perpetrators, one report per incident published 0–3 days later). Deterministic (seeded).
 */
import type { Incident } from "../src/domain/incident.js";
import { SYRIA_SITUATION } from "../src/knowledge/situations/index.js";
import { addDays, type AssessReport } from "../src/pipeline/assess/index.js";

const PERPETRATORS = ["SY_GOV_ASSAD", "RU_MIL", "HTS", "SNA", "ISIS", "SDF"];
export const START = "2020-01-01";
export const DAYS = 730;

function generator(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** `n` incidents, one report each; `first` offsets ids and the generator so batches can be appended. */
export function records(
  n: number,
  first = 0,
): { incidents: Incident[]; reports: Record<string, AssessReport> } {
  const rand = generator(42 + first);
  const incidents: Incident[] = [];
  const reports: Record<string, AssessReport> = {};
  for (let k = first; k < first + n; k++) {
    const day = addDays(START, Math.floor(rand() * DAYS));
    const admin1 = SYRIA_SITUATION.admin1[Math.floor(rand() * 14)]!;
    const reportId = `r${k}`;
    const text = `Regime forces shelled a residential area in ${admin1} on that day, killing civilians; rescuers were hit while they were trying to rescue the wounded.`;
    reports[reportId] = {
      text,
      statements: [],
      publishedAt: addDays(day, Math.floor(rand() * 4)),
      retrievedAt: `${day}T12:00:00.000Z`,
    };
    const perpetrator = PERPETRATORS[Math.floor(rand() * PERPETRATORS.length)]!;
    const killed = Math.floor(rand() * rand() * 15);
    incidents.push({
      id: `inc_${k}`,
      eventType: "shelling",
      acled: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
      date: { start: day, end: day, precision: "day" },
      place: {
        name: `Town ${k % 300}`,
        mentions: [],
        gazetteerId: null,
        lat: null,
        lon: null,
        admin1,
        admin2: `${admin1} district ${Math.floor(rand() * 5)}`,
        country: "SY",
        precision: "settlement",
      },
      perpetrators: [{ actorId: perpetrator, name: perpetrator, role: "primary", attributedBy: ["src"] }],
      targets: rand() < 0.1 ? ["civilians", "rescuers"] : ["civilians"],
      victimGroups: [],
      doubleTap: rand() < 0.02,
      casualties: {
        killed: { min: killed, max: killed, point: killed },
        injured: null,
        unspecified: null,
        bySource: [],
      },
      grade: rand() < 0.5 ? "fair" : "weak",
      gradeReason: "synthetic",
      credibility: "3",
      independentSources: 1,
      sources: [
        {
          id: "src",
          name: "Monitor",
          kind: "monitor",
          originator: "src",
          relayedBy: [],
          reliability: "B",
          partisan: false,
          reportIds: [reportId],
        },
      ],
      reports: [reportId],
      claims: [
        {
          id: `${reportId}:0`,
          reportId,
          ordinal: 0,
          sourceId: "src",
          eventType: "shelling",
          date: { start: day, end: day, precision: "day" },
          place: { mention: "Town", name: "Town", gazetteerId: null },
          perpetrators: [],
          killed: null,
          injured: null,
          modality: "reported",
          evidence: [{ field: "eventType", start: 15, end: 22, text: "shelled" }],
          match: { by: "seed", score: 1, features: {}, reason: "synthetic" },
        },
      ],
      review: { status: "unreviewed", by: null, at: null },
      createdAt: `${day}T12:00:00.000Z`,
      updatedAt: `${day}T12:00:00.000Z`,
    });
  }
  return { incidents, reports };
}
