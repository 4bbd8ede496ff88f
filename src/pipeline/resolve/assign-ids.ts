/**
 * Gives each cluster an incident id that stays stable as reports arrive: an analyst's incident keeps
 * its id; otherwise a cluster continues the old incident it shares the most claims with; a new incident
 * gets an id derived from its first claim (and the period of its first day), so that resolving the same
 * reports gives the same ids.
 */
import crypto from "node:crypto";
import type { Cluster } from "./cluster-claims.js";
import { dayNumber } from "./date-anchor.js";

/**
 * The hex sha256 of a text: one call without a Hash object where Node has it (20.12 and later; an id is
 * made for every new incident), else through one.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha256", text, "hex")
    : (text) => crypto.createHash("sha256").update(text).digest("hex");

/**
 * A new incident id from its first claim (its id, and a counter when that id is taken): 16 hex
 * characters, of which the first two are the 16-day period of the claim's first day (wrapping every
 * eleven years; for an undated claim, hash characters like the rest). Incidents of the same weeks thus
 * sit together in every index keyed by incident id (incidents, incident_map, the claims' incident
 * index): a resolution writes the pages of the last weeks, not a random page of every index per
 * incident, which at a million claims made most of what each batch wrote. A 6-character prefix still
 * leaves four characters of hash to tell the incidents of one period apart.
 * @example newIncidentId({ id: "ab12…:0", day: "2023-01-03" }, 0) // "inc_c1…" (16 hex characters)
 */
export function newIncidentId(anchor: { id: string; day: string | null }, attempt: number): string {
  const seed = attempt === 0 ? anchor.id : `${anchor.id}#${attempt}`;
  const hash = sha256Hex(seed);
  const period = anchor.day
    ? ((dayNumber(anchor.day) >> 4) & 0xff).toString(16).padStart(2, "0")
    : hash.slice(14, 16);
  return `inc_${period}${hash.slice(0, 14)}`;
}

/**
 * Maps every cluster to an incident id. `taken` holds ids used by incidents outside this run.
 */
export function assignIncidentIds(
  clusters: readonly Cluster[],
  taken: ReadonlySet<string>,
): Map<Cluster, string> {
  const result = new Map<Cluster, string>();
  const used = new Set<string>();
  for (const cluster of clusters)
    if (cluster.fixedIncidentId && cluster.members.some((m) => m.claim.pinned || !m.claim.affected)) {
      // A context or pinned incident keeps its id (at most one cluster holds its fixed claims).
      result.set(cluster, cluster.fixedIncidentId);
      used.add(cluster.fixedIncidentId);
    }
  const rest = clusters
    .filter((c) => !result.has(c))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const cluster of rest) {
    // Claims resolved for the first time (a backlog's, all of them) have no incident to continue.
    let overlap: Map<string, number> | null = null;
    for (const { claim } of cluster.members)
      if (claim.incidentId && !used.has(claim.incidentId)) {
        overlap ??= new Map();
        overlap.set(claim.incidentId, (overlap.get(claim.incidentId) ?? 0) + 1);
      }
    const continued =
      overlap && [...overlap.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
    if (continued) {
      result.set(cluster, continued[0]);
      used.add(continued[0]);
      continue;
    }
    // The claim with the smallest id (ids differ).
    let first = cluster.members[0]!.claim;
    for (const { claim } of cluster.members) if (claim.id < first.id) first = claim;
    const anchor = { id: first.id, day: first.anchor.from };
    let attempt = 0;
    let id = newIncidentId(anchor, attempt);
    while (used.has(id) || taken.has(id)) id = newIncidentId(anchor, ++attempt);
    result.set(cluster, id);
    used.add(id);
  }
  return result;
}
