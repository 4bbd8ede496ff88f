/**
 * Legal instruments cited in a span, normalised: UN resolutions to their symbols (A/RES/60/1,
 * S/RES/2254 (2015)), Charter chapters, R2P, the Rome Statute and the Geneva Conventions. Applies the
 * DOMAIN.md §1 swap rule: a GA citation whose session and number are reversed ("1/60 of September 16,
 * 2005") is corrected only when the swapped symbol is a known resolution with the same date.
 */

export interface InstrumentMention {
  start: number;
  end: number;
  mention: string;
  normalized: string;
  citationError?: boolean;
}

/** Resolutions the swap rule and year labels rely on; adoption dates as ISO strings. */
export const KNOWN_RESOLUTIONS: ReadonlyMap<string, { date: string; title: string }> = new Map([
  ["A/RES/60/1", { date: "2005-09-16", title: "2005 World Summit Outcome (¶138–139: R2P)" }],
  ["A/RES/66/253", { date: "2012-02-16", title: "The situation in the Syrian Arab Republic" }],
  [
    "A/RES/71/248",
    { date: "2016-12-21", title: "International, Impartial and Independent Mechanism (IIIM)" },
  ],
  ["S/RES/2118", { date: "2013-09-27", title: "Syria chemical weapons" }],
  ["S/RES/2139", { date: "2014-02-22", title: "Syria humanitarian access" }],
  ["S/RES/2165", { date: "2014-07-14", title: "Syria cross-border aid" }],
  ["S/RES/2254", { date: "2015-12-18", title: "Syria political transition" }],
]);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_AFTER_RE =
  /^\s*(?:\(|,)?\s*(?:of|adopted\s+(?:on|in)|dated|on)?\s*(?:(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})|([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{4}))/;

const RESOLUTION_RE =
  /(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(General\s+Assembly|Security\s+Council|UNGA|UNSC|GA|SC)\s+)?[Rr]esolutions?\s+(?:No\.?\s*)?(\d{1,4})(?:\/(\d{1,4}))?(?:\s*\((\d{4})\))?|(?<![\p{L}])(A|S)\/RES\/(\d{1,4})(?:\/(\d{1,4}))?(?:\s*\((\d{4})\))?/gu;
const CHAPTER_RE =
  /(?<![\p{L}])Chapter\s+([IVX]+|\d+)\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Charter(?:\s+of\s+the\s+United\s+Nations)?/giu;
const FIXED: { re: RegExp; normalized: string }[] = [
  {
    re: /(?<![\p{L}])(?:(?:the\s+)?(?:principle\s+of\s+(?:the\s+)?)?responsibility\s+to\s+protect|R2P|RtoP)(?![\p{L}])/giu,
    normalized: "R2P (A/RES/60/1 ¶138–139)",
  },
  { re: /(?<![\p{L}])Rome\s+Statute(?![\p{L}])/giu, normalized: "Rome Statute" },
  {
    re: /(?<![\p{L}])Common\s+Article\s+3(?:\s+of\s+the\s+Geneva\s+Conventions)?(?![\p{L}\p{N}])/giu,
    normalized: "Geneva Conventions, Common Article 3",
  },
  { re: /(?<![\p{L}])Geneva\s+Conventions?(?![\p{L}])/giu, normalized: "Geneva Conventions" },
  { re: /(?<![\p{L}])Genocide\s+Convention(?![\p{L}])/giu, normalized: "Genocide Convention" },
];

const INSTRUMENT_HINT_RE =
  /resolution|RES\/|charter|responsibility|R2P|RtoP|statute|geneva|convention|article/i;

function dateAfter(s: string): string | null {
  const m = DATE_AFTER_RE.exec(s);
  if (!m) return null;
  if (m[7]) return m[7];
  const [day, monthName, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const mo = MONTHS.indexOf((monthName ?? "").slice(0, 3).toLowerCase()) + 1;
  if (mo < 1) return null;
  return `${year}-${String(mo).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Does the cited date (a year or a full date) agree with a known resolution's adoption date? */
function sameDate(cited: string | null, known: string): boolean {
  return cited !== null && (cited.length === 4 ? known.startsWith(cited) : cited === known);
}

function normaliseResolution(
  body: string,
  a: string,
  b: string | undefined,
  cited: string | null,
): { normalized: string; citationError?: boolean } {
  const general =
    /^(general|unga|ga|a)/i.test(body) || (b !== undefined && !/^(security|unsc|sc|s)/i.test(body));
  if (general && b !== undefined) {
    const direct = `A/RES/${a}/${b}`;
    if (KNOWN_RESOLUTIONS.has(direct)) return { normalized: direct };
    const swapped = `A/RES/${b}/${a}`;
    const known = KNOWN_RESOLUTIONS.get(swapped);
    if (known && sameDate(cited, known.date)) return { normalized: swapped, citationError: true };
    return { normalized: direct };
  }
  const symbol = `S/RES/${a}`;
  const known = KNOWN_RESOLUTIONS.get(symbol);
  const year = known ? known.date.slice(0, 4) : cited?.slice(0, 4);
  return { normalized: year ? `${symbol} (${year})` : symbol };
}

/** Find and normalise instrument citations between `from` and `to` (absolute offsets). */
export function findInstruments(text: string, from: number, to: number): InstrumentMention[] {
  const slice = text.slice(from, to);
  const out: InstrumentMention[] = [];
  if (!INSTRUMENT_HINT_RE.test(slice)) return out;
  for (const m of slice.matchAll(RESOLUTION_RE)) {
    const start = from + m.index;
    const body = m[1] ?? m[5] ?? "";
    const a = m[2] ?? m[6] ?? "";
    const b = m[3] ?? m[7];
    let end = start + m[0].length;
    const year = m[4] ?? m[8];
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const cited = year ?? dateAfter(after);
    const dm = year
      ? null
      : /^\s*(?:of|adopted\s+on|dated)\s+(?:\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})/.exec(
          after,
        );
    if (dm) end += dm[0].length;
    if (!b && !body && !/^\d{4}$/.test(a)) continue;
    out.push({ start, end, mention: text.slice(start, end), ...normaliseResolution(body, a, b, cited) });
  }
  for (const m of slice.matchAll(CHAPTER_RE)) {
    const start = from + m.index;
    out.push({
      start,
      end: start + m[0].length,
      mention: m[0],
      normalized: `UN Charter, Chapter ${(m[1] ?? "").toUpperCase()}`,
    });
  }
  for (const f of FIXED) {
    for (const m of slice.matchAll(f.re)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ start, end, mention: m[0], normalized: f.normalized });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
