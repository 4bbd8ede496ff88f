/**
 * Rewrites the regular-expression literals of a TypeScript module that hold a Unicode property escape
 * (`\p{L}`) as `new RegExp(source, flags)` calls evaluated once per module, for build:ts (see
 * propertyEscapeLiterals in build-ts.mjs). V8 checks a literal's syntax when it parses the script, and
 * for a property escape that check builds the property's character set from ICU (and closes it over
 * case under the i flag): about 0.13 ms per escape, paid again when the RegExp is created, and for a
 * literal inside a function once more when the function is compiled. A constructor call is a plain
 * string to the parser. Evaluating a literal and calling the constructor with its source and flags
 * give the same object (ECMA-262 RegExpCreate either way), so:
 *   - a literal at the module's top level, evaluated once, becomes the constructor call in place;
 *   - a literal inside a function, a class body or a loop is evaluated again and again, each time a new
 *     object; it becomes one object, built where it is first evaluated and kept in a module variable,
 *     only where no use could tell one object from many: `/re/.test(s)` and `/re/.exec(s)` without the g or y flag (which keep state in
 *     lastIndex), or the pattern argument of a string's replace, replaceAll, match, split or search
 *     without the y flag (with g they start from lastIndex 0 and leave it 0, and split copies the
 *     pattern). Every other literal stays as written.
 * Lines keep their numbers: the module variables are declared (var, so that a function called early
 * through an import cycle finds them undefined, not in their temporal dead zone) on the first line.
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

/** Names of the module variables that keep the objects of literals evaluated more than once. */
const HOISTED_PREFIX = "__propertyEscapeLiteral";

/** A property escape (`\p{…}` or `\P{…}`) not itself escaped (`\\p{` is a backslash and a "p"). */
const PROPERTY_ESCAPE = /(?<!\\)(?:\\\\)*\\[pP]\{/;

/** String methods that read a pattern argument without keeping it or depending on its identity. */
const PATTERN_ARGUMENT_METHODS = new Set(["replace", "replaceAll", "match", "split", "search"]);

/**
 * True when a literal `node` with `flags`, evaluated more than once, may be one shared object: see the
 * module comment.
 */
function sharable(ts, node, flags) {
  if (flags.includes("y")) return false;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node)
    return !flags.includes("g") && (parent.name.text === "test" || parent.name.text === "exec");
  return (
    ts.isCallExpression(parent) &&
    parent.arguments[0] === node &&
    ts.isPropertyAccessExpression(parent.expression) &&
    PATTERN_ARGUMENT_METHODS.has(parent.expression.name.text)
  );
}

/**
 * `text` (a TypeScript module) with its property-escape literals as constructor calls (module comment).
 * @param {string} text
 * @param {string} fileName for the parser's diagnostics
 * @param {typeof import("typescript")} ts
 * @returns {{ text: string, rewritten: number, hoisted: number }}
 * @example constructPropertyEscapeLiterals("const L = /\\p{L}/u;", "x.ts", ts).text
 *   // 'const L = new RegExp("\\\\p{L}", "u");'
 */
export function constructPropertyEscapeLiterals(text, fileName, ts) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const repeatingKinds = new Set([...REPEATING].map((name) => ts.SyntaxKind[name]));
  const edits = [];
  const declarations = [];
  const visit = (node, repeating) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf("/");
      const pattern = literal.slice(1, slash);
      const flags = literal.slice(slash + 1);
      const call = `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`;
      const edit = { start: node.getStart(source), end: node.getEnd() };
      if (!PROPERTY_ESCAPE.test(pattern)) {
        // not ours to change
      } else if (!repeating) edits.push({ ...edit, replacement: call });
      else if (sharable(ts, node, flags)) {
        const name = `${HOISTED_PREFIX}${declarations.length}`;
        declarations.push(name);
        edits.push({ ...edit, replacement: `(${name} ??= ${call})` });
      }
    }
    const inner = repeating || repeatingKinds.has(node.kind);
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(source, false);
  if (declarations.length > 0 && text.includes(HOISTED_PREFIX))
    throw new Error(`build:ts: ${fileName} already uses the name prefix ${HOISTED_PREFIX}`);
  let out = text;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  if (declarations.length > 0) out = `var ${declarations.join(", ")}; ${out}`;
  return { text: out, rewritten: edits.length - declarations.length, hoisted: declarations.length };
}
