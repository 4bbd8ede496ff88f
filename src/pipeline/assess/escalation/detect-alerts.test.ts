import { describe, expect, it } from "vitest";
import { addDays } from "../series/days.js";
import type { SeriesIncident } from "../series/series-incident.js";
import { detectAlerts } from "./detect-alerts.js";
import { DEFAULT_ESCALATION_CONFIG } from "./escalation-config.js";

const DAY0 = "2021-06-01";
const day = (n: number) => addDays(DAY0, n);
const deps = { config: DEFAULT_ESCALATION_CONFIG };
const ASSAD = { actorId: "SY_GOV_ASSAD", name: "Syrian government forces (Assad era)" };

function incident(
  id: string,
  event: number,
  known: number,
  overrides: Partial<SeriesIncident> = {},
): SeriesIncident {
  return {
    id,
    eventDay: day(event),
    knownDay: day(known),
    admin1: "Idlib",
    admin2: "Ariha",
    perpetrators: [ASSAD],
    killed: 1,
    civilian: true,
    rescuersOrMedical: false,
    doubleTap: false,
    grade: "fair",
    eventType: "shelling",
    reports: [`r-${id}`],
    ...overrides,
  };
}

/** One incident every fourth day for 80 days, each reported the next day. */
const background = Array.from({ length: 20 }, (_, k) => incident(`bg-${k}`, k * 4 + 1, k * 4 + 2));
/** Five incidents on day 45, reported on day 46. */
const surge = Array.from({ length: 5 }, (_, k) => incident(`surge-${k}`, 45, 46));
/** Five incidents on day 33, first reported on day 60 — long after: history, not news. */
const lateHistory = Array.from({ length: 5 }, (_, k) => incident(`late-${k}`, 33, 60));
/** A busy day 10, before the record has a 28-day baseline. */
const early = Array.from({ length: 5 }, (_, k) => incident(`early-${k}`, 10, 10));

const escalations = (alerts: ReturnType<typeof detectAlerts>) =>
  alerts
    .filter((a) => a.kind.startsWith("escalation"))
    .map((a) => `${a.kind} ${a.scope} ${a.date} as-of ${a.raisedAsOf}`)
    .sort();

describe("escalation replay", () => {
  const all = [...background, ...surge, ...lateHistory, ...early];

  it("raises the surge on the day it became known, for the area, the district and the perpetrator", () => {
    const alerts = detectAlerts({ situationId: "syria", incidents: all, asOf: day(80) }, deps);
    expect(escalations(alerts)).toEqual(
      [
        `escalation_incidents admin1 ${day(45)} as-of ${day(46)}`,
        `escalation_incidents admin2 ${day(45)} as-of ${day(46)}`,
        `escalation_incidents perpetrator ${day(45)} as-of ${day(46)}`,
      ].sort(),
    );
    const admin2 = alerts.find((a) => a.scope === "admin2")!;
    // The background incident of day 45 (bg-11) belongs to the same day.
    expect(admin2.incidents).toEqual(["bg-11", ...surge.map((s) => s.id)]);
    expect(admin2.area).toEqual({ admin1: "Idlib", admin2: "Ariha" });
    expect(admin2.statistic.observed).toBe(6);
    expect(admin2.statistic.pValue!).toBeLessThan(0.01);
  });

  it("uses only what was known by each day: no alert for the surge before its reports appeared", () => {
    expect(escalations(detectAlerts({ situationId: "syria", incidents: all, asOf: day(45) }, deps))).toEqual(
      [],
    );
  });

  it("raises nothing for a day that was quiet at the time, even when later reports fill it", () => {
    const alerts = detectAlerts({ situationId: "syria", incidents: all, asOf: day(80) }, deps);
    expect(alerts.some((a) => a.date === day(33) || a.date === day(10))).toBe(false);
    // The same five incidents reported the next day would have raised alerts then.
    const timely = lateHistory.map((i) => ({ ...i, knownDay: day(34) }));
    const withTimely = detectAlerts(
      { situationId: "syria", incidents: [...background, ...timely], asOf: day(80) },
      deps,
    );
    expect(escalations(withTimely)).toContain(`escalation_incidents admin2 ${day(33)} as-of ${day(34)}`);
  });

  it("gives the same alerts whatever order the reports were ingested in, and the same ids on a re-run", () => {
    const first = detectAlerts({ situationId: "syria", incidents: all, asOf: day(80) }, deps);
    const shuffled = [...all].sort((a, b) =>
      a.id.split("").reverse().join("") < b.id.split("").reverse().join("") ? -1 : 1,
    );
    expect(detectAlerts({ situationId: "syria", incidents: shuffled, asOf: day(80) }, deps)).toEqual(first);
  });

  it("judges the same count unsurprising in a district whose baseline is as busy", () => {
    const busy = Array.from({ length: 28 * 5 }, (_, k) =>
      incident(`busy-${k}`, 17 + Math.floor(k / 5), 18 + Math.floor(k / 5), {
        admin2: "Maarat al-Numan",
        perpetrators: [],
      }),
    );
    const alerts = detectAlerts(
      { situationId: "syria", incidents: [...background, ...busy], asOf: day(80) },
      deps,
    );
    expect(alerts.filter((a) => a.scope === "admin2" && a.area.admin2 === "Maarat al-Numan")).toEqual([]);
  });
});

describe("rule alerts", () => {
  it("raises mass-casualty, rescuer, double-tap and new-perpetrator alerts once each, as of the report day", () => {
    const events = [
      ...background,
      incident("mass", 50, 51, { killed: 12 }),
      incident("soldiers", 50, 51, { killed: 15, civilian: false, eventType: "armed_clash" }),
      incident("rescue", 52, 52, { rescuersOrMedical: true, doubleTap: true }),
      incident("rescue-2", 52, 52, { rescuersOrMedical: true, admin2: "Jisr al-Shughur" }),
      incident("rescue-3", 52, 53, { rescuersOrMedical: true, admin2: "Jisr al-Shughur" }),
      incident("russia", 55, 56, { perpetrators: [{ actorId: "RU_MIL", name: "Russian armed forces" }] }),
      incident("russia-again", 58, 58, {
        perpetrators: [{ actorId: "RU_MIL", name: "Russian armed forces" }],
      }),
    ];
    const alerts = detectAlerts({ situationId: "syria", incidents: events, asOf: day(80) }, deps);
    const rules = alerts
      .filter((a) => !a.kind.startsWith("escalation"))
      .map((a) => `${a.kind} ${a.incidents.join(",")} ${a.date} ${a.raisedAsOf}`);
    expect(rules.sort()).toEqual(
      [
        `mass_casualty mass ${day(50)} ${day(51)}`,
        `attack_on_rescuers_or_medical rescue ${day(52)} ${day(52)}`,
        // One alert for an area and day, with the incidents known when it was raised (rescue-3 came later).
        `attack_on_rescuers_or_medical rescue-2 ${day(52)} ${day(52)}`,
        `double_tap rescue ${day(52)} ${day(52)}`,
        `new_perpetrator russia ${day(55)} ${day(56)}`,
      ].sort(),
    );
    expect(detectAlerts({ situationId: "syria", incidents: events, asOf: day(80) }, deps)).toEqual(alerts);
  });

  it("does not call the first perpetrator of a young record new", () => {
    const alerts = detectAlerts(
      { situationId: "syria", incidents: [incident("a", 1, 1), incident("b", 5, 5)], asOf: day(10) },
      deps,
    );
    expect(alerts.filter((a) => a.kind === "new_perpetrator")).toEqual([]);
  });
});
