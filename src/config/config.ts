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
  /** Bearer token for write endpoints; writes are refused when unset. */
  apiToken: z.string().min(16).nullable(),
  inboxPollMs: z.number().int().positive(),
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
    inboxPollMs: int(env.R2P_INBOX_POLL_MS, 1000),
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
