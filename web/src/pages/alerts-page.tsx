/** Alerts raised by the assessment stage (escalations and rule alerts), newest first. */
import { useEffect, useState } from "preact/hooks";
import { api, ApiError } from "../api";
import { label } from "../format";
import { onLinkClick } from "../router";

interface Alert {
  id: string;
  kind: string;
  situationId: string;
  area: { admin1: string | null; admin2: string | null };
  perpetrator: { name: string } | null;
  date: string;
  raisedAsOf: string;
  grade: string;
  summary: string;
  incidents: string[];
}

export function AlertsPage() {
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ items: Alert[] } | Alert[]>("/api/alerts").then(
      (r) => setAlerts(Array.isArray(r) ? r : r.items),
      (e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 404
            ? "This server has no alerts service yet (the assessment stage is not installed)."
            : String((e as Error).message),
        ),
    );
  }, []);
  return (
    <main class="alerts-page">
      <h1>Alerts</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {alerts && alerts.length === 0 && <p>No alerts.</p>}
      <ul class="alerts">
        {(alerts ?? []).map((alert) => (
          <li key={alert.id}>
            <strong>{label(alert.kind)}</strong> · {alert.date} (raised as of {alert.raisedAsOf}) ·{" "}
            <span dir="auto">{[alert.area.admin2, alert.area.admin1].filter(Boolean).join(", ")}</span>
            {alert.perpetrator ? <span dir="auto"> · {alert.perpetrator.name}</span> : null} · {alert.grade}
            <div dir="auto">{alert.summary}</div>
            <div>
              <a href={`/situations/${encodeURIComponent(alert.situationId)}`} onClick={onLinkClick}>
                situation
              </a>
              {alert.incidents.slice(0, 10).map((id) => (
                <a key={id} href={`/incidents/${encodeURIComponent(id)}`} onClick={onLinkClick}>
                  {" "}
                  {id}
                </a>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
