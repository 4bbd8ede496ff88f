/**
 * Where assessment gets its incidents and the reports behind them: the incident store (built by the
 * resolve stage from every report's claims) and, for every stored report, its clean text, statements
 * and dates. Assessment reads only the `Incident` contract.
 */
import type { Incident } from "../domain/incident.js";
import type { AssessReport } from "../pipeline/assess/index.js";
import type { Runtime } from "./runtime.js";

const PAGE = 500;

export interface SituationData {
  incidents: Incident[];
  reports: Record<string, AssessReport>;
}

/** Loads every incident and every stored report (with its latest extraction's statements). */
export async function loadSituationData(runtime: Runtime): Promise<SituationData> {
  const { store } = runtime;
  const incidents: Incident[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.incidents.list({ limit: PAGE, offset });
    incidents.push(...page);
    if (page.length < PAGE) break;
  }
  const reports: Record<string, AssessReport> = {};
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.reports.list({ limit: PAGE, offset });
    for (const summary of page) {
      const report = await store.reports.get(summary.id);
      if (!report) continue;
      const extraction = await store.claims.getExtraction(summary.id);
      reports[report.id] = {
        text: report.text,
        statements: extraction?.extraction.statements ?? [],
        publishedAt: report.publishedAt,
        retrievedAt: report.retrievedAt,
      };
    }
    if (page.length < PAGE) break;
  }
  return { incidents, reports };
}
