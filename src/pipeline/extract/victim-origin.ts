/**
 * The home town of the victims as the place of an attack told without any other ("A civilian from Nawa
 * city was shot dead by unidentified gunmen"): monitors name the dead by where they live, and when the
 * text names no scene the attack is coded there, as ACLED codes an event to the most specific location
 * its report gives. Only a town the gazetteer knows, the only origin of persons named in the segment
 * (agent-names.ts: "a civilian from", "two men from the village of"), in a segment that tells an attack;
 * a scene named anywhere in the sentence wins ("Two men from A were killed in B" is B's).
 */
import { isOriginBefore } from "./agent-names.js";
import type { Segment } from "./event-segments.js";
import type { ResolvedPlace } from "./resolved-place.js";

/**
 * The victims' one known home town in `seg`, as a settlement of the claim, or none.
 * @example victimOrigin(text, seg, places)  // [Nawa] for "A civilian from Nawa city was shot dead"
 */
export function victimOrigin(text: string, seg: Segment, places: ResolvedPlace[]): ResolvedPlace[] {
  const told = seg.events.some((e) => !e.implicit && !e.period && !e.background && e.modality !== "denied");
  if (!told) return [];
  if (places.some((p) => p.role === "settlement" || p.role === "region")) return [];
  const origins = places.filter(
    (p) =>
      p.candidate.start >= seg.start &&
      p.candidate.end <= seg.end &&
      p.entry !== null &&
      p.entry.kind === "settlement" &&
      isOriginBefore(text.slice(Math.max(0, p.candidate.start - 80), p.candidate.start)),
  );
  return origins.length === 1 ? [{ ...origins[0]!, role: "settlement" }] : [];
}
