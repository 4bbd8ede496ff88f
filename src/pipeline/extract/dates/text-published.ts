/**
 * The publication date a text states about itself, for a report that came without one: a dateline,
 * page metadata or a date line among the first lines ("ANF ¶ SHEHBA ¶ Thursday, 4 Aug 2022, 15:01").
 * Relative dates ("on Tuesday", "yesterday") are then resolved against it, as they are against a
 * publication date given with the report. Only a full calendar day counts (a year is needed); a date
 * inside the running text is an event's and never counts.
 */
import { findDates } from "./find-dates.js";
import { isPublicationLine } from "./pick-date.js";

/** How far into the text a dateline or date line may stand. */
const HEAD_CHARS = 600;

/**
 * The day the text says it was published, or null.
 * @example publishedInText("NEWS ¶ Thursday, 4 Aug 2022, 15:01 ¶ Shelling hit the town on Tuesday.")  // "2022-08-04"
 */
export function publishedInText(text: string): string | null {
  const head = { start: 0, end: Math.min(text.length, HEAD_CHARS) };
  const day = findDates(text, head, null).find(
    (d) =>
      d.precision === "day" &&
      d.startDate !== null &&
      d.startDate === d.endDate &&
      isPublicationLine(text, d),
  );
  return day?.startDate ?? null;
}
