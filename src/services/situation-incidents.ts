/**
 * Where assessment gets its incidents and the reports behind them: the incident store (built by the
 * resolve stage from every report's claims) and, for the reports asked for, their clean text,
 * statements and dates. Assessment reads only the `Incident` contract.
 */
import type { Incident } from "../domain/incident.js";
import type { AssessReport } from "../pipeline/assess/index.js";
import type { Store } from "../storage/ports.js";
import type { Runtime } from "./runtime.js";

const PAGE = 500;

export interface SituationData {
  incidents: Incident[];
  reports: Record<string, AssessReport>;
}

export type ReportDates = Record<string, { publishedAt: string | null; retrievedAt: string }>;

/** Loads every incident and every stored report (with its latest extraction's statements). */
export async function loadSituationData(runtime: Runtime): Promise<SituationData> {
  const incidents = await loadIncidents(runtime.store);
  const dates = await loadReportDates(runtime.store);
  return { incidents, reports: await loadAssessReports(runtime.store, Object.keys(dates)) };
}

/** Every stored incident. */
export async function loadIncidents(store: Store): Promise<Incident[]> {
  const incidents: Incident[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.incidents.list({ limit: PAGE, offset });
    incidents.push(...page);
    if (page.length < PAGE) break;
  }
  return incidents;
}

/** When each stored report became known (from the report list: no text is read). */
export async function loadReportDates(store: Store): Promise<ReportDates> {
  const dates: ReportDates = {};
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.reports.list({ limit: PAGE, offset });
    for (const r of page) dates[r.id] = { publishedAt: r.publishedAt, retrievedAt: r.retrievedAt };
    if (page.length < PAGE) break;
  }
  return dates;
}

/** The text, statements and dates of the given reports (unknown ids are left out). */
export async function loadAssessReports(
  store: Store,
  ids: Iterable<string>,
): Promise<Record<string, AssessReport>> {
  const reports: Record<string, AssessReport> = {};
  for (const id of new Set(ids)) {
    const report = await store.reports.get(id);
    if (!report) continue;
    const extraction = await store.claims.getExtraction(id);
    reports[report.id] = {
      text: report.text,
      statements: extraction?.extraction.statements ?? [],
      publishedAt: report.publishedAt,
      retrievedAt: report.retrievedAt,
    };
  }
  return reports;
}
