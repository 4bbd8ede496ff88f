/**
 * One incident: what each report claims, with the evidence spans highlighted in the report's clean
 * text; the sources and their independence; the grade and its reason; legal qualifications with
 * their elements; and the analyst's review actions.
 */
import { useEffect, useState } from "preact/hooks";
import type { Incident, IncidentClaimRef } from "../../../src/domain/incident";
import { api, ApiError } from "../api";
import { MarkedText } from "../components/marked-text";
import { countRange, EVENT_TYPES, GRADE_COLOURS, label } from "../format";
import { locateSpan, type Range } from "../highlight";
import { onLinkClick } from "../router";
import type { SessionUser } from "../session";

interface ReportView {
  id: string;
  title: string | null;
  byline: string | null;
  publisher: string | null;
  publishedAt: string | null;
  text: string;
}

/** Legal qualifications, when the assessment stage has attached them (an additive field). */
interface Qualification {
  code: string;
  basis?: string;
  level?: string;
  text?: string;
  limits?: string[];
  elements?: { name: string; status?: string; note?: string; evidence?: { text: string }[] }[];
}

/** GET /api/incidents/:id/assessment (the assessment stage's output). */
interface Assessment {
  qualifications: Qualification[];
  sourceCharacterisations: { label: string; actor: string | null; text: string }[];
}

function ReportClaims(props: { reportId: string; claims: IncidentClaimRef[] }) {
  const [report, setReport] = useState<ReportView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<ReportView>(`/api/reports/${props.reportId}`).then(setReport, (e: Error) => setError(e.message));
  }, [props.reportId]);
  if (error)
    return (
      <p class="error">
        Report {props.reportId.slice(0, 12)}: {error}
      </p>
    );
  if (!report) return <p>Loading report…</p>;
  const spans = props.claims.flatMap((claim) => claim.evidence.map((span) => ({ span, claim })));
  const ranges: Range[] = [];
  const titles: string[] = [];
  for (const { span, claim } of spans) {
    const found = locateSpan(report.text, span);
    if (!found) continue;
    ranges.push(found);
    titles.push(`${span.field} (claim ${claim.ordinal + 1})`);
  }
  // A claim the headline alone tells has its spans in the title.
  const headRanges: Range[] = [];
  const headTitles: string[] = [];
  for (const claim of props.claims)
    for (const span of claim.titleEvidence ?? []) {
      const found = report.title ? locateSpan(report.title, span) : null;
      if (!found) continue;
      headRanges.push(found);
      headTitles.push(`${span.field} (claim ${claim.ordinal + 1}, headline)`);
    }
  return (
    <article class="report" aria-label="Report">
      <h3 dir="auto">
        {report.title ? (
          <MarkedText text={report.title} ranges={headRanges} titles={headTitles} />
        ) : (
          "Untitled report"
        )}
      </h3>
      <p class="muted" dir="auto">
        {[report.publisher, report.byline, report.publishedAt].filter(Boolean).join(" · ")}{" "}
        <a href={`/reports/${report.id}`} onClick={onLinkClick}>
          full report
        </a>
      </p>
      <ul class="claims">
        {props.claims.map((claim) => (
          <li key={claim.id}>
            <strong>{label(claim.eventType)}</strong> at{" "}
            <span dir="auto">{claim.place.name ?? claim.place.mention}</span>, {claim.date.start ?? "undated"}{" "}
            · killed {countRange(claim.killed)} · {claim.modality}
            {claim.perpetrators.length > 0 && (
              <>
                {" "}
                · by <span dir="auto">{claim.perpetrators.map((p) => p.name).join(", ")}</span>
              </>
            )}
            <div class="muted">
              {claim.match.by}: {claim.match.reason}
            </div>
          </li>
        ))}
      </ul>
      <p class="report-text" dir="auto">
        <MarkedText text={report.text} ranges={ranges} titles={titles} />
      </p>
    </article>
  );
}

function Review(props: {
  incident: Incident;
  user: SessionUser | null;
  onChanged: (incident: Incident) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [other, setOther] = useState("");
  const [edit, setEdit] = useState({
    eventType: props.incident.eventType as string,
    dateStart: props.incident.date.start ?? "",
    placeName: props.incident.place.name ?? "",
  });
  const canReview = props.user && props.user.role !== "viewer";
  const run = async (path: string, body: unknown, method = "POST") => {
    setMessage(null);
    try {
      const base = `/api/incidents/${encodeURIComponent(props.incident.id)}`;
      const result = await api<{ incident: Incident; created: string | null; removed: string | null }>(
        path ? `${base}/${path}` : base,
        { method, json: body },
      );
      props.onChanged(result.incident);
      setMessage(
        result.created
          ? `Saved; new incident ${result.created}.`
          : result.removed
            ? `Saved; merged ${result.removed}.`
            : "Saved.",
      );
    } catch (error) {
      setMessage(error instanceof ApiError ? `${error.code}: ${error.message}` : String(error));
    }
  };
  if (!canReview) return <p class="muted">Log in as an analyst to review this incident.</p>;
  return (
    <section class="review" aria-label="Review">
      <h2>Review</h2>
      <label>
        Note <input type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="buttons">
        <button type="button" onClick={() => void run("confirm", { note: note || undefined })}>
          Confirm
        </button>
        <button type="button" onClick={() => void run("reject", { note: note || undefined })}>
          Reject
        </button>
      </div>
      <div class="buttons">
        <label>
          Type
          <select
            value={edit.eventType}
            onChange={(e) => setEdit({ ...edit, eventType: e.currentTarget.value })}
          >
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {label(type)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date{" "}
          <input
            type="date"
            value={edit.dateStart}
            onInput={(e) => setEdit({ ...edit, dateStart: e.currentTarget.value })}
          />
        </label>
        <label>
          Place{" "}
          <input
            type="text"
            value={edit.placeName}
            onInput={(e) => setEdit({ ...edit, placeName: e.currentTarget.value })}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            void run(
              "",
              {
                eventType: edit.eventType,
                dateStart: edit.dateStart || undefined,
                placeName: edit.placeName || undefined,
                note: note || undefined,
              },
              "PATCH",
            )
          }
        >
          Save edit
        </button>
      </div>
      <div class="buttons">
        <label>
          Other incident id{" "}
          <input type="text" value={other} onInput={(e) => setOther(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          disabled={!other}
          onClick={() => void run("merge", { other, note: note || undefined })}
        >
          Merge
        </button>
        <button
          type="button"
          disabled={props.incident.claims.length < 2}
          onClick={() =>
            void run("split", {
              claims: props.incident.claims.slice(1).map((c) => c.id),
              note: note || undefined,
            })
          }
        >
          Split off all but the first claim
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

export function IncidentPage(props: { id: string; user: SessionUser | null }) {
  const [incident, setIncident] = useState<Incident | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  useEffect(() => {
    const path = `/api/incidents/${encodeURIComponent(props.id)}`;
    api<Incident>(path).then(setIncident, (e: Error) => setError(e.message));
    // No assessment yet is a 404: the page then says "Not assessed yet".
    api<Assessment>(`${path}/assessment`).then(setAssessment, () => setAssessment(null));
  }, [props.id]);
  if (error)
    return (
      <main>
        <p class="error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!incident)
    return (
      <main>
        <p>Loading…</p>
      </main>
    );
  const qualifications = assessment?.qualifications ?? [];
  const characterisations = assessment?.sourceCharacterisations ?? [];
  const byReport = new Map<string, IncidentClaimRef[]>();
  for (const claim of incident.claims)
    byReport.set(claim.reportId, [...(byReport.get(claim.reportId) ?? []), claim]);
  const c = incident.casualties;
  return (
    <main class="incident-page">
      <h1 dir="auto">
        {label(incident.eventType)} at{" "}
        {incident.place.name ?? incident.place.mentions[0] ?? "an unresolved place"}
        {incident.place.admin1 ? `, ${incident.place.admin1}` : ""} — {incident.date.start ?? "undated"}
      </h1>
      <p>
        <span class="grade-badge" style={{ backgroundColor: GRADE_COLOURS[incident.grade] }}>
          {incident.grade}
        </span>{" "}
        <span dir="auto">{incident.gradeReason}</span> · credibility {incident.credibility} ·{" "}
        {incident.independentSources} independent source(s) · review:{" "}
        <strong data-testid="review-status">{incident.review.status}</strong>
        {incident.review.by ? ` by ${incident.review.by}` : ""}
      </p>
      <p>
        ACLED: {incident.acled.eventType} / {incident.acled.subEventType} · killed {countRange(c.killed)} ·
        injured {countRange(c.injured)}
        {incident.doubleTap ? " · double-tap" : ""}
      </p>
      {incident.perpetrators.length > 0 && (
        <p>
          Attributed to:{" "}
          {incident.perpetrators.map((p, i) => (
            <span key={i} dir="auto">
              {i > 0 ? "; " : ""}
              {p.name}
              {p.role === "alleged_assoc" ? " (alleged associate)" : ""} (by{" "}
              {p.attributedBy.join(", ") || "—"})
            </span>
          ))}
        </p>
      )}
      <section aria-label="Sources">
        <h2>Sources and independence</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Kind</th>
              <th scope="col">Reliability</th>
              <th scope="col">Partisan</th>
              <th scope="col">Relayed by</th>
              <th scope="col">Killed (as reported)</th>
            </tr>
          </thead>
          <tbody>
            {incident.sources.map((source) => {
              const counts = c.bySource.filter((s) => s.sourceId === source.id);
              return (
                <tr key={source.id}>
                  <td dir="auto">{source.name}</td>
                  <td>{source.kind}</td>
                  <td>{source.reliability}</td>
                  <td>{source.partisan ? "yes (party to the conflict)" : "no"}</td>
                  <td dir="auto">{source.relayedBy.join(", ") || "—"}</td>
                  <td dir="auto">{counts.map((s) => s.text ?? countRange(s.killed)).join("; ") || "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-label="Legal qualifications">
        <h2>Legal qualifications</h2>
        {qualifications.length === 0 ? (
          <p class="muted">Not assessed yet.</p>
        ) : (
          <ul>
            {qualifications.map((q) => (
              <li key={q.code}>
                <strong>{q.code}</strong> {q.level ? `(${q.level})` : ""} {q.basis ?? ""}
                {q.text && <div dir="auto">{q.text}</div>}
                {(q.limits ?? []).length > 0 && (
                  <div class="muted">Limited by: {(q.limits ?? []).join("; ")}</div>
                )}
                <ul>
                  {(q.elements ?? []).map((e, i) => (
                    <li key={i}>
                      {e.name}: <strong>{e.status ?? "unknown"}</strong> — {e.note ?? ""}
                      {(e.evidence ?? []).map((ev, j) => (
                        <q key={j} dir="auto">
                          {ev.text}
                        </q>
                      ))}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        {characterisations.length > 0 && (
          <>
            <h3>How the sources characterise it (their words, not our finding)</h3>
            <ul>
              {characterisations.map((c, i) => (
                <li key={i} dir="auto">
                  {c.actor ?? "a source"}: “{c.text}” ({c.label})
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="muted">A source's legal words are its characterisation, not our finding.</p>
      </section>
      <Review incident={incident} user={props.user} onChanged={setIncident} />
      <section aria-label="Reports and evidence">
        <h2>What each report claims</h2>
        {[...byReport.entries()].map(([reportId, claims]) => (
          <ReportClaims key={reportId} reportId={reportId} claims={claims} />
        ))}
      </section>
    </main>
  );
}
