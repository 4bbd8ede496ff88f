/** Analyst-set risk indicators: validated against the Framework's definitions, never for computed ones. */
import { errors } from "../domain/errors.js";
import type { AnalystIndicator, IndicatorState } from "../domain/risk.js";
import { findRiskIndicator, RISK_INDICATOR_IDS } from "../knowledge/legal/risk-factors.js";
import { getSituation } from "../knowledge/situations/index.js";
import type { Runtime } from "./runtime.js";

export interface SetIndicatorInput {
  situationId: string;
  /** "RF3.judiciary", or a factor id "RF3" for the factor's overall analyst indicator. */
  indicatorId: string;
  state: IndicatorState;
  note: string;
  evidence: string[];
  setBy: string;
}

/** Stores an analyst indicator; throws UNKNOWN_INDICATOR, INDICATOR_COMPUTED or NOTE_REQUIRED. */
export async function setAnalystIndicator(
  runtime: Runtime,
  input: SetIndicatorInput,
): Promise<AnalystIndicator> {
  const situation = getSituation(input.situationId);
  const id = /^RF\d+$/i.test(input.indicatorId)
    ? `${input.indicatorId.toUpperCase()}.analyst`
    : input.indicatorId;
  const definition = findRiskIndicator(id);
  if (!definition) throw errors.unknownIndicator(input.indicatorId, [...RISK_INDICATOR_IDS]);
  if (definition.computed) throw errors.computedIndicator(id);
  if (!input.note.trim()) throw errors.noteRequired();
  const indicator: AnalystIndicator = {
    situationId: situation.id,
    indicatorId: id,
    state: input.state,
    note: input.note.trim(),
    evidence: input.evidence,
    setBy: input.setBy,
    setAt: new Date().toISOString(),
  };
  await runtime.store.assessments.setIndicator(indicator, input.setBy);
  return indicator;
}
