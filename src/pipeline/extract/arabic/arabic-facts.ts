/**
 * What one Arabic sentence says about an attack, apart from its places: the attack words and their
 * event type, the attacker, the dead and injured, and the day. Each finder takes one sentence (the
 * report's own characters) and returns spans into it; the claim assembly (extract-arabic.ts) ties
 * them to the places the sentence names (arabic-places.ts).
 *
 * The finders live in their own modules, re-exported here: arabic-events.ts (attack words and their
 * means), arabic-tolls.ts (dead and injured), and the rest below until they move out.
 */
import type { CountRange, EventTypeCode, IncidentClaim } from "../../../domain/claim.js";

/** A span [start, end) in the sentence given, with its text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** An attack word: "قصف" (shelling), "غارة جوية" (air strike), "انفجار عبوة ناسفة" (explosion), … */
export interface ArabicEventMention extends SentenceSpan {
  eventType: EventTypeCode;
  /** The attack is negated, denied, planned, threatened or hypothetical: it tells no attack. */
  untold: boolean;
}

/** A toll: "مقتل ثلاثة مدنيين وإصابة خمسة آخرين" → killed 3, injured 5. */
export interface ArabicToll extends SentenceSpan {
  killed: CountRange | null;
  injured: CountRange | null;
  /** Dead or hurt with no word for which ("سقوط ضحايا"). */
  unspecified: CountRange | null;
  victimGroups: IncidentClaim["victimGroups"];
  targets: IncidentClaim["targets"];
  /**
   * The toll counts fighters ("مقتل عنصرين من قسد", "مقتل 3 جنود"), not civilians: its victims'
   * side, never the attacker. Such a toll also lists "military" in `targets`.
   */
  combatant: boolean;
  /** Counted over a period in the toll's clause ("منذ حزيران"): a tally of many attacks, not one's. */
  tally?: boolean;
}

/** An attacker: "القوات التركية", "الطيران الحربي الروسي", "قسد", … resolved through the actor registry. */
export interface ArabicPerpetrator extends SentenceSpan {
  actorId: string | null;
  name: string;
}

/** A day or window: "أمس", "يوم الثلاثاء", "في 17 آب/أغسطس 2021", … */
export interface ArabicDate extends SentenceSpan {
  date: IncidentClaim["date"];
  /**
   * The day of the week named (0 = Sunday), kept when the publication date is unknown: "الخميس" and
   * "الجمعة" in one text are then two days, as in the English path.
   */
  weekday?: number;
  /** A day named without a year in a text without a publication date ("08-17"). */
  monthDay?: string;
}

export { findArabicEvents } from "./arabic-events.js";
export { findArabicTolls } from "./arabic-tolls.js";

export { findArabicPerpetrators } from "./arabic-actors.js";

export { findArabicDates } from "./arabic-dates.js";
