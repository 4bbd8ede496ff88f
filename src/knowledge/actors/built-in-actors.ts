/**
 * The actor registry built into the package (the Syria pack and the international one), in a module
 * of its own so that a thread that needs only actors (services/backlog-undated-thread.ts) does not load
 * the gazetteer with knowledge/index.ts.
 */
import { ActorRegistry } from "./actor-registry.js";
import { INTERNATIONAL_PACK } from "./international-actors.js";
import { SYRIA_PACK } from "./syria-actors.js";

/** A new registry of the built-in actors. @example const actors = builtInActorRegistry() */
export function builtInActorRegistry(): ActorRegistry {
  return new ActorRegistry([SYRIA_PACK, INTERNATIONAL_PACK]);
}
