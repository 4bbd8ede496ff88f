/**
 * The analyst queue: genocide codes the machine holds at L0 until a person decides. Lists the open
 * items (code, incident, why it is held) and records a decision with a required note through
 * POST /api/analyst-queue/:id/decision. A decision changes no level; it is the analyst's record beside it.
 * Every item string comes from reports or the assessment, so it is rendered as text.
 */
import { useEffect, useState } from "preact/hooks";
import {
  ANALYST_DECISION_MEANINGS,
  ANALYST_DECISIONS,
  type AnalystDecisionValue,
} from "../../../src/domain/analyst-queue-vocabulary";
import { api, ApiError } from "../api";
import { label } from "../format";
import { onLinkClick } from "../router";

interface QueueItem {
  id: string;
  incidentId: string;
  code: string;
  reason: string;
  status: "open" | "done";
  createdAt: string;
}

/** The server's minimum (AnalystDecision in src/domain/qualification.ts): a note of a few words. */
const MIN_NOTE = 3;

function DecisionForm(props: { item: QueueItem; onDecided: (id: string) => void }) {
  const [decision, setDecision] = useState<AnalystDecisionValue | "">("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!decision) return;
    setBusy(true);
    setError(null);
    try {
      await api(`/api/analyst-queue/${encodeURIComponent(props.item.id)}/decision`, {
        json: { decision, note: note.trim() },
      });
      props.onDecided(props.item.id);
    } catch (e) {
      setError(e instanceof ApiError ? `${e.code}: ${e.message}` : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="decision" onSubmit={(e) => void submit(e)}>
      <label>
        Decision{" "}
        <select
          value={decision}
          required
          onChange={(e) => setDecision(e.currentTarget.value as AnalystDecisionValue | "")}
        >
          <option value="">choose…</option>
          {ANALYST_DECISIONS.map((d) => (
            <option key={d} value={d} title={ANALYST_DECISION_MEANINGS[d]}>
              {label(d)}
            </option>
          ))}
        </select>
      </label>
      {decision && <p class="hint">{ANALYST_DECISION_MEANINGS[decision]}</p>}
      <label class="block">
        Note (required: why)
        <textarea
          rows={3}
          value={note}
          dir="auto"
          required
          minLength={MIN_NOTE}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={busy || !decision || note.trim().length < MIN_NOTE}>
        {busy ? "Recording…" : "Record decision"}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function AnalystQueuePage() {
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<string[]>([]);
  useEffect(() => {
    api<{ items: QueueItem[] }>("/api/analyst-queue").then(
      (r) => setItems(r.items),
      (e: unknown) =>
        setError(
          e instanceof ApiError && (e.status === 401 || e.status === 403)
            ? "The analyst queue needs an analyst login."
            : String((e as Error).message),
        ),
    );
  }, []);
  const onDecided = (id: string) => {
    setItems((current) => (current ?? []).filter((i) => i.id !== id));
    setDecided((d) => [...d, id]);
  };
  return (
    <main class="analyst-queue-page">
      <h1>Analyst queue</h1>
      <p>
        Genocide codes are never raised by the machine alone: they wait here at L0. A decision is recorded
        with its note and audited; it does not change the level.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {decided.length > 0 && <p role="status">Recorded {decided.length} decision(s).</p>}
      {items && items.length === 0 && <p>No open items.</p>}
      <ul class="queue">
        {(items ?? []).map((item) => (
          <li key={item.id}>
            <strong>{item.code}</strong> ·{" "}
            <a href={`/incidents/${encodeURIComponent(item.incidentId)}`} onClick={onLinkClick}>
              {item.incidentId}
            </a>{" "}
            · held since {item.createdAt.slice(0, 10)}
            <div dir="auto">{item.reason}</div>
            <DecisionForm item={item} onDecided={onDecided} />
          </li>
        ))}
      </ul>
    </main>
  );
}
