/**
 * Place pass 2, context: which governorates each place's context names. Hints rank a place's
 * gazetteer candidates: the place's own list context ("A and B in rural Idlib", place-context.ts, a
 * constraint), else the admin phrases of its sentence, else of the nearest earlier sentence that has
 * some, else of the whole report and its title. Also the locator of each place ("X north of Y").
 */
import type { PlaceCandidate } from "./place-candidates.js";
import { sentenceContext } from "./place-context.js";
import type { PlaceLookups } from "./place-lookups.js";
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

export interface PlaceContext {
  /** Governorates that rank the place's gazetteer candidates (possibly empty). */
  hints(p: ResolvedPlace): string[];
  /**
   * True when the hints come from the place's own list, sentence or an earlier sentence; false when they
   * come from anywhere in the report (a later sentence, the title), which may be about another place.
   */
  localHints(p: ResolvedPlace): boolean;
  /** Governorates the place's own list context allows (a constraint), when it names some. */
  explicit(p: ResolvedPlace): string[] | undefined;
  /** The place named right after this one to locate it ("X north of Y" gives Y). */
  locator(p: ResolvedPlace): ResolvedPlace | undefined;
}

/**
 * A city governorate and the governorate around it: English texts write "Damascus province" for the
 * villages of Rif Dimashq too, so a hint for the city governorate also admits its surroundings.
 */
const SURROUNDING_GOVERNORATE: Readonly<Record<string, string>> = { Damascus: "Rif Dimashq" };

/** Admin1 areas named by governorate phrases, named regions and context places, in order. */
export function adminsOf(places: readonly ResolvedPlace[]): string[] {
  const out: string[] = [];
  for (const p of places) {
    const hinting = p.role === "admin" || p.role === "context" || p.regionEntry !== null;
    if (hinting && p.admin1 && !out.includes(p.admin1)) out.push(p.admin1);
  }
  return withSurroundings(out);
}

function withSurroundings(admins: string[]): string[] {
  const extra = admins.flatMap((a) => {
    const around = SURROUNDING_GOVERNORATE[a];
    return around && !admins.includes(around) ? [around] : [];
  });
  return extra.length > 0 ? [...admins, ...extra] : admins;
}

/**
 * The admin context of every place of a report.
 * @param titleAdmins admin1 names found in the report title (low-priority hints)
 */
export function readPlaceContext(
  sentences: Sentence[],
  perSentence: ResolvedPlace[][],
  lookups: PlaceLookups,
  titleAdmins: string[],
): PlaceContext {
  const docAdmins = [...new Set([...adminsOf(perSentence.flat()), ...titleAdmins])];
  // Each sentence's own admins, else those carried from the nearest earlier sentence with some.
  const carried: string[][] = [];
  for (const list of perSentence) {
    const own = adminsOf(list);
    carried.push(own.length > 0 ? own : (carried[carried.length - 1] ?? []));
  }
  const regionAdmins = (p: ResolvedPlace) => lookups.findRegion(p.candidate.mention)?.admin1 ?? [];
  const explicit = new Map<PlaceCandidate, string[]>();
  const locators = new Map<PlaceCandidate, ResolvedPlace>();
  perSentence.forEach((list, i) => {
    const s = sentences[i]!;
    const ctx = sentenceContext(s.text, s.start, list, regionAdmins);
    ctx.admins.forEach((a, p) => explicit.set(p.candidate, withSurroundings(a)));
    ctx.locators.forEach((y, p) => locators.set(p.candidate, y));
  });
  const near = (p: ResolvedPlace) => explicit.get(p.candidate) ?? carried[p.sentence] ?? [];
  return {
    hints: (p) => {
      const local = near(p);
      return local.length > 0 ? local : docAdmins;
    },
    localHints: (p) => near(p).length > 0,
    explicit: (p) => explicit.get(p.candidate),
    locator: (p) => locators.get(p.candidate),
  };
}
