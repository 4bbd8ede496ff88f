/** Highlight markers around matched terms in search snippets, the same on both backends (Markdown bold). */
export const SNIPPET_OPEN = "**";
export const SNIPPET_CLOSE = "**";
