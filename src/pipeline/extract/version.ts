/**
 * The extraction stage's version, in a module of its own so that services keying extraction jobs
 * (ingest, re-parse) can read it without loading the stage (NLP model, date parser).
 */

/** Bump when the output for the same input changes. */
export const EXTRACTOR_VERSION = "102";
