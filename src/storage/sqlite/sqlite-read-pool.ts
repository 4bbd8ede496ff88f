/**
 * Reads off the event loop for the embedded store: a Kysely instance whose queries run on a pool of
 * worker threads, each with its own connection to the SQLite file (WAL lets readers run beside the
 * writer and each other). better-sqlite3 is synchronous, so on the main thread every read blocks the
 * server until it returns and concurrent requests queue one behind another; here they run in
 * parallel and the event loop only forwards them. Read-only: a transaction or a write is refused.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { compiledEntry } from "../../config/compiled-entry.js";
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from "kysely";
import type { Database } from "../schema.js";
import { SQLITE_FILE_NAME } from "./sqlite-dialect.js";

interface Reader {
  worker: Worker;
  inFlight: number;
  /** Statements for this thread not yet posted: sent together at the end of the current tick. */
  outbox: ReadRequest[];
}

/** What a read thread is sent and answers, in batches (see sqlite-read-thread.ts). */
export interface ReadRequest {
  id: number;
  sql: string;
  parameters: readonly unknown[];
}
export interface ReadReply {
  id: number;
  rows?: unknown[];
  error?: { code?: string; message: string };
}

interface Waiting {
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
  reader: Reader;
}

/** Threads run the compiled entry (a build entry point: see scripts/build-ts.mjs). */
function readThreadEntry(): URL {
  return pathToFileURL(compiledEntry("storage/sqlite/sqlite-read-thread.js"));
}

class ReadThreadsDriver implements Driver {
  private readonly readers: Reader[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  constructor(
    private readonly file: string,
    private readonly threads: number,
  ) {}

  async init(): Promise<void> {
    const entry = readThreadEntry();
    for (let i = 0; i < this.threads; i++) {
      const worker = new Worker(entry, { workerData: { file: this.file } });
      const reader: Reader = { worker, inFlight: 0, outbox: [] };
      worker.on("message", (replies: ReadReply[]) => {
        for (const reply of replies) {
          const waiting = this.waiting.get(reply.id);
          if (!waiting) continue;
          this.waiting.delete(reply.id);
          reader.inFlight--;
          if (reply.error)
            waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
          else waiting.resolve(reply.rows ?? []);
        }
        if (reader.inFlight === 0) worker.unref();
      });
      worker.on("error", (error) => {
        for (const [id, waiting] of this.waiting)
          if (waiting.reader === reader) {
            this.waiting.delete(id);
            waiting.reject(error);
          }
      });
      worker.unref();
      this.readers.push(reader);
    }
  }

  /**
   * Sends one statement to the least busy thread. Statements issued in the same tick travel in one
   * message per thread: under load a hundred requests arrive together, and each message costs the
   * event loop a structured clone and a wake-up of the thread, more than a small query itself.
   */
  run(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    const reader = this.readers.reduce((best, r) => (r.inFlight < best.inFlight ? r : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, reader });
      if (reader.inFlight++ === 0) reader.worker.ref();
      if (reader.outbox.push({ id, sql, parameters }) === 1)
        setImmediate(() => reader.worker.postMessage(reader.outbox.splice(0)));
    });
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => ({
        rows: (await this.run(query.sql, query.parameters)) as R[],
      }),
      streamQuery: () => {
        throw new Error("the SQLite read pool does not stream; use the main connection");
      },
    };
  }

  async beginTransaction(): Promise<void> {
    throw new Error("the SQLite read pool is read-only: run transactions on the main connection");
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    await Promise.all(this.readers.splice(0).map((reader) => reader.worker.terminate()));
  }
}

/**
 * Opens `threads` read connections to `<dataDir>/r2p.sqlite` (which must exist: open the main
 * connection and migrate first) behind one Kysely instance for read-only queries.
 *
 * @example const readDb = createSqliteReadDb("./r2p-data", 2); await readDb.selectFrom("reports").selectAll().execute();
 */
export function createSqliteReadDb(dataDir: string, threads: number): Kysely<Database> {
  const driver = new ReadThreadsDriver(path.join(dataDir, SQLITE_FILE_NAME), threads);
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => driver,
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}
