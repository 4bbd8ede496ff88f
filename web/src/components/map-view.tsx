/**
 * The incident map: offline base layers from the shipped boundaries (world countries, Syria's
 * governorates and districts), and server-side clusters for the visible box, reloaded on every move.
 * Marker labels are built as DOM text, never as HTML strings.
 */
import { useEffect, useRef } from "preact/hooks";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { api, query } from "../api";
import { bestGrade, GRADE_COLOURS, label } from "../format";
import type { Filter } from "./filters";

interface Cluster {
  lat: number;
  lon: number;
  count: number;
  killed: number;
  /** How many of the incidents have a reported killed figure. */
  killedKnown: number;
  grades: Record<string, number>;
  id: string | null;
  eventType: string | null;
}

async function baseLayers(map: L.Map) {
  const load = (name: string) =>
    fetch(`/boundaries/${name}.json`).then((r) => r.json() as Promise<GeoJSON.FeatureCollection>);
  const [world, admin1, admin2] = await Promise.all([load("world"), load("syr-admin1"), load("syr-admin2")]);
  L.geoJSON(world, {
    interactive: false,
    style: { color: "#9aa5b1", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 },
  }).addTo(map);
  const districts = L.geoJSON(admin2, {
    interactive: false,
    style: { color: "#b8b2a4", weight: 0.5, fill: false },
  });
  L.geoJSON(admin1, { interactive: false, style: { color: "#6e6a60", weight: 1, fill: false } }).addTo(map);
  const showDistricts = () => (map.getZoom() >= 8 ? districts.addTo(map) : districts.remove());
  map.on("zoomend", showDistricts);
  showDistricts();
  map.attributionControl.addAttribution("Boundaries: Natural Earth (world-atlas), OCHA Syria COD-AB");
}

/** "killed unknown" when no incident has a figure; a sum over some incidents is a floor ("at least"). */
function killedText(cluster: Cluster): string {
  if (cluster.killedKnown === 0) return "killed unknown";
  return cluster.killedKnown < cluster.count
    ? `at least ${cluster.killed} killed`
    : `${cluster.killed} killed`;
}

function markerFor(cluster: Cluster, onOpen: (id: string) => void, map: L.Map): L.Marker {
  const grade = bestGrade(cluster.grades);
  const element = document.createElement("div");
  element.className = "r2p-marker-body";
  element.style.backgroundColor = GRADE_COLOURS[grade] ?? "#57606a";
  if (cluster.count > 1) element.textContent = String(cluster.count);
  const size = cluster.count > 1 ? Math.min(48, 22 + 5 * Math.log2(cluster.count)) : 16;
  const title =
    cluster.count > 1
      ? `${cluster.count} incidents, ${killedText(cluster)}: zoom in`
      : `${label(cluster.eventType ?? "incident")}, ${grade}, ${killedText(cluster)}: open`;
  const marker = L.marker([cluster.lat, cluster.lon], {
    icon: L.divIcon({ html: element, className: `r2p-marker r2p-grade-${grade}`, iconSize: [size, size] }),
    title,
    alt: title,
    keyboard: true,
  });
  marker.on("click", () => {
    if (cluster.id) onOpen(cluster.id);
    else map.setView([cluster.lat, cluster.lon], Math.min(18, map.getZoom() + 2));
  });
  return marker;
}

export function MapView(props: {
  filter: Filter;
  onOpen: (id: string) => void;
  onLoaded?: (total: number) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const state = useRef<{ map: L.Map; markers: L.LayerGroup; load: () => void } | null>(null);
  const filterRef = useRef(props.filter);
  filterRef.current = props.filter;

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { minZoom: 2, maxZoom: 16, worldCopyJump: true }).setView(
      [35.2, 38.5],
      7,
    );
    const markers = L.layerGroup().addTo(map);
    let generation = 0;
    let fitPending = true;
    const load = async () => {
      const mine = ++generation;
      const bounds = map.getBounds();
      const bbox = [
        Math.max(-180, bounds.getWest()),
        Math.max(-90, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(90, bounds.getNorth()),
      ]
        .map((n) => n.toFixed(4))
        .join(",");
      const result = await api<{
        clusters: Cluster[];
        total: number;
        extent: [number, number, number, number] | null;
      }>(`/api/map/clusters${query({ ...filterRef.current, bbox, zoom: map.getZoom() })}`);
      if (mine !== generation) return;
      // First data for this filter: fit the map to it once, then follow the user's moves.
      if (fitPending && result.extent) {
        fitPending = false;
        const [west, south, east, north] = result.extent;
        const target = L.latLngBounds([south, west], [north, east]).pad(0.3);
        // Fitting moves the map, and the move reloads the clusters for the new view.
        map.fitBounds(target, { maxZoom: 11 });
      }
      markers.clearLayers();
      for (const cluster of result.clusters) markerFor(cluster, (id) => props.onOpen(id), map).addTo(markers);
      container.current?.setAttribute("data-markers", String(result.clusters.length));
      props.onLoaded?.(result.total);
    };
    map.on("moveend", () => void load());
    state.current = {
      map,
      markers,
      load: () => {
        fitPending = true;
        void load();
      },
    };
    void baseLayers(map);
    return () => {
      map.remove();
      state.current = null;
    };
  }, []);

  useEffect(() => state.current?.load(), [JSON.stringify(props.filter)]);

  return <div class="map" ref={container} role="region" aria-label="Map of incidents" />;
}
