/**
 * Shared plumbing for CLI commands: build the config from global flags, open the runtime, always close
 * it, and turn our named errors into a plain message and a non-zero exit code. Config, storage and
 * services are imported when a command runs, not when it is registered, so `r2p --help` stays instant.
 */
import type { Command } from "commander";
import type { Config, ConfigOverrides } from "../config/config.js";
import { R2pError, errors } from "../domain/errors.js";
import type { Runtime } from "../services/runtime.js";
import { mapStack } from "./source-stack.js";

export interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
}

export function globalOverrides(command: Command): ConfigOverrides {
  const options = command.optsWithGlobals<GlobalOptions & { maxBytes?: number }>();
  return { dataDir: options.dataDir, databaseUrl: options.databaseUrl, maxBytes: options.maxBytes };
}

/** The configuration a command's runtime opens with (global flags, then the environment). */
export async function commandConfig(command: Command, overrides: ConfigOverrides = {}): Promise<Config> {
  const { loadConfig } = await import("../config/config.js");
  return loadConfig({ ...globalOverrides(command), ...overrides });
}

/** Opens the runtime (config from flags and environment, then the store); the caller closes it. */
export async function openCommandRuntime(
  command: Command,
  overrides: ConfigOverrides = {},
  options: { server?: boolean } = {},
): Promise<Runtime> {
  const [config, { openRuntime }] = await Promise.all([
    commandConfig(command, overrides),
    import("../services/runtime.js"),
  ]);
  // A server reads on worker threads (SQLite) so concurrent requests never queue on its event loop.
  const readThreads = options.server
    ? (config.readThreads ?? Math.min(4, (await import("node:os")).availableParallelism()))
    : 0;
  return openRuntime(config, { readThreads });
}

/** Runs `work` with an open runtime and closes it afterwards, whatever happens. */
export async function withRuntime<T>(command: Command, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openCommandRuntime(command);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** Throws INVALID_DATE unless `value` is absent or a real YYYY-MM-DD date. */
export async function checkDateFlag(value: string | undefined): Promise<void> {
  if (value === undefined) return;
  const { isoDate } = await import("../domain/report.js");
  if (!isoDate.safeParse(value).success) throw errors.invalidDate(value);
}

/** Prints an error for a person (code + message) and sets a failing exit code. */
export function reportFailure(error: unknown): void {
  if (error instanceof R2pError) {
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
    process.exitCode = error.status >= 500 ? 3 : 2;
    return;
  }
  process.stderr.write(
    `error: ${error instanceof Error ? mapStack(error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}

export const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** A terminal progress bar (cli-progress), loaded only when one is shown. */
export async function progressBar() {
  const { SingleBar, Presets } = await import("cli-progress");
  return new SingleBar({ clearOnComplete: true }, Presets.shades_classic);
}
