/** The analyst's overview: filters, the clustered map, the brushable timeline and the incident list. */
import { useEffect, useState } from "preact/hooks";
import { api, query } from "../api";
import { Filters, filterFromParams, FILTER_KEYS, type Filter } from "../components/filters";
import { MapView } from "../components/map-view";
import { Timeline, type DayCount } from "../components/timeline";
import { GRADE_COLOURS, label } from "../format";
import { navigate, onLinkClick, useLocation } from "../router";

interface Summary {
  id: string;
  day: string | null;
  eventType: string;
  grade: string;
  review: string;
  placeName: string | null;
  admin1: string | null;
  /** null: no source gave a killed figure (unknown, not zero). */
  killed: number | null;
}

const AREAS = [
  "Syria",
  "Aleppo",
  "Idlib",
  "Hama",
  "Homs",
  "Latakia",
  "Tartus",
  "Raqqa",
  "Deir ez-Zor",
  "Hasakah",
  "Damascus",
  "Rif Dimashq",
  "Daraa",
  "As-Suwayda",
  "Quneitra",
];

export function MapPage() {
  const { params } = useLocation();
  const filter = filterFromParams(params);
  const key = JSON.stringify(filter);
  const [days, setDays] = useState<DayCount[]>([]);
  const [items, setItems] = useState<Summary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const setFilter = (value: Filter) => {
    const clean = Object.fromEntries(FILTER_KEYS.filter((k) => value[k]).map((k) => [k, value[k]]));
    navigate(`/${query(clean)}`, true);
  };

  useEffect(() => {
    setError(null);
    api<{ days: DayCount[] }>(`/api/map/timeline${query(filter)}`)
      .then((r) => setDays(r.days))
      .catch((e: Error) => setError(e.message));
    api<{ items: Summary[]; nextCursor: string | null; total: number }>(
      `/api/incidents${query({ ...filter, limit: 50 })}`,
    )
      .then((r) => {
        setItems(r.items);
        setNext(r.nextCursor);
        setTotal(r.total);
      })
      .catch((e: Error) => setError(e.message));
  }, [key]);

  const loadMore = async () => {
    if (!next) return;
    const r = await api<{ items: Summary[]; nextCursor: string | null }>(
      `/api/incidents${query({ ...filter, limit: 50, cursor: next })}`,
    );
    setItems([...items, ...r.items]);
    setNext(r.nextCursor);
  };

  const exportUrl = (format: string) => `/api/export${query({ ...filter, format })}`;

  return (
    <main class="map-page">
      <h1 class="visually-hidden">Incidents</h1>
      <Filters filter={filter} areas={AREAS} onChange={setFilter} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="map-and-list">
        <MapView filter={filter} onOpen={(id) => navigate(`/incidents/${encodeURIComponent(id)}`)} />
        <section class="list" aria-label="Incident list">
          <div class="list-head">
            <span>{total === null ? "…" : `${total.toLocaleString("en")} incidents`}</span>
            <span class="exports">
              Export:{" "}
              {["acled-csv", "hxl", "geojson", "jsonl"].map((format) => (
                <a key={format} href={exportUrl(format)} download data-format={format}>
                  {format}
                </a>
              ))}
            </span>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Place</th>
                <th scope="col">Type</th>
                <th scope="col">Grade</th>
                <th scope="col">Killed</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{item.day ?? "undated"}</td>
                  <td dir="auto">
                    <a href={`/incidents/${encodeURIComponent(item.id)}`} onClick={onLinkClick}>
                      {item.placeName ?? "unresolved place"}
                    </a>
                    {item.admin1 ? <span class="muted"> · {item.admin1}</span> : null}
                  </td>
                  <td>{label(item.eventType)}</td>
                  <td>
                    <span
                      class="grade-dot"
                      data-grade={item.grade}
                      style={{ backgroundColor: GRADE_COLOURS[item.grade] }}
                    />
                    {item.grade}
                    {item.review !== "unreviewed" ? <span class="muted"> · {item.review}</span> : null}
                  </td>
                  <td class="num" title={item.killed === null ? "no source gave a figure" : undefined}>
                    {item.killed ?? "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {next && (
            <button type="button" onClick={() => void loadMore()}>
              Load more
            </button>
          )}
        </section>
      </div>
      <Timeline days={days} onBrush={(from, to) => setFilter({ ...filter, from, to })} />
    </main>
  );
}
