/**
 * Knowledge layer entry: builds the gazetteer (built-in Syrian places plus imported OCHA / GeoNames
 * tables) and the actor registry, and re-exports the pure gazetteer importers.
 */
import type { PlaceEntry } from "../domain/places.js";
import type { ActorRegistry } from "./actors/actor-registry.js";
import { builtInActorRegistry } from "./actors/built-in-actors.js";
import {
  loadBuiltinPlaceIndex,
  loadBuiltinQualifiedIndex,
  samePlace,
} from "./gazetteer/builtin-place-index.js";
import { loadBuiltinPlaces } from "./gazetteer/builtin-places.js";
import { Gazetteer } from "./gazetteer/gazetteer.js";
import { SYRIA_SUB_REGIONS } from "./gazetteer/regions.js";

export interface Knowledge {
  places: Gazetteer;
  actors: ActorRegistry;
}

export interface BuildKnowledgeOptions {
  /** Places imported by the user (OCHA communities, GeoNames dumps). */
  importedPlaces?: PlaceEntry[];
  /** Include the built-in governorates and cities-500 towns (default true). */
  includeBuiltinPlaces?: boolean;
}

/**
 * Builds the gazetteer and the actor registry. The built-in places and their index are read once per
 * process.
 * @example buildKnowledge().places.findPlaces("Saraqib")[0].entry.name // "Saraqib"
 */
export function buildKnowledge(options: BuildKnowledgeOptions = {}): Knowledge {
  return { places: buildGazetteer(options), actors: builtInActorRegistry() };
}

/**
 * The built-in places come with their index precomputed; imported places that the built-in ones
 * already hold add nothing. Any other import builds the whole index, built-in places included, so that
 * twins merge across both.
 */
function buildGazetteer(options: BuildKnowledgeOptions): Gazetteer {
  const imported = options.importedPlaces ?? [];
  if (options.includeBuiltinPlaces === false) return new Gazetteer(imported);
  const index = loadBuiltinPlaceIndex();
  if (index) {
    const base = new Gazetteer(index, SYRIA_SUB_REGIONS, loadBuiltinQualifiedIndex() ?? undefined);
    if (imported.every((p) => samePlace(base.get(p.id), p))) return base;
  }
  return new Gazetteer([...loadBuiltinPlaces(), ...imported]);
}

export { Gazetteer } from "./gazetteer/gazetteer.js";
export { ActorRegistry } from "./actors/actor-registry.js";
export type { ActorMatch, AdjectiveRule, CountryPack } from "./actors/country-pack.js";
export { SYRIA_PACK } from "./actors/syria-actors.js";
export { INTERNATIONAL_PACK } from "./actors/international-actors.js";
export { parseOchaCommunitiesCsv } from "./gazetteer/import-ocha-communities.js";
export { parseGeonamesDump } from "./gazetteer/import-geonames-dump.js";
export { parseGazetteerFile, unknownGazetteerFormat } from "./gazetteer/parse-gazetteer-file.js";
export type { GazetteerImport, ImportProblem } from "./gazetteer/import-result.js";
export type { SubRegion } from "./gazetteer/regions.js";
export { SYRIA_SUB_REGIONS } from "./gazetteer/regions.js";
export { SYRIA_GOVERNORATES } from "./gazetteer/governorates.js";
export { transliterationKey, exactKey, consonantSkeleton } from "./gazetteer/transliteration-key.js";
export { normaliseArabic } from "./gazetteer/arabic-normalise.js";
export { SourceRegistry, sourceNameKey } from "./sources/source-registry.js";
export { SYRIA_SOURCES } from "./sources/syria-sources.js";
