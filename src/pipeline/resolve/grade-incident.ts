/**
 * The corroboration grade of an incident on the Airwars scale (DOMAIN.md §4.2, R1–R4), with the reason
 * in words, and the Admiralty credibility of the incident as a whole (§4.1):
 * - discounted: rejected by an analyst, or every source describes the victims as combatants;
 * - contested: sources blame different, non-allied attackers (competing claims of responsibility);
 * - confirmed: a belligerent accepted responsibility (a party's own source names it as the attacker),
 *   or a body whose conclusions are independent findings (the UN Commission of Inquiry) reports it;
 * - fair: two or more independent sources, at least one of them credible (reliability A–C, not a
 *   party, not published with a "not verified" caveat), and an attacker named: a party's claim
 *   corroborated by an independent credible source is fair (R2);
 * - weak: anything less, e.g. a single source.
 */
import type { CorroborationGrade, Credibility, IncidentSource } from "../../domain/incident.js";
import type { ActorLookup } from "../../domain/actors.js";

/** What grading reads about each source of the incident. */
export interface GradedSource extends IncidentSource {
  /** Every report of this source in the incident carries a "not verified" caveat. */
  unverified: boolean;
  stakeholder: boolean;
  findings: boolean;
  /** Actor ids the source speaks for (a party's own outlet). */
  speaksFor: string[];
}

/** One source's word on who attacked, from one claim. */
export interface Accusation {
  sourceId: string;
  actorIds: string[];
  denied: boolean;
}

export interface GradeInput {
  sources: GradedSource[];
  accusations: Accusation[];
  /** Every claim's targets; all "military" only means the victims were described as combatants. */
  targets: string[][];
  rejected: { by: string | null; at: string | null; note: string | null } | null;
}

export interface Grade {
  grade: CorroborationGrade;
  reason: string;
  credibility: Credibility;
}

const CREDIBLE = new Set(["A", "B", "C"]);

function describe(source: GradedSource): string {
  const traits: string[] = [];
  if (source.kind !== "unknown") traits.push(source.kind.replace("_", " "));
  traits.push(`reliability ${source.reliability}`);
  if (source.partisan) traits.push("partisan");
  if (source.stakeholder) traits.push("stakeholder");
  if (source.relayedBy.length > 0) traits.push(`relayed by ${source.relayedBy.join(", ")}`);
  if (source.unverified) traits.push("publisher has not verified it");
  return `${source.name} (${traits.join("; ")})`;
}

function isCredible(source: GradedSource): boolean {
  return CREDIBLE.has(source.reliability) && !source.partisan && !source.unverified;
}

function allied(a: string, b: string, actors: Pick<ActorLookup, "get">): boolean {
  if (a === b) return true;
  const aAllies = actors.get(a)?.allegiances ?? [];
  const bAllies = actors.get(b)?.allegiances ?? [];
  return aAllies.includes(b) || bAllies.includes(a) || aAllies.some((x) => bAllies.includes(x));
}

function actorName(id: string, actors: Pick<ActorLookup, "get">): string {
  return actors.get(id)?.name ?? id;
}

/** "<source> blames <actors>", for a contested incident's reason. */
function blame(sources: GradedSource[], id: string, ids: string[], actors: Pick<ActorLookup, "get">): string {
  const name = sources.find((s) => s.id === id)?.name ?? id;
  return `${name} blames ${ids.map((x) => actorName(x, actors)).join(" and ")}`;
}

/** Pairs of sources that blame attackers with no shared or allied actor between them. */
function findContest(
  input: GradeInput,
  actors: Pick<ActorLookup, "get">,
): { a: string; aActors: string[]; b: string; bActors: string[] } | null {
  // A contest needs two sources' accusations (most incidents have one claim).
  if (input.accusations.length < 2) return null;
  const bySource = new Map<string, Set<string>>();
  for (const accusation of input.accusations) {
    if (accusation.denied || accusation.actorIds.length === 0) continue;
    let set = bySource.get(accusation.sourceId);
    if (!set) bySource.set(accusation.sourceId, (set = new Set()));
    for (const id of accusation.actorIds) set.add(id);
  }
  const entries = [...bySource.entries()].sort(([x], [y]) => (x < y ? -1 : 1));
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const [a, aSet] = entries[i] as [string, Set<string>];
      const [b, bSet] = entries[j] as [string, Set<string>];
      const compatible = [...aSet].some((x) => [...bSet].some((y) => allied(x, y, actors)));
      if (!compatible) return { a, aActors: [...aSet].sort(), b, bActors: [...bSet].sort() };
    }
  return null;
}

/**
 * Grades one incident.
 * @example gradeIncident({ sources: [soc], accusations, targets, rejected: null }, actors).grade // "weak"
 */
export function gradeIncident(input: GradeInput, actors: Pick<ActorLookup, "get">): Grade {
  const sources = input.sources;
  if (input.rejected) {
    const note = input.rejected.note ? `: ${input.rejected.note}` : "";
    return {
      grade: "discounted",
      reason: `Rejected by ${input.rejected.by ?? "an analyst"}${input.rejected.at ? ` on ${input.rejected.at.slice(0, 10)}` : ""}${note}.`,
      credibility: "5",
    };
  }
  if (
    input.targets.length > 0 &&
    input.targets.every((t) => t.length > 0 && t.every((x) => x === "military"))
  )
    return {
      grade: "discounted",
      reason: "Every source describes the victims as combatants (military targets only).",
      credibility: "5",
    };

  const contest = findContest(input, actors);
  if (contest) {
    return {
      grade: "contested",
      reason: `Competing claims of responsibility: ${blame(sources, contest.a, contest.aActors, actors)}; ${blame(sources, contest.b, contest.bActors, actors)}.`,
      credibility: "3",
    };
  }

  for (const source of sources) {
    const own = input.accusations.find(
      (a) => a.sourceId === source.id && !a.denied && a.actorIds.some((id) => source.speaksFor.includes(id)),
    );
    if (own) {
      const actor = own.actorIds.find((id) => source.speaksFor.includes(id)) as string;
      return {
        grade: "confirmed",
        reason: `${actorName(actor, actors)} accepted responsibility (${source.name}); ${sources.length} independent source${sources.length === 1 ? "" : "s"}.`,
        credibility: "1",
      };
    }
  }
  const finding = sources.find((s) => s.findings && CREDIBLE.has(s.reliability));
  if (finding)
    return {
      grade: "confirmed",
      reason: `Independent finding by ${finding.name}; ${sources.length} independent source${sources.length === 1 ? "" : "s"}.`,
      credibility: "1",
    };

  // A source that only denies the event does not corroborate it.
  const deniers = sources.filter((s) => !input.accusations.some((a) => a.sourceId === s.id && !a.denied));
  const denial = deniers.length > 0 ? ` ${deniers.map((s) => s.name).join(", ")} denies it.` : "";
  const telling = sources.filter((s) => !deniers.includes(s));
  const credible = telling.filter(isCredible);
  if (telling.length >= 2) {
    const attackers = [
      ...new Set(input.accusations.filter((a) => !a.denied).flatMap((a) => a.actorIds)),
    ].sort();
    const listed = telling.map(describe).join("; ");
    if (credible.length === 0)
      return {
        grade: "weak",
        reason: `${telling.length} independent sources, none of them credible and independent of the parties: ${listed}.${denial}`,
        credibility: "3",
      };
    if (attackers.length === 0)
      return {
        grade: "weak",
        reason: `${telling.length} independent sources agree, but none names the attacker: ${listed}.${denial}`,
        credibility: credible.length >= 2 ? "2" : "3",
      };
    return {
      grade: "fair",
      reason: `${telling.length} independent sources, ${credible.length} of them credible (${credible.map((s) => s.name).join(", ")}); attacker named: ${attackers.map((id) => actorName(id, actors)).join(", ")}. Sources: ${listed}.${denial}`,
      credibility: credible.length >= 2 ? "1" : "2",
    };
  }
  const only = telling[0];
  if (!only) return { grade: "weak", reason: `No source tells it as a fact.${denial}`, credibility: "4" };
  const credibility: Credibility =
    only.reliability === "F"
      ? "6"
      : isCredible(only) && (only.reliability === "A" || only.reliability === "B")
        ? "2"
        : CREDIBLE.has(only.reliability)
          ? "3"
          : "4";
  const why = only.partisan
    ? "a party's claim stays weak until an independent source corroborates it"
    : "one source, not yet corroborated";
  return { grade: "weak", reason: `Single source: ${describe(only)}; ${why}.${denial}`, credibility };
}
