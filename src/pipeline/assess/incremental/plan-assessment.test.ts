/**
 * Incremental assessment against the full one: reports arrive one at a time (out of date order, some
 * moving or rejecting earlier incidents), each followed by an incremental step that keeps its own
 * "store" of assessments, inputs and alerts the way the service does. At every step the store must
 * equal what a full assessment from scratch stores — and the steps must do less than a full run.
 */
import { describe, expect, it } from "vitest";
import type { Alert } from "../../../domain/alert.js";
import type { Incident } from "../../../domain/incident.js";
import type { IncidentAssessment } from "../../../domain/qualification.js";
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
import { assessPlanned, type AssessDeps, type AssessReport } from "../index.js";
import { addDays } from "../series/days.js";
import type { ReportDates } from "../series/series-incident.js";
import { planAssessment, type StoredInput } from "./plan-assessment.js";

const deps: AssessDeps = {
  codes: LEGAL_CODES,
  indicators: LEGAL_INDICATORS,
  rulesVersion: QUALIFICATION_RULES_VERSION,
  factors: RISK_FACTORS,
  decayDays: DECAY_DAYS,
  escalation: DEFAULT_ESCALATION_CONFIG,
};
const planDeps = {
  rulesVersion: QUALIFICATION_RULES_VERSION,
  fingerprint: (v: unknown) => JSON.stringify(v),
};
const AS_OF = "2021-12-31";
const DAY0 = "2021-06-01";
const AREAS = [
  ["Idlib", "Ariha"],
  ["Idlib", "Idleb"],
  ["Aleppo", "Jebel Saman"],
  ["Hama", "As-Suqaylabiyah"],
] as const;
const ACTORS = [
  { actorId: "SY_GOV_ASSAD", name: "Syrian government forces (Assad era)" },
  { actorId: "RU_MIL", name: "Russian armed forces" },
];

/** A deterministic pseudo-random sequence, so the history is varied but the same on every run. */
function sequence(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

interface Step {
  reportId: string;
  published: string;
  incidents: Incident[];
  /** Earlier incidents this report's resolution removed (merged away or rejected). */
  removes: string[];
}

/** 120 reports over five months: background, surges, mass-casualty and rescuer incidents, late reports. */
function history(): Step[] {
  const next = sequence(7);
  const steps: Step[] = [];
  for (let r = 0; r < 120; r++) {
    const eventDay = addDays(DAY0, next(150));
    // Most reports arrive within two days; one in ten weeks later (a backfill).
    const published = addDays(eventDay, next(10) === 0 ? 20 + next(30) : 1 + next(2));
    const reportId = `r${String(r).padStart(3, "0")}`;
    const count = next(6) === 0 ? 4 : 1;
    const incidents = Array.from({ length: count }, (_, k) => {
      const [admin1, admin2] = AREAS[next(AREAS.length)]!;
      const actor = ACTORS[next(ACTORS.length)]!;
      const killed = next(8) === 0 ? 12 : next(4);
      return makeIncident({
        id: `inc-${reportId}-${k}`,
        date: { start: eventDay, end: eventDay, precision: "day" },
        place: { ...makeIncident().place, admin1, admin2, name: `${admin2} ${k}` },
        perpetrators: [{ ...actor, role: "primary", attributedBy: ["snhr"] }],
        targets: next(10) === 0 ? ["rescuers"] : ["civilians"],
        casualties: {
          killed: { min: killed, max: killed, point: killed },
          injured: null,
          unspecified: null,
          bySource: [],
        },
        reports: [reportId],
      });
    });
    steps.push({ reportId, published, incidents, removes: [] });
  }
  // Some later reports change earlier incidents: one moves to another area, one is rejected.
  steps[80]!.incidents.push({
    ...steps[10]!.incidents[0]!,
    place: { ...steps[10]!.incidents[0]!.place, admin1: "Hama", admin2: "As-Suqaylabiyah" },
    reports: ["r010", "r080"],
  });
  steps[95]!.incidents.push({
    ...steps[20]!.incidents[0]!,
    review: { status: "rejected", by: "analyst", at: null },
  });
  return steps;
}

interface FakeStore {
  assessments: Map<string, IncidentAssessment>;
  inputs: Map<string, StoredInput>;
  alerts: Map<string, Alert>;
}

const emptyStore = (): FakeStore => ({ assessments: new Map(), inputs: new Map(), alerts: new Map() });

/** What the service does with a plan's output: replace assessments and inputs, add or update alerts. */
function runStep(
  store: FakeStore,
  incidents: Incident[],
  dates: ReportDates,
  texts: Record<string, AssessReport>,
  forced: ReadonlySet<string> | "all",
) {
  const plan = planAssessment(
    { situation: SYRIA_SITUATION, incidents, reportDates: dates, asOf: AS_OF, stored: store.inputs, forced },
    planDeps,
  );
  const out = assessPlanned({ situation: SYRIA_SITUATION, plan, reports: texts, asOf: AS_OF }, deps);
  for (const a of out.assessments) store.assessments.set(a.incidentId, a);
  for (const [id, input] of plan.inputs) store.inputs.set(id, input);
  for (const id of plan.remove) {
    store.assessments.delete(id);
    store.inputs.delete(id);
  }
  for (const alert of out.alerts) {
    // recordAlerts: a new id is inserted; a known id keeps its first raise unless its content changed.
    store.alerts.set(alert.id, alert);
  }
  return plan;
}

describe("incremental assessment", () => {
  it("stores after every report exactly what a full assessment from scratch stores, doing less", () => {
    const steps = history();
    const incidents = new Map<string, Incident>();
    const dates: ReportDates = {};
    const texts: Record<string, AssessReport> = {};
    const incremental = emptyStore();
    let requalified = 0;
    let replayedAll = 0;
    for (const [n, step] of steps.entries()) {
      dates[step.reportId] = { publishedAt: step.published, retrievedAt: `${step.published}T12:00:00Z` };
      texts[step.reportId] = {
        text: "",
        statements: [],
        publishedAt: step.published,
        retrievedAt: `${step.published}T12:00:00Z`,
      };
      for (const id of step.removes) incidents.delete(id);
      for (const incident of step.incidents) incidents.set(incident.id, incident);
      const all = [...incidents.values()];
      const plan = runStep(
        incremental,
        all,
        dates,
        texts,
        new Set(all.filter((i) => i.reports.includes(step.reportId)).map((i) => i.id)),
      );
      requalified += plan.qualify.length;
      if (plan.alertKeys === "all") replayedAll++;

      if (n % 10 === 9 || n === steps.length - 1) {
        const full = emptyStore();
        runStep(full, all, dates, texts, "all");
        expect([...incremental.assessments.keys()].sort()).toEqual([...full.assessments.keys()].sort());
        for (const [id, a] of full.assessments) expect(incremental.assessments.get(id), id).toEqual(a);
        expect(incremental.inputs).toEqual(full.inputs);
        // The live store keeps alerts raised earlier that a full run over today's data would no longer
        // raise (as recordAlerts does); every alert the full run raises must be there, identical.
        for (const [id, alert] of full.alerts) expect(incremental.alerts.get(id), id).toEqual(alert);
      }
    }
    const total = steps.reduce((n, s) => n + s.incidents.length, 0);
    // A full run at every step would qualify every incident every time (about n²/2 qualifications).
    expect(requalified).toBeLessThan((total * total) / 8);
    expect(replayedAll).toBeLessThan(steps.length / 2);
  });

  /** Runs reports in the given order, incrementally, and returns its store beside a full run's. */
  function replay(steps: Step[]) {
    const incidents = new Map<string, Incident>();
    const dates: ReportDates = {};
    const incremental = emptyStore();
    for (const step of steps) {
      dates[step.reportId] = { publishedAt: step.published, retrievedAt: `${step.published}T12:00:00Z` };
      for (const id of step.removes) incidents.delete(id);
      for (const incident of step.incidents) incidents.set(incident.id, incident);
      const all = [...incidents.values()];
      runStep(
        incremental,
        all,
        dates,
        {},
        new Set(all.filter((i) => i.reports.includes(step.reportId)).map((i) => i.id)),
      );
    }
    const full = emptyStore();
    runStep(full, [...incidents.values()], dates, {}, "all");
    return { incremental, full };
  }

  /** `count` incidents in one area on `day` (offset from DAY0), reported by `reportId` on `known`. */
  function step(
    reportId: string,
    day: number,
    known: number,
    count: number,
    area: (typeof AREAS)[number] = AREAS[0],
    targets: string[] = ["civilians"],
  ): Step {
    const eventDay = addDays(DAY0, day);
    return {
      reportId,
      published: addDays(DAY0, known),
      removes: [],
      incidents: Array.from({ length: count }, (_, k) =>
        makeIncident({
          id: `inc-${reportId}-${k}`,
          date: { start: eventDay, end: eventDay, precision: "day" },
          place: { ...makeIncident().place, admin1: area[0], admin2: area[1], name: `${area[1]} ${k}` },
          perpetrators: [{ ...ACTORS[0]!, role: "primary", attributedBy: ["snhr"] }],
          targets: targets as Incident["targets"],
          reports: [reportId],
        }),
      ),
    };
  }

  it("replays the series an incident left when a later report moves it", () => {
    // No civilians hit, so no pattern links the incidents: only the series can carry the change.
    const background = Array.from({ length: 15 }, (_, k) =>
      step(`bg${k}`, k * 4, k * 4 + 1, 1, AREAS[0], []),
    );
    const surge = step("surge", 70, 71, 5, AREAS[0], []);
    const moved = surge.incidents[0]!;
    const mover: Step = {
      reportId: "mover",
      published: addDays(DAY0, 72),
      removes: [],
      incidents: [
        {
          ...moved,
          place: { ...moved.place, admin1: "Hama", admin2: "As-Suqaylabiyah" },
          reports: ["surge", "mover"],
        },
      ],
    };
    const { incremental, full } = replay([...background, surge, mover]);
    const surgeAlert = [...full.alerts.values()].find(
      (a) => a.kind === "escalation_incidents" && a.scope === "admin1",
    );
    expect(surgeAlert?.incidents).toHaveLength(4);
    expect(incremental.alerts.get(surgeAlert!.id)).toEqual(surgeAlert);
  });

  it("replays every series when a backfill moves the start of the record", () => {
    // The record starts on day 40, so a surge elsewhere on day 60 is too early to judge (28 days of
    // history needed) — until a report published on day 50 tells of an event on day 10.
    const background = Array.from({ length: 10 }, (_, k) =>
      step(`bg${k}`, 40 + k * 3, 41 + k * 3, 1, AREAS[2]),
    );
    const surge = step("surge", 60, 61, 4, AREAS[0]);
    const backfill = step("backfill", 10, 50, 1, AREAS[3]);
    const before = replay([...background, surge]);
    expect([...before.full.alerts.values()].filter((a) => a.kind === "escalation_incidents")).toEqual([]);
    const { incremental, full } = replay([...background, surge, backfill]);
    const raised = [...full.alerts.values()].filter((a) => a.kind === "escalation_incidents");
    expect(raised.length).toBeGreaterThan(0);
    for (const alert of raised) expect(incremental.alerts.get(alert.id)).toEqual(alert);
  });

  it("does nothing when nothing changed, and everything when the rules change", () => {
    const steps = history().slice(0, 30);
    const incidents = steps.flatMap((s) => s.incidents);
    const dates: ReportDates = Object.fromEntries(
      steps.map((s) => [s.reportId, { publishedAt: s.published, retrievedAt: `${s.published}T12:00:00Z` }]),
    );
    const store = emptyStore();
    runStep(store, incidents, dates, {}, "all");
    const again = runStep(store, incidents, dates, {}, new Set());
    expect(again.qualify).toEqual([]);
    expect(again.alertKeys).toEqual(new Set());
    const bumped = planAssessment(
      {
        situation: SYRIA_SITUATION,
        incidents,
        reportDates: dates,
        asOf: AS_OF,
        stored: store.inputs,
        forced: new Set(),
      },
      { ...planDeps, rulesVersion: "qualify-next" },
    );
    expect(bumped.qualify.length).toBe(store.assessments.size);
  });

  it("replays everything when stored rows predate recorded inputs", () => {
    const steps = history().slice(0, 5);
    const incidents = steps.flatMap((s) => s.incidents);
    const dates: ReportDates = Object.fromEntries(
      steps.map((s) => [s.reportId, { publishedAt: s.published, retrievedAt: `${s.published}T12:00:00Z` }]),
    );
    const stored = new Map(incidents.map((i) => [i.id, { inputHash: null, series: null }]));
    const plan = planAssessment(
      { situation: SYRIA_SITUATION, incidents, reportDates: dates, asOf: AS_OF, stored, forced: new Set() },
      planDeps,
    );
    expect(plan.qualify.length).toBe(incidents.length);
    expect(plan.alertKeys).toBe("all");
  });
});
