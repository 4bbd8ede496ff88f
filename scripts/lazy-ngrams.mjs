/**
 * eld's n-gram table as build:ts bundles it (see ngramsLazy in build-ts.mjs): the sorted n-grams and
 * their scores as two strings, read by binary search when eld asks for an n-gram, each entry decoded
 * once. An absent n-gram is remembered too (as null), not searched for again at each of its
 * occurrences. Plain JavaScript: it runs during `npm install`.
 */

/** Separates entries in the two strings (a control character: no n-gram contains it, checked). */
const ENTRY_SEPARATOR = "\u0001";

/** An entry's scores as "index:score,index:score" (both integers, checked). */
const encodeScores = (scores) =>
  Object.entries(scores)
    .map(([index, score]) => {
      if (!/^\d+$/.test(index) || !Number.isInteger(score))
        throw new Error(`build:ts: unexpected eld n-gram score ${index}: ${score}; check the eld version`);
      return `${index}:${score}`;
    })
    .join(",");

/** The decoder, as it runs in dist/ (kept in step with encodeScores). */
function decodeScores(encoded) {
  const scores = {};
  if (encoded === "") return scores;
  for (const pair of encoded.split(",")) {
    const colon = pair.indexOf(":");
    scores[pair.slice(0, colon)] = Number(pair.slice(colon + 1));
  }
  return scores;
}

/**
 * The module text that replaces eld's n-gram table: same `ngramsData` export, entries read lazily.
 * @param {{ type: string, languages: Record<string, string>, ngrams: Record<string, Record<string, number>> }} ngramsData
 * @returns {string}
 */
export function lazyNgramsModule(ngramsData) {
  const keys = Object.keys(ngramsData.ngrams).sort();
  if (keys.some((key) => key.includes(ENTRY_SEPARATOR)))
    throw new Error("build:ts: an eld n-gram contains the entry separator; pick another one");
  const scores = keys.map((key) => encodeScores(ngramsData.ngrams[key]));
  for (const [i, key] of keys.entries())
    if (JSON.stringify(decodeScores(scores[i])) !== JSON.stringify(ngramsData.ngrams[key]))
      throw new Error(`build:ts: eld n-gram ${JSON.stringify(key)} does not round-trip`);
  const { ngrams: _table, ...rest } = ngramsData;
  return `const KEYS = ${JSON.stringify(keys.join(ENTRY_SEPARATOR))};
const SCORES = ${JSON.stringify(scores.join(ENTRY_SEPARATOR))};
let keys = null;
let scores = null;
const decoded = new Map();
${decodeScores.toString()}
/** Index of \`key\` among the sorted n-grams, or -1 (binary search; \`<\` orders as Array#sort does). */
function indexOf(key) {
  keys ??= KEYS.split(${JSON.stringify(ENTRY_SEPARATOR)});
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const probe = keys[middle];
    if (probe === key) return middle;
    if (probe < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
function entry(key) {
  if (typeof key !== "string") return undefined;
  let value = decoded.get(key);
  if (value === undefined) {
    const index = indexOf(key);
    if (index < 0) value = null;
    else {
      scores ??= SCORES.split(${JSON.stringify(ENTRY_SEPARATOR)});
      value = decodeScores(scores[index]);
    }
    decoded.set(key, value);
  }
  return value ?? undefined;
}
const ngrams = new Proxy(Object.create(null), {
  get: (_target, key) => entry(key),
  has: (_target, key) => entry(key) !== undefined,
});
export const ngramsData = { ...${JSON.stringify(rest)}, ngrams };
`;
}
