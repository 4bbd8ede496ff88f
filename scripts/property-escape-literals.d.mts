/** Types of property-escape-literals.mjs (plain JavaScript, run by `npm install`). */
export function constructPropertyEscapeLiterals(
  text: string,
  fileName: string,
  ts: typeof import("typescript"),
): { text: string; rewritten: number; hoisted: number };
