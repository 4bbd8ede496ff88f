/** One stored report as text (never as HTML), with its extracted claims' evidence highlighted. */
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import { MarkedText } from "../components/marked-text";
import { label } from "../format";
import { locateSpan, termRanges, type Range } from "../highlight";
import { useLocation } from "../router";

interface ReportView {
  id: string;
  title: string | null;
  byline: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string;
}
interface StoredExtraction {
  extraction: {
    incidents: {
      eventType: string;
      evidence?: { field: string; start: number; end: number; text: string }[];
      titleEvidence?: { field: string; start: number; end: number; text: string }[];
    }[];
  };
}

export function ReportPage(props: { id: string }) {
  const { params } = useLocation();
  const q = params.get("q") ?? "";
  const [report, setReport] = useState<ReportView | null>(null);
  const [claims, setClaims] = useState<StoredExtraction | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<ReportView>(`/api/reports/${props.id}`).then(setReport, (e: Error) => setError(e.message));
    api<StoredExtraction>(`/api/reports/${props.id}/claims`).then(setClaims, () => setClaims(null));
  }, [props.id]);
  if (error)
    return (
      <main>
        <p class="error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!report)
    return (
      <main>
        <p>Loading…</p>
      </main>
    );
  const ranges: Range[] = q ? termRanges(report.text, q) : [];
  for (const claim of claims?.extraction.incidents ?? [])
    for (const span of claim.evidence ?? []) {
      const found = locateSpan(report.text, span);
      if (found) ranges.push(found);
    }
  // A claim the headline alone tells has its spans in the title.
  const headRanges: Range[] = [];
  for (const claim of claims?.extraction.incidents ?? [])
    for (const span of claim.titleEvidence ?? []) {
      const found = report.title ? locateSpan(report.title, span) : null;
      if (found) headRanges.push(found);
    }
  return (
    <main class="report-page">
      <h1 dir="auto">
        {report.title ? <MarkedText text={report.title} ranges={headRanges} /> : "Untitled report"}
      </h1>
      <p class="muted" dir="auto">
        {[report.publisher, report.byline, report.publishedAt, report.language].filter(Boolean).join(" · ")}
      </p>
      {claims && (
        <p>
          {claims.extraction.incidents.length} claim(s) extracted:{" "}
          {claims.extraction.incidents.map((c) => label(c.eventType)).join(", ")}
        </p>
      )}
      <p class="report-text" dir="auto">
        <MarkedText text={report.text} ranges={ranges} />
      </p>
    </main>
  );
}
