/**
 * The small slice of the DOM that the HTML stage reads, typed here because the project compiles without
 * the DOM library; linkedom's documents satisfy it. Also the DOM-to-text walker: block elements become
 * paragraph breaks, only text nodes are read (never attributes or markup), and scripts, styles, frames,
 * embedded objects and form controls are skipped whole.
 */

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Never read: code, styling, frames, embedded objects, form controls and document metadata. */
const NEVER_TEXT = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME FRAME FRAMESET OBJECT EMBED APPLET SVG MATH CANVAS AUDIO VIDEO HEAD TITLE META LINK BUTTON SELECT OPTION TEXTAREA INPUT".split(
    " ",
  ),
);
/** Page chrome skipped when we fall back to the whole body instead of Readability's article. */
export const PAGE_CHROME = new Set(["NAV", "FOOTER", "HEADER", "ASIDE"]);
const BLOCKS = new Set(
  "P DIV H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE TABLE THEAD TBODY TFOOT TR CAPTION SECTION ARTICLE HEADER FOOTER NAV ASIDE MAIN FIGURE FIGCAPTION DL DT DD ADDRESS HR DETAILS SUMMARY BODY HTML FORM FIELDSET CENTER".split(
    " ",
  ),
);
const CELLS = new Set(["TD", "TH"]);

export interface TextLines {
  /** Lines of text; blocks are separated by one blank line. */
  lines: string[];
  /** For each line, the first http(s) link of the block it came from, or null. */
  urls: (string | null)[];
}

/**
 * Converts a DOM subtree to plain-text lines. Iterative, so deeply nested markup cannot overflow the stack.
 * @param skip extra element names to skip whole (e.g. PAGE_CHROME for the body fallback).
 */
export function domToLines(root: DomNode, skip: ReadonlySet<string> = new Set()): TextLines {
  const out: TextLines = { lines: [], urls: [] };
  let buffer = "";
  let blockUrl: string | null = null;
  let preDepth = 0;

  const flush = (): void => {
    const parts = buffer.split("\n").map((part) => part.replace(/[ \t\r\f]+/g, " ").trim());
    buffer = "";
    const kept = parts.filter((part) => part !== "");
    if (kept.length > 0) {
      if (out.lines.length > 0) {
        out.lines.push("");
        out.urls.push(null);
      }
      for (const part of kept) {
        out.lines.push(part);
        out.urls.push(blockUrl);
      }
    }
    blockUrl = null;
  };

  // Each stack entry is a node to enter, or a marker to run when leaving an element.
  const stack: (DomNode | { leave: string })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("leave" in item) {
      if (item.leave === "PRE") preDepth -= 1;
      if (BLOCKS.has(item.leave)) flush();
      else if (CELLS.has(item.leave)) buffer += " ";
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const value = item.nodeValue ?? "";
      buffer += preDepth > 0 ? value : value.replace(/[\n\r\t\f ]+/g, " ");
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const name = item.nodeName.toUpperCase();
    if (NEVER_TEXT.has(name) || skip.has(name)) continue;
    if (name === "BR") {
      buffer += "\n";
      continue;
    }
    if (BLOCKS.has(name)) flush();
    if (name === "PRE") preDepth += 1;
    if (name === "A" && blockUrl === null) blockUrl = httpUrl(item as DomElement);
    stack.push({ leave: name });
    const children = item.childNodes;
    for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
  }
  flush();
  return out;
}

/** Deepest element nesting under `root`, counted iteratively (pathological pages nest thousands deep). */
export function maxDepth(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    const children = node.childNodes;
    for (let c = 0; c < children.length; c++) {
      if (children[c]!.nodeType === ELEMENT_NODE) stack.push([children[c]!, depth + 1]);
    }
  }
  return deepest;
}

/** The href of a link when it is an absolute http(s) URL; javascript:, data: and relative links are ignored. */
function httpUrl(element: DomElement): string | null {
  const href = element.getAttribute("href")?.trim() ?? "";
  return /^https?:\/\/[^\s"'<>]+$/i.test(href) ? href : null;
}
