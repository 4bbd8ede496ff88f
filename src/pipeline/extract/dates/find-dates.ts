/**
 * Dates in a span of text, resolved against the publication date: explicit days (read as chrono-node
 * reads them, explicit-date.ts, only on candidate substrings), months, weekdays in the past, "yesterday"/"today", windows ("in less
 * than 48 hours"), weeks and days ago ("two days ago" a day, "a few days ago" the days before). Without a publication date, relative phrases keep a window relative to it
 * and never become invented calendar dates. Pure and synchronous; offsets are absolute into `text`.
 */
import {
  addDays,
  isoOf,
  monthNumber,
  monthRange,
  smallNumber,
  toDate,
  weekdayOf,
  WEEKDAYS,
} from "./date-math.js";
import { readExplicitDay } from "./explicit-date.js";
import { NUMBER_WORD_PATTERN } from "../number-words.js";
import { matchesOf } from "../regex-matches.js";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  startDate: string | null;
  endDate: string | null;
  precision: "day" | "window" | "week" | "month" | "unknown";
  relative: { fromDays: number; toDays: number } | null;
  /** Preceded by "since": the start of a tally period, not an incident date. */
  since: boolean;
  /** More than two years before publication (a historical or citation date). */
  historical: boolean;
  /**
   * Without a publication date, the day of the week a weekday names (0 = Sunday): its calendar day is
   * unknown, but "Sunday" and "Thursday" in one text are two days.
   */
  weekday?: number;
  /**
   * Without a publication date, the month and day ("08-06") a date names without a year ("on August
   * 6"): its calendar day is unknown, but "August 6" and "August 9" in one text are two days, and
   * "August 6" is the day of "August 6, 2022" told elsewhere in it.
   */
  monthDay?: string;
}

type Draft = Omit<DateMention, "text" | "since" | "historical"> & { priority: number };

/** Month names; only an abbreviation takes a dot ("Oct."), so a sentence's full stop is never part of a date. */
const MONTH =
  "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:tember|t\\.?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const NUMW = `(?:\\d+|a|an|${NUMBER_WORD_PATTERN})`;

const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
const EXPLICIT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.])(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday),?\\s+(?:the\\s+)?)?(?:\\d{4}-\\d{2}-\\d{2}|${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY}|\\d{1,2}/\\d{1,2}/\\d{4})${E}`,
  "giu",
);
const WINDOW_RE = new RegExp(
  `${B}(?:(?:in|within|over|during|for)\\s+(?:the\\s+)?(?:(?:less\\s+than|under|the\\s+(?:past|last)|past|last)\\s+))(${NUMW})\\s+(hours?|days?|weeks?)${E}`,
  "giu",
);
const TODAY_RE = new RegExp(
  `${B}(?:(?:early\\s+)?this\\s+(?:morning|afternoon|evening)|today|tonight|at\\s+dawn\\s+today|(?:shortly\\s+|just\\s+)?(?:after|before)\\s+midnight)${E}`,
  "giu",
);
const YESTERDAY_RE = new RegExp(
  `${B}(?:the\\s+day\\s+before\\s+yesterday|yesterday(?:\\s+(?:morning|afternoon|evening))?|last\\s+night)${E}`,
  "giu",
);
const WEEKDAY_RE = new RegExp(
  `${B}(?:(?:(?:early\\s+|late\\s+)?(?:morning|evening|night|dawn|afternoon)\\s+of\\s+)|(?:on\\s+)?(?:last\\s+|early\\s+|late\\s+)?)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\\s+(?:morning|evening|night|afternoon))?${E}`,
  "giu",
);
const WEEK_RE = new RegExp(`${B}(last|this|past)\\s+week(?:end)?${E}`, "giu");
/** "two days ago" is a day; "a few days ago", "several days ago" a window of the days before. */
const DAYS_AGO_RE = new RegExp(`${B}(?:(a\\s+few|several|some|few|${NUMW})\\s+)?days\\s+ago${E}`, "giu");
const MONTH_RE = new RegExp(
  `${B}(?:(early|late|mid)[-\\s]+)?(?:(?:in|during|of|since|throughout|until)\\s+)?(?:(early|late|mid)[-\\s]+)?(${MONTH})(?:,?\\s+(\\d{4}))?${E}`,
  "giu",
);
const YEAR_RE = new RegExp(
  `${B}(?:(early|late|mid)[-\\s]*|(?:in|since|during|throughout)\\s+)(\\d{4})${E}`,
  "giu",
);
const LAST_MONTH_RE = new RegExp(`${B}(last|this|earlier\\s+this)\\s+month${E}`, "giu");
/**
 * "last year", "earlier this year", "over the past year": a year relative to publication, a period (as
 * "in 2016" is), so an attack told only within it is no incident of a day.
 */
const RELATIVE_YEAR_RE = new RegExp(`${B}(last|this|earlier\\s+this|(?:the\\s+)?past)\\s+year${E}`, "giu");
/**
 * "two years ago", "a year ago": the year that many years before publication, a period as "last year"
 * is ("In a report published two years ago, HRW documented strikes on A": a cited past, not a day).
 */
const YEARS_AGO_RE = new RegExp(`${B}(${NUMW})\\s+years?\\s+ago${E}`, "giu");
/** Cheap pre-check: every pattern below needs one of these. */
const DATE_HINT_RE =
  /\d|day|tonight|night|morning|midnight|week|month|year|hour|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const SINCE_RE = /since\s+(?:(?:early|late|mid)[-\s]+)?(?:the\s+)?$/i;

/**
 * Words (or digits) without which a pattern cannot match, tested first: each pattern opens with a
 * lookbehind, so a scan costs a pattern attempt at every character, while most sentences name no
 * weekday, week or month. Same flags as the patterns, so the same letters match.
 */
const NEEDS = {
  explicit: /\d/u,
  window: /hour|day|week/iu,
  today: /this|today|tonight|midnight/iu,
  yesterday: /yesterday|night/iu,
  weekday: /day/iu,
  week: /week/iu,
  daysAgo: /days\s+ago/iu,
  lastMonth: /month/iu,
  relativeYear: /year/iu,
  yearsAgo: /years?\s+ago/iu,
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu,
  year: /\d{4}/u,
} as const;

/** The matches of `re` in `slice`, none when the words it needs are absent. */
function matchesIn(slice: string, re: RegExp, needs: RegExp): Iterable<RegExpExecArray> {
  return needs.test(slice) ? matchesOf(slice, re) : [];
}

/**
 * Find dates between `range.start` and `range.end`. Without a publication date, `statedDays` gives the
 * days with a year that the text states, asked only on the first day told without a year (see
 * {@link statedDaysOf}): such a day near one of them takes its year.
 * @example findDates("Shelling on Tuesday killed two.", { start: 0, end: 31 }, "2021-09-08")
 *   // → [{ text: "on Tuesday", startDate: "2021-09-07", endDate: "2021-09-07", precision: "day", … }]
 */
export function findDates(
  text: string,
  range: { start: number; end: number },
  publishedAt: string | null,
  statedDays: () => readonly string[] = () => [],
): DateMention[] {
  const slice = text.slice(range.start, range.end);
  if (!DATE_HINT_RE.test(slice)) return [];
  const drafts: Draft[] = [];
  const base = range.start;
  const pub = publishedAt;

  for (const m of matchesIn(slice, EXPLICIT_RE, NEEDS.explicit)) {
    const d = explicitDate(m[0], pub, statedDays);
    if (d) drafts.push({ start: base + m.index, end: base + m.index + m[0].length, ...d, priority: 5 });
  }
  for (const m of matchesIn(slice, WINDOW_RE, NEEDS.window)) {
    const n = smallNumber(m[1] ?? "");
    if (!Number.isFinite(n)) continue;
    const unit = (m[2] ?? "").toLowerCase();
    const days = unit.startsWith("hour") ? Math.ceil(n / 24) : unit.startsWith("week") ? n * 7 : n;
    drafts.push(relativeDraft(base + m.index, m[0], pub, -days, 0, "window", 4));
  }
  for (const m of matchesIn(slice, TODAY_RE, NEEDS.today))
    drafts.push(relativeDraft(base + m.index, m[0], pub, 0, 0, "day", 4));
  for (const m of matchesIn(slice, YESTERDAY_RE, NEEDS.yesterday)) {
    const back = /before/i.test(m[0]) ? -2 : -1;
    drafts.push(relativeDraft(base + m.index, m[0], pub, back, back, "day", 4));
  }
  for (const m of matchesIn(slice, WEEKDAY_RE, NEEDS.weekday)) {
    const dow = WEEKDAYS.indexOf((m[1] ?? "").toLowerCase());
    if (pub) {
      const back =
        -((weekdayOf(pub) - dow + 7) % 7) - (/last\s/i.test(m[0]) && weekdayOf(pub) === dow ? 7 : 0);
      drafts.push(relativeDraft(base + m.index, m[0], pub, back, back, "day", 3));
    } else {
      drafts.push({
        start: base + m.index,
        end: base + m.index + m[0].length,
        startDate: null,
        endDate: null,
        precision: "week",
        relative: { fromDays: -6, toDays: 0 },
        weekday: dow,
        priority: 3,
      });
    }
  }
  for (const m of matchesIn(slice, WEEK_RE, NEEDS.week)) {
    const which = (m[1] ?? "").toLowerCase();
    const weekend = /weekend$/i.test(m[0]);
    const dowPub = pub ? (weekdayOf(pub) + 6) % 7 : null; // Monday = 0
    let from: number, to: number;
    if (which === "past") [from, to] = [-7, 0];
    else if (dowPub === null) [from, to] = which === "last" ? [-13, -1] : [-6, 0];
    else if (which === "last") [from, to] = weekend ? [-dowPub - 2, -dowPub - 1] : [-dowPub - 7, -dowPub - 1];
    else [from, to] = [-dowPub, 0];
    drafts.push(relativeDraft(base + m.index, m[0], pub, from, to, "week", 3));
  }
  for (const m of matchesIn(slice, DAYS_AGO_RE, NEEDS.daysAgo)) {
    const n = /^(?:a\s+few|several|some|few)?$/i.test(m[1] ?? "") ? NaN : smallNumber(m[1] ?? "");
    const at = base + m.index;
    if (Number.isFinite(n)) drafts.push(relativeDraft(at, m[0], pub, -n, -n, "day", 3));
    else drafts.push(relativeDraft(at, m[0], pub, -6, -2, "week", 3));
  }
  for (const m of matchesIn(slice, LAST_MONTH_RE, NEEDS.lastMonth)) {
    const last = /last/i.test(m[1] ?? "");
    if (pub) {
      const p = toDate(pub);
      const y = p.getUTCFullYear();
      const mo = p.getUTCMonth() + 1;
      const [s, e] = last
        ? monthRange(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1)
        : [monthRange(y, mo)[0], pub];
      drafts.push({
        start: base + m.index,
        end: base + m.index + m[0].length,
        startDate: s,
        endDate: e,
        precision: "month",
        relative: null,
        priority: 3,
      });
    } else {
      drafts.push(relativeDraft(base + m.index, m[0], null, last ? -61 : -30, last ? -1 : 0, "month", 3));
    }
  }
  for (const m of matchesIn(slice, RELATIVE_YEAR_RE, NEEDS.relativeYear)) {
    const which = (m[1] ?? "").toLowerCase();
    const at = base + m.index;
    if (!pub) {
      // Without a publication day only the span back from it is known.
      const [from, to] = which === "last" ? [-730, -1] : [-365, 0];
      drafts.push(relativeDraft(at, m[0], null, from, to, "unknown", 1));
      continue;
    }
    const y = toDate(pub).getUTCFullYear();
    const [s, e] =
      which === "last"
        ? [`${y - 1}-01-01`, `${y - 1}-12-31`]
        : which.endsWith("past")
          ? [addDays(pub, -365), pub]
          : [`${y}-01-01`, pub];
    drafts.push({
      start: at,
      end: at + m[0].length,
      startDate: s,
      endDate: e,
      precision: "unknown",
      relative: null,
      priority: 1,
    });
  }
  for (const m of matchesIn(slice, YEARS_AGO_RE, NEEDS.yearsAgo)) {
    const n = /^an?$/i.test(m[1] ?? "") ? 1 : smallNumber(m[1] ?? "");
    if (!Number.isFinite(n) || n < 1) continue;
    const at = base + m.index;
    if (!pub) {
      drafts.push(relativeDraft(at, m[0], null, -365 * (n + 1), -365 * (n - 1), "unknown", 1));
      continue;
    }
    const y = toDate(pub).getUTCFullYear() - n;
    drafts.push({
      start: at,
      end: at + m[0].length,
      startDate: `${y}-01-01`,
      endDate: `${y}-12-31`,
      precision: "unknown",
      relative: null,
      priority: 1,
    });
  }
  for (const m of matchesIn(slice, MONTH_RE, NEEDS.month)) {
    const part = ((m[1] ?? m[2] ?? "").toLowerCase() || undefined) as "early" | "mid" | "late" | undefined;
    const mo = monthNumber(m[3] ?? "");
    const bare = !m[4] && !/^(in|during|of|since|throughout|until|early|late|mid)/i.test(m[0]);
    // A bare lowercase "may"/"march" is a verb, not a month.
    if (mo < 1 || (bare && !/^\p{Lu}/u.test(m[3] ?? "")) || (bare && /^may$/i.test(m[3] ?? ""))) continue;
    let year = m[4] ? Number(m[4]) : null;
    if (year === null && pub) {
      const p = toDate(pub);
      year = mo > p.getUTCMonth() + 1 ? p.getUTCFullYear() - 1 : p.getUTCFullYear();
    }
    const [s, e] = year === null ? [null, null] : monthRange(year, mo, part);
    drafts.push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      startDate: s,
      endDate: e,
      precision: "month",
      relative: null,
      priority: 2,
    });
  }
  for (const m of matchesIn(slice, YEAR_RE, NEEDS.year)) {
    const year = Number(m[2]);
    if (year < 1900 || year > 2100) continue;
    const part = (m[1] ?? "").toLowerCase();
    const [s, e] =
      part === "early"
        ? ["01-01", "04-30"]
        : part === "mid"
          ? ["05-01", "08-31"]
          : part === "late"
            ? ["09-01", "12-31"]
            : ["01-01", "12-31"];
    drafts.push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      startDate: `${year}-${s}`,
      endDate: `${year}-${e}`,
      precision: "unknown",
      relative: null,
      priority: 1,
    });
  }
  return finish(text, drafts, pub, range.start);
}

function relativeDraft(
  start: number,
  raw: string,
  pub: string | null,
  from: number,
  to: number,
  precision: DateMention["precision"],
  priority: number,
): Draft {
  const end = start + raw.length;
  if (!pub)
    return {
      start,
      end,
      startDate: null,
      endDate: null,
      precision,
      relative: { fromDays: from, toDays: to },
      priority,
    };
  return {
    start,
    end,
    startDate: addDays(pub, from),
    endDate: addDays(pub, to),
    precision,
    relative: null,
    priority,
  };
}

/**
 * How near (in days) a day the text states with its year must lie for a day told without one to take
 * that year. Reports write the year at a date's first telling and drop it for the days around it ("On
 * 5 October 2023 … on 6 October"), while a date of another year, such as the background of an earlier
 * strike, keeps its year and usually lies months away: a month either side holds the first habit and
 * leaves the second alone.
 */
const STATED_YEAR_REACH_DAYS = 31;

/**
 * The days with a year that a text without a publication date states (not the start of a tally,
 * "since 15 July 2016"): what a day told without a year is read against.
 * @example statedDaysOf("Strikes on 5 October 2023 hit A. On 6 October B was shelled.") // ["2023-10-05"]
 */
export function statedDaysOf(text: string): string[] {
  return findDates(text, { start: 0, end: text.length }, null)
    .filter((d) => d.precision === "day" && !d.since && d.startDate !== null && d.startDate === d.endDate)
    .map((d) => d.startDate!);
}

/** The day "MM-DD" names in the year that puts it nearest a stated day, when within reach; else null. */
function nearStatedDay(mm: string, dd: string, statedDays: readonly string[]): string | null {
  let best: { iso: string; days: number } | null = null;
  for (const stated of statedDays) {
    const year = Number(stated.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const iso = `${String(y).padStart(4, "0")}-${mm}-${dd}`;
      if (isoOf(toDate(iso)) !== iso) continue; // 29 February of a common year
      const days = Math.abs(toDate(iso).getTime() - toDate(stated).getTime()) / 86_400_000;
      if (!best || days < best.days) best = { iso, days };
    }
  }
  return best && best.days <= STATED_YEAR_REACH_DAYS ? best.iso : null;
}

/**
 * Resolve an explicit date (explicit-date.ts reads it as chrono would); a day-month without year needs
 * the publication date, or a day the text states with its year within a month of it; without either
 * it keeps only its month and day (`monthDay`).
 */
function explicitDate(
  raw: string,
  pub: string | null,
  statedDays: () => readonly string[],
): Omit<Draft, "start" | "end" | "priority"> | null {
  const reference = pub ? toDate(pub) : new Date(Date.UTC(2000, 0, 1, 12));
  const read = readExplicitDay(raw, reference);
  if (!read) return null;
  const mm = String(read.month).padStart(2, "0");
  const dd = String(read.day).padStart(2, "0");
  if (!read.yearKnown && !pub) {
    const near = nearStatedDay(mm, dd, statedDays());
    if (near) return { startDate: near, endDate: near, precision: "day", relative: null };
    return { startDate: null, endDate: null, precision: "day", relative: null, monthDay: `${mm}-${dd}` };
  }
  let iso = `${String(read.year).padStart(4, "0")}-${mm}-${dd}`;
  if (!read.yearKnown && pub && iso > pub) iso = `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  return { startDate: iso, endDate: iso, precision: "day", relative: null };
}

/**
 * "today", "this morning" in a text without a publication date, not named by a weekday: a day whose
 * calendar date is unknown.
 */
export const isUnresolvedToday = (d: Pick<DateMention, "startDate" | "relative" | "weekday">): boolean =>
  d.startDate === null && d.weekday === undefined && d.relative?.fromDays === 0 && d.relative.toDays === 0;

/** What stands between "today" and the weekday that names it: "today, Monday", "Monday (today)". */
const APPOSITION_RE = /^[\s,(]*(?:on\s+)?(?:the\s+)?$/i;

/**
 * Without a publication date, "today" named by its weekday ("today, Monday") is that weekday, so that
 * the text's other mentions of Monday are today too (claim-draft.ts compares days by weekday).
 */
function todayByWeekday(text: string, kept: Draft[]): Draft[] {
  return kept.map((d, k) => {
    if (!isUnresolvedToday(d)) return d;
    const named = [kept[k - 1], kept[k + 1]].find(
      (w) =>
        w?.weekday !== undefined &&
        APPOSITION_RE.test(text.slice(Math.min(d.end, w.end), Math.max(d.start, w.start))),
    );
    return named ? { ...d, weekday: named.weekday } : d;
  });
}

/** Drop mentions overlapping a stronger one; add text, since and historical flags. */
function finish(text: string, drafts: Draft[], pub: string | null, rangeStart: number): DateMention[] {
  drafts.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start));
  const kept: Draft[] = [];
  for (const d of drafts) if (!kept.some((k) => d.start < k.end && d.end > k.start)) kept.push(d);
  kept.sort((a, b) => a.start - b.start);
  const limit = pub ? addDays(pub, -730) : null;
  return todayByWeekday(text, kept).map(({ priority: _p, ...d }) => {
    const own = text.slice(d.start, d.end);
    const since =
      SINCE_RE.test(text.slice(Math.max(rangeStart, d.start - 25), d.start)) ||
      /^(?:(?:early|late|mid)[-\s]+)?since\s/i.test(own);
    const historical = limit !== null && d.startDate !== null && d.startDate < limit;
    return { ...d, text: text.slice(d.start, d.end), since, historical };
  });
}
