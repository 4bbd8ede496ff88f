/**
 * The shape of a situation's versioned context data: the facts a legal qualification needs that no
 * single report states — which armed conflicts exist, of what classification, between which parties,
 * from when to when. Each fact carries its provenance and a version so an assessment can say which
 * context it used.
 */

/** International or non-international armed conflict (common art. 2 / art. 3 of the Geneva Conventions). */
export type ConflictClassification = "NIAC" | "IAC";

export interface ContextSource {
  /** Short citation; [K] marks standard knowledge to verify, [V] a checked source (DOMAIN.md tags). */
  citation: string;
  tag: "V" | "K";
}

export interface ArmedConflictFact {
  /** Stable id used as evidence: `context:<situation>:<id>`. */
  id: string;
  classification: ConflictClassification;
  description: string;
  /** First day the classification is taken to apply; null = unknown. */
  from: string;
  /** Last day, or null while ongoing. */
  to: string | null;
  /** Actor ids (knowledge/actors) that are parties, each over its own period. */
  parties: { actorId: string; from: string | null; to: string | null }[];
  sources: ContextSource[];
  note?: string;
}

export interface SituationContext {
  id: string;
  name: string;
  /** ISO country code the incidents carry in `place.country`. */
  country: string;
  /** Bumped whenever a fact changes, recorded with every assessment. */
  version: string;
  armedConflicts: ArmedConflictFact[];
  /** Facts an analyst would cite for structural risk factors; evidence for RF indicators. */
  facts: { id: string; text: string; indicatorId: string; from: string; sources: ContextSource[] }[];
  /** Governorate (admin1) names of the situation, for display order. */
  admin1: string[];
}

/** The evidence id of a context fact. */
export function contextEvidenceId(situation: SituationContext, factId: string): string {
  return `context:${situation.id}:${factId}`;
}

/** The armed conflicts in force on `day` (ISO date); none when the day is unknown. */
export function conflictsOn(situation: SituationContext, day: string | null): ArmedConflictFact[] {
  if (!day) return [];
  return situation.armedConflicts.filter((c) => c.from <= day && (c.to === null || day <= c.to));
}

/** Whether `actorId` is a party to `conflict` on `day`. */
export function isPartyOn(conflict: ArmedConflictFact, actorId: string, day: string): boolean {
  return conflict.parties.some(
    (p) => p.actorId === actorId && (p.from === null || p.from <= day) && (p.to === null || day <= p.to),
  );
}
