/**
 * One zod-validated configuration, read once from the environment and CLI flags. Every command takes
 * its data folder from --data-dir or R2P_DATA_DIR (default ./r2p-data).
 */
import path from "node:path";
import { z } from "zod";
import { errors } from "../domain/errors.js";

const Config = z.object({
  dataDir: z.string().min(1),
  /** postgres://… to use PostgreSQL; unset means the embedded SQLite file under dataDir. */
  databaseUrl: z.string().url().nullable(),
  /** PostgreSQL schema to use (tests use a fresh one per run). */
  databaseSchema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default("public"),
  maxReportBytes: z.number().int().positive(),
  host: z.string().min(1),
  port: z.number().int().min(0).max(65535),
  /** Bootstrap admin bearer token (R2P_API_TOKEN), for scripts before any user exists; optional. */
  apiToken: z.string().min(16).nullable(),
  /** R2P_PUBLIC_READS=1: anyone may read (GET) without logging in; writes still need a user. */
  publicReads: z.boolean(),
  inboxPollMs: z.number().int().positive(),
  /** How long an inbox file must stay unchanged (size and mtime) before it is taken. */
  inboxSettleMs: z.number().int().min(0),
  /** Wall-clock limit of one job (and of parsing one document) in a worker thread. */
  jobTimeoutMs: z.number().int().positive(),
  /** Heap limit of each worker thread, in MB. */
  jobMemoryMb: z.number().int().min(64),
  /**
   * Jobs of a batchable kind (resolve-report) one worker thread runs together, in one transaction
   * (R2P_JOB_BATCH, default 200; 1 runs each job alone).
   */
  jobBatchSize: z.number().int().min(1).max(5000),
  /** Worker threads running jobs; null = one per core (one core left to the API under `serve`). */
  workerThreads: z.number().int().positive().nullable(),
  /** SQLite read connections on worker threads for `r2p serve`; null = one per core, at most 4. */
  readThreads: z.number().int().min(0).nullable(),
  /** PostgreSQL connections in the pool (reads and writes run on them in parallel). */
  databasePoolSize: z.number().int().min(1).max(200),
  /** Requests per minute per client address; 0 turns the limit off. /health is never limited. */
  rateLimit: z.number().int().min(0),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  /** SMTP server for e-mail alerts (smtp:// or smtps://); e-mail deliveries fail plainly without one. */
  smtpUrl: z
    .string()
    .regex(/^smtps?:\/\//, "R2P_SMTP_URL must start with smtp:// or smtps://")
    .nullable(),
  mailFrom: z.string().min(3),
  /** Public base URL of this instance, for links in alert payloads and the Atom feed. */
  publicUrl: z.string().url().nullable(),
  /** How often `r2p serve` re-assesses (when data changed) and sends due alert deliveries. */
  assessIntervalMs: z.number().int().min(1000),
});
export type Config = z.infer<typeof Config>;

export interface ConfigOverrides {
  dataDir?: string;
  databaseUrl?: string;
  maxBytes?: number;
  host?: string;
  port?: number;
}

const int = (value: string | undefined, fallback: number) =>
  value === undefined || value === "" ? fallback : Number(value);

/** Builds the configuration from flags (first) and the environment (second). */
export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Config.safeParse({
    dataDir: path.resolve(overrides.dataDir ?? env.R2P_DATA_DIR ?? "./r2p-data"),
    databaseUrl: overrides.databaseUrl ?? (env.R2P_DATABASE_URL || null),
    databaseSchema: env.R2P_DATABASE_SCHEMA || "public",
    maxReportBytes: overrides.maxBytes ?? int(env.R2P_MAX_REPORT_BYTES, 10 * 1024 * 1024),
    host: overrides.host ?? env.R2P_HOST ?? "127.0.0.1",
    port: overrides.port ?? int(env.R2P_PORT ?? env.PORT, 8080),
    apiToken: env.R2P_API_TOKEN || null,
    publicReads: env.R2P_PUBLIC_READS === "1" || env.R2P_PUBLIC_READS === "true",
    inboxPollMs: int(env.R2P_INBOX_POLL_MS, 1000),
    inboxSettleMs: int(env.R2P_INBOX_SETTLE_MS, 5000),
    jobTimeoutMs: int(env.R2P_JOB_TIMEOUT_MS, 120_000),
    jobMemoryMb: int(env.R2P_JOB_MEMORY_MB, 1024),
    jobBatchSize: int(env.R2P_JOB_BATCH, 200),
    workerThreads: env.R2P_WORKER_THREADS ? Number(env.R2P_WORKER_THREADS) : null,
    readThreads: env.R2P_READ_THREADS ? Number(env.R2P_READ_THREADS) : null,
    databasePoolSize: int(env.R2P_DATABASE_POOL_SIZE, 10),
    rateLimit: int(env.R2P_RATE_LIMIT, 600),
    logLevel: env.R2P_LOG_LEVEL ?? "info",
    smtpUrl: env.R2P_SMTP_URL || null,
    mailFrom: env.R2P_MAIL_FROM || "r2p-watch@localhost",
    publicUrl: env.R2P_PUBLIC_URL || null,
    assessIntervalMs: int(env.R2P_ASSESS_INTERVAL_MS, 60_000),
  });
  if (!parsed.success) {
    throw errors.config(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  return parsed.data;
}
