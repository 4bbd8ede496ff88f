/**
 * Merging of relayed statements: a report often repeats one call or one characterisation several times
 * (headline summary, body, closing paragraph). Statements of the same kind, addressed to the same body
 * (or carrying the same label), whose speakers are one organisation become one statement that keeps
 * the most specific speaker, every instrument cited and every evidence span.
 */
import type { ActorLookup } from "../../../domain/actors.js";
import type { Statement } from "../../../domain/claim.js";

type Deps = { actors: ActorLookup; publishedAt: string | null };

const norm = (s: string | null | undefined): string =>
  (s ?? "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/\bthe\b/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The registry id of the first actor named in `name`, if any. */
function actorId(name: string, deps: Deps): string | null {
  const found = deps.actors.findActors(name, deps.publishedAt);
  return found.length > 0 ? (found.sort((a, b) => a.start - b.start)[0]?.actor.id ?? null) : null;
}

/** One organisation: one name contains the other, or both name the same registry actor first. */
export function sameOrganisation(a: string | null, b: string | null, deps: Deps): boolean {
  if (!a || !b) return false;
  const na = norm(a);
  const nb = norm(b);
  if (na === "" || nb === "") return false;
  if (` ${na} `.includes(` ${nb} `) || ` ${nb} `.includes(` ${na} `)) return true;
  const ia = actorId(a, deps);
  return ia !== null && ia === actorId(b, deps);
}

function sameTopic(a: Statement, b: Statement): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "characterisation") return (a.label ?? "") === (b.label ?? "");
  // Calls without an addressee ("called for an inquiry") are told apart by their demands: keep them.
  if (a.kind === "call_for_action") return a.addressee !== null && norm(a.addressee) === norm(b.addressee);
  return false;
}

/** Fold `b` into `a`: the more specific speaker, the richer wording, all instruments and evidence. */
function fold(a: Statement, b: Statement): Statement {
  const actor = (b.actor ?? "").length > (a.actor ?? "").length ? b.actor : a.actor;
  // The wording that cites more instruments is the fullest telling of the call.
  const main = b.instruments.length > a.instruments.length ? b : a;
  const instruments = [...main.instruments];
  for (const i of [...a.instruments, ...b.instruments])
    if (!instruments.some((x) => x.normalized === i.normalized)) instruments.push(i);
  const evidence = [...a.evidence];
  for (const e of b.evidence)
    if (!evidence.some((x) => x.field === e.field && x.start === e.start && x.end === e.end))
      evidence.push(e);
  evidence.sort((x, y) => x.start - y.start);
  return { ...main, actor, instruments, evidence };
}

/**
 * Merge repeated calls for action (same addressee) and characterisations (same label) of one
 * organisation; other statements pass through in order.
 * @example mergeStatements([callBySOC, callBySOCCommittee], deps)  // one call by "… political committee"
 */
export function mergeStatements(list: Statement[], deps: Deps): Statement[] {
  const out: Statement[] = [];
  for (const s of list) {
    const i = out.findIndex((o) => sameTopic(o, s) && sameOrganisation(o.actor, s.actor, deps));
    if (i >= 0) out[i] = fold(out[i]!, s);
    else out.push(s);
  }
  return out;
}
