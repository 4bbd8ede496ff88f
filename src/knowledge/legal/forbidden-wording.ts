/**
 * Wording r2p-watch must never use in its own voice (DOMAIN.md §2.5 "Forbidden output"): an early-warning
 * system states what facts are *consistent with*; it does not convict. A source's own words may still
 * say these things; outputs reproduce them only as quoted source text, which `findForbiddenWording`
 * removes before scanning when given the quotes.
 */

export const FORBIDDEN_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  { id: "proves", pattern: /\bprov(?:es|ed|ing|en)\b/i },
  {
    id: "is a war crime",
    pattern: /\b(?:is|was|are|were|constitutes?|amounts?\s+to)\s+(?:a\s+)?war\s+crimes?\b/i,
  },
  {
    id: "is a crime against humanity",
    pattern: /\b(?:is|was|are|were|constitutes?|amounts?\s+to)\s+(?:a\s+)?crimes?\s+against\s+humanity\b/i,
  },
  {
    id: "genocide occurred",
    pattern:
      /\bgenocide\s+(?:occurred|took\s+place|happened|is\s+(?:occurring|taking\s+place|under\s*way))\b/i,
  },
  { id: "committed genocide", pattern: /\b(?:committed|is\s+committing|perpetrated)\s+(?:a\s+)?genocide\b/i },
  { id: "guilty", pattern: /\bguilt(?:y|ier)\b/i },
  { id: "convicted", pattern: /\bconvict(?:ed|ion)\b/i },
];

/** Shortest source quote that is exempted (a clause, not a label). */
export const MIN_QUOTE = 25;

export interface ForbiddenHit {
  id: string;
  match: string;
  index: number;
  context: string;
}

/**
 * Finds forbidden wording in `text`, after blanking every occurrence of the given source quotes (the
 * sources' own sentences, which outputs may reproduce as their words). Quotes are matched exactly and
 * also with their HTML escapes, so a brief's markup does not hide them.
 *
 * @example findForbiddenWording("This is a war crime.") // [{ id: "is a war crime", ... }]
 */
export function findForbiddenWording(text: string, sourceQuotes: readonly string[] = []): ForbiddenHit[] {
  let scanned = text;
  // Only sentence-length quotes are exempt: a short one ("war crime") would blank our own words too.
  const quotes = [...new Set(sourceQuotes.filter((q) => q.trim().length >= MIN_QUOTE))].sort(
    (a, b) => b.length - a.length,
  );
  for (const quote of quotes) {
    for (const form of [quote, escapeHtml(quote), JSON.stringify(quote).slice(1, -1)]) {
      scanned = scanned.split(form).join(" ".repeat(Math.min(form.length, 1)));
    }
  }
  const hits: ForbiddenHit[] = [];
  for (const { id, pattern } of FORBIDDEN_PATTERNS) {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
    );
    for (const m of scanned.matchAll(global)) {
      const index = m.index ?? 0;
      hits.push({
        id,
        match: m[0],
        index,
        context: scanned.slice(Math.max(0, index - 60), index + m[0].length + 60),
      });
    }
  }
  return hits;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
