/** Add a report by pasting text or uploading a file; the server stores the bytes and queues analysis. */
import { useState } from "preact/hooks";
import { api, ApiError, query } from "../api";
import { onLinkClick } from "../router";

interface Outcome {
  status: string;
  id: string;
  title: string | null;
}

const TYPES: Record<string, string> = {
  html: "text/html",
  htm: "text/html",
  md: "text/markdown",
  json: "application/json",
};

export function IngestPage() {
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [publisher, setPublisher] = useState("");
  const [published, setPublished] = useState("");
  const [url, setUrl] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setOutcome(null);
    setBusy(true);
    try {
      const extension = file?.name.split(".").pop()?.toLowerCase() ?? "";
      const body = file ? await file.arrayBuffer() : new TextEncoder().encode(text);
      const result = await api<Outcome>(
        `/api/reports${query({ publisher, published, url, name: file?.name })}`,
        {
          method: "POST",
          body,
          headers: { "content-type": file ? (TYPES[extension] ?? "text/plain") : "text/plain" },
        },
      );
      setOutcome(result);
    } catch (e) {
      setError(e instanceof ApiError ? `${e.code}: ${e.message}` : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="ingest-page">
      <h1>Add a report</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label class="block">
          Paste the report text
          <textarea rows={12} value={text} dir="auto" onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label class="block">
          …or upload a file (text, HTML, Markdown, JSON){" "}
          <input
            type="file"
            accept=".txt,.html,.htm,.md,.json,text/*"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <label>
          Publisher{" "}
          <input type="text" value={publisher} onInput={(e) => setPublisher(e.currentTarget.value)} />
        </label>
        <label>
          Published on{" "}
          <input type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
        </label>
        <label>
          URL <input type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy || (!text.trim() && !file)}>
          {busy ? "Storing…" : "Store and analyse"}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {outcome && (
        <p role="status">
          {outcome.status === "ingested" ? "Stored" : "Already stored"}:{" "}
          <a href={`/reports/${outcome.id}`} onClick={onLinkClick} dir="auto">
            {outcome.title ?? outcome.id.slice(0, 12)}
          </a>
          . Analysis runs in the background; its incidents appear on the map.
        </p>
      )}
    </main>
  );
}
