/**
 * Legal qualification of one incident (DOMAIN.md §2.5): for each code of the machine table whose
 * triggers are present, the elements with their status and evidence, the level the facts support, and
 * the level stated after caps — a single partisan source never rises above L0, genocide codes stay at
 * L0 and go to the analyst queue. The sources' own legal words are returned apart, as theirs (R5).
 */
import type { Incident } from "../../../domain/incident.js";
import type {
  AnalystQueueItem,
  IncidentAssessment,
  Qualification,
  QualificationElement,
  QualificationLevel,
  SourceCharacterisation,
} from "../../../domain/qualification.js";
import type { LegalCode } from "../../../knowledge/legal/legal-codes.js";
import type { LegalIndicator } from "../../../knowledge/legal/legal-indicators.js";
import type { SituationContext } from "../../../knowledge/situations/situation-context.js";
import { deriveFacts, type FactMap, type PatternEvidence, type ReportContext } from "./incident-facts.js";
import { qualificationText } from "./qualification-text.js";

export interface QualifyInput {
  incident: Incident;
  /** The reports behind the incident (clean text and statements), by report id. */
  reports: Record<string, ReportContext>;
  situation: SituationContext;
  /** A pattern in our own series around this incident (the chapeau of crimes against humanity), if any. */
  pattern: PatternEvidence | null;
}

export interface QualifyDeps {
  codes: readonly LegalCode[];
  indicators: readonly LegalIndicator[];
  rulesVersion: string;
}

const ORDER: QualificationLevel[] = ["L0", "L1", "L2"];
const minLevel = (a: QualificationLevel, b: QualificationLevel) =>
  ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;

function evaluateElements(code: LegalCode, facts: FactMap): QualificationElement[] {
  return code.elements.map((rule) => {
    const present = rule.metBy.filter((key) => facts.has(key));
    const evidence = present
      .flatMap((key) => facts.get(key) ?? [])
      .filter(
        (e, i, all) =>
          all.findIndex((x) => x.claimId === e.claimId && x.start === e.start && x.end === e.end) === i,
      );
    const met = present.length > 0;
    return {
      name: rule.name,
      kind: rule.kind,
      status: met ? "met" : rule.otherwise,
      note: met
        ? `shown by ${present.join(", ")}`
        : rule.otherwise === "unknown"
          ? "cannot be told from the reports or the context data"
          : "the reports do not show it",
      evidence,
    };
  });
}

function factLevelOf(elements: QualificationElement[]): QualificationLevel {
  const act = elements.filter((e) => e.kind === "act");
  const context = elements.filter((e) => e.kind === "context");
  if (act.some((e) => e.status !== "met")) return "L0";
  return context.every((e) => e.status === "met") ? "L2" : "L1";
}

/** Reasons the incident as a whole cannot rise above L0, whatever the code. */
function incidentLimits(incident: Incident): string[] {
  const limits: string[] = [];
  const independent = incident.sources.filter((s) => !s.partisan);
  if (incident.sources.length === 0) limits.push("no identified source stands behind the incident");
  else if (independent.length === 0) {
    const names = incident.sources.map((s) => s.name).join(", ");
    limits.push(
      `only a partisan source (${names}) reports it, and a party's claim about an adversary stays an allegation until independently corroborated`,
    );
  }
  if (incident.grade === "discounted") limits.push("the incident is graded discounted");
  if (incident.claims.length > 0 && incident.claims.every((c) => c.modality === "denied"))
    limits.push("every claim behind it is a denial");
  return limits;
}

function characterisations(
  incident: Incident,
  reports: Record<string, ReportContext>,
): SourceCharacterisation[] {
  const out: SourceCharacterisation[] = [];
  for (const reportId of [...new Set(incident.claims.map((c) => c.reportId))]) {
    reports[reportId]?.statements.forEach((statement, ordinal) => {
      if (statement.kind !== "characterisation" || !statement.label) return;
      const span = statement.evidence.find((e) => e.field === "label") ?? statement.evidence[0];
      if (!span) return;
      out.push({
        label: statement.label,
        actor: statement.actor,
        reportId,
        statementId: `${reportId}:s${ordinal}`,
        start: span.start,
        end: span.end,
        text: statement.text,
      });
    });
  }
  return out;
}

/**
 * Qualifies one incident.
 *
 * @example qualifyIncident({ incident, reports, situation: SYRIA_SITUATION, pattern: null }, deps).qualifications[0].text
 *   // "Alleged: as reported, the facts would be consistent with the war crime of …"
 */
export function qualifyIncident(input: QualifyInput, deps: QualifyDeps): IncidentAssessment {
  const { incident } = input;
  const base = { incidentId: incident.id, rulesVersion: deps.rulesVersion };
  if (incident.review.status === "rejected")
    return { ...base, qualifications: [], sourceCharacterisations: [], analystQueue: [] };

  const facts = deriveFacts(incident, input.reports, input.situation, input.pattern, deps.indicators);
  const limits = incidentLimits(incident);
  const qualifications: Qualification[] = [];
  const analystQueue: AnalystQueueItem[] = [];
  for (const code of deps.codes) {
    if (!code.triggers.some((t) => facts.has(t))) continue;
    if (code.requires && !code.requires.every((r) => facts.has(r))) continue;
    const elements = evaluateElements(code, facts);
    const factLevel = factLevelOf(elements);
    const codeLimits = [...limits];
    const capped: QualificationLevel = limits.length ? "L0" : factLevel;
    if (ORDER.indexOf(code.maxLevel) < ORDER.indexOf(capped))
      codeLimits.push(`${code.code} is never stated above ${code.maxLevel} automatically`);
    const level = minLevel(capped, code.maxLevel);
    const supported = minLevel(factLevel, code.maxLevel);
    if (code.analystOnly) {
      analystQueue.push({
        incidentId: incident.id,
        code: code.code,
        reason:
          "wording of intent to destroy a protected group: genocide codes are weighed by an analyst only",
      });
    }
    qualifications.push({
      code: code.code,
      basis: code.basis,
      crime: code.crime,
      level,
      factLevel: supported,
      limits: level === supported ? [] : codeLimits,
      text: qualificationText(code, level, supported, elements, codeLimits),
      elements,
    });
  }
  return {
    ...base,
    qualifications,
    sourceCharacterisations: characterisations(incident, input.reports),
    analystQueue,
  };
}
