/**
 * The thresholds of escalation detection and rule alerts, with why each has its value. Documented in
 * docs/ESCALATION.md; change them there and here together.
 */
export interface EscalationConfig {
  /** Days before the observed day that form its baseline. */
  baselineDays: number;
  /** A report may arrive this many days after the event and still raise an alert for it; older news is history. */
  lagDays: number;
  /** The situation's record must reach back this far before a day can be judged against a baseline. */
  minHistoryDays: number;
  /** Tail probability below which a day's incident count is an escalation… */
  incidentTail: number;
  /** …provided at least this many incidents happened that day (one or two events are never "a surge"). */
  minIncidents: number;
  /** Deaths cluster in single events, so the killed series uses a stricter tail… */
  killedTail: number;
  /** …and a floor equal to the mass-casualty threshold. */
  minKilled: number;
  /** Civilians killed in one incident for a mass-casualty alert (the issue's ≥ 10). */
  massCasualty: number;
  /** A perpetrator is new in an admin1 when no incident there was attributed to it this many days before. */
  newPerpetratorLookbackDays: number;
}

export const DEFAULT_ESCALATION_CONFIG: EscalationConfig = {
  baselineDays: 28,
  lagDays: 7,
  minHistoryDays: 28,
  incidentTail: 0.01,
  minIncidents: 3,
  killedTail: 0.001,
  minKilled: 10,
  massCasualty: 10,
  newPerpetratorLookbackDays: 365,
};
