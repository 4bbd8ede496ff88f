/** Types of lazy-ngrams.mjs (plain JavaScript, run by `npm install`). */
export function lazyNgramsModule(ngramsData: {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}): string;
