/**
 * Originators: the names a report relays as the origin of its information ("according to the SOC",
 * "X said in a statement", "X reported"). Names are kept as written, without a leading "the"; an acronym
 * that the text defines ("The Syrian Opposition Coalition (SOC)") is expanded to "Long Name (ACR)".
 * This is metadata for the record, not claim extraction, so it stays deliberately modest.
 */
import { readProperName, readProperNameBefore, withoutArticle } from "./proper-names.js";

/** "(SNHR)": an acronym in parentheses, read with the name just before it. */
const ACRONYM_DEF = /\((\p{Lu}{2,}[a-z]?)\)/gu;
/** A reporting verb; the name is read backwards from where it starts, so the scan stays linear. */
const REPORTING_VERB =
  /(?:\s*\(\p{Lu}{2,}[a-z]?\))?\s+(?:said in (?:a|its|their) (?:statement|report)|(?:has\s+|have\s+)?(?:reported|documented|announced|stated))\b/gu;
const SOURCE_PHRASE =
  /\b(?:according to|(?:statement|report|announcement|figures)s?\s+(?:issued\s+|released\s+|published\s+)?(?:by|from))\s+(?:(?:the|a|an)\s+)?(?:(?:statement|report|figures|data|toll|count|documentation)\s+(?:issued\s+|released\s+)?(?:by|from|of)\s+(?:the\s+)?)?/gi;

/** Capitalised words that start sentences or name generic groups, never an originator on their own. */
const NOT_NAMES = new Set(
  (
    "it he she they we i this that these those there which who activists sources witnesses residents officials " +
    "doctors medics locals reports media correspondents monitors earlier later meanwhile however also yesterday " +
    "today tonight monday tuesday wednesday thursday friday saturday sunday in on at after before"
  ).split(" "),
);

/**
 * Finds the originators named in `text`, in order of first mention.
 * @example findOriginators("The Syrian Opposition Coalition (SOC) met. It acted, according to the SOC.")
 *   // ["Syrian Opposition Coalition (SOC)"]
 */
export function findOriginators(text: string): string[] {
  const acronyms = readAcronymDefinitions(text);
  const found: { at: number; name: string }[] = [];
  for (const m of text.matchAll(SOURCE_PHRASE)) {
    const name = readProperName(text.slice(m.index + m[0].length, m.index + m[0].length + 200));
    if (name !== null) found.push({ at: m.index, name });
  }
  for (const m of text.matchAll(REPORTING_VERB)) {
    const name = readProperNameBefore(text.slice(0, m.index));
    if (name !== null) found.push({ at: m.index - name.length, name });
  }

  const result: string[] = [];
  for (const { name } of found.sort((a, b) => a.at - b.at)) {
    const cleaned = cleanName(name);
    if (cleaned === null) continue;
    const expanded = expand(cleaned, acronyms);
    if (!result.includes(expanded)) result.push(expanded);
  }
  return result;
}

/** Maps each defined acronym, and its long name, to "Long Name (ACR)". */
function readAcronymDefinitions(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(ACRONYM_DEF)) {
    const acronym = m[1] ?? "";
    const before = readProperNameBefore(text.slice(0, m.index));
    if (before === null) continue;
    const words = withoutArticle(before).split(/\s+/);
    // Leading sentence words ("Yesterday the ...") are trimmed until the initials spell the acronym.
    for (let start = 0; start < words.length; start++) {
      const longName = words.slice(start).join(" ");
      if (initials(longName) === acronym.replace(/[a-z]$/, "")) {
        const full = `${withoutArticle(longName)} (${acronym})`;
        if (!map.has(acronym)) map.set(acronym, full);
        if (!map.has(withoutArticle(longName))) map.set(withoutArticle(longName), full);
        break;
      }
    }
  }
  return map;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]))
    .join("");
}

function cleanName(raw: string): string | null {
  let words = raw
    .replace(/['’]s$/, "")
    .trim()
    .split(/\s+/);
  while (
    words.length > 0 &&
    (NOT_NAMES.has(words[0]!.toLowerCase()) || /^(?:of|for|the|and|on|in)$/.test(words[0]!))
  )
    words = words.slice(1);
  const name = withoutArticle(words.join(" ").replace(/[.,;:]+$/, ""));
  if (name.length < 2 || NOT_NAMES.has(name.toLowerCase())) return null;
  return name;
}

function expand(name: string, acronyms: ReadonlyMap<string, string>): string {
  return acronyms.get(name) ?? name;
}
