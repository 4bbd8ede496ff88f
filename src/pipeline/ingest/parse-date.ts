/**
 * Small, strict date readers for publication dates: ISO dates and datetimes from page metadata, and the
 * few written forms that appear as date lines at the top of saved pages ("8 September 2021",
 * "September 8, 2021", and with the Arabic comma that Arabic-first sites such as SANA put after the
 * month of their English pages: "2 February، 2022"). Numeric day/month forms (03/04/2022) are
 * deliberately not read: a British page means 3 April, an American one 4 March, and nothing in a date
 * line says which. A publication date wrong by a month dates every "on Tuesday" of the report in the
 * wrong month, which is worse than none; and 16/10/2021, which only one order reads as a day, is not
 * read either, so that whether a page gets a date never hangs on which day of the month it was.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ISO_START = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const ISO_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
/** A comma as English pages write it, or the Arabic comma (U+060C) of Arabic-first sites. */
const COMMA = "[,\u060C]";
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*${COMMA}?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*${COMMA}?\\s+(\\d{4})\\b`, "i");
const ISO_DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is YYYY-MM-DD and names a real calendar day. */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE_ONLY.exec(value);
  return m !== null && toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

export interface DateAtStart {
  /** The date as YYYY-MM-DD. */
  date: string;
  /** Number of characters of the input the date used. */
  length: number;
}

/**
 * Reads a date at the very start of `value` in one of the supported forms.
 * @example readDateAtStart("September 8, 2021 10:30") // { date: "2021-09-08", length: 17 }
 */
export function readDateAtStart(value: string): DateAtStart | null {
  let m = ISO_START.exec(value) ?? ISO_SLASH.exec(value);
  if (m)
    return withLength(
      toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])),
      m[0].trimEnd().replace(/T$/, "").length,
    );
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return withLength(toIsoDate(Number(m[3]), monthNumber(m[2]), Number(m[1])), m[0].length);
  m = MONTH_DAY_YEAR.exec(value);
  if (m) return withLength(toIsoDate(Number(m[3]), monthNumber(m[1]), Number(m[2])), m[0].length);
  return null;
}

/**
 * Normalises a metadata date (ISO date or datetime, or a written date) to YYYY-MM-DD. For a datetime the
 * calendar day as written is kept (the publisher's local day), not shifted to UTC.
 * @example normaliseDate("2021-09-08T23:30:00-05:00") // "2021-09-08"
 */
export function normaliseDate(value: string): string | null {
  return readDateAtStart(value.trim())?.date ?? null;
}

function withLength(date: string | null, length: number): DateAtStart | null {
  return date === null ? null : { date, length };
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
}

function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
