/**
 * Resolution stage: claims from all reports → incidents (one event at one place and day), with their
 * independent sources, corroboration grade and the explanation of every merge. Pure: the job reads the
 * claims around the new ones from the store (the place + day index), calls this, and writes the result.
 *
 * Two entry functions, because the store query sits between them: `prepareClaims` turns a report's
 * claims into resolvable ones (date anchor, place keys, source), and `resolveIncidents` clusters a
 * working set (the new claims plus every claim they could interact with) into incidents.
 */
import type { Incident, MergeExplanation } from "../../domain/incident.js";
import { assignIncidentIds } from "./assign-ids.js";
import { buildIncident, type BuildDeps, type IncidentMeta } from "./build-incident.js";
import { clusterClaims, type Cluster } from "./cluster-claims.js";
import type { CompareDeps } from "./compare-claims.js";
import type { WorkingClaim } from "./resolvable-claim.js";

export { RESOLVER_VERSION } from "./version.js";

export interface ResolveInput {
  /** The working set: claims being (re)placed, and the context they are compared with. */
  claims: WorkingClaim[];
  /** Stored facts (review, analyst edits) of every incident the working claims are in now. */
  incidents: IncidentMeta[];
  /** Incident ids in use outside the working set (never reused for a new incident). */
  takenIds?: ReadonlySet<string>;
  /** ISO timestamp for createdAt/updatedAt of what changes. */
  now: string;
}

export type ResolveDeps = CompareDeps & BuildDeps;

export interface ClaimPlacement {
  claim: WorkingClaim;
  incidentId: string;
  match: MergeExplanation;
}

export interface ResolveOutput {
  /** Incidents whose claims or content may have changed, rebuilt in full. */
  incidents: Incident[];
  /** Where every claim of the working set now sits. */
  placements: ClaimPlacement[];
  /** Incidents left without any claim. */
  deleted: string[];
}

function changed(cluster: Cluster, id: string): boolean {
  return cluster.members.some((m) => m.claim.affected || m.claim.incidentId !== id);
}

/**
 * Clusters the working set and rebuilds the incidents it touches.
 * @example resolveIncidents({ claims, incidents: [], now }, deps).incidents.length // 1 for two reports of one strike
 */
export function resolveIncidents(input: ResolveInput, deps: ResolveDeps): ResolveOutput {
  return incidentsOfClusters(clusterClaims(input.claims, deps), input, deps);
}

/**
 * Names the clusters of a run (stable ids) and rebuilds the incidents whose claims changed: the second
 * half of `resolveIncidents`, also run on the clusters the bulk resolution of a backlog finishes
 * (windowed-clustering.ts). `ids`: the clusters' ids named beforehand (`assignIncidentIds` over these
 * clusters or more, with the same taken ids), so that the clusters of one run can be built a part at
 * a time.
 */
export function incidentsOfClusters(
  clusters: readonly Cluster[],
  input: Omit<ResolveInput, "claims">,
  deps: ResolveDeps,
  ids: ReadonlyMap<Cluster, string> = assignIncidentIds(clusters, input.takenIds ?? new Set()),
): ResolveOutput {
  const metas = new Map(input.incidents.map((meta) => [meta.id, meta]));
  const before = new Map<string, Set<string>>();
  for (const cluster of clusters)
    for (const { claim } of cluster.members)
      if (claim.incidentId) {
        let set = before.get(claim.incidentId);
        if (!set) before.set(claim.incidentId, (set = new Set()));
        set.add(claim.id);
      }

  const incidents: Incident[] = [];
  const placements: ClaimPlacement[] = [];
  const kept = new Set<string>();
  for (const cluster of clusters) {
    const id = ids.get(cluster) as string;
    kept.add(id);
    for (const member of cluster.members)
      placements.push({ claim: member.claim, incidentId: id, match: member.match });
    const previous = before.get(id);
    const sameMembers =
      previous !== undefined &&
      previous.size === cluster.members.length &&
      cluster.members.every((m) => previous.has(m.claim.id));
    if (sameMembers && !changed(cluster, id)) continue;
    const meta: IncidentMeta = metas.get(id) ?? {
      id,
      review: { status: "unreviewed", by: null, at: null },
      overrides: null,
      pinned: false,
      createdAt: input.now,
    };
    incidents.push(buildIncident(cluster.members, meta, deps, input.now));
  }
  const deleted = [...new Set([...before.keys(), ...metas.keys()])].filter((id) => !kept.has(id)).sort();
  return { incidents, placements, deleted };
}

export { prepareClaims, type PrepareDeps } from "./prepare-claims.js";
export { assignIncidentIds } from "./assign-ids.js";
export { compatibleTypes } from "./event-compatibility.js";
export { searchKeys, neighbourCells } from "./place-match.js";
export { MAX_WINDOW_DAYS, addDays } from "./date-anchor.js";
export {
  buildIncident,
  applyOverrides,
  type IncidentMeta,
  type IncidentOverrides,
} from "./build-incident.js";
export type { ResolvableClaim, WorkingClaim, ReportContext, ClaimSource } from "./resolvable-claim.js";
export { workingClaim } from "./resolvable-claim.js";
export type { SourceLookup } from "./attribute-source.js";
export { WindowedClustering } from "./windowed-clustering.js";
export {
  acceptProposals,
  byId,
  ClusterBuilder,
  crowdedOut,
  joinProposal,
  MAX_UNDATED_FITS,
  proposeUndatedClaim,
  undatedSeed,
  type Candidate,
  type UndatedProposal,
  undatedCouldJoin,
  undatedFits,
  type Cluster,
  type ClusterMember,
} from "./cluster-claims.js";
export {
  agreeingAttackers,
  canAnchorUndated,
  mayShareByEntry,
  mayShareIncident,
  undatedEntryMayAnchor,
  undatedMayJoin,
  type CompareDeps,
} from "./compare-claims.js";
