/**
 * The runtime every entry point shares (CLI, server, workers): configuration, the store, and the
 * knowledge (gazetteer + actors), whose code and data are loaded on first use, once per process, and
 * rebuilt after a gazetteer import.
 */
import { mkdir } from "node:fs/promises";
import type { Config } from "../config/config.js";
import type { Store } from "../storage/ports.js";
import { openStore } from "../storage/open-store.js";
import type { Knowledge } from "../knowledge/index.js";
import type { SourceRegistry } from "../knowledge/sources/source-registry.js";

export interface Runtime {
  config: Config;
  store: Store;
  /** Gazetteer and actor registry including the user's imported places. */
  knowledge(): Promise<Knowledge>;
  /** Forget the cached knowledge (after `gazetteer import`). */
  invalidateKnowledge(): void;
  /** The source registry as stored (the built-in Syria seed is added on first use; edits win). */
  sources(): Promise<SourceRegistry>;
  /** Forget the cached registry (after `sources add|edit`). */
  invalidateSources(): void;
  close(): Promise<void>;
}

/**
 * Opens the store and wires the knowledge. `readThreads` (SQLite) moves reads onto worker threads,
 * for a server; commands that run and exit read on the main connection.
 */
export async function openRuntime(config: Config, options: { readThreads?: number } = {}): Promise<Runtime> {
  await mkdir(config.dataDir, { recursive: true });
  const store = await openStore({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    databaseSchema: config.databaseSchema,
    databasePoolSize: config.databasePoolSize,
    readThreads: options.readThreads,
  });
  let cached: Promise<Knowledge> | null = null;
  let registry: Promise<SourceRegistry> | null = null;
  return {
    config,
    store,
    knowledge() {
      return (cached ??= Promise.all([store.places.allPlaces(), import("../knowledge/index.js")]).then(
        ([importedPlaces, { buildKnowledge }]) => buildKnowledge({ importedPlaces }),
      ));
    },
    invalidateKnowledge() {
      cached = null;
    },
    sources() {
      // A failed load is not cached: the next call tries again.
      const load = async () => {
        const [{ SourceRegistry }, { SYRIA_SOURCES }] = await Promise.all([
          import("../knowledge/sources/source-registry.js"),
          import("../knowledge/sources/syria-sources.js"),
        ]);
        await store.sources.seed(SYRIA_SOURCES, "system:seed");
        return new SourceRegistry(await store.sources.list());
      };
      return (registry ??= load().catch((error: unknown) => {
        registry = null;
        throw error;
      }));
    },
    invalidateSources() {
      registry = null;
    },
    close: () => store.close(),
  };
}
