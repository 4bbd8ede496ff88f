/**
 * Claims dated only to a period well before publication: "video evidence occurs most often in Kafr Zita
 * in 2014", "due to the siege of Aleppo city between July to December 2016", "in April 2017, nearly 100
 * people were killed at X". A month or a year is not an incident's day (the hand gold's conventions: an
 * incident needs a place and a day), and one that reaches back well before the report's publication is a
 * period or a citation of the past, not the report's news. A news report's "earlier this month" stays.
 * A month that sums up days the report tells ("two attacks on X in March 2017 … on 25 March and again on
 * 30 March") stays too: it is the report's own incident, and merges with them or stands for them. A year
 * never does ("Sarmin in 2015" next to other days of 2015 is still a year).
 *
 * Undated claims are kept, even in a report that only looks back: an investigation often dates its
 * incident in its title or fact box only, so "no date" does not tell a reference from the subject. An
 * undated attack that its sentence mentions without telling it is the exception (untold-attack.ts: an
 * example of a kind, the content of records, an earlier report's finding, a hypothesis, a negation).
 *
 * A report that tells its incident on a day and mentions another place only within a window ("an
 * Israeli strike in mid-October killed nine near X", "airstrikes on X a few days ago", "this week X
 * bore the brunt of the assault") recaps or sums up earlier events: an event on another day is an
 * incident only where the text gives its day (the hand gold's conventions; ACLED codes an event once,
 * from the reports that tell it, not from a later recap). Such a window stays where it is the report's
 * only time (no claim on a day) or holds a day told at the same place. A window wholly in the past is a
 * recap beside an undated incident as well: an undated incident is the report's news, told as today's.
 */
import { type ClaimDraft, placeKey } from "./claim-draft.js";
import type { DateMention } from "./dates/find-dates.js";
import { isCitedReportDate } from "./dates/pick-date.js";
import { isEarlierAttack, isProtestedOnly, isUntold, sentenceAround } from "./untold-attack.js";

const DAY_MS = 86_400_000;
/** A period starting this many days before publication is the past the report looks back on. */
const PAST_DAYS = 60;
/** A date spanning more days than this is a period (a month, a year, a season), not a day. */
const PERIOD_DAYS = 10;

function isPeriod(d: DateMention): boolean {
  if (d.precision === "month") return true;
  if (!d.startDate || !d.endDate) return false;
  return (Date.parse(d.endDate) - Date.parse(d.startDate)) / DAY_MS > PERIOD_DAYS;
}

/** True when `d` reaches back well before publication (by its start: "in 2016" told in December 2016). */
function reachesBack(d: DateMention, publishedAt: string): boolean {
  const from = d.startDate ?? d.endDate;
  return from !== null && (Date.parse(publishedAt) - Date.parse(from)) / DAY_MS > PAST_DAYS;
}

/** A window holding no day of its own: a month or part of one, a week, "a few days ago". */
function isDaylessWindow(d: DateMention | null): boolean {
  if (d === null) return false;
  // A weekday is a day, even where no publication date resolves it ("on Tuesday": a week, its weekday kept).
  return d.precision === "month" || (d.precision === "week" && d.weekday === undefined);
}

/** A window wholly before the report's day ("a few days ago", "last week", "in mid-October"). */
function isPastWindow(d: DateMention, publishedAt: string | null): boolean {
  if (d.relative) return d.relative.toDays < 0;
  return publishedAt !== null && d.endDate !== null && d.endDate < publishedAt;
}

/**
 * Drops a claim dated only by a dayless window at a place the report tells no day of, when the report
 * tells another place's incident on a day: a recap of an earlier event or a summary of a campaign. A
 * window wholly in the past is a recap beside an undated incident too, which a report tells as today's.
 * @example withoutRecaps([onWednesdayAtA, inMidOctoberAtB], null)  // [onWednesdayAtA]
 */
export function withoutRecaps(drafts: ClaimDraft[], publishedAt: string | null): ClaimDraft[] {
  const dayKeys = new Set(drafts.filter((d) => d.date?.precision === "day").map(placeKey));
  const undatedKeys = new Set(drafts.filter((d) => d.date === null).map(placeKey));
  return drafts.filter((d) => {
    if (!isDaylessWindow(d.date)) return true;
    const key = placeKey(d);
    if (dayKeys.has(key)) return true;
    if (dayKeys.size > 0) return false;
    return !isPastWindow(d.date!, publishedAt) || [...undatedKeys].every((k) => k === key);
  });
}

/**
 * True when the draft's day is stated in the sentence of its attack word or of its place ("such as the
 * strike on A on 3 May", a list entry "A, 21 April 2014: …" under its lead-in), not carried from an
 * earlier sentence or the report's lead.
 */
function dayInOwnSentence(text: string, d: ClaimDraft): boolean {
  const date = d.date;
  if (date === null) return false;
  const within = (s: { start: number; end: number }) => date.start >= s.start && date.end <= s.end;
  const place = d.place.candidate;
  return (
    within(sentenceAround(text, place.start, place.end)) ||
    (d.trigger !== null && within(sentenceAround(text, d.trigger.start, d.trigger.end)))
  );
}

/**
 * Drops each mention of an attack that its sentence mentions without telling it (untold-attack.ts: an
 * example, records, an earlier finding, a comparison, a hypothesis, a question, a negation, a pattern)
 * unless that sentence gives the attack a day of its own. A day carried from the sentences before does
 * not make it told: "Jets bombed A on Monday. Similar attacks were documented in B" tells nothing of B
 * on Monday. Nor does the day of a sentence whose attack answers an earlier one ("… on Monday in
 * retaliation for an attack on B"). Judged on each mention before mentions of one place merge, so a
 * place told elsewhere keeps its claim.
 * @example withoutUntoldMentions(text, drafts)  // without B of "… on Monday. Similar attacks hit B."
 */
export function withoutUntoldMentions(text: string, drafts: ClaimDraft[]): ClaimDraft[] {
  return drafts.filter((d) => (dayInOwnSentence(text, d) || !isUntold(text, d)) && !isEarlierAttack(text, d));
}

/**
 * Drops undated attacks mentioned without being told or found by a publication well before this one,
 * and claims dated only to a past year or period, or to a past month in which the report tells no day.
 * @example inReportTime(text, drafts, allDates, "2016-12-13")  // without "Sarmin … in 2015"
 */
export function inReportTime(
  text: string,
  drafts: ClaimDraft[],
  dates: DateMention[],
  publishedAt: string | null,
): ClaimDraft[] {
  drafts = withoutRecaps(
    drafts.filter((d) => !isProtestedOnly(text, d)),
    publishedAt,
  );
  if (!publishedAt) return drafts;
  // "In its report of 12 March 2017, the commission documented an airstrike on X" (told in 2018): an
  // undated attack in the sentence of a publication well before this one is that publication's finding.
  const citesOldReport = (d: ClaimDraft) => {
    if (d.date !== null || d.trigger === null) return false;
    const s = sentenceAround(text, d.trigger.start, d.trigger.end);
    return dates.some(
      (x) =>
        x.start >= s.start && x.end <= s.end && isCitedReportDate(text, x) && reachesBack(x, publishedAt),
    );
  };
  drafts = drafts.filter((d) => !citesOldReport(d));
  const days = dates.filter((d) => d.precision === "day" && d.startDate !== null);
  const toldDayIn = (period: DateMention) =>
    period.precision === "month" &&
    days.some(
      (d) => d.startDate! >= period.startDate! && d.startDate! <= (period.endDate ?? period.startDate!),
    );
  return drafts.filter(
    (d) =>
      !(
        d.date &&
        d.date.startDate &&
        isPeriod(d.date) &&
        reachesBack(d.date, publishedAt) &&
        !toldDayIn(d.date)
      ),
  );
}
