/**
 * A situation (a country or governorate): its incidents over time from the incident store, and its
 * risk profile against the 14 risk factors of the UN Framework of Analysis when the assessment stage
 * provides one (GET /api/situations/:id).
 */
import { useEffect, useState } from "preact/hooks";
import { api, ApiError, query } from "../api";
import { Timeline, type DayCount } from "../components/timeline";
import { navigate } from "../router";

interface Indicator {
  id: string;
  text: string;
  state: string;
  origin: string;
  evidence: string[];
  note: string;
}
interface Factor {
  id: string;
  name: string;
  level: number;
  levelLabel: string;
  indicators: Indicator[];
}
interface RiskProfile {
  situationId: string;
  asOf: string;
  factors: Factor[];
  groups: { group: string; present: number; escalating: number; unknown: number }[];
  caveats: string[];
}

export function SituationPage(props: { id: string }) {
  const area = props.id === "syria" ? "Syria" : props.id;
  const [days, setDays] = useState<DayCount[]>([]);
  const [profile, setProfile] = useState<RiskProfile | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    api<{ total: number }>(`/api/incidents${query({ area, limit: 1 })}`).then(
      (r) => setTotal(r.total),
      () => setTotal(null),
    );
    const profileAsOf = (asOf: string | undefined) =>
      api<RiskProfile | { profile: RiskProfile }>(
        `/api/situations/${encodeURIComponent(props.id)}${query({ asOf })}`,
      ).then(
        (r) => setProfile("profile" in r ? r.profile : r),
        (e: unknown) =>
          setNote(
            e instanceof ApiError && e.status === 404
              ? "No risk profile: this server has no assessment for this situation yet."
              : String((e as Error).message),
          ),
      );
    // The profile is read as of the last day with incidents, so dynamic indicators have not decayed.
    api<{ days: DayCount[] }>(`/api/map/timeline${query({ area })}`).then(
      (r) => {
        setDays(r.days);
        void profileAsOf(r.days.at(-1)?.day);
      },
      () => void profileAsOf(undefined),
    );
  }, [props.id]);
  const dated = days.reduce((sum, d) => sum + d.incidents, 0);
  const incidents = total ?? dated;
  const killed = days.reduce((sum, d) => sum + d.killed, 0);
  return (
    <main class="situation-page">
      <h1 dir="auto">Situation: {area}</h1>
      <p>
        {incidents} incidents, at least {killed} killed (lowest reported figures) over {days.length} days with
        incidents.
      </p>
      <Timeline days={days} onBrush={(from, to) => navigate(`/${query({ area, from, to })}`)} />
      <h2>Risk profile</h2>
      {note && <p class="muted">{note}</p>}
      {profile && (
        <>
          <p>As of {profile.asOf}.</p>
          <table class="risk">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Present</th>
                <th scope="col">Escalating</th>
                <th scope="col">Unknown</th>
              </tr>
            </thead>
            <tbody>
              {profile.groups.map((g) => (
                <tr key={g.group}>
                  <td>{g.group.replace(/_/g, " ")}</td>
                  <td class="num">{g.present}</td>
                  <td class="num">{g.escalating}</td>
                  <td class="num">{g.unknown}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ol class="factors">
            {profile.factors.map((f) => (
              <li key={f.id} data-level={f.levelLabel}>
                <strong>
                  {f.id} {f.name}
                </strong>{" "}
                — <span class={`level level-${f.levelLabel}`}>{f.levelLabel}</span>
                <ul>
                  {f.indicators
                    .filter((i) => i.state !== "unknown")
                    .map((i) => (
                      <li key={i.id}>
                        {i.text}: <strong>{i.state}</strong> ({i.origin}
                        {i.evidence.length ? `, ${i.evidence.length} evidence item(s)` : ""}){" "}
                        <span dir="auto">{i.note}</span>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ol>
          {profile.caveats.length > 0 && (
            <ul class="muted">
              {profile.caveats.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
