/**
 * What an analyst may decide about an analyst-queue item (a genocide code the machine never raises on
 * its own), as plain constants so the CLI can list them in `--help` without loading zod. None of them
 * changes a qualification's level: the decision and its note are the analyst's record, kept beside it.
 */
export const ANALYST_DECISIONS = ["not_supported", "monitor", "refer"] as const;
export type AnalystDecisionValue = (typeof ANALYST_DECISIONS)[number];

/** One line per decision, for help texts and the API description. */
export const ANALYST_DECISION_MEANINGS: Record<AnalystDecisionValue, string> = {
  not_supported: "the reports show no protected group or no intent to destroy it; close the item",
  monitor: "plausible but unshown; keep the code at L0 and watch for further intent indicators",
  refer: "intent indicators merit expert legal review (e.g. the Office on Genocide Prevention)",
};
