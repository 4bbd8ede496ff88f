/** Great-circle distance, used to merge duplicate places and to rank candidates near a report's others. */

const EARTH_RADIUS_KM = 6371;

/**
 * Haversine distance in kilometres.
 * @example distanceKm({ lat: 35.93, lon: 36.63 }, { lat: 36.2, lon: 37.13 }) // ≈ 54
 */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
