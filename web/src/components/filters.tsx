/** The filter bar: dates, area, perpetrator, type, crime code, grade and source, kept in the URL. */
import { EVENT_TYPES, GRADES, label } from "../format";

export type Filter = Record<
  "from" | "to" | "area" | "perpetrator" | "type" | "crimeCode" | "grade" | "source",
  string
>;
export const FILTER_KEYS = [
  "from",
  "to",
  "area",
  "perpetrator",
  "type",
  "crimeCode",
  "grade",
  "source",
] as const;

export function filterFromParams(params: URLSearchParams): Filter {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ""])) as Filter;
}

export function Filters(props: { filter: Filter; areas: string[]; onChange: (filter: Filter) => void }) {
  const { filter } = props;
  const set = (key: keyof Filter) => (event: Event) =>
    props.onChange({ ...filter, [key]: (event.currentTarget as HTMLInputElement).value });
  return (
    <form class="filters" role="search" aria-label="Filter incidents" onSubmit={(e) => e.preventDefault()}>
      <label>
        From <input type="date" value={filter.from} onChange={set("from")} />
      </label>
      <label>
        To <input type="date" value={filter.to} onChange={set("to")} />
      </label>
      <label>
        Area
        <select value={filter.area} onChange={set("area")}>
          <option value="">all</option>
          {props.areas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </select>
      </label>
      <label>
        Perpetrator{" "}
        <input
          type="text"
          value={filter.perpetrator}
          placeholder="actor id or name"
          onChange={set("perpetrator")}
        />
      </label>
      <label>
        Type
        <select value={filter.type} onChange={set("type")}>
          <option value="">all</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {label(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Crime code{" "}
        <input type="text" value={filter.crimeCode} placeholder="e.g. WC-E-CIV" onChange={set("crimeCode")} />
      </label>
      <label>
        Grade
        <select value={filter.grade} onChange={set("grade")}>
          <option value="">all</option>
          {GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {grade}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source <input type="text" value={filter.source} placeholder="e.g. sohr" onChange={set("source")} />
      </label>
      <button
        type="button"
        onClick={() => props.onChange(Object.fromEntries(FILTER_KEYS.map((k) => [k, ""])) as Filter)}
      >
        Clear
      </button>
    </form>
  );
}
