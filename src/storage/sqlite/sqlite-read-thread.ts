/**
 * Entry point of a SQLite read thread (started by sqlite-read-pool.ts, never imported): one connection
 * to the database file that only reads (query_only), running the statements the main thread sends
 * and answering with their rows. WAL lets several such readers run beside the one writer.
 */
import { parentPort, workerData } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-busy.js";

const database = new BetterSqlite3((workerData as { file: string }).file, { fileMustExist: true });
database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
database.pragma("query_only = ON");
const statements = new Map<string, BetterSqlite3.Statement>();

parentPort?.on("message", (message: { id: number; sql: string; parameters: unknown[] }) => {
  try {
    let statement = statements.get(message.sql);
    if (!statement) {
      statement = database.prepare(message.sql);
      // Bounded: queries are built from a fixed set of shapes, but keep a runaway set from growing.
      if (statements.size > 500) statements.clear();
      statements.set(message.sql, statement);
    }
    const rows = statement.reader ? statement.all(...message.parameters) : [];
    parentPort?.postMessage({ id: message.id, rows });
  } catch (error) {
    const { code, message: text } = error as { code?: string; message: string };
    parentPort?.postMessage({ id: message.id, error: { code, message: text } });
  }
});
