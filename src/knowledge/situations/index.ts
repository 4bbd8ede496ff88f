/** The situations r2p-watch knows the context of, by id. */
import { errors } from "../../domain/errors.js";
import type { SituationContext } from "./situation-context.js";
import { SYRIA_SITUATION } from "./syria.js";

export const SITUATIONS: Record<string, SituationContext> = { syria: SYRIA_SITUATION };

/** The situation with `id`; throws a named error listing the known ids otherwise. */
export function getSituation(id: string): SituationContext {
  const situation = SITUATIONS[id.toLowerCase()];
  if (!situation) throw errors.unknownSituation(id, Object.keys(SITUATIONS));
  return situation;
}

export * from "./situation-context.js";
export { SYRIA_SITUATION } from "./syria.js";
