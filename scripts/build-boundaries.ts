/**
 * Builds the web map's offline base layers (web/public/boundaries/*.json, committed): world
 * countries from world-atlas (Natural Earth, public domain) and Syria's governorates and districts
 * from the OCHA COD boundaries in ../shared/data/gazetteer, simplified (Douglas–Peucker) and rounded
 * so they ship in a few hundred kilobytes. Run after the source data changes:
 *   npx tsx scripts/build-boundaries.ts [--shared ../shared]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";

type Ring = [number, number][];
type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
interface Feature {
  type: "Feature";
  properties: Record<string, unknown>;
  geometry: Geometry | null;
}

const args = process.argv.slice(2);
const shared = path.resolve(
  args[args.indexOf("--shared") + 1] && args.includes("--shared")
    ? args[args.indexOf("--shared") + 1]!
    : "../shared",
);
const out = path.resolve("web/public/boundaries");

/** Perpendicular distance of p from the segment a–b, in degrees (fine at these scales). */
function distance(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function simplifyLine(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let index = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distance(points[i]!, points[first]!, points[last]!);
      if (d > max) [index, max] = [i, d];
    }
    if (index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function simplifyRing(ring: Ring, tolerance: number, digits: number): Ring | null {
  const factor = 10 ** digits;
  const rounded = simplifyLine(ring, tolerance).map(
    ([x, y]) => [Math.round(x * factor) / factor, Math.round(y * factor) / factor] as [number, number],
  );
  return rounded.length >= 4 ? rounded : null;
}

function simplify(geometry: Geometry | null, tolerance: number, digits: number): Geometry | null {
  if (!geometry) return null;
  const polygon = (rings: Ring[]) =>
    rings.map((ring) => simplifyRing(ring, tolerance, digits)).filter((ring): ring is Ring => ring !== null);
  if (geometry.type === "Polygon") {
    const rings = polygon(geometry.coordinates);
    return rings.length ? { type: "Polygon", coordinates: rings } : null;
  }
  const polygons = geometry.coordinates.map(polygon).filter((rings) => rings.length > 0);
  return polygons.length ? { type: "MultiPolygon", coordinates: polygons } : null;
}

function write(name: string, attribution: string, features: Feature[]) {
  const body = JSON.stringify({ type: "FeatureCollection", attribution, features });
  writeFileSync(path.join(out, name), body);
  process.stdout.write(`${name}: ${features.length} features, ${(body.length / 1024).toFixed(0)} KiB\n`);
}

const require = createRequire(import.meta.url);
const world = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"),
) as Topology;
const countries = feature(world, world.objects.countries as GeometryCollection) as unknown as {
  features: Feature[];
};
write(
  "world.json",
  "Natural Earth via world-atlas (public domain)",
  countries.features.map((f) => ({
    type: "Feature",
    properties: { name: f.properties.name },
    geometry: simplify(f.geometry, 0.05, 2),
  })),
);

const ocha = "OCHA Syria Common Operational Datasets (COD-AB)";
for (const [file, name, tolerance] of [
  ["syr_admin1.geojson", "syr-admin1.json", 0.004],
  ["syr_admin2.geojson", "syr-admin2.json", 0.004],
] as const) {
  const source = JSON.parse(readFileSync(path.join(shared, "data/gazetteer", file), "utf8")) as {
    features: Feature[];
  };
  write(
    name,
    ocha,
    source.features.map((f) => ({
      type: "Feature",
      properties: {
        name: f.properties.NAME_EN,
        nameAr: f.properties.NAME_ARA,
        pcode: f.properties.PCODE,
        admin1: f.properties.ADMIN1_EN ?? null,
      },
      geometry: simplify(f.geometry, tolerance, 3),
    })),
  );
}
