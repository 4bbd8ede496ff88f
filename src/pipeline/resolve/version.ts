/** The resolver's version, apart from the stage so that ingestion can name resolve jobs without loading it. */

/** Bump when the same claims resolve differently: stored reports are then re-resolved. */
export const RESOLVER_VERSION = "7";
