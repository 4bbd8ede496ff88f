/**
 * build:ts turns our modules' top-level regular-expression literals with a Unicode property escape into
 * constructor calls (scripts/property-escape-literals.mjs): the same pattern and flags where a literal
 * is evaluated once, and nothing else touched.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { constructTopLevelPropertyLiterals } from "../../scripts/property-escape-literals.mjs";

const rewrite = (text: string) => constructTopLevelPropertyLiterals(text, "module.ts", ts);

/** The pattern a `new RegExp("…", "…")` call of the output builds. */
function constructed(call: string): RegExp {
  const m = /^new RegExp\(("(?:[^"\\]|\\.)*"), ("[a-z]*")\)$/.exec(call);
  if (!m) throw new Error(`not a constructor call: ${call}`);
  return new RegExp(JSON.parse(m[1]!) as string, JSON.parse(m[2]!) as string);
}

describe("constructTopLevelPropertyLiterals", () => {
  it("builds a top-level literal's own pattern and flags", () => {
    const literals = [
      /(?<![\p{L}])killed\s+(?:\p{Lu}[\p{L}'’-]*)(?![\p{L}])/giu,
      /^\s*,\s*\/\s*\p{N}+$/u,
      /[\p{Script=Arabic}]+\P{L}/u,
    ];
    for (const literal of literals) {
      const out = rewrite(`export const RE = ${String(literal)};\n`);
      expect(out.rewritten).toBe(1);
      const call = /^export const RE = (.*);\n$/.exec(out.text)![1]!;
      const re = constructed(call);
      expect([re.source, re.flags]).toEqual([literal.source, literal.flags]);
    }
  });

  it("rewrites an argument or an element evaluated once, on the same line", () => {
    const text = "const A = wrap(/\\p{L}/u);\nconst B = [/\\p{Lu}/u, /x/];\nconst C = 1;\n";
    const out = rewrite(text);
    expect(out.text).toBe(
      'const A = wrap(new RegExp("\\\\p{L}", "u"));\nconst B = [new RegExp("\\\\p{Lu}", "u"), /x/];\nconst C = 1;\n',
    );
    expect(out.text.split("\n")).toHaveLength(text.split("\n").length);
  });

  it.each([
    ["a function", "function f() { return /\\p{L}/u.test('a'); }"],
    ["an arrow function", "const f = () => /\\p{L}/u;"],
    ["a method", "const o = { m() { return /\\p{L}/u; } };"],
    ["a class body", "class C { re = /\\p{L}/u; static s = /\\p{L}/u; }"],
    ["a loop", "for (const w of ws) out.push(/\\p{L}/u.test(w));"],
    ["a while loop", "while (i < 3) i += /\\p{L}/u.test(s) ? 1 : 2;"],
  ])("leaves a literal inside %s, evaluated more than once", (_, text) => {
    expect(rewrite(text)).toEqual({ text, rewritten: 0 });
  });

  it("leaves literals without a property escape, and an escaped backslash before p{", () => {
    const text = "const A = /\\w+/u;\nconst B = /\\\\p{L}/;\nconst C = /[p{L}]/u;\n";
    expect(rewrite(text)).toEqual({ text, rewritten: 0 });
  });
});
