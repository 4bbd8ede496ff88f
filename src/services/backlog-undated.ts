/**
 * The undated claims of a backlog (backlog-resolve.ts), decided together once every dated claim is
 * stored, instead of each going through the incremental path: rule 3 reads only the dated incidents
 * as rules 1 and 2 left them, so the result is `clusterClaims`'s over all the claims at once.
 * 1. In batches (the caller's, sorted by place, so the claims of one place share its history's pages and
 *    its incidents): each claim's search of its place's dated history (`undatedHistoryQuery`, stopping
 *    past MAX_UNDATED_FITS), the incidents of the claims it found read once for the batch, and rule 3
 *    decided in memory (`proposeUndatedClaim`) against those incidents only (no other can take it). A
 *    claim whose place is too crowded is only said to be crowded out when some incident would take it:
 *    when none of those found would, its whole history is searched. The claims that stay alone are
 *    written at once, each as a new incident.
 * 2. The proposals, all at once (`acceptProposals`: two claims the hard rules keep apart never join one
 *    incident, the better fit first), then each incident that takes claims is rebuilt and written once.
 * Each transaction goes through the caller's `transact`, which stops the run when another resolver
 * wrote since its last write: step 2 writes what step 1 decided on the store as it was then.
 */
import type { MergeExplanation } from "../domain/incident.js";
import type { ResolvableClaim } from "../domain/resolution.js";
import {
  acceptProposals,
  byId,
  ClusterBuilder,
  incidentsOfClusters,
  joinProposal,
  MAX_UNDATED_FITS,
  proposeUndatedClaim,
  RESOLVER_VERSION,
  undatedFits,
  undatedSeed,
  type Candidate,
  type Cluster,
  type CompareDeps,
  type IncidentMeta,
  type ResolveDeps,
  type UndatedProposal,
  type WorkingClaim,
  workingClaim,
} from "../pipeline/resolve/index.js";
import type {
  Actor,
  ChangeAudit,
  ClaimQuery,
  IncidentReads,
  IncidentTransaction,
  PlacedClaim,
} from "../storage/ports.js";
import { applyOutput, withFreeIds, type ResolvedReportRow } from "./resolve-service.js";
import { searchFurther, trackedHistoryQuery, WHOLE_HISTORY } from "./resolve-working-set.js";

export interface UndatedPassHooks {
  /** Runs `work` in one transaction of the bulk run (which checks that no one else wrote since). */
  transact: <T>(work: (tx: IncidentTransaction) => Promise<T>) => Promise<T>;
  /** A claim of this report is now stored. */
  settle: (reportId: string) => void;
  /** The resolved_reports rows of the reports now complete, for the next write. */
  takeResolved: () => ResolvedReportRow[];
  /** Given, step 1 reads and writes apart, so that its writes overlap the next batch's reads. */
  apart?: ApartWrites;
}

/**
 * Step 1 with its writes on another connection (the bulk run's writer thread): each batch decided on a
 * read without the resolution lock (`read`), its claims that stay alone handed to `writeFresh`
 * as new incidents, which writes them while the next batch is read. Nothing step 1 reads is what it
 * writes: the searches read dated index rows and the incidents of dated claims, and it writes undated
 * claims in new incidents. `drain` returns once every batch handed over is written (step 2 reads and
 * rewrites the incidents step 1 decided on, in `transact`).
 */
export interface ApartWrites {
  read: <T>(work: (tx: IncidentReads) => Promise<T>) => Promise<T>;
  /** Names, builds and writes `clusters` as new incidents, with the reports now complete, in order. */
  writeFresh: (clusters: Cluster[], resolved: ResolvedReportRow[]) => Promise<void>;
  drain: () => Promise<void>;
  /**
   * The reader thread (backlog-undated-reader.ts), which decides batches while this thread decides
   * others: the batches are independent (each is decided against the dated incidents only, which this
   * pass does not change), and their decisions are taken in order, so the writes are the same.
   */
  reader?: {
    idle: (most: number) => boolean;
    decide: (
      claims: readonly ResolvableClaim[],
    ) => Promise<{ decisions: PackedDecision[]; searchedAgain: number }>;
  };
}

export interface UndatedPassSummary {
  transactions: number;
  /** Claims that joined a dated incident. */
  joined: number;
  /** Claims whose place's whole dated history was searched (crowded, and no incident found took them). */
  searchedAgain: number;
}

/**
 * With the reader thread: batches being decided at once (on either thread), and at most so many on
 * the reader's; the others are decided on this thread meanwhile.
 */
const DECIDING = 3;
const READER_QUEUED = 1;

/** Incidents rebuilt per transaction in step 2. */
const INCIDENTS_PER_WRITE = 1_000;

export const working = (claim: ResolvableClaim): WorkingClaim =>
  workingClaim(claim, { incidentId: null, pinned: false, affected: true, match: null });

const stored = (placed: PlacedClaim): WorkingClaim =>
  workingClaim(placed.claim, {
    incidentId: placed.incidentId,
    pinned: placed.pinned,
    affected: false,
    match: placed.match,
  });

/**
 * Places undated claims (none of them stored yet) against the dated incidents stored.
 * @example await placeUndatedClaims(batchesByPlace(), deps, "cli:admin", hooks)
 */
export async function placeUndatedClaims(
  batches: Iterable<ResolvableClaim[]> | AsyncIterable<ResolvableClaim[]>,
  deps: ResolveDeps,
  actor: Actor,
  hooks: UndatedPassHooks,
): Promise<UndatedPassSummary> {
  const summary: UndatedPassSummary = { transactions: 0, joined: 0, searchedAgain: 0 };
  const proposals = new Map<WorkingClaim, Candidate>();
  /** The claims a batch's decisions leave alone, as new clusters; the proposals kept for step 2. */
  const aloneOf = (decided: Map<WorkingClaim, UndatedProposal>) => {
    const alone: Cluster[] = [];
    for (const [claim, decision] of decided) {
      if (decision.proposal) {
        // Only what step 2 needs of the incident: its id (the cluster is read again there).
        proposals.set(claim, { ...decision.proposal, cluster: stub(decision.proposal.cluster.key) });
        continue;
      }
      alone.push(single(claim, undatedSeed(claim, decision)));
      hooks.settle(claim.reportId);
    }
    return alone;
  };
  const apart = hooks.apart;
  const reader = apart?.reader;
  /** Batches being decided (on this thread or the reader's), taken in their order. */
  const deciding: Promise<Map<WorkingClaim, UndatedProposal>>[] = [];
  const take = async (decided: Promise<Map<WorkingClaim, UndatedProposal>>, sink: ApartWrites) => {
    const alone = aloneOf(await decided);
    const resolved = hooks.takeResolved();
    if (alone.length > 0 || resolved.length > 0) await sink.writeFresh(alone, resolved);
  };
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    if (apart) {
      const claims = batch.map(working);
      const here = () => apart.read((tx) => decideBatch(tx, claims, deps, summary));
      // The reader's replies arrive as events: let those that came in be taken.
      if (reader) await new Promise((resolve) => setImmediate(resolve));
      deciding.push(
        reader?.idle(READER_QUEUED)
          ? reader.decide(batch).then(
              ({ decisions, searchedAgain }) => {
                summary.searchedAgain += searchedAgain;
                return unpackDecisions(claims, decisions);
              },
              // The thread failed: this thread decides the batch (the same decisions).
              () => here(),
            )
          : here(),
      );
      while (deciding.length > (reader ? DECIDING : 0))
        await take(deciding.shift() as (typeof deciding)[number], apart);
    } else
      await hooks.transact(async (tx) => {
        const decided = await decideBatch(tx, batch.map(working), deps, summary);
        await write(tx, aloneOf(decided), new Map(), { deps, actor, hooks, fresh: true });
      });
    summary.transactions++;
  }
  if (apart) for (const decided of deciding.splice(0)) await take(decided, apart);
  await apart?.drain();

  const accepted = acceptProposals(proposals, deps);
  const byIncident = new Map<string, [WorkingClaim, Candidate][]>();
  const refused: WorkingClaim[] = [];
  for (const [claim, proposal] of [...proposals].sort(([a], [b]) => byId(a, b))) {
    if (!accepted.has(claim)) {
      refused.push(claim);
      continue;
    }
    const list = byIncident.get(proposal.cluster.key);
    if (list) list.push([claim, proposal]);
    else byIncident.set(proposal.cluster.key, [[claim, proposal]]);
    summary.joined++;
  }
  // Incidents that take claims, a thousand per write; the refused claims, alone, with the first.
  const incidents = [...byIncident.keys()].sort();
  const writes: string[][] = [];
  for (let i = 0; i < incidents.length; i += INCIDENTS_PER_WRITE)
    writes.push(incidents.slice(i, i + INCIDENTS_PER_WRITE));
  if (writes.length === 0 && refused.length > 0) writes.push([]);
  for (const [n, ids] of writes.entries()) {
    await hooks.transact(async (tx) => {
      const builder = new ClusterBuilder(deps);
      const clusters = new Map<string, Cluster>();
      for (const [id, stored] of clustersOf(await tx.claimsOfIncidents(ids))) {
        const cluster = builder.startFixed(id);
        for (const { claim, match } of stored.members) builder.join(cluster, claim, match);
        clusters.set(id, cluster);
      }
      for (const id of ids)
        for (const [claim, proposal] of byIncident.get(id) ?? []) {
          joinProposal(builder, claim, { ...proposal, cluster: clusters.get(id) as Cluster });
          hooks.settle(claim.reportId);
        }
      const alone = (n === 0 ? refused : []).map((claim) => {
        hooks.settle(claim.reportId);
        return single(claim, undatedSeed(claim, { apart: 0, crowded: false }));
      });
      const metas = new Map((await tx.metas(ids)).map((m) => [m.id, m]));
      await write(tx, [...clusters.values(), ...alone], metas, { deps, actor, hooks, fresh: false });
    });
    summary.transactions++;
  }
  return summary;
}

/**
 * A claim's decision as it crosses from the reader thread (backlog-undated-reader.ts): its index in the
 * batch, and its proposal's incident id instead of the incident (step 1 keeps only that).
 */
export interface PackedDecision {
  index: number;
  apart: number;
  crowded: boolean;
  proposal: (Omit<Candidate, "cluster"> & { key: string }) | null;
}

/** `decided` (in its order) as it crosses threads. */
export function packDecisions(
  claims: readonly WorkingClaim[],
  decided: Map<WorkingClaim, UndatedProposal>,
): PackedDecision[] {
  const index = new Map(claims.map((claim, i) => [claim, i]));
  return [...decided].map(([claim, { proposal, apart, crowded }]) => ({
    index: index.get(claim) as number,
    apart,
    crowded,
    proposal: proposal
      ? {
          key: proposal.cluster.key,
          score: proposal.score,
          comparison: proposal.comparison,
          other: proposal.other,
        }
      : null,
  }));
}

/** The decisions of `claims` the reader thread sent, in their order, each proposal's incident a stub. */
export function unpackDecisions(
  claims: readonly WorkingClaim[],
  packed: readonly PackedDecision[],
): Map<WorkingClaim, UndatedProposal> {
  const decided = new Map<WorkingClaim, UndatedProposal>();
  for (const { index, apart, crowded, proposal } of packed) {
    const claim = claims[index] as WorkingClaim;
    decided.set(claim, {
      apart,
      crowded,
      proposal: proposal
        ? {
            cluster: stub(proposal.key),
            score: proposal.score,
            comparison: proposal.comparison,
            other: proposal.other,
          }
        : null,
    });
  }
  return decided;
}

const stub = (key: string): Cluster => ({ key, fixedIncidentId: key, members: [] });

const single = (claim: WorkingClaim, match: MergeExplanation): Cluster => ({
  key: claim.id,
  fixedIncidentId: null,
  members: [{ claim, match }],
});

/** The stored incidents of `placed` as fixed clusters (their claims stay), members in id order. */
function clustersOf(placed: readonly PlacedClaim[]): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  for (const claim of placed.map(stored).sort(byId)) {
    const id = claim.incidentId as string;
    let cluster = clusters.get(id);
    if (!cluster) clusters.set(id, (cluster = { key: id, fixedIncidentId: id, members: [] }));
    cluster.members.push({ claim, match: claim.match as MergeExplanation });
  }
  return clusters;
}

/**
 * Rule 3 for a batch of undated claims: each claim's search (the newest fits, up to one more than
 * MAX_UNDATED_FITS), the incidents of what it found, and its decision. A crowded claim needs only one
 * incident that would take it: the newest fit's is read first, the others only if it would not, and
 * when none of those would, its whole history is searched (only then is it known whether one would).
 */
export async function decideBatch(
  tx: IncidentReads,
  claims: readonly WorkingClaim[],
  deps: CompareDeps,
  summary: Pick<UndatedPassSummary, "searchedAgain">,
): Promise<Map<WorkingClaim, UndatedProposal>> {
  const decided = new Map<WorkingClaim, UndatedProposal>();
  const clusters = new Map<string, Cluster>();
  const load = async (fits: readonly PlacedClaim[]) => {
    const unread = [...new Set(fits.map((p) => p.incidentId))].filter((id) => !clusters.has(id));
    if (unread.length > 0)
      for (const [id, cluster] of clustersOf(await tx.claimsOfIncidents(unread))) clusters.set(id, cluster);
  };
  // Against the incidents of `some` of its fits (all of them unless it is crowded).
  const decide = (claim: WorkingClaim, fits: readonly PlacedClaim[], some = fits) =>
    proposeUndatedClaim(
      claim,
      [...new Set(some.map((p) => clusters.get(p.incidentId) as Cluster))],
      () => fits.length,
      deps,
    );
  const crowded = (fits: readonly PlacedClaim[]) => fits.length > MAX_UNDATED_FITS;
  let searching: readonly WorkingClaim[] = claims;
  for (const enough of [undefined, WHOLE_HISTORY]) {
    const found = await searchFits(tx, searching, deps, enough);
    const pending: [WorkingClaim, PlacedClaim[]][] = [];
    await load([...found.values()].flatMap((fits) => (crowded(fits) ? fits.slice(0, 1) : fits)));
    for (const [claim, fits] of found) {
      const decision = decide(claim, fits, crowded(fits) ? fits.slice(0, 1) : fits);
      if (crowded(fits) && !decision.crowded) pending.push([claim, fits]);
      else decided.set(claim, decision);
    }
    await load(pending.flatMap(([, fits]) => fits));
    const again: WorkingClaim[] = [];
    for (const [claim, fits] of pending) {
      const incidents = [...new Set(fits.map((p) => clusters.get(p.incidentId) as Cluster))];
      // Crowded, and none of the newest fits' incidents would take it: one further back may.
      if (enough === undefined && searchFurther(claim, fits.length, incidents, deps)) again.push(claim);
      else decided.set(claim, decide(claim, fits));
    }
    summary.searchedAgain += again.length;
    if (again.length === 0) break;
    searching = again;
  }
  for (const claim of claims)
    if (!decided.has(claim))
      decided.set(
        claim,
        proposeUndatedClaim(claim, [], () => 0, deps),
      );
  return decided;
}

/**
 * Each claim's fits as its own search of the store found them (the newest first, at most `enough`;
 * the store returns the union of all searches): claims that cannot be searched (no place key, no
 * attacker or toll) are left out.
 */
async function searchFits(
  tx: IncidentReads,
  claims: readonly WorkingClaim[],
  deps: CompareDeps,
  enough: number | undefined,
): Promise<Map<WorkingClaim, PlacedClaim[]>> {
  const queries: ClaimQuery[] = [];
  const accepted = new Map<WorkingClaim, Set<string>>();
  for (const claim of claims) {
    const own = new Set<string>();
    const query = trackedHistoryQuery(claim, deps, own, undefined, enough);
    if (!query) continue;
    accepted.set(claim, own);
    queries.push(query);
  }
  const read = new Map<string, PlacedClaim>();
  if (queries.length > 0)
    for (const placed of await tx.findClaims(queries)) read.set(placed.claim.id, placed);
  const found = new Map<WorkingClaim, PlacedClaim[]>();
  for (const [claim, own] of accepted) {
    const fits: PlacedClaim[] = [];
    for (const id of own) {
      const placed = read.get(id);
      if (placed && undatedFits(claim, placed.claim, deps)) fits.push(placed);
    }
    found.set(claim, fits);
  }
  return found;
}

/** Writes clusters (new incidents, or stored ones taking claims) and the reports now complete. */
async function write(
  tx: IncidentTransaction,
  clusters: Cluster[],
  metas: Map<string, IncidentMeta>,
  context: { deps: ResolveDeps; actor: Actor; hooks: UndatedPassHooks; fresh: boolean },
): Promise<void> {
  const resolved = context.hooks.takeResolved();
  if (clusters.length === 0 && resolved.length === 0) return;
  const known = new Set(clusters.map((c) => c.fixedIncidentId).filter((id): id is string => id !== null));
  const now = new Date().toISOString();
  const output = await withFreeIds(tx, known, (taken) =>
    incidentsOfClusters(clusters, { incidents: [...metas.values()], takenIds: taken, now }, context.deps),
  );
  await applyOutput(tx, output, metas, {
    resolvedReports: resolved,
    fresh: context.fresh,
    audit: bulkResolvedAudit(
      context.actor,
      resolved.length,
      output.placements.filter((p) => p.claim.affected).length,
      { undated: true },
    ),
  });
}

/**
 * The audit entry of one write of a bulk run: how many reports it resolved and claims it placed
 * (`undated`: a write of the undated claims' pass).
 */
export function bulkResolvedAudit(
  actor: Actor,
  reports: number,
  claims: number,
  { undated }: { undated: boolean },
): ChangeAudit {
  return {
    actor,
    action: "incidents.resolved",
    subjectType: "reports",
    subjectId: `${reports} reports`,
    detail: {
      bulk: true,
      ...(undated ? { undated: true } : {}),
      reports,
      claims,
      resolverVersion: RESOLVER_VERSION,
    },
  };
}
