/**
 * A situation's risk profile against the UN Framework of Analysis for Atrocity Crimes (2014): 14 risk
 * factors, each with indicators whose state is unknown, absent, present or escalating, with the
 * evidence behind it (DOMAIN.md §3.1). A profile per crime group, never a single probability.
 */
import { z } from "zod";
import { isoDate } from "./report.js";

export const IndicatorState = z.enum(["unknown", "absent", "present", "escalating"]);
export type IndicatorState = z.infer<typeof IndicatorState>;

/** Risk-factor ids RF1…RF14. */
export const RiskFactorId = z.enum([
  "RF1",
  "RF2",
  "RF3",
  "RF4",
  "RF5",
  "RF6",
  "RF7",
  "RF8",
  "RF9",
  "RF10",
  "RF11",
  "RF12",
  "RF13",
  "RF14",
]);
export type RiskFactorId = z.infer<typeof RiskFactorId>;

export const CrimeGroup = z.enum(["common", "genocide", "crimes_against_humanity", "war_crimes"]);
export type CrimeGroup = z.infer<typeof CrimeGroup>;

export const IndicatorAssessment = z.object({
  /** e.g. "RF13.protected-attacks". */
  id: z.string(),
  text: z.string(),
  dynamic: z.boolean(),
  state: IndicatorState,
  /** "computed" from incidents and statements, "context" from the situation's curated data, "analyst" when set by a person. */
  origin: z.enum(["computed", "context", "analyst", "none"]),
  /** Incident ids, alert ids, statement ids or `context:<fact>` ids. */
  evidence: z.array(z.string()),
  /** The latest evidence date; a dynamic indicator decays to unknown 90 days after it. */
  lastEvidenceDate: isoDate.nullable(),
  note: z.string(),
});
export type IndicatorAssessment = z.infer<typeof IndicatorAssessment>;

/** 0 unknown, 1 absent, 2 present, 3 elevated (escalating, or present with 3+ present), 4 high. */
export const FactorLevelLabel = z.enum(["unknown", "absent", "present", "elevated", "high"]);
export type FactorLevelLabel = z.infer<typeof FactorLevelLabel>;

export const RiskFactorAssessment = z.object({
  id: RiskFactorId,
  name: z.string(),
  groups: z.array(CrimeGroup),
  /** Highest indicator state, one step higher when three or more indicators are present (DOMAIN.md §3.1). */
  level: z.number().int().min(0).max(4),
  levelLabel: FactorLevelLabel,
  indicators: z.array(IndicatorAssessment),
});
export type RiskFactorAssessment = z.infer<typeof RiskFactorAssessment>;

export const RiskProfile = z.object({
  situationId: z.string(),
  asOf: isoDate,
  factors: z.array(RiskFactorAssessment),
  /** Per crime group: the factors that bear on it and how many stand at present or above. */
  groups: z.array(
    z.object({
      group: CrimeGroup,
      factors: z.array(RiskFactorId),
      present: z.number().int().nonnegative(),
      escalating: z.number().int().nonnegative(),
      unknown: z.number().int().nonnegative(),
    }),
  ),
  caveats: z.array(z.string()),
});
export type RiskProfile = z.infer<typeof RiskProfile>;

/** An indicator state set by an analyst, with the note that justifies it. */
export const AnalystIndicator = z.object({
  situationId: z.string(),
  indicatorId: z.string(),
  state: IndicatorState,
  note: z.string().min(1),
  evidence: z.array(z.string()),
  setBy: z.string(),
  setAt: z.string(),
});
export type AnalystIndicator = z.infer<typeof AnalystIndicator>;
