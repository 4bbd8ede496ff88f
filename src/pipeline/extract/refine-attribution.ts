/**
 * Report-level perpetrator refinements of claim drafts, run after assembly and before merging:
 * - unknown attacker: a claim whose sentence says the attacker is unknown ("unidentified gunmen", "of
 *   unknown origin") keeps no attacker carried over from another sentence;
 * - claim of responsibility: "ISIS claimed responsibility for the killing" right after an attack makes
 *   the claimant its perpetrator (replacing generic wording such as "gunmen");
 * - umbrella attribution: attackers stated once for a region ("Regime and Russian warplanes carried out
 *   raids on the western Aleppo countryside") apply to the places listed right after it, and "another
 *   strike" refers back to the attacker of the strike just told.
 */
import type { ClaimDraft } from "./claim-draft.js";
import { EVENT_TYPES } from "./event-lexicon.js";
import type { RoledActor } from "./find-perpetrators.js";
import { family } from "./make-claims.js";
import type { Sentence } from "./sentences.js";

const CLAIM_RE =
  /^(?:[’']s)?\s*,?\s*(?:has\s+|have\s+|had\s+|also\s+)?claimed\s+(?:responsibility|the\s+(?:attack|killing|bombing|assassination|operation|blast|explosion|ambush|shooting))/i;
const UNKNOWN_PHRASE_RE =
  /\b(?:(?:unknown|unidentified|anonymous)\s+(?:gunmen|assailants|attackers|persons|people|men|party|parties|groups?|perpetrators|militants|armed men)|an\s+unknown\s+(?:party|source|side)|of\s+unknown\s+(?:origin|source|affiliation|provenance))\b/i;
const BACK_REFERENCE_RE = /\b(?:another|a\s+(?:second|third|further|new)|further|more)\s+(?:[\w-]+\s+)?$/i;

function inSentence(a: { start: number; end: number }, s: Sentence): boolean {
  return a.start >= s.start && a.end <= s.end;
}

function toPerp(a: RoledActor): ClaimDraft["perpetrators"][number] {
  return {
    actorId: a.actor?.id ?? null,
    name: a.name,
    mention: a.mention,
    role: "primary",
    start: a.start,
    end: a.end,
  };
}

/** The attribution of one draft, given the drafts before it as this pass has already refined them. */
function refineOne(
  text: string,
  d: ClaimDraft,
  before: readonly ClaimDraft[],
  sentences: Sentence[],
  roled: RoledActor[],
): ClaimDraft {
  const s = sentences[d.sentence];
  if (!s) return d;
  const unknown =
    roled.some((a) => a.role === "unknown" && inSentence(a, s)) || UNKNOWN_PHRASE_RE.test(s.text);
  if (unknown)
    return d.perpetrators.every((p) => !inSentence(p, s) || p.actorId === null)
      ? { ...d, perpetrators: [] }
      : d;
  // A claim of responsibility in one of the next two sentences of the paragraph.
  for (let j = d.sentence + 1; j <= d.sentence + 2 && j < sentences.length; j++) {
    const n = sentences[j]!;
    if (n.paragraph !== s.paragraph) break;
    const claimant = roled.find(
      (a) => a.actor !== null && inSentence(a, n) && CLAIM_RE.test(text.slice(a.end, a.end + 60)),
    );
    if (claimant && d.perpetrators.every((p) => p.actorId === null))
      return { ...d, perpetrators: [toPerp(claimant)] };
  }
  if (d.perpetrators.length > 0) return d;
  const source = [...before]
    .reverse()
    .find((o) => o.perpetrators.length > 0 && d.sentence - o.sentence <= 3 && o.sentence <= d.sentence);
  if (!source) return d;
  const sourceSentence = sentences[source.sentence]!;
  if (s.paragraph - sourceSentence.paragraph > 1) return d;
  const umbrella = source.place.role !== "settlement" && source.place.precision !== "settlement";
  const trigger = d.trigger;
  const backRef =
    trigger !== null && BACK_REFERENCE_RE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start));
  const fd = family(d.eventType);
  const fs = family(source.eventType);
  if (!(umbrella || backRef) || !(fd === fs || fd === "generic")) return d;
  return {
    ...d,
    perpetrators: source.perpetrators.map((p) => ({ ...p })),
    ...(fd === "generic" && EVENT_TYPES[source.eventType].means ? { eventType: source.eventType } : {}),
  };
}

/**
 * The drafts with their perpetrators (and, for back-references, the event type) refined; read forward,
 * so a draft sees the drafts before it as refined. The input is not changed.
 * @param drafts claim drafts in text order
 * @param sentences the report's sentences (drafts point into it by index)
 */
export function refineAttribution(
  text: string,
  drafts: ClaimDraft[],
  sentences: Sentence[],
  roled: RoledActor[],
): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const d of drafts) out.push(refineOne(text, d, out, sentences, roled));
  return out;
}
