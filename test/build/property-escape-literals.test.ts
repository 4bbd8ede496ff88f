/**
 * build:ts turns our modules' regular-expression literals with a Unicode property escape into
 * constructor calls (scripts/property-escape-literals.mjs): in place where a literal is evaluated once,
 * built once and kept where it is evaluated again but no use could tell one object from many, and
 * nothing else touched.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { constructPropertyEscapeLiterals } from "../../scripts/property-escape-literals.mjs";

const rewrite = (text: string) => constructPropertyEscapeLiterals(text, "module.ts", ts);

/** The pattern a `new RegExp("…", "…")` call of the output builds. */
function constructed(call: string): RegExp {
  const m = /^new RegExp\(("(?:[^"\\]|\\.)*"), ("[a-z]*")\)$/.exec(call);
  if (!m) throw new Error(`not a constructor call: ${call}`);
  return new RegExp(JSON.parse(m[1]!) as string, JSON.parse(m[2]!) as string);
}

describe("constructPropertyEscapeLiterals", () => {
  it("builds a top-level literal's own pattern and flags", () => {
    const literals = [
      /(?<![\p{L}])killed\s+(?:\p{Lu}[\p{L}'’-]*)(?![\p{L}])/giu,
      /^\s*,\s*\/\s*\p{N}+$/u,
      /[\p{Script=Arabic}]+\P{L}/u,
    ];
    for (const literal of literals) {
      const out = rewrite(`export const RE = ${String(literal)};\n`);
      expect(out).toMatchObject({ rewritten: 1, hoisted: 0 });
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
    ["a function", "function f() { const re = /\\p{L}/u; return re; }"],
    ["an arrow function", "const f = () => /\\p{L}/u;"],
    ["a method", "const o = { m() { return [/\\p{L}/u]; } };"],
    ["a class body", "class C { re = /\\p{L}/u; static s = /\\p{L}/u; }"],
    ["a loop", "for (const w of ws) out.push(/\\p{L}/u);"],
    ["a global test", "function f(s) { return /\\p{L}/gu.test(s); }"],
    ["a sticky exec", "function f(s) { return /\\p{L}/uy.exec(s); }"],
    ["a sticky split", "function f(s) { return s.split(/\\p{Zs}/uy); }"],
    ["matchAll", "function f(s) { return [...s.matchAll(/\\p{L}/gu)]; }"],
    ["another argument", "function f(s) { return g(s, /\\p{L}/u); }"],
  ])("leaves a literal evaluated more than once where its identity may tell: %s", (_, text) => {
    expect(rewrite(text)).toEqual({ text, rewritten: 0, hoisted: 0 });
  });

  it("keeps one object, built at first use, for a test, an exec or a string method's pattern", () => {
    const text = [
      "// first line",
      "function f(s: string) {",
      '  return /^\\p{Lu}/u.test(s) && /(\\p{L}+)$/iu.exec(s) && s.replace(/\\p{M}/gu, "").split(/\\P{L}+/u);',
      "}",
      "for (const w of words) if (/\\p{Lu}/u.test(w)) n++;",
      "",
    ].join("\n");
    const out = rewrite(text);
    expect(out).toMatchObject({ rewritten: 0, hoisted: 5 });
    const lines = out.text.split("\n");
    expect(lines).toHaveLength(text.split("\n").length);
    expect(lines[0]).toBe(
      "var __propertyEscapeLiteral0, __propertyEscapeLiteral1, __propertyEscapeLiteral2, __propertyEscapeLiteral3, __propertyEscapeLiteral4; // first line",
    );
    expect(lines[2]).toBe(
      '  return (__propertyEscapeLiteral0 ??= new RegExp("^\\\\p{Lu}", "u")).test(s) && (__propertyEscapeLiteral1 ??= new RegExp("(\\\\p{L}+)$", "iu")).exec(s) && s.replace((__propertyEscapeLiteral2 ??= new RegExp("\\\\p{M}", "gu")), "").split((__propertyEscapeLiteral3 ??= new RegExp("\\\\P{L}+", "u")));',
    );
    expect(lines[4]).toBe(
      'for (const w of words) if ((__propertyEscapeLiteral4 ??= new RegExp("\\\\p{Lu}", "u")).test(w)) n++;',
    );
  });

  it("a kept object answers as fresh literals do, call after call", () => {
    const text =
      'export function f(s: string) { return s.replace(/\\p{Lu}/gu, "_") + String(/\\p{Ll}/u.test(s)); }\n';
    const run = (source: string) => {
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS },
      }).outputText;
      const module = { exports: {} as { f: (s: string) => string } };
      new Function("module", "exports", js)(module, module.exports);
      return ["Ab", "CD", "ef", "Gh"].map((s) => module.exports.f(s));
    };
    expect(rewrite(text).hoisted).toBe(2);
    expect(run(rewrite(text).text)).toEqual(run(text));
  });

  it("leaves literals without a property escape, and an escaped backslash before p{", () => {
    const text = "const A = /\\w+/u;\nconst B = /\\\\p{L}/;\nconst C = /[p{L}]/u;\n";
    expect(rewrite(text)).toEqual({ text, rewritten: 0, hoisted: 0 });
  });
});
