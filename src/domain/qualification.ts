/**
 * Legal qualifications: which atrocity crimes an incident's reported facts are *consistent with*, which
 * legal elements are met, unshown or unknown, and on what evidence (DOMAIN.md §2.5). A qualification is
 * an analytical reading, never a finding; the sources' own legal words are kept apart as their
 * characterisations (DOMAIN.md R5).
 */
import { z } from "zod";
import { ANALYST_DECISIONS } from "./analyst-queue-vocabulary.js";

/** L0 alleged, L1 facts consistent with the act, L2 consistent if the context elements hold (DOMAIN.md §2.5). */
export const QualificationLevel = z.enum(["L0", "L1", "L2"]);
export type QualificationLevel = z.infer<typeof QualificationLevel>;

export const ElementStatus = z.enum(["met", "not_shown", "unknown"]);
export type ElementStatus = z.infer<typeof ElementStatus>;

/** One piece of evidence: a span of a report's clean text, reached through a claim or a statement. */
export const QualificationEvidence = z.object({
  /** `<reportId>:<ordinal>` for a claim, `<reportId>:s<ordinal>` for a statement, `context:<id>` for situation data. */
  claimId: z.string(),
  reportId: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type QualificationEvidence = z.infer<typeof QualificationEvidence>;

export const QualificationElement = z.object({
  name: z.string(),
  /**
   * act: the physical act; context: armed conflict / chapeau; specific: what the code also needs;
   * assertion: what the source claims (a purpose, "systematic"), shown for the analyst, never required.
   */
  kind: z.enum(["act", "context", "specific", "assertion"]),
  status: ElementStatus,
  /** Why the status is what it is, in plain words. */
  note: z.string(),
  evidence: z.array(QualificationEvidence),
});
export type QualificationElement = z.infer<typeof QualificationElement>;

export const Qualification = z.object({
  /** Machine-table code, e.g. "WC-E-CIV". */
  code: z.string(),
  /** Legal basis, e.g. "Rome Statute art. 8(2)(e)(i)". */
  basis: z.string(),
  /** Crime group: genocide, crimes against humanity, war crimes, ethnic cleansing (non-legal), customary IHL. */
  crime: z.enum(["genocide", "crimes_against_humanity", "war_crimes", "ethnic_cleansing", "ihl"]),
  level: QualificationLevel,
  /** The level the reported facts alone would support, before caps (partisan source, code maximum). */
  factLevel: QualificationLevel,
  /** Why `level` is below `factLevel`, when it is. */
  limits: z.array(z.string()),
  /** "consistent with" wording, never a finding. */
  text: z.string(),
  elements: z.array(QualificationElement),
});
export type Qualification = z.infer<typeof Qualification>;

/** A legal label a source used itself ("genocide"): its words, never our finding (R5). */
export const SourceCharacterisation = z.object({
  label: z.string(),
  actor: z.string().nullable(),
  reportId: z.string(),
  statementId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type SourceCharacterisation = z.infer<typeof SourceCharacterisation>;

/** Why an incident waits for an analyst (genocide codes never rise on their own). */
export const AnalystQueueItem = z.object({
  incidentId: z.string(),
  code: z.string(),
  reason: z.string(),
});
export type AnalystQueueItem = z.infer<typeof AnalystQueueItem>;

/** An analyst's decision on a queue item, with the note that explains it (required: decisions are reviewed). */
export const AnalystDecision = z.object({
  decision: z.enum(ANALYST_DECISIONS),
  note: z.string().trim().min(3, "say why in a note of a few words at least").max(4000),
});
export type AnalystDecision = z.infer<typeof AnalystDecision>;

export const IncidentAssessment = z.object({
  incidentId: z.string(),
  /** Version of the qualification rules that produced this (re-assessment replaces older ones). */
  rulesVersion: z.string(),
  qualifications: z.array(Qualification),
  sourceCharacterisations: z.array(SourceCharacterisation),
  analystQueue: z.array(AnalystQueueItem),
});
export type IncidentAssessment = z.infer<typeof IncidentAssessment>;
