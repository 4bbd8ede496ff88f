/**
 * Days of one Arabic sentence, resolved against the publication date as the English date finder does
 * (dates/find-dates.ts): explicit days in both month systems ("17 آب/أغسطس 2021", "2 أيلول",
 * "21 كانون الثاني"), numeric days ("17/8/2021"), today and yesterday with their parts of the day
 * ("ظهر اليوم", "مساء أمس", "فجر الثلاثاء"), weekdays ("يوم الثلاثاء", "الخميس الماضي"), days ago
 * ("منذ يومين"), windows ("خلال 48 ساعة") and months ("في شهر آب 2021"). Without a publication date,
 * relative phrases keep a window relative to it and never become invented calendar dates.
 */
import type { IncidentClaim } from "../../../domain/claim.js";
import { addDays, monthRange, weekdayOf } from "../dates/date-math.js";
import type { ArabicDate } from "./arabic-facts.js";
import { readArabicNumber } from "./arabic-numbers.js";
import { spanOf, splitArabicWords, type WordedSentence } from "./arabic-words.js";

/** Month names, folded: Levantine (Syriac) and Egyptian (Latin) names, 1-based. */
const MONTHS: [string, number][] = [
  ["كانون الثاني", 1],
  ["كانون ثاني", 1],
  ["شباط", 2],
  ["اذار", 3],
  ["نيسان", 4],
  ["ايار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["اب", 8],
  ["ايلول", 9],
  ["تشرين الاول", 10],
  ["تشرين اول", 10],
  ["تشرين الثاني", 11],
  ["تشرين ثاني", 11],
  ["كانون الاول", 12],
  ["كانون اول", 12],
  ["يناير", 1],
  ["فبراير", 2],
  ["مارس", 3],
  ["ابريل", 4],
  ["افريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["اغسطس", 8],
  ["اغسطس", 8],
  ["سبتمبر", 9],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
];
const MONTH_NUMBER = new Map(MONTHS);
const MONTH = `(?:${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join("|")})`;

/** Weekdays, folded, with their number (0 = Sunday) as date-math counts them. */
const WEEKDAYS: [string, number][] = [
  ["الاحد", 0],
  ["الاثنين", 1],
  ["الثلاثاء", 2],
  ["الاربعاء", 3],
  ["الخميس", 4],
  ["الجمعه", 5],
  ["السبت", 6],
];
const WEEKDAY_NUMBER = new Map(WEEKDAYS);

const L = "(?<![\\u0621-\\u064A\\d])";
const R = "(?![\\u0621-\\u064A\\d])";
/** Parts of the day before a day word: "ظهر اليوم", "مساء أمس", "فجر الثلاثاء". */
const PART =
  "(?:(?:[وف]?(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليل|ليله|منتصف ليل|منتصف ليله|بعد ظهر|قبيل|قبل ظهر) )?)";

/** "17 اب/اغسطس 2021", "2 ايلول", "الخميس 2 ايلول/سبتمبر", "21 كانون ثاني/ يناير". */
const EXPLICIT_RE = new RegExp(
  `${L}(\\d{1,2}) (?:من )?(?:شهر )?(${MONTH})(?: ?/ ?(?:${MONTH}))?(?:(?: من)?(?: عام| سنه)? (\\d{4}))?${R}`,
  "g",
);
/** Ordinal day words, folded: "الاول" … "العاشر", then "الحادي عشر" … "التاسع عشر", "العشرين", … */
const ORDINAL_UNITS: [string, number][] = [
  ["الحادي", 1],
  ["الاول", 1],
  ["الثاني", 2],
  ["الثالث", 3],
  ["الرابع", 4],
  ["الخامس", 5],
  ["السادس", 6],
  ["السابع", 7],
  ["الثامن", 8],
  ["التاسع", 9],
  ["العاشر", 10],
];
const ORDINAL_UNIT = new Map(ORDINAL_UNITS);
const ORDINAL = `(?:(${ORDINAL_UNITS.map(([w]) => w).join("|")})(?: (عشر)| و(العشرين|الثلاثين))?|(العشرين|الثلاثين))`;

/** The day an ordinal names: "السابع عشر" 17, "الحادي والعشرين" 21, "الثلاثين" 30. */
function ordinalDay(
  unit: string | undefined,
  teen: string | undefined,
  tensAfter: string | undefined,
  tens: string | undefined,
): number | null {
  const TENS: Record<string, number> = { العشرين: 20, الثلاثين: 30 };
  if (tens) return TENS[tens] ?? null;
  const u = ORDINAL_UNIT.get(unit ?? "");
  if (u === undefined) return null;
  if (teen) return u < 10 ? 10 + u : null;
  if (tensAfter) return (TENS[tensAfter] ?? 0) + u;
  // "الحادي" alone is no day.
  return unit === "الحادي" ? null : u;
}

/** "في السابع عشر من الشهر الجاري", "الثامن من آب 2021". */
const ORDINAL_RE = new RegExp(
  `${L}(?:في |يوم )?${ORDINAL} من (?:(?:شهر )?(${MONTH})(?: ?/ ?(?:${MONTH}))?(?: (?:عام |سنه )?(\\d{4}))?|(الشهر (?:الجاري|الحالي)))${R}`,
  "g",
);

/** "17/8/2021", "17-8-2021", "2021-08-17". */
const NUMERIC_RE = /(?<![\d/.-])(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d/.-])/g;
/** "في شهر اب 2021", "خلال ايلول الماضي": a month, with its year or the word شهر. */
const MONTH_RE = new RegExp(
  `${L}(?:(?:شهر) (${MONTH})(?: ?/ ?(?:${MONTH}))?(?: (\\d{4}))?|(${MONTH})(?: ?/ ?(?:${MONTH}))? (\\d{4}))${R}`,
  "g",
);
const TODAY_RE = new RegExp(`${L}${PART}(?:[وف]?اليوم|الليله(?! الماضيه))${R}`, "g");
const YESTERDAY_RE = new RegExp(
  `${L}${PART}(?:(?:يوم )?[وف]?امس|البارحه|الليله الماضيه|(?:اول|اول من) امس)${R}`,
  "g",
);
const WEEKDAY_RE = new RegExp(
  `${L}${PART}(?:(?:[وف]?يوم|اليوم) )?([وفب]?(?:${WEEKDAYS.map(([w]) => w).join("|")}))( (?:الماضي|المنصرم|الفايت))?${R}`,
  "g",
);
/** "قبل ساعات", "منذ ساعات": earlier the same day or the day before. */
const HOURS_AGO_RE = /(?<![\u0621-\u064A])(?:منذ|قبل) (?:بضع |عده )?ساعات(?![\u0621-\u064A])/g;
/** "منذ يومين", "قبل 3 ايام", "منذ ايام". */
const DAYS_AGO_RE =
  /(?<![\u0621-\u064A])(?:منذ|قبل) (?:(يومين)|(يوم)|(\S+) (?:ايام|يوما)|(ايام|بضعه ايام|عده ايام))(?![\u0621-\u064A])/g;
/** "خلال 48 ساعه", "خلال الساعات ال24 الماضيه", "خلال الاسبوع الماضي". */
const WINDOW_RE =
  /(?<![\u0621-\u064A])(?:خلال|في) (?:ال)?(?:(\d+|[\u0621-\u064A]+) (ساعه|ساعات|يوما|ايام)|(?:ساعات|الساعات) (?:ال)?(\d+) (?:ال)?(?:ماضيه|اخيره)|(?:ال)?(يومين|اسبوع|الاسبوع) (?:ال)?(?:ماضيين|ماضي|اخيرين|اخير))(?![\u0621-\u064A])/g;

type Day = Omit<ArabicDate, "start" | "end" | "text"> & { from: number; to: number; priority: number };

function dateOf(
  start: string | null,
  end: string | null,
  precision: IncidentClaim["date"]["precision"],
  text: string,
  relative: { fromDays: number; toDays: number } | null,
): IncidentClaim["date"] {
  return { start, end, precision, text, relative };
}

/** A day relative to publication: calendar days when it is known, a relative window when not. */
function relative(
  pub: string | null,
  fromDays: number,
  toDays: number,
  precision: IncidentClaim["date"]["precision"],
  text: string,
): IncidentClaim["date"] {
  if (!pub) return dateOf(null, null, precision, text, { fromDays, toDays });
  return dateOf(addDays(pub, fromDays), addDays(pub, toDays), precision, text, null);
}

/** A day and month with a year or not: without one, the publication year (the year before if later). */
function explicitDay(
  day: number,
  month: number,
  year: number | null,
  pub: string | null,
  text: string,
): { date: IncidentClaim["date"]; monthDay?: string } | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  if (year === null && !pub) return { date: dateOf(null, null, "day", text, null), monthDay: `${mm}-${dd}` };
  let iso = `${year ?? pub!.slice(0, 4)}-${mm}-${dd}`;
  if (year === null && pub && iso > pub) iso = `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  return { date: dateOf(iso, iso, "day", text, null) };
}

/** A number in digits or an Arabic number word ("ثلاثه") as one word. */
function smallCount(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  const n = readArabicNumber([{ text: raw, start: 0, end: raw.length, mark: false }], 0);
  return n?.value ?? null;
}

function collect(sentence: WordedSentence, pub: string | null): Day[] {
  const text = sentence.folded.folded;
  const out: Day[] = [];
  const push = (m: RegExpMatchArray, day: Omit<Day, "from" | "to">) =>
    out.push({ ...day, from: m.index!, to: m.index! + m[0].length });
  for (const m of text.matchAll(EXPLICIT_RE)) {
    const d = explicitDay(Number(m[1]), MONTH_NUMBER.get(m[2]!)!, m[3] ? Number(m[3]) : null, pub, m[0]);
    if (d) push(m, { ...d, priority: 5 });
  }
  for (const m of text.matchAll(ORDINAL_RE)) {
    const day = ordinalDay(m[1], m[2], m[3], m[4]);
    if (day === null) continue;
    // "من الشهر الجاري": the publication's month, unknown without it.
    const month = m[5] ? MONTH_NUMBER.get(m[5])! : pub ? Number(pub.slice(5, 7)) : null;
    if (month === null) {
      push(m, { date: dateOf(null, null, "day", m[0], null), priority: 5 });
      continue;
    }
    const d = explicitDay(day, month, m[6] ? Number(m[6]) : null, pub, m[0]);
    if (d) push(m, { ...d, priority: 5 });
  }
  for (const m of text.matchAll(NUMERIC_RE)) {
    const d = m[1]
      ? explicitDay(Number(m[1]), Number(m[2]), Number(m[3]), pub, m[0])
      : explicitDay(Number(m[6]), Number(m[5]), Number(m[4]), pub, m[0]);
    if (d) push(m, { ...d, priority: 5 });
  }
  for (const m of text.matchAll(MONTH_RE)) {
    const month = MONTH_NUMBER.get((m[1] ?? m[3])!)!;
    const yearRaw = m[2] ?? m[4];
    const year = yearRaw ? Number(yearRaw) : pub ? Number(pub.slice(0, 4)) : null;
    if (year === null) {
      push(m, { date: dateOf(null, null, "month", m[0], null), priority: 2 });
      continue;
    }
    const [s, e] = monthRange(year, month);
    const shifted = !yearRaw && pub && s > pub ? monthRange(year - 1, month) : [s, e];
    push(m, { date: dateOf(shifted[0]!, shifted[1]!, "month", m[0], null), priority: 2 });
  }
  for (const m of text.matchAll(TODAY_RE)) push(m, { date: relative(pub, 0, 0, "day", m[0]), priority: 4 });
  for (const m of text.matchAll(YESTERDAY_RE)) {
    const back = /اول/.test(m[0]) ? -2 : -1;
    push(m, { date: relative(pub, back, back, "day", m[0]), priority: 4 });
  }
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const name = m[1]!.replace(/^[وفب]/, "");
    const dow = WEEKDAY_NUMBER.get(name) ?? WEEKDAY_NUMBER.get(m[1]!);
    if (dow === undefined) continue;
    // "الاثنين" is also "the two": a weekday only with a day word before it or a date after it.
    if (
      name === "الاثنين" &&
      !/يوم|صباح|مساء|ظهر|فجر|ليل|عصر/.test(m[0]) &&
      !m[2] &&
      !/^ \d/.test(text.slice(m.index! + m[0].length))
    )
      continue;
    const today = /اليوم/.test(m[0]);
    if (pub) {
      const last = !!m[2] && weekdayOf(pub) === dow;
      const back = today ? 0 : -((weekdayOf(pub) - dow + 7) % 7) - (last ? 7 : 0);
      push(m, { date: relative(pub, back, back, "day", m[0]), weekday: dow, priority: today ? 4 : 3 });
    } else if (today) push(m, { date: relative(null, 0, 0, "day", m[0]), weekday: dow, priority: 4 });
    else
      push(m, {
        date: dateOf(null, null, "week", m[0], { fromDays: m[2] ? -7 : -6, toDays: 0 }),
        weekday: dow,
        priority: 3,
      });
  }
  for (const m of text.matchAll(HOURS_AGO_RE))
    push(m, { date: relative(pub, -1, 0, "window", m[0]), priority: 3 });
  for (const m of text.matchAll(DAYS_AGO_RE)) {
    const n = m[1] ? 2 : m[2] ? 1 : m[3] ? smallCount(m[3]) : null;
    if (n !== null) push(m, { date: relative(pub, -n, -n, "day", m[0]), priority: 3 });
    else push(m, { date: relative(pub, -6, -2, "week", m[0]), priority: 3 });
  }
  for (const m of text.matchAll(WINDOW_RE)) {
    let days: number | null = null;
    if (m[1] && m[2]) {
      const n = smallCount(m[1]);
      if (n !== null) days = /ساع/.test(m[2]) ? Math.ceil(n / 24) : n;
    } else if (m[3]) days = Math.ceil(Number(m[3]) / 24);
    else if (m[4]) days = /يومين/.test(m[4]) ? 2 : 7;
    if (days !== null)
      push(m, { date: relative(pub, -days, 0, days >= 7 ? "week" : "window", m[0]), priority: 4 });
  }
  return out;
}

/**
 * Days of one sentence, against the report's publication date (null when unknown); where two overlap,
 * the more specific one ("الخميس 2 أيلول" over "الخميس").
 * @example findArabicDates("قُتل طفل أمس", "2021-09-02")[0].date.start // "2021-09-01"
 */
export function findArabicDates(sentence: string, publishedAt: string | null): ArabicDate[] {
  const worded = splitArabicWords(sentence);
  const days = collect(worded, publishedAt).sort(
    (a, b) => b.priority - a.priority || b.to - b.from - (a.to - a.from),
  );
  const kept: Day[] = [];
  for (const d of days) if (!kept.some((k) => d.from < k.to && k.from < d.to)) kept.push(d);
  return kept
    .sort((a, b) => a.from - b.from)
    .map(({ from, to, priority, ...rest }) => {
      void priority;
      const span = spanOf(worded.folded, from, to);
      return { ...span, ...rest, date: { ...rest.date, text: span.text } };
    });
}

/** A Levantine month of two words ("تشرين الأول", "كانون الثاني"), whose first word alone spells villages. */
const COMPOUND_MONTH_RE = new RegExp(
  `${L}(?:${MONTHS.map(([m]) => m)
    .filter((m) => m.includes(" "))
    .join("|")})${R}`,
  "g",
);

/**
 * Spans of the two-word month names of a sentence, with or without a day or year: words of a date,
 * never a place ("في تشرين الأول" is not the village Tishrine).
 * @example monthNameSpans("في تشرين الأول")[0].text // "تشرين الأول"
 */
export function monthNameSpans(
  sentence: string | WordedSentence,
): { start: number; end: number; text: string }[] {
  const worded = typeof sentence === "string" ? splitArabicWords(sentence) : sentence;
  return [...worded.folded.folded.matchAll(COMPOUND_MONTH_RE)].map((m) =>
    spanOf(worded.folded, m.index, m.index + m[0].length),
  );
}
