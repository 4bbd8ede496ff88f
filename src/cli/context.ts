/**
 * Shared plumbing for CLI commands: build the config from global flags, open the runtime, always close
 * it, and turn our named errors into a plain message and a non-zero exit code.
 */
import type { Command } from "commander";
import { loadConfig, type ConfigOverrides } from "../config/config.js";
import { R2pError } from "../domain/errors.js";
import { openRuntime, type Runtime } from "../services/runtime.js";

export interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
}

export function globalOverrides(command: Command): ConfigOverrides {
  const options = command.optsWithGlobals<GlobalOptions & { maxBytes?: number }>();
  return { dataDir: options.dataDir, databaseUrl: options.databaseUrl, maxBytes: options.maxBytes };
}

/** Runs `work` with an open runtime and closes it afterwards, whatever happens. */
export async function withRuntime<T>(command: Command, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig(globalOverrides(command)));
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** Prints an error for a person (code + message) and sets a failing exit code. */
export function reportFailure(error: unknown): void {
  if (error instanceof R2pError) {
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
    process.exitCode = error.status >= 500 ? 3 : 2;
    return;
  }
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}

export const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
