/**
 * Event segments: a sentence cut into the stretches that each describe one attack. A new segment
 * starts at a trigger once the current segment already names a place ("helicopters attacked the city
 * of A, followed by shells by the factions on B and C" gives two segments); a segment without a place
 * joins the next one ("regime forces committed a massacre, as five were killed in rocket attacks on
 * A"), or the previous one when it is last.
 */
import type { EventMention } from "./find-events.js";
import type { ResolvedPlace } from "./resolved-place.js";

export interface Segment {
  start: number;
  end: number;
  events: EventMention[];
  places: ResolvedPlace[];
}

/** The places a claim can be made for (settlements, named regions, governorates). */
export function isClaimable(p: ResolvedPlace): boolean {
  return p.role !== "context";
}

/**
 * Cut a sentence into event segments.
 * @param range the sentence's absolute range
 * @param events its triggers, in order
 * @param places its resolved places
 */
export function segmentSentence(
  range: { start: number; end: number },
  events: EventMention[],
  places: ResolvedPlace[],
): Segment[] {
  const claimable = places.filter(isClaimable);
  const cuts: number[] = [range.start];
  let segStart = range.start;
  for (const ev of events) {
    if (ev.start <= segStart) continue;
    const placeBefore = claimable.some((p) => p.candidate.start >= segStart && p.candidate.end <= ev.start);
    if (placeBefore) {
      cuts.push(ev.start);
      segStart = ev.start;
    }
  }
  const raw: Segment[] = cuts.map((c, i) => {
    const end = cuts[i + 1] ?? range.end;
    return {
      start: c,
      end,
      events: events.filter((e) => e.start >= c && e.start < end),
      places: places.filter((p) => p.candidate.start >= c && p.candidate.start < end),
    };
  });
  // Merge place-less segments forward (or backward when last).
  const out: Segment[] = [];
  let carry: Segment | null = null;
  for (const seg of raw) {
    const cur: Segment = carry
      ? {
          start: carry.start,
          end: seg.end,
          events: [...carry.events, ...seg.events],
          places: [...carry.places, ...seg.places],
        }
      : seg;
    carry = null;
    // A segment without a place, or a place-only preamble ("In the countryside of X, ... shelled A"),
    // joins the next segment.
    if (!cur.places.some(isClaimable) || (cur.events.length === 0 && seg !== raw[raw.length - 1])) {
      carry = cur;
      continue;
    }
    out.push(cur);
  }
  if (carry) {
    const last = out[out.length - 1];
    if (last) {
      last.end = carry.end;
      last.events.push(...carry.events);
      last.places.push(...carry.places);
    } else out.push(carry);
  }
  return out;
}
