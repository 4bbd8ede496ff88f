/** Full-text search over reports; hits are highlighted from the snippet's markers, as text nodes. */
import { useEffect, useState } from "preact/hooks";
import { api, query } from "../api";
import { MarkedText } from "../components/marked-text";
import { parseSnippet } from "../highlight";
import { navigate, onLinkClick, useLocation } from "../router";

interface Hit {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  snippet: string;
}

export function SearchPage() {
  const { params } = useLocation();
  const q = params.get("q") ?? "";
  const [text, setText] = useState(q);
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!q) return setHits(null);
    api<{ items: Hit[] }>(`/api/reports/search${query({ q, limit: 50 })}`).then(
      (r) => setHits(r.items),
      (e: Error) => setError(e.message),
    );
  }, [q]);
  return (
    <main class="search-page">
      <h1>Search reports</h1>
      <form role="search" onSubmit={(e) => (e.preventDefault(), navigate(`/search${query({ q: text })}`))}>
        <label>
          Words <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit">Search</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {hits && <p>{hits.length} report(s)</p>}
      <ol class="hits">
        {(hits ?? []).map((hit) => {
          const snippet = parseSnippet(hit.snippet);
          return (
            <li key={hit.id}>
              <a href={`/reports/${hit.id}${query({ q })}`} onClick={onLinkClick} dir="auto">
                {hit.title ?? "Untitled report"}
              </a>{" "}
              <span class="muted" dir="auto">
                {[hit.publisher, hit.publishedAt].filter(Boolean).join(" · ")}
              </span>
              <div dir="auto">
                <MarkedText text={snippet.text} ranges={snippet.ranges} />
              </div>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
