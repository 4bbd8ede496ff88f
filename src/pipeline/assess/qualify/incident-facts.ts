/**
 * Derives the fact keys the legal table speaks of (see knowledge/legal/legal-codes.ts) from one incident:
 * its consensus fields, wording indicators in its own sentences and its reports' statements, and the
 * situation context. Every fact keeps the evidence that set it.
 */
import type { Statement } from "../../../domain/claim.js";
import type { Incident } from "../../../domain/incident.js";
import type { QualificationEvidence } from "../../../domain/qualification.js";
import type { LegalIndicator } from "../../../knowledge/legal/legal-indicators.js";
import {
  conflictsOn,
  contextEvidenceId,
  isPartyOn,
  type SituationContext,
} from "../../../knowledge/situations/situation-context.js";
import { sentenceWindows } from "./sentence-window.js";

/** What the assessment knows of one report behind an incident. */
export interface ReportContext {
  text: string;
  statements: Statement[];
}

/** A pattern of attacks on civilians around the incident, found in our own incident series. */
export interface PatternEvidence {
  perpetrator: string;
  /** How many incidents form the pattern; `incidentIds` lists the first ones. */
  count: number;
  incidentIds: string[];
  areas: string[];
  fromDay: string;
  toDay: string;
}

export type FactMap = Map<string, QualificationEvidence[]>;

const NON_VIOLENT = new Set(["forced_displacement", "siege_starvation"]);
const CIVILIAN_TARGETS = new Set([
  "civilians",
  "residential",
  "market",
  "camp",
  "idps",
  "rescuers",
  "medical",
  "humanitarian",
  "journalists",
  "school",
  "worship",
  "detainees",
]);
/** The (e)(xix) starvation amendment (ASP 18) [K]. */
const STARVATION_AMENDMENT = "2019-12-06";
const MASS_KILLING = 10;

/** The day the incident happened, or null when unknown. */
export function incidentDay(incident: Incident): string | null {
  return incident.date.start ?? incident.date.end;
}

function add(facts: FactMap, key: string, evidence: QualificationEvidence[]): void {
  const list = facts.get(key) ?? [];
  for (const e of evidence)
    if (!list.some((x) => x.claimId === e.claimId && x.start === e.start && x.end === e.end)) list.push(e);
  facts.set(key, list);
}

function claimSpans(incident: Incident, field: string, wording?: RegExp): QualificationEvidence[] {
  const all = incident.claims.flatMap((claim) =>
    claim.evidence
      .filter((span) => span.field === field)
      .map((span) => ({
        claimId: claim.id,
        reportId: claim.reportId,
        start: span.start,
        end: span.end,
        text: span.text,
      })),
  );
  // A target category is shown by the words that name it when they can be told apart; otherwise by all.
  const named = wording ? all.filter((e) => wording.test(e.text)) : [];
  return named.length ? named : all;
}

/** Words that name each target category, to pick its own evidence among a claim's target spans. */
const TARGET_WORDING: Partial<Record<string, RegExp>> = {
  civilians: /civilian|resident|people|inhabitant|women|child|famil|مدني|أهالي/i,
  rescuers: /rescu|civil defen[cs]e|white helmet|responder|الدفاع المدني|إنقاذ|الخوذ/i,
  medical: /medic|ambulance|hospital|clinic|doctor|nurse|health|مسعف|إسعاف|مشفى|مستشفى|طبي/i,
  humanitarian: /aid|humanitarian|relief|convoy|إغاثة|مساعدات/i,
  school: /school|kindergarten|universit|مدرسة|روضة/i,
  worship: /mosque|church|shrine|مسجد|جامع|كنيسة/i,
  market: /market|bakery|سوق|فرن/i,
};

function contextEvidence(situation: SituationContext, id: string, text: string): QualificationEvidence {
  return { claimId: contextEvidenceId(situation, id), reportId: null, start: 0, end: 0, text };
}

/** Facts from the incident's structured fields. */
function fieldFacts(incident: Incident, facts: FactMap): void {
  const targets = new Set<string>(incident.targets);
  if (!NON_VIOLENT.has(incident.eventType)) add(facts, "violent-event", claimSpans(incident, "eventType"));
  add(facts, `event:${incident.eventType}`, claimSpans(incident, "eventType"));
  for (const target of targets)
    add(facts, `target:${target}`, claimSpans(incident, "targets", TARGET_WORDING[target]));
  for (const group of incident.victimGroups)
    add(facts, `victims:${group}`, claimSpans(incident, "victimGroups"));
  if (incident.doubleTap) add(facts, "double-tap", claimSpans(incident, "doubleTap"));
  const killed = incident.casualties.killed?.min ?? 0;
  const injured = incident.casualties.injured?.min ?? 0;
  const casualtySpans = claimSpans(incident, "casualties");
  if (killed >= 1) add(facts, "killed", casualtySpans);
  if (injured >= 1) add(facts, "injured", casualtySpans);
  const civilian =
    [...targets].some((t) => CIVILIAN_TARGETS.has(t)) ||
    (incident.victimGroups.length > 0 && !targets.has("military"));
  if (killed >= 1 && civilian) add(facts, "civilians-killed", casualtySpans);
  if (killed >= MASS_KILLING && civilian) add(facts, "mass-killing", casualtySpans);
}

/** Wording indicators in the sentences that carry the incident's claim evidence, and assertions in statements. */
function wordingFacts(
  incident: Incident,
  reports: Record<string, ReportContext>,
  indicators: readonly LegalIndicator[],
  facts: FactMap,
): void {
  for (const claim of incident.claims) {
    const report = reports[claim.reportId];
    if (!report) continue;
    for (const window of sentenceWindows(report.text, claim.evidence)) {
      const slice = report.text.slice(window.start, window.end);
      for (const indicator of indicators) {
        for (const pattern of indicator.patterns) {
          const m = pattern.exec(slice);
          if (!m) continue;
          const start = window.start + (m.index ?? 0);
          add(facts, `ind:${indicator.id}`, [
            { claimId: claim.id, reportId: claim.reportId, start, end: start + m[0].length, text: m[0] },
          ]);
          break;
        }
      }
    }
  }
  // A report's statements (condemnations, characterisations) speak about its incidents as a whole: only
  // assertions of purpose or quality are read from them, never facts of an act.
  const reportIds = [...new Set(incident.claims.map((c) => c.reportId))];
  for (const reportId of reportIds) {
    const report = reports[reportId];
    if (!report) continue;
    report.statements.forEach((statement, ordinal) => {
      const span = statement.evidence.find((e) => e.field === "statement");
      if (!span) return;
      const slice = report.text.slice(span.start, span.end);
      for (const indicator of indicators) {
        if (!indicator.assertion) continue;
        for (const pattern of indicator.patterns) {
          const m = pattern.exec(slice);
          if (!m) continue;
          const start = span.start + (m.index ?? 0);
          add(facts, `ind:${indicator.id}`, [
            { claimId: `${reportId}:s${ordinal}`, reportId, start, end: start + m[0].length, text: m[0] },
          ]);
          break;
        }
      }
    });
  }
}

/** Facts from the situation's context data and our own incident series. */
function contextFacts(
  incident: Incident,
  situation: SituationContext,
  pattern: PatternEvidence | null,
  facts: FactMap,
): void {
  const day = incidentDay(incident);
  const inCountry = incident.place.country === null || incident.place.country === situation.country;
  const conflicts = inCountry ? conflictsOn(situation, day) : [];
  for (const conflict of conflicts) {
    add(facts, "ctx:armed-conflict", [
      contextEvidence(
        situation,
        conflict.id,
        `${conflict.classification}: ${conflict.description}, since ${conflict.from}`,
      ),
    ]);
    for (const perpetrator of incident.perpetrators) {
      if (perpetrator.actorId && day && isPartyOn(conflict, perpetrator.actorId, day)) {
        add(facts, "ctx:party", [
          contextEvidence(
            situation,
            `${conflict.id}:${perpetrator.actorId}`,
            `${perpetrator.name} is recorded as a party to this conflict on ${day}`,
          ),
        ]);
      }
    }
  }
  if (day && day >= STARVATION_AMENDMENT) {
    add(facts, "ctx:starvation-amendment", [
      contextEvidence(
        situation,
        "icc-asp18-starvation",
        `Art. 8(2)(e)(xix) adopted on ${STARVATION_AMENDMENT}; incident on ${day}`,
      ),
    ]);
  }
  if (pattern) {
    add(facts, "ctx:pattern", [
      {
        claimId: `pattern:${pattern.perpetrator}:${pattern.fromDay}:${pattern.toDay}`,
        reportId: null,
        start: 0,
        end: 0,
        text: `${pattern.count} incidents hitting civilians attributed to ${pattern.perpetrator} in ${pattern.areas.join(", ")} between ${pattern.fromDay} and ${pattern.toDay}`,
      },
    ]);
  }
}

/**
 * All fact keys for `incident`, each with its evidence.
 *
 * @example deriveFacts(incident, reports, SYRIA_SITUATION, null, LEGAL_INDICATORS).has("target:civilians")
 */
export function deriveFacts(
  incident: Incident,
  reports: Record<string, ReportContext>,
  situation: SituationContext,
  pattern: PatternEvidence | null,
  indicators: readonly LegalIndicator[],
): FactMap {
  const facts: FactMap = new Map();
  fieldFacts(incident, facts);
  wordingFacts(incident, reports, indicators, facts);
  contextFacts(incident, situation, pattern, facts);
  return facts;
}
