/**
 * Builds the brief model: picks the period's key incidents (highest qualification level, then most
 * killed, then best grade), quotes their evidence with its text direction, and gathers alerts, sources
 * and caveats. Our words are "consistent with"; the sources' legal words are quoted as theirs.
 */
import type { Incident } from "../../domain/incident.js";
import type { IncidentAssessment } from "../../domain/qualification.js";
import { LEGAL_CODES } from "../../knowledge/legal/legal-codes.js";
import { ALERT_CAVEAT } from "../alerts/alert-payload.js";
import type { BriefIncident, BriefInput, BriefModel, BriefQuote, BriefSource } from "./brief-model.js";

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LEVEL_RANK: Record<string, number> = { L0: 0, L1: 1, L2: 2 };
const GRADE_RANK: Record<string, number> = { confirmed: 4, fair: 3, weak: 2, contested: 1, discounted: 0 };

/** "rtl" when most letters are Arabic script. */
export function textDirection(text: string): "ltr" | "rtl" {
  const arabic = text.match(ARABIC)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin ? "rtl" : "ltr";
}

const quote = (text: string, reportId: string): BriefQuote => ({ text, dir: textDirection(text), reportId });

function range(r: { min: number; max: number | null } | null): string | null {
  if (!r) return null;
  if (r.max === null) return `at least ${r.min}`;
  return r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
}

/** The sentence of the report that carries the incident's first claim span. */
function evidenceSentence(incident: Incident, reports: BriefInput["reports"]): BriefQuote | null {
  for (const claim of incident.claims) {
    const text = reports[claim.reportId]?.text;
    const span = claim.evidence.find((e) => e.field === "place") ?? claim.evidence[0];
    if (!text || !span) continue;
    const before = text.slice(0, span.start);
    let start = 0;
    for (const m of before.matchAll(/[.!?؟]["'”’)]?\s+|\n+/g)) start = (m.index ?? 0) + m[0].length;
    const afterIdx = text.slice(span.end).search(/[.!?؟](\s|$)|\n/);
    const end = afterIdx < 0 ? text.length : span.end + afterIdx + 1;
    return quote(text.slice(start, end).trim(), claim.reportId);
  }
  return null;
}

function maxLevel(a: IncidentAssessment | undefined): number {
  return Math.max(-1, ...(a?.qualifications.map((q) => LEVEL_RANK[q.level] ?? 0) ?? []));
}

/** "Consistent with <the act> (<basis>); unshown: …" for a qualification whose limits are said once above. */
function shortLine(q: IncidentAssessment["qualifications"][number]): string {
  const code = LEGAL_CODES.find((c) => c.code === q.code);
  const unshown = q.elements
    .filter((e) => (e.kind === "act" || e.kind === "specific") && e.status !== "met")
    .map((e) => e.name);
  const reading = code ? `${code.reading} (${q.basis})` : q.basis;
  const head =
    q.factLevel === "L0"
      ? `Not yet consistent with ${reading}`
      : `The facts as reported would be consistent with ${reading}`;
  return `${head}${unshown.length ? `; not shown: ${unshown.join("; ")}` : ""}.`;
}

/** One quote per source sentence, with every label the source gave it. */
function mergeCharacterisations(
  assessment: IncidentAssessment | undefined,
): BriefIncident["characterisations"] {
  const byText = new Map<string, BriefIncident["characterisations"][number]>();
  for (const c of assessment?.sourceCharacterisations ?? []) {
    const seen = byText.get(c.text);
    if (seen) seen.label = `${seen.label}”, “${c.label}`;
    else byText.set(c.text, { label: c.label, actor: c.actor, quote: quote(c.text, c.reportId) });
  }
  return [...byText.values()];
}

function briefIncident(
  incident: Incident,
  assessment: IncidentAssessment | undefined,
  reports: BriefInput["reports"],
): BriefIncident {
  const quals = assessment?.qualifications ?? [];
  const withLimits = quals.filter((q) => q.limits.length);
  const first = withLimits[0]?.limits.join("; ");
  const shared =
    withLimits.length > 1 && withLimits.every((q) => q.limits.join("; ") === first)
      ? withLimits[0]!.limits
      : [];
  const killed = range(incident.casualties.killed);
  const injured = range(incident.casualties.injured);
  const unspecified = range(incident.casualties.unspecified);
  const casualties = [
    killed && `killed ${killed}`,
    injured && `injured ${injured}`,
    unspecified && `casualties (killed and injured not separated) ${unspecified}`,
  ]
    .filter(Boolean)
    .join("; ");
  return {
    id: incident.id,
    date:
      incident.date.start === incident.date.end || !incident.date.end
        ? (incident.date.start ?? "date unknown")
        : `${incident.date.start} to ${incident.date.end}`,
    place: incident.place.name ?? incident.place.mentions[0] ?? "unlocated",
    admin1: incident.place.admin1,
    eventType: incident.eventType.replace(/_/g, " "),
    perpetrators: incident.perpetrators.length
      ? incident.perpetrators
          .map((p) => `${p.name}${p.role === "alleged_assoc" ? " (named as an ally)" : ""}`)
          .join("; ") + ` — as attributed by ${[...new Set(incident.sources.map((s) => s.name))].join(", ")}`
      : "not attributed",
    casualties:
      casualties ||
      (incident.casualties.bySource.some((c) => c.text)
        ? `no figure for this place alone; the source's wording for the places it lists together: ${[...new Set(incident.casualties.bySource.map((c) => c.text).filter(Boolean))].map((t) => `“${t}”`).join(", ")}`
        : "no figures reported"),
    grade: incident.grade,
    gradeReason: incident.gradeReason,
    sources: incident.sources
      .map(
        (s) =>
          `${s.name}${s.partisan ? " (partisan)" : ""}${s.relayedBy.length ? `, relayed by ${s.relayedBy.join(", ")}` : ""}`,
      )
      .join("; "),
    sharedLimits: shared,
    qualifications: quals.map((q) => ({
      code: q.code,
      level: q.level,
      factLevel: q.factLevel,
      text: q.text,
      line: shared.length && q.limits.length ? shortLine(q) : q.text,
    })),
    characterisations: mergeCharacterisations(assessment),
    quote: evidenceSentence(incident, reports),
  };
}

const inPeriod = (day: string | null, from: string | null, to: string) =>
  day !== null && (from === null || day >= from) && day <= to;

/** @example buildBrief(input).incidents[0].qualifications[0].text // "Alleged: as reported, the facts would be consistent with …" */
export function buildBrief(input: BriefInput): BriefModel {
  const assessments = new Map(input.assessments.map((a) => [a.incidentId, a]));
  const period = input.incidents.filter((i) => inPeriod(i.date.start ?? i.date.end, input.from, input.to));
  const ranked = [...period].sort(
    (a, b) =>
      maxLevel(assessments.get(b.id)) - maxLevel(assessments.get(a.id)) ||
      (b.casualties.killed?.min ?? 0) - (a.casualties.killed?.min ?? 0) ||
      (GRADE_RANK[b.grade] ?? 0) - (GRADE_RANK[a.grade] ?? 0) ||
      (a.date.start ?? "").localeCompare(b.date.start ?? "") ||
      a.id.localeCompare(b.id),
  );
  const key = ranked.slice(0, input.limit ?? 25);
  const alerts = input.alerts.filter((a) => inPeriod(a.date, input.from, input.to));
  const reportIds = [...new Set(key.flatMap((i) => i.reports))];
  const sources: BriefSource[] = reportIds
    .filter((id) => input.reports[id])
    .map((id) => {
      const r = input.reports[id]!;
      return {
        reportId: id,
        title: r.title,
        publisher: r.publisher,
        originators: r.originators,
        publishedAt: r.publishedAt,
        caveats: r.caveats,
        dir: textDirection(r.title ?? r.text.slice(0, 200)),
      };
    });
  const withIncidents = new Set(input.incidents.flatMap((i) => i.reports));
  const unanalysed = Object.entries(input.reports)
    .filter(
      ([id, r]) =>
        !withIncidents.has(id) &&
        inPeriod(r.publishedAt ?? r.retrievedAt?.slice(0, 10) ?? null, input.from, input.to),
    )
    .map(([id, r]) => ({
      reportId: id,
      title: r.title,
      publisher: r.publisher,
      originators: r.originators,
      publishedAt: r.publishedAt,
      caveats: r.caveats,
      dir: textDirection(r.title ?? r.text.slice(0, 200)),
      language: r.language ?? null,
    }));
  const partisanOnly = period.filter(
    (i) => i.sources.length > 0 && i.sources.every((s) => s.partisan),
  ).length;
  const present = input.profile.factors.filter((f) => f.level >= 2).map((f) => f.id);
  return {
    title: `${input.situation.name}: atrocity-risk brief`,
    situation: {
      id: input.situation.id,
      name: input.situation.name,
      contextVersion: input.situation.version,
    },
    period: { from: input.from, to: input.to },
    generatedAt: input.generatedAt,
    summary: [
      `${period.length} incident${period.length === 1 ? "" : "s"} in the period${partisanOnly ? `, ${partisanOnly} reported only by partisan sources` : ""}; ${alerts.length} alert${alerts.length === 1 ? "" : "s"}.`,
      `Risk factors at present or above: ${present.length ? present.join(", ") : "none"} (of 14; unknown means not assessed, not absent).`,
    ],
    incidents: key.map((i) => briefIncident(i, assessments.get(i.id), input.reports)),
    incidentTotal: period.length,
    profile: input.profile,
    alerts,
    sources,
    unanalysed,
    caveats: [
      "Qualifications read reported facts against legal elements and say what they are consistent with; they are not findings, and no court has ruled on them. Syria is not a party to the Rome Statute.",
      "L0: alleged; L1: the reported facts are consistent with the act; L2: consistent if the context elements (armed conflict and nexus, or a widespread or systematic attack) hold. A single partisan source never rises above L0; genocide is never qualified automatically.",
      'Sources\' own legal words (e.g. "genocide") are quoted as their characterisations, never adopted.',
      "Casualty figures are ranges; the lowest figure is used for counts (ACLED convention).",
      ALERT_CAVEAT,
    ],
  };
}
