/**
 * The date of an incident: the date expression in its own segment (the one nearest its trigger when
 * there are several), else one stated earlier in its sentence, else in the nearest earlier sentence of
 * the same paragraph; "on the same day" / "a day earlier" take the previous incident's date. Dates that
 * are not incident dates never count: datelines ("(Beirut, May 28, 2019) –", "ALEPPO, 3 June —"), which
 * are publication dates; the day a toll was updated ("the toll rose to 14 on Wednesday"); tally
 * starts ("since March") and historical dates; "between 3 January and 5 February" is one date, a period. Nothing here falls back to the publication date: a claim
 * without a stated date stays unknown.
 */
import { matchesTwoCharsOrMore, testUnlessShort, testWhen } from "../regex-matches.js";
import { addDays } from "./date-math.js";
import type { DateMention } from "./find-dates.js";

const SINCE_BEFORE_RE = /\bsince\b[^,.;]{0,25}$/i;
/** Before a dateline date: only a place name (and maybe an opening parenthesis or bold mark). */
const DATELINE_BEFORE_RE = /(?:^|\n)[ \t]*(?:[(*_]{1,2}\s*)?(?:\p{Lu}[\p{L}.'’-]*\s*,?\s*){1,4}[,—–-]?\s*$/u;
/**
 * After a dateline date: a dash, or a closing parenthesis / agency tag ("(AFP)", "(Reuters)") then a
 * dash, or a line end.
 */
const DATELINE_AFTER_RE =
  /^[ \t]*(?:[*_)]{1,2}[ \t]*)?(?:\((?:[\p{Lu}\s]{2,12}|\p{Lu}[\p{L}\s.]{1,20})\)[ \t]*)?(?:[-–—]|\r?\n|$)/u;
/** "rose to 14 on Wednesday", "had risen on Tuesday evening to 11": the day of the update. */
const UPDATE_BEFORE_RE =
  /(?:rose|risen|rising|climbed|increased|jumped|reached|went\s+up)(?:\s+to\s+[\d,]+(?:\s+[\p{L}-]+){0,2})?\s*,?\s*$/iu;
/** "date: 2024-06-11", "Published: …": page metadata left in the text, the publication date. */
const METADATA_BEFORE_RE =
  /(?:^|\n|[.!?]\s+)[ \t*_]*(?:last\s+)?(?:date|published|updated?|posted|modified)[ \t*_]*:[ \t*_]*$/i;
const SAME_DAY_RE =
  /(?<![\p{L}])(?:(?:on|during|in)\s+)?(?:the\s+same\s+(?:day|morning|evening|night|afternoon)|(?:later|earlier)\s+(?:in|on)\s+(?:the|that)\s+day|(?:later|earlier)\s+that\s+day|(?:a|one)\s+day\s+(?:earlier|before|later|after)|the\s+(?:previous|preceding|next|following)\s+day|the\s+day\s+(?:before|after))(?![\p{L}])/iu;

/**
 * The day of a speech act, not of the event it reports: "said on Sunday", "announced Monday", "in a
 * statement on Sunday", "told AFP on Monday".
 */
const SPEECH_BEFORE_RE = matchesTwoCharsOrMore(
  /(?<![\p{L}])(?:said|says|stated|announced|reported|added|confirmed|declared|denied|claimed|warned|condemned|denounced|deplored|decried|critici[sz]ed|told\s+[\p{L}.]+(?:\s+[\p{L}.]+)?|(?:in|via)\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|press\s+release|briefing|report|post|tweet))\s*,?\s*(?:late\s+|early\s+)?(?:on\s+)?$/iu,
);

/**
 * "On October 30th the Russian Ministry of Defence responded …", "On Monday, SOHR reported …": a date
 * opening a clause whose subject is a named body or person and whose verb is one of saying.
 */
const SPEECH_AFTER_RE =
  /^\s*,?\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and)\s+){1,7}(?:responded|replied|said|stated|announced|denied|claimed|declared|confirmed|told|reported|published|released|issued|condemned|denounced|deplored|decried|critici[sz]ed)(?![\p{L}])/u;

/** True when `d` dates a statement ("said on Sunday") rather than an event. */
export function isSpeechDate(text: string, d: DateMention): boolean {
  return (
    testUnlessShort(SPEECH_BEFORE_RE, text.slice(Math.max(0, d.start - 50), d.start)) ||
    SPEECH_AFTER_RE.test(text.slice(d.end, d.end + 90))
  );
}

/**
 * "In February 2017 UN OHCHR report", "documented in a March 2017 report by HRW": the date of a
 * publication cited as a source (up to four name words between), not of the event it documents.
 */
const CITED_REPORT_AFTER_RE =
  /^['’]?s?\s+(?:(?:\p{Lu}[\p{L}.&-]*|of|the)\s+){0,4}(?:report|study|publication|bulletin|paper|briefing)s?(?![\p{L}])/u;

/**
 * "its report of 12 March 2017", "a study published on 3 May 2017", "the statement dated 5 June": the
 * date of a publication named before it.
 */
const CITED_REPORT_BEFORE_RE = matchesTwoCharsOrMore(
  /(?<![\p{L}])(?:report|study|publication|bulletin|paper|briefing|statement|press\s+release|article)s?\s+(?:of|dated|(?:(?:was|were)\s+)?(?:published|released|issued|updated)(?:\s+(?:on|in))?)\s*$/iu,
);

/**
 * "was published on YouTube by the user X on 10 July", "uploaded by Smart News Agency on 5 May", "posted
 * on Facebook in October 2013": the day a video, photo or post went online, after its verb, the platform
 * and its publisher.
 */
const POSTED_BEFORE_RE = matchesTwoCharsOrMore(
  /(?<![\p{L}])(?:published|posted|uploaded|shared|re-?uploaded)\s+(?:(?:on|to)\s+(?:YouTube|Facebook|Twitter|Telegram|Instagram|TikTok|X|its\s+[\p{L}-]+|the\s+[\p{L}-]+)\s+)?(?:by\s+(?:the\s+)?(?:[\p{L}\d"“”'’@._-]+\s+){1,5})?(?:on|in)\s*$/iu,
);

/** "reports of", "reports that", "reports emerged": news of an event, not one cited publication. */
const REPORTS_OF_RE =
  /^\s*,?\s*reports\s+(?:of|that|emerged|began|surfaced|appeared|circulated)(?![\p{L}])/iu;

/**
 * "On 1 October 2015 reports of airstrikes hitting a mosque began appearing": the clause's time, the day
 * news of the event came out, not the date of one cited publication ("in a March 2017 report").
 */
function reportsAppearedOn(before: string, text: string, d: DateMention): boolean {
  return /(?<![\p{L}])on\s*$/iu.test(before) && REPORTS_OF_RE.test(text.slice(d.end, d.end + 40));
}

/** The date of a publication the text cites ("its report of 12 March", "the March 2017 OHCHR report"). */
export function isCitedReportDate(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  return (
    testUnlessShort(CITED_REPORT_BEFORE_RE, before.slice(-50)) ||
    testUnlessShort(POSTED_BEFORE_RE, before) ||
    (CITED_REPORT_AFTER_RE.test(text.slice(d.end, d.end + 60)) && !reportsAppearedOn(before, text, d))
  );
}

/** A dateline, a toll update's day or a cited report's date, not an incident date. */
function notIncidentDate(text: string, d: DateMention): boolean {
  return (
    isPublicationLine(text, d) ||
    UPDATE_BEFORE_RE.test(text.slice(Math.max(0, d.start - 40), d.start)) ||
    isCitedReportDate(text, d)
  );
}

/**
 * A date that dates the page, not an event: a dateline ("ALEPPO, 3 June —"), page metadata ("Published:
 * …") or a short line that is little more than the date ("Thursday, 4 Aug 2022, 15:01").
 */
export function isPublicationLine(text: string, d: DateMention): boolean {
  const lineStart = Math.max(text.lastIndexOf("\n", d.start - 1) + 1, d.start - 80);
  const before = text.slice(lineStart, d.start);
  const after = text.slice(d.end, d.end + 16);
  if (DATELINE_BEFORE_RE.test(before) && DATELINE_AFTER_RE.test(after)) return true;
  if (METADATA_BEFORE_RE.test(before)) return true;
  // A short line that is little more than the date ("01 January, 2024", "Orient Net 2019-07-07 06:03")
  // is page metadata: the publication date.
  const nl = text.indexOf("\n", d.end);
  const line = text.slice(text.lastIndexOf("\n", d.start - 1) + 1, nl < 0 ? text.length : nl);
  const rest = line.replace(d.text, " ").replace(/\d{1,2}:\d{2}(?::\d{2})?/g, " ");
  return line.length <= 60 && !/[.!?]\s*$/.test(line) && (rest.match(/\p{L}{2,}/gu) ?? []).length <= 3;
}

/** "between A and B", "from A to B", "between A | B": the opening of a span bounded by two dates. */
const SPAN_OPEN_BEFORE_RE = /(?<![\p{L}])(?:between|from)\s+(?:the\s+)?$/iu;
const SPAN_JOIN_RE = /^\s*(?:and|to|until|till|through|\\?\||[-–—])\s*$/iu;
/** A span of more days than this is a period, not an incident's days ("on 29 - 30 April" is one attack). */
const SPAN_PERIOD_DAYS = 10;

/**
 * Two dates that bound a period ("the attacks between September 29th 2015 and March 31st 2016") are one
 * date, the period: neither end is the day of an incident.
 */
function joinPeriods(text: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let k = 0; k < dates.length; k++) {
    const a = dates[k]!;
    const b = dates[k + 1];
    const period =
      b !== undefined &&
      a.startDate !== null &&
      b.endDate !== null &&
      b.start >= a.end &&
      SPAN_JOIN_RE.test(text.slice(a.end, b.start)) &&
      SPAN_OPEN_BEFORE_RE.test(text.slice(Math.max(0, a.start - 20), a.start)) &&
      (Date.parse(b.endDate) - Date.parse(a.startDate)) / 86_400_000 > SPAN_PERIOD_DAYS;
    if (!period) {
      out.push(a);
      continue;
    }
    out.push({
      ...a,
      end: b.end,
      text: text.slice(a.start, b.end),
      endDate: b.endDate,
      precision: "unknown",
      since: false,
      historical: a.historical && b.historical,
    });
    k++;
  }
  return out;
}

/** Dates that can be an incident's date. */
export function usableDates(text: string, dates: DateMention[]): DateMention[] {
  return joinPeriods(text, dates).filter((d) => usableDate(text, d));
}

/**
 * Whether one date of `text` can be an incident's date, remembered per date: a sentence's dates are
 * judged again for each of its segments and claims and by the fallbacks that look back over earlier
 * sentences, a dozen regular-expression tests each time. The verdict depends only on the text and the
 * date (date mentions are never changed once read), so the memo changes no result.
 */
function usableDate(text: string, d: DateMention): boolean {
  const known = usableMemo.get(d);
  if (known !== undefined && known.text === text) return known.usable;
  const usable =
    !d.since &&
    !d.historical &&
    (d.startDate !== null || d.relative !== null || d.monthDay !== undefined) &&
    !SINCE_BEFORE_RE.test(text.slice(Math.max(0, d.start - 30), d.start)) &&
    !notIncidentDate(text, d) &&
    !isSpeechDate(text, d);
  usableMemo.set(d, { text, usable });
  return usable;
}
const usableMemo = new WeakMap<DateMention, { text: string; usable: boolean }>();

/**
 * Last resort for a claim whose only date is the day a statement was made ("the SDF said on Sunday that
 * they had repelled an attack"): an earlier day told in the next two sentences ("late on Saturday") is
 * the event's; else the statement's own day.
 */
export function speechDate(
  text: string,
  facts: DatedSentence[],
  i: number,
  seg: { start: number; end: number },
): DateMention | null {
  const said = facts[i]?.dates.find(
    (d) => d.start >= seg.start && d.end <= seg.end && d.startDate !== null && isSpeechDate(text, d),
  );
  const day = said?.startDate;
  if (!said || !day) return null;
  for (let j = i + 1; j <= Math.min(facts.length - 1, i + 2); j++) {
    const earlier = usableDates(text, facts[j]!.dates).find(
      (d) => d.startDate !== null && d.startDate <= day && d.precision === "day",
    );
    if (earlier) return earlier;
  }
  return said;
}

/** `day` is a day inside the longer date `period` ("26 September" in "September"). */
function dayWithin(day: DateMention, period: DateMention): boolean {
  return (
    day.precision === "day" &&
    day.startDate !== null &&
    period.startDate !== null &&
    period.endDate !== null &&
    period.endDate > period.startDate &&
    day.startDate >= period.startDate &&
    day.startDate <= period.endDate
  );
}

/**
 * The segment's own date (nearest the trigger when it names several; a day before the month or period
 * that holds it), else one stated before it in the sentence ("Yesterday, ... shelled X").
 */
export function dateInSentence(
  text: string,
  dates: DateMention[],
  seg: { start: number; end: number },
  trigger: { start: number; end: number } | null,
): DateMention | null {
  const usable = usableDates(text, dates);
  const inSegment = usable.filter((d) => d.start >= seg.start && d.end <= seg.end);
  // "the final incident to have occurred in September occurred on 26 September": the day, not the
  // month around it.
  const own = inSegment.filter((d) => d.precision === "day" || !inSegment.some((x) => dayWithin(x, d)));
  if (own.length > 0) {
    if (!trigger || own.length === 1) return own[0]!;
    const dist = (d: DateMention) =>
      d.end <= trigger.start ? trigger.start - d.end : Math.max(0, d.start - trigger.end);
    return [...own].sort((a, b) => dist(a) - dist(b))[0]!;
  }
  return usable.filter((d) => d.end <= seg.start).pop() ?? null;
}

/**
 * "On the same day" / "a day earlier" / "the next day" in the span: the previous incident's date,
 * shifted by the stated day; null when the span says no such thing or the previous date is unknown.
 */
export function dateFromPrevious(
  text: string,
  span: { start: number; end: number },
  previous: DateMention | null,
): DateMention | null {
  if (!previous) return null;
  const m = SAME_DAY_RE.exec(text.slice(span.start, span.end));
  if (!m) return null;
  const shift = /day\s+(?:earlier|before)|(?:previous|preceding)\s+day/i.test(m[0])
    ? -1
    : /day\s+(?:later|after)|(?:next|following)\s+day/i.test(m[0])
      ? 1
      : 0;
  const start = span.start + m.index;
  const base = { ...previous, start, end: start + m[0].length, text: m[0] };
  if (shift === 0) return base;
  if (previous.precision !== "day") return null;
  if (previous.startDate)
    return {
      ...base,
      startDate: addDays(previous.startDate, shift),
      endDate: addDays(previous.endDate ?? previous.startDate, shift),
    };
  if (previous.relative)
    return {
      ...base,
      relative: { fromDays: previous.relative.fromDays + shift, toDays: previous.relative.toDays + shift },
    };
  return null;
}

/** What the date rules need to know of a sentence. */
export interface DatedSentence {
  sentence: { paragraph: number; bullet: boolean };
  dates: DateMention[];
}

/**
 * The date of the nearest earlier sentence of the same paragraph (at most three back) that states
 * one: "On 5 October, shelling was reported across the province. In A, six were killed" dates A.
 */
export function dateBefore(text: string, facts: DatedSentence[], i: number): DateMention | null {
  const para = facts[i]?.sentence.paragraph;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const f = facts[j]!;
    if (f.sentence.paragraph !== para) break;
    const d = usableDates(text, f.dates).at(-1);
    if (d) return d;
  }
  return null;
}

/**
 * The lead event's date from the headline or lede: the first incident date stated in the report up
 * to sentence `i` (datelines excluded). Only for the first incident of a report.
 */
export function leadDate(text: string, facts: DatedSentence[], i: number): DateMention | null {
  // A claim read from the headline takes its date from the lede: the next paragraph with a sentence.
  const para = facts[i]?.sentence.paragraph ?? 0;
  // A headline is a line of its own: the first paragraph, one sentence long. The first sentence of a
  // paragraph that goes on tells its own date or none (a later sentence's date is another attack's).
  const headline = para === facts[0]?.sentence.paragraph && facts[1]?.sentence.paragraph !== para;
  let lede = -1;
  for (let j = 0; j < facts.length; j++) {
    if (j > i && !headline) break;
    const p = facts[j]!.sentence.paragraph;
    if (j > i && p !== para && lede === -1) lede = p;
    if (j > i && p !== para && p !== lede) break;
    const d = usableDates(text, facts[j]!.dates)[0];
    if (d) return d;
  }
  return null;
}

const LIST_INTRO_RE = /(?:as\s+follows|the\s+following)?\s*:\s*$/i;
/** Every match holds the colon; a sentence without one is not tried at each character (testWhen). */
const LIST_INTRO_NEEDS = /:/;

/**
 * A date stated in a sentence that introduces a list ("SOHR documented four deaths on Tuesday, October
 * 29, as follows:"): the date of the incidents listed after it.
 */
export function listIntroDate(
  text: string,
  f: DatedSentence & { sentence: { text: string } },
): DateMention | null {
  if (!testWhen(LIST_INTRO_NEEDS, LIST_INTRO_RE, f.sentence.text)) return null;
  return usableDates(text, f.dates)[0] ?? null;
}
