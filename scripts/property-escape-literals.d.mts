/** Types of property-escape-literals.mjs (plain JavaScript, run by `npm install`). */
export function constructTopLevelPropertyLiterals(
  text: string,
  fileName: string,
  ts: typeof import("typescript"),
): { text: string; rewritten: number };
