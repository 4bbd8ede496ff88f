/**
 * Reading organisation and outlet names out of short phrases: the publisher named in a disclaimer or a
 * copyright line, a masthead, or the source of an "according to ..." phrase. Names are kept as written.
 */

const CONNECTORS = new Set(["of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "al", "el", "&"]);
const ORG_WORDS =
  /\b(?:observer|observatory|news|times|post|agency|network|monitor|press|herald|tribune|journal|gazette|daily|media|tv|radio|broadcasting|cent(?:er|re)|institute|council|committee|organi[sz]ation|commission|coalition|foundation|watch|international|union|association|group|office|ministry|mission|review|weekly|magazine|online|today|voice|alliance|league|federation|society|bureau|service|channel|wire|chronicle|express|telegraph|dispatch|bulletin)\b/i;
const PRONOUN_SUBJECTS = new Set([
  "we",
  "i",
  "it",
  "he",
  "she",
  "they",
  "this",
  "that",
  "the author",
  "the writer",
]);
const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}'’&.-]*$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}[a-z]?$/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

/**
 * Reads a run of capitalised words from the start of `text` ("The Syrian Observer has ..." → "The Syrian
 * Observer"); lowercase connectors (of, for, the, and, ...) are taken only between capitalised words.
 * A possessive ending ("Coalition’s") ends the name and is dropped. Returns null when no name starts there.
 */
export function readProperName(text: string): string | null {
  const tokens = text.trim().split(/\s+/);
  const taken: string[] = [];
  let pendingConnectors: string[] = [];
  for (const raw of tokens) {
    // A parenthesis ends the name: "Syrian Network for Human Rights (SNHR)" → the name before it.
    if (raw.startsWith("(") && taken.length > 0) break;
    const token = raw.replace(/[,;:!?)"”’]+$/, "").replace(/^[("“‘]+/, "");
    const dotted = DOTTED_ACRONYM.test(token);
    const endsHere = token !== raw.replace(/^[("“‘]+/, "") || (/\.$/.test(token) && !dotted);
    const word = dotted ? token : token.replace(/\.$/, "");
    if (CONNECTORS.has(word.toLowerCase()) && word === word.toLowerCase() && taken.length > 0) {
      pendingConnectors.push(word);
      if (endsHere) break;
      continue;
    }
    if (!CAPITALISED.test(word)) break;
    const possessive = /['’]s$/.test(word);
    taken.push(...pendingConnectors, possessive ? word.slice(0, -2) : word);
    pendingConnectors = [];
    if (possessive || endsHere) break;
  }
  return taken.length > 0 ? taken.join(" ") : null;
}

/**
 * Reads a run of capitalised words that ends exactly where `text` ends ("... the White Helmets" → "White
 * Helmets"), walking backwards so that scanning a document for verbs stays linear. Connectors are taken
 * only between capitalised words; a word ending in , . ; : belongs to an earlier clause and stops the name.
 */
export function readProperNameBefore(text: string): string | null {
  const window = text.length > 200 ? text.slice(-200) : text;
  const tokens = window.trimEnd().split(/\s+/);
  if (window !== text) tokens.shift();
  const taken: string[] = [];
  let pendingConnectors: string[] = [];
  for (let t = tokens.length - 1; t >= 0; t--) {
    const token = tokens[t]!.replace(/^[("“‘]+/, "");
    if (/[,;:!?)"”]$/.test(token) || (/\.$/.test(token) && !DOTTED_ACRONYM.test(token))) break;
    if (CONNECTORS.has(token) && taken.length > 0) {
      pendingConnectors.unshift(token);
      continue;
    }
    const word = taken.length === 0 ? token.replace(/['’]s$/, "") : token;
    if (!CAPITALISED.test(word)) break;
    taken.unshift(word, ...pendingConnectors);
    pendingConnectors = [];
  }
  return taken.length > 0 ? taken.join(" ") : null;
}

/** True when a name reads like an organisation or outlet rather than a person. */
export function isOrganisationLike(name: string): boolean {
  if (ORG_WORDS.test(name)) return true;
  if (ACRONYM.test(name)) return true;
  return /^The\s/.test(name) && name.split(/\s+/).length >= 3;
}

/** Strips a leading article: "The Syrian Observer" → "Syrian Observer". */
export function withoutArticle(name: string): string {
  return name.replace(/^the\s+/i, "");
}

/**
 * The publisher named in a disclaimer sentence, if any: "This article was edited by The Syrian Observer",
 * "The Syrian Observer has not verified ...", "... do not necessarily reflect those of Some Outlet".
 */
export function publisherFromDisclaimer(sentence: string): string | null {
  const by =
    /\b(?:edited|translated|republished|published|produced|prepared|syndicated)(?:\s+and\s+(?:edited|translated|published))?\s+by\s+(.+)$/i.exec(
      sentence,
    );
  if (by?.[1]) {
    const name = readProperName(by[1]);
    if (name && isOrganisationLike(name)) return name;
  }
  const subject = /^(.+?)\s+(?:has|have|had)\s+not\s+(?:been\s+)?(?:independently\s+)?verified\b/i.exec(
    sentence,
  );
  if (subject?.[1]) {
    const name = readProperName(subject[1]);
    if (name && name === subject[1].trim() && !PRONOUN_SUBJECTS.has(name.toLowerCase())) return name;
  }
  const of =
    /\bnot necessarily\s+(?:reflect|represent)\s+(?:the\s+)?(?:views?|opinions?|positions?|editorial\s+(?:policy|line|position)|those)\s+of\s+(?:the\s+)?(.+)$/i.exec(
      sentence,
    );
  if (of?.[1]) return readProperName(of[1]);
  return null;
}

/** The rights holder of a copyright line, from the text after "© 2024": "Some Monitor. All rights ..." */
export function publisherFromCopyright(rest: string): string | null {
  const name = readProperName(rest.replace(/^by\s+/i, ""));
  return name && !/^all$/i.test(name) ? name : null;
}
