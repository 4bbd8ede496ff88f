/**
 * Rewrites the regular-expression literals of a TypeScript module that hold a Unicode property escape
 * (`\p{L}`) and are evaluated once, at the module's top level, as `new RegExp(source, flags)`, for
 * build:ts (see propertyEscapeLiterals in build-ts.mjs). V8 checks a literal's syntax when it parses
 * the script, and for a property escape that check builds the property's character set from ICU (and
 * closes it over case under the i flag): about 0.13 ms per escape, paid again when the RegExp is
 * created. A constructor call is a plain string to the parser. Evaluating a literal and calling the
 * constructor with its source and flags give the same object (ECMA-262 RegExpCreate either way), so
 * only where a literal is evaluated once is the rewrite free: inside a function, a class body or a loop
 * it would construct the pattern at every evaluation, and those literals stay. Same lines, same output.
 * Plain JavaScript: it runs during `npm install` (the `prepare` script).
 */

/** Kinds of node that may evaluate a literal inside them more than once (or later than the module). */
const REPEATING = new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunction",
  "MethodDeclaration",
  "Constructor",
  "GetAccessor",
  "SetAccessor",
  "ClassDeclaration",
  "ClassExpression",
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoStatement",
]);

/** A property escape (`\p{…}` or `\P{…}`) not itself escaped (`\\p{` is a backslash and a "p"). */
const PROPERTY_ESCAPE = /(?<!\\)(?:\\\\)*\\[pP]\{/;

/**
 * `text` (a TypeScript module) with each top-level property-escape literal as a constructor call.
 * @param {string} text
 * @param {string} fileName for the parser's diagnostics
 * @param {typeof import("typescript")} ts
 * @returns {{ text: string, rewritten: number }}
 * @example constructTopLevelPropertyLiterals("const L = /\\p{L}/u;", "x.ts", ts).text
 *   // 'const L = new RegExp("\\\\p{L}", "u");'
 */
export function constructTopLevelPropertyLiterals(text, fileName, ts) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const repeatingKinds = new Set([...REPEATING].map((name) => ts.SyntaxKind[name]));
  const edits = [];
  const visit = (node, repeating) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && !repeating) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf("/");
      const pattern = literal.slice(1, slash);
      if (PROPERTY_ESCAPE.test(pattern))
        edits.push({
          start: node.getStart(source),
          end: node.getEnd(),
          replacement: `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(literal.slice(slash + 1))})`,
        });
    }
    const inner = repeating || repeatingKinds.has(node.kind);
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(source, false);
  let out = text;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  return { text: out, rewritten: edits.length };
}
