/**
 * Statements a report relays: calls for action (who calls on whom to do what), condemnations, denials,
 * and the source's own legal characterisations ("crime against humanity", "genocide"), each with the
 * instruments it cites, normalised. Characterisations are recorded as the speaker's words, never as
 * findings; the R2P formula listing the four crimes inside a call is not a characterisation.
 */
import type { ActorLookup } from "../../../domain/actors.js";
import type { Span, Statement } from "../../../domain/claim.js";
import { matchesOf } from "../regex-matches.js";
import { findInstruments, type InstrumentMention } from "./find-instruments.js";
import { mergeStatements } from "./merge-statements.js";
import { resolveSpeaker, subjectBefore } from "./find-speaker.js";

type Sentence = { start: number; end: number };
type Deps = { actors: ActorLookup; publishedAt: string | null };

const CALL_RE =
  /(?<![\p{L}-])(?:call(?:ed|s|ing)?\s+(?:on|upon)|call(?:ed|s|ing)(?=\s+(?:the\s+)?(?:UN|United\s+Nations|international|Security\s+Council|world|Arab|European|EU|states|countries|governments|all\s+parties)[^.]{0,60}?\s+to\s)|urg(?:ed|es|ing|e)|appeal(?:ed|s|ing)?\s+to|demand(?:ed|s|ing)?(?=\s+(?:that|the|an?|its|immediate))|call(?:ed|s|ing)?\s+for)(?![\p{L}])/giu;
const CONDEMN_RE =
  /(?<![\p{L}])(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing|e)|deplor(?:ed|es|ing|e))(?![\p{L}])/giu;
const DENY_RE =
  /(?<![\p{L}])(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?)(?=\s+(?:any\s+|all\s+|the\s+)?(?:claims?|reports?|allegations?|accusations?|responsibility|involvement|that|carrying|having|targeting|striking|bombing|being|its|their|it|they))/giu;
/** Cheap pre-check: a sentence without one of these stems holds no statement. */
const STATEMENT_HINT_RE =
  /call|urg|appeal|demand|condemn|denounc|deplor|den[iy]|reject|dismiss|humanity|genocid|war\s+crime|cleansing|punishment|displacement|demographic/i;
/** Related-article lines are page furniture, not the source speaking. */
const RELATED_LINE_RE = /^\s*(?:read\s+also|related|see\s+also|read\s+more)\s*:/i;
const LABEL_RE =
  /(?<![\p{L}])(crimes?\s+against\s+humanity|(?:crimes?\s+of\s+)?genocid(?:e|al)|war\s+crimes?|ethnic\s+cleansing|collective\s+punishment|forced\s+displacement|demographic\s+change)(?![\p{L}])/giu;
const R2P_CRIMES_RE = /genocide|war\s+crimes?|ethnic\s+cleansing|crimes?\s+against\s+humanity/gi;
const SPEECH_RE =
  /(?<![\p{L}])(?:said|says|described|called\s+it|labell?ed|termed|stated|declared|accused)(?![\p{L}])/iu;
const ACCORDING_RE = /according\s+to\s+(?:the\s+)?([A-Z][\w’'()-]*(?:\s+[A-Z(][\w’'()-]*){0,6})/;

/**
 * Extract statements from `text`, one sentence at a time.
 * @example extractStatements("Amnesty urged the Security Council to act.", [{ start: 0, end: 42 }], deps)
 *   // → [{ kind: "call_for_action", actor: "Amnesty", addressee: "Security Council", demand: "act", … }]
 */
export function extractStatements(text: string, sentences: Sentence[], deps: Deps): Statement[] {
  const out: Statement[] = [];
  const docSource = ACCORDING_RE.exec(text)?.[1]?.replace(/[\s,.]+$/, "") ?? null;
  let lastActor: string | null = null;
  sentences.forEach((s, index) => {
    const sText = text.slice(s.start, s.end);
    if (!STATEMENT_HINT_RE.test(sText)) return;
    const instruments = findInstruments(text, s.start, s.end);
    const sentenceSpan: Span = { field: "statement", start: s.start, end: s.end, text: sText };
    const base = (kind: Statement["kind"], actor: string | null, clause: string): Statement => ({
      kind,
      actor,
      addressee: null,
      text: clause,
      instruments: instruments.map(publicInstrument),
      evidence: [sentenceSpan, ...instruments.map(instrumentSpan)],
    });
    const speaker = (at: number): string | null =>
      resolveSpeaker(subjectBefore(text, s.start, at), text, sentences, index, deps);
    const callSpans: { start: number; end: number }[] = [];

    for (const m of matchesOf(sText, CALL_RE)) {
      const at = s.start + m.index;
      const actor = speaker(at) ?? lastActor;
      const rest = text.slice(at + m[0].length, s.end);
      const { addressee, demand } = splitCall(m[0], rest);
      const st = base("call_for_action", actor, clauseFrom(text, at, s.end));
      st.addressee = addressee;
      st.demand = demand;
      out.push(st);
      callSpans.push({ start: at, end: s.end });
      if (actor) lastActor = actor;
    }
    for (const m of matchesOf(sText, CONDEMN_RE)) {
      const at = s.start + m.index;
      const actor = speaker(at) ?? lastActor;
      out.push(base("condemnation", actor, clauseFrom(text, at, s.end)));
      if (actor) lastActor = actor;
    }
    const denials = matchesOf(sText, DENY_RE);
    for (const m of denials) {
      const at = s.start + m.index;
      const actor = speaker(at);
      out.push(base("denial", actor, clauseFrom(text, at, s.end)));
    }
    if (denials.length > 0 || RELATED_LINE_RE.test(sText)) return;
    const labels = matchesOf(sText, LABEL_RE);
    const speech = SPEECH_RE.exec(sText);
    const explicit = speech
      ? resolveSpeaker(subjectBefore(text, s.start, s.start + speech.index), text, sentences, index, deps)
      : null;
    for (const lm of labels) {
      const at = s.start + lm.index;
      if (insideR2pFormula(text, at, callSpans, instruments)) continue;
      const st = base("characterisation", explicit ?? lastActor ?? docSource, sText.trim());
      st.label = normaliseLabel(lm[1] ?? "");
      st.evidence = [
        sentenceSpan,
        { field: "label", start: at, end: at + lm[0].length, text: lm[0] },
        ...instruments.map(instrumentSpan),
      ];
      out.push(st);
    }
  });
  return mergeStatements(out, deps);
}

function publicInstrument(i: InstrumentMention): Statement["instruments"][number] {
  return i.citationError
    ? { mention: i.mention, normalized: i.normalized, citationError: true }
    : { mention: i.mention, normalized: i.normalized };
}

function instrumentSpan(i: InstrumentMention): Span {
  return { field: "instrument", start: i.start, end: i.end, text: i.mention };
}

function clauseFrom(text: string, at: number, end: number): string {
  return text
    .slice(at, end)
    .trim()
    .replace(/[.\s]+$/, "");
}

/** "called on the UN to use …" → addressee "UN", demand "use …"; "called for an inquiry" → demand only. */
function splitCall(trigger: string, rest: string): { addressee: string | null; demand: string | null } {
  const tidy = (s: string) => s.replace(/[.\s]+$/, "").trim() || null;
  if (/for$/i.test(trigger.trim())) return { addressee: null, demand: tidy(rest) };
  if (/^demand/i.test(trigger)) {
    const that = /^\s*that\s+(.*)$/s.exec(rest);
    return { addressee: null, demand: tidy(that?.[1] ?? rest) };
  }
  const m = /^\s*(.{1,90}?)\s+(?:to|for)\s+(.*)$/s.exec(rest);
  if (!m) return { addressee: null, demand: tidy(rest) };
  const addressee = (m[1] ?? "").replace(/^(?:the)\s+/i, "").trim();
  return { addressee: addressee || null, demand: tidy(m[2] ?? "") };
}

/**
 * A label listed with the other R2P crimes (three or more of the four named together) inside a call, or
 * in a sentence naming the principle, repeats the R2P formula rather than characterising events.
 */
function insideR2pFormula(
  text: string,
  at: number,
  calls: { start: number; end: number }[],
  instruments: InstrumentMention[],
): boolean {
  const window = text.slice(Math.max(0, at - 90), at + 90);
  const listed = new Set(
    [...window.matchAll(R2P_CRIMES_RE)].map((m) => m[0].toLowerCase().replace(/s$/, "").replace(/\s+/g, " ")),
  );
  const inCall = calls.some((c) => at >= c.start && at < c.end);
  const principle = instruments.some((i) => i.normalized.startsWith("R2P"));
  return listed.size >= 3 && (inCall || principle);
}

function normaliseLabel(raw: string): string {
  const s = raw.toLowerCase().replace(/\s+/g, " ");
  if (s.includes("humanity")) return "crime against humanity";
  if (s.includes("genocid")) return "genocide";
  if (s.startsWith("war crime")) return "war crimes";
  return s;
}
