/**
 * Gives each cluster an incident id that stays stable as reports arrive: an analyst's incident keeps
 * its id; otherwise a cluster continues the old incident it shares the most claims with; a new incident
 * gets an id derived from its first claim, so that resolving the same reports gives the same ids.
 */
import { createHash } from "node:crypto";
import type { Cluster } from "./cluster-claims.js";

/**
 * A new incident id from the id of its first claim (and a counter when that id is taken).
 * @example newIncidentId("ab12…:0", 0) // "inc_3f…" (16 hex characters)
 */
export function newIncidentId(anchorClaimId: string, attempt: number): string {
  const seed = attempt === 0 ? anchorClaimId : `${anchorClaimId}#${attempt}`;
  return `inc_${createHash("sha256").update(seed).digest("hex").slice(0, 16)}`;
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
    const overlap = new Map<string, number>();
    for (const { claim } of cluster.members)
      if (claim.incidentId && !used.has(claim.incidentId))
        overlap.set(claim.incidentId, (overlap.get(claim.incidentId) ?? 0) + 1);
    const continued = [...overlap.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
    if (continued) {
      result.set(cluster, continued[0]);
      used.add(continued[0]);
      continue;
    }
    const anchor = [...cluster.members].map((m) => m.claim.id).sort()[0] as string;
    let attempt = 0;
    let id = newIncidentId(anchor, attempt);
    while (used.has(id) || taken.has(id)) id = newIncidentId(anchor, ++attempt);
    result.set(cluster, id);
    used.add(id);
  }
  return result;
}
