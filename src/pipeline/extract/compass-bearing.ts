/**
 * Compass words of English place wording read as bearings ("north-east of", "the western countryside",
 * "west-southwest"), so that the direction a text gives can place a village off a town
 * (place-anchor.ts).
 */

/** Compass words → bearing (degrees clockwise from north). */
const BEARING: Readonly<Record<string, number>> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};
const DIRECTION_RE = /\b(?:(north|south)(?:[- ]?(east|west))?|(east|west))(?:ern)?\b/i;
/** "north-northeast", "west-southwest": a point of the 16-wind compass between two of the eight. */
const THIRD_POINT_RE = /\b(north|south|east|west)-((?:north|south)[- ]?(?:east|west))\b/i;

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/**
 * The bearing the first compass word of `wording` gives, else null; a 16-wind point lies halfway
 * between its cardinal and its intercardinal point.
 * @example bearingIn(", 12 km north-east of ") // 45
 * @example bearingIn(" in the western countryside of ") // 270
 * @example bearingIn(", north-northwest of ") // 337.5
 */
export function bearingIn(wording: string): number | null {
  const d = DIRECTION_RE.exec(wording);
  if (!d) return null;
  const point = BEARING[((d[1] ?? "") + (d[2] ?? "") + (d[3] ?? "")).toLowerCase()];
  if (point === undefined) return null;
  const m = THIRD_POINT_RE.exec(wording);
  const a = m ? BEARING[m[1]!.toLowerCase()] : undefined;
  const b = m ? BEARING[m[2]!.toLowerCase().replace(/[- ]/, "")] : undefined;
  if (a === undefined || b === undefined) return point;
  const mean = deg(Math.atan2(Math.sin(rad(a)) + Math.sin(rad(b)), Math.cos(rad(a)) + Math.cos(rad(b))));
  return (mean + 360) % 360;
}
