/** Briefs: the situation assessed as of the period's end, restricted to the period, in the asked format. */
import { getSituation } from "../knowledge/situations/index.js";
import type { BriefModel } from "../publish/brief/brief-model.js";
import { buildBrief } from "../publish/brief/build-brief.js";
import { renderBriefHtml } from "../publish/brief/render-html.js";
import { renderBriefMarkdown } from "../publish/brief/render-markdown.js";
import { computeAssessment, today } from "./assessment-service.js";
import type { Runtime } from "./runtime.js";

export type BriefFormat = "md" | "html" | "pdf";

export interface BriefRequest {
  situationId: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** The brief's model: what every format prints. */
export async function situationBrief(runtime: Runtime, request: BriefRequest): Promise<BriefModel> {
  const situation = getSituation(request.situationId);
  const to = request.to ?? today();
  const run = await computeAssessment(runtime, situation.id, { asOf: to });
  const reports: Parameters<typeof buildBrief>[0]["reports"] = {};
  for (const id of new Set([
    ...run.data.incidents.flatMap((i) => i.reports),
    ...Object.keys(run.data.reports),
  ])) {
    const report = await runtime.store.reports.get(id);
    if (report)
      reports[id] = {
        text: report.text,
        title: report.title,
        publisher: report.publisher,
        originators: report.originators,
        publishedAt: report.publishedAt,
        caveats: report.caveats,
        language: report.language,
        retrievedAt: report.retrievedAt,
      };
  }
  return buildBrief({
    situation: { id: situation.id, name: situation.name, version: situation.version },
    from: request.from ?? null,
    to,
    generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    incidents: run.data.incidents.filter((i) => run.assessments.some((a) => a.incidentId === i.id)),
    assessments: run.assessments,
    alerts: run.alerts,
    profile: run.profile,
    reports,
    limit: request.limit,
  });
}

/** The brief rendered: text for md and html, bytes for pdf. */
export async function renderBrief(brief: BriefModel, format: BriefFormat): Promise<string | Uint8Array> {
  if (format === "md") return renderBriefMarkdown(brief);
  const html = renderBriefHtml(brief);
  if (format === "html") return html;
  const { renderPdf } = await import("../publish/brief/render-pdf.js");
  return renderPdf(html);
}
