/**
 * Who is speaking: the grammatical subject of a statement verb, resolved backwards through pronouns
 * ("It", "They") and generic heads ("The committee") to the fullest earlier naming of that body,
 * e.g. "The Syrian Opposition Coalition’s (SOC) political committee" → "Syrian Opposition Coalition (SOC)
 * political committee".
 */
import type { ActorLookup } from "../../../domain/actors.js";

const PRONOUN_RE = /^(?:it|they|he|she|which|who|we|this|the\s+(?:latter|former|statement|body|group))$/i;
const GENERIC_RE =
  /^the\s+((?:[a-z-]+\s+){0,2}(committee|coalition|council|commission|ministry|government|organi[sz]ation|network|group|body|office|mission|agency|monitor|observatory|secretary-general|spokesperson|spokesman|envoy|rapporteur|movement|alliance|authority|authorities|department|presidency|army|forces))$/i;
const VERB_RE =
  /^(?:has|have|had|is|was|are|were|will|would|also|again|held|said|says|met|made|issued|sent|gave|took|told|wrote|called|calls|calling|urged|urges|condemned|condemns|denied|denies|demanded|demands|rejected|rejects|appealed|described|accused|stressed|noted|warned|added|discussed|expressed|declared|announced|on|in|during|last|yesterday|today)$/i;
const LEADING_RE =
  /^(?:(?:and|but|meanwhile|moreover|furthermore|however|also|in\s+addition|in\s+a\s+statement(?:\s+on\s+\w+)?|in\s+its\s+statement)\s*,?\s*)+/i;
const ORG_RE =
  /(?:the\s+)?((?:[A-Z][\w’'-]*\s+){1,6}?(?:[A-Z][\w-]*))(?:’s|'s)?\s*(\([A-Z][A-Za-z]{1,9}\))?/g;

/** Tidy a subject phrase: drop a leading "The", turn "X’s (ABC) committee" into "X (ABC) committee". */
export function tidyActor(raw: string): string {
  return raw
    .replace(/^\s*(?:the)\s+(?=[A-Z])/i, "")
    .replace(/(?:’s|'s)(\s*\([A-Z][A-Za-z]{1,9}\))?\s+/, "$1 ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The subject noun phrase before a verb at `verbAt` in the sentence [sStart, verbAt). */
export function subjectBefore(text: string, sStart: number, verbAt: number): string {
  let clause = text.slice(sStart, verbAt);
  const lastComma = Math.max(clause.lastIndexOf(","), clause.lastIndexOf(";"));
  const tail = clause.slice(lastComma + 1).trim();
  const tailWords = tail.split(/\s+/).filter(Boolean);
  const participle = tailWords.length === 0;
  clause = participle ? clause : tail;
  clause = clause.replace(LEADING_RE, "");
  const words = clause.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    if (out.length > 0 && VERB_RE.test(w.replace(/[,.]$/, ""))) break;
    if (out.length > 0 && /^[a-z]+ed$/.test(w)) break;
    out.push(w);
  }
  return out
    .join(" ")
    .replace(/[,;:]+$/, "")
    .trim();
}

/** The subject at the start of a sentence (up to its first verb). */
export function sentenceSubject(text: string, s: { start: number; end: number }): string {
  const words = text.slice(s.start, s.end).replace(LEADING_RE, "").split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    if (out.length > 0 && (VERB_RE.test(w) || /^[a-z]+ed$/.test(w))) break;
    out.push(w);
    if (out.length > 12) return "";
  }
  return out.join(" ").replace(/[,;:]+$/, "");
}

/**
 * Resolve a subject phrase to an actor name: a pronoun takes the subject of an earlier sentence; a
 * generic head ("The committee") takes the fullest earlier phrase ending with that head, or that head
 * prefixed with the nearest organisation named earlier.
 */
export function resolveSpeaker(
  subject: string,
  text: string,
  sentences: { start: number; end: number }[],
  index: number,
  deps: { actors: ActorLookup; publishedAt: string | null },
  depth = 0,
): string | null {
  const s = subject.trim();
  if (!s) return null;
  if (PRONOUN_RE.test(s)) {
    for (let i = index - 1; i >= 0 && depth < 3; i--) {
      const subj = sentenceSubject(text, sentences[i]!);
      if (subj && !PRONOUN_RE.test(subj) && /^(?:the\s+)?[A-Z]/.test(subj))
        return resolveSpeaker(subj, text, sentences, i, deps, depth + 1);
    }
    return null;
  }
  const generic = GENERIC_RE.exec(s);
  if (generic) {
    const head = generic[1] ?? "";
    const last = generic[2] ?? "";
    const before = text.slice(0, sentences[index]?.start ?? 0);
    const fuller = new RegExp(
      `([A-Z][^.;:!?\\n]{0,90}?\\b${head.replace(/[-]/g, "\\-").replace(/\s+/g, "\\s+")})\\b`,
      "g",
    );
    let best: string | null = null;
    for (const m of before.matchAll(fuller)) {
      const cand = (m[1] ?? "").replace(/^(?:[Tt]he\s+)/, "");
      // Keep only phrases that name a body ("Syrian Opposition Coalition’s (SOC) political committee").
      if (/^[A-Z]/.test(cand) && cand.length > head.length + 3) best = cand;
    }
    if (best) return tidyActor(best);
    const org = nearestOrganisation(before, deps);
    if (org) return `${org} ${head}`.replace(/\s+/g, " ");
    return last ? tidyActor(s) : s;
  }
  return tidyActor(s);
}

/** The last organisation named in `before`: from the actor registry if it knows one, else "Capitalised Name (ABBR)". */
export function nearestOrganisation(
  before: string,
  deps: { actors: ActorLookup; publishedAt: string | null },
): string | null {
  const known = deps.actors
    .findActors(before, deps.publishedAt)
    .filter((m) =>
      ["political_body", "ngo_monitor", "un_body", "government_body", "civil_defence"].includes(m.actor.kind),
    );
  const lastKnown = known.sort((a, b) => a.start - b.start)[known.length - 1];
  let lastOrg: { at: number; name: string } | null = null;
  for (const m of before.matchAll(ORG_RE)) {
    if (m[2]) lastOrg = { at: m.index, name: `${m[1]} ${m[2]}` };
  }
  if (lastKnown && (!lastOrg || lastKnown.start > lastOrg.at)) return lastKnown.actor.name;
  return lastOrg?.name ?? null;
}
