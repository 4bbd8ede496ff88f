/** How long a SQLite connection waits for another connection's lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
