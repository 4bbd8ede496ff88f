/**
 * Entry point of a SQLite read thread (started by sqlite-read-pool.ts, never imported): one connection
 * to the database file that only reads (query_only), running the statements the main thread sends
 * and answering with their rows. WAL lets several such readers run beside the one writer.
 */
import { parentPort, workerData } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-busy.js";
import type { ReadReply, ReadRequest } from "./sqlite-read-pool.js";

const database = new BetterSqlite3((workerData as { file: string }).file, { fileMustExist: true });
database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
database.pragma("query_only = ON");
const statements = new Map<string, BetterSqlite3.Statement>();

function answer(request: ReadRequest): ReadReply {
  try {
    let statement = statements.get(request.sql);
    if (!statement) {
      statement = database.prepare(request.sql);
      // Bounded: queries are built from a fixed set of shapes, but keep a runaway set from growing.
      if (statements.size > 500) statements.clear();
      statements.set(request.sql, statement);
    }
    return { id: request.id, rows: statement.reader ? statement.all(...request.parameters) : [] };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return { id: request.id, error: { code, message } };
  }
}

// Statements come in batches (those issued in one tick of the main thread) and go back the same way.
parentPort?.on("message", (batch: ReadRequest[]) => {
  parentPort?.postMessage(batch.map(answer));
});
