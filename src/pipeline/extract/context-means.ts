/**
 * Context means pass: an attack told with a generic word and no means ("the regime attacks", "regime
 * forces targeted A") in a report whose every other attack by the same attacker was done by one means
 * (shelling, or air strikes) was done by that means too — ACLED's coders read unspecified "targeting"
 * in a shelling report as shelling (eval/README.md, corpus-news conventions).
 */
import type { EventTypeCode } from "../../domain/claim.js";
import type { ClaimDraft } from "./claim-draft.js";
import { EVENT_TYPES } from "./event-lexicon.js";

/** Generic attack words that name no means. */
const GENERIC_RE =
  /^(?:attacks?|attacked|attacking|targeted|targeting|targets?|struck|strikes?|pounded|pounding)$/i;

/** The family of means a type belongs to (ACLED sub-event type), for means types only. */
function meansFamily(t: EventTypeCode): string | null {
  const info = EVENT_TYPES[t];
  return info.means ? info.acled.subEventType : null;
}

/**
 * The drafts with a generic attack's type taken from the one means its attacker used in the report's
 * other claims; unchanged when those claims use several means, none, or name another attacker.
 * @example a report of regime shelling on A and B, then "regime forces targeted C" → C is shelling
 */
export function withContextMeans(text: string, drafts: ClaimDraft[]): ClaimDraft[] {
  const ids = (d: ClaimDraft) => new Set(d.perpetrators.map((p) => p.actorId).filter((x) => x !== null));
  return drafts.map((d) => {
    if (d.eventType !== "attack" || d.trigger === null) return d;
    if (!GENERIC_RE.test(text.slice(d.trigger.start, d.trigger.end))) return d;
    const own = ids(d);
    if (own.size === 0) return d;
    const others = drafts.filter(
      (o) => o !== d && o.eventType !== "attack" && [...ids(o)].some((id) => own.has(id)),
    );
    const families = new Set(others.map((o) => meansFamily(o.eventType)));
    if (others.length === 0 || families.size !== 1 || families.has(null)) return d;
    const counts = new Map<EventTypeCode, number>();
    for (const o of others) counts.set(o.eventType, (counts.get(o.eventType) ?? 0) + 1);
    const [type] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    return { ...d, eventType: type };
  });
}
