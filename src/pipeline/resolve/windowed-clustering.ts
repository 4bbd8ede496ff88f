/**
 * The clustering of cluster-claims.ts run over claims arriving in time order, with only a window of
 * open days in memory: the bulk resolution of a backlog. Same rules, same steps (ClusterBuilder), and
 * the same clusters as `clusterClaims` over all the claims it took, because each step is run only once
 * everything it reads is final. A frontier F moves forward (the caller's choice: the latest day seen
 * less a lag); days before F take no new claim:
 * - rule 1: a day claim only meets day claims of its own day, so a day's incidents are placed once the
 *   day is before F;
 * - rule 2a: a window claim reads the day incidents of its window as rule 1 left them, so it proposes
 *   once its whole window is before F; a day incident takes its window claims (acceptProposals, per
 *   incident) once no window claim over its day is still waiting, and is then finished;
 * - rule 2b: the window claims of one window that joined no day incident group among themselves once
 *   every claim of that window is decided.
 * It takes only claims rules 1 and 2 place: dated, free (not pinned, in no incident yet) and not before
 * F. The others (late reports about closed days, undated claims, whose rule 3 reads the whole dated
 * history of their place, past and future) are the caller's, to resolve against the store afterwards.
 */
import {
  acceptProposals,
  ClusterBuilder,
  dayOrder,
  groupWindowClaim,
  joinProposal,
  placeDayClaim,
  proposeWindowClaim,
  windowOrder,
  type Candidate,
  type Cluster,
} from "./cluster-claims.js";
import type { CompareDeps } from "./compare-claims.js";
import type { WorkingClaim } from "./resolvable-claim.js";

/** The window claims of one window, until all are decided and those left over are grouped. */
interface WindowGroup {
  to: string;
  /** Proposed or waiting to propose, not yet decided. */
  undecided: number;
  /** Decided: joined no day incident, with how many fitted it equally (rule 2a). */
  unattached: { claim: WorkingClaim; apart: number }[];
}

const windowId = (claim: WorkingClaim) => `${claim.anchor.from}|${claim.anchor.to}`;

export class WindowedClustering {
  private frontier = "";
  /** Day claims of open days, by day. */
  private readonly pendingDays = new Map<string, WorkingClaim[]>();
  /** Window claims whose window is not wholly before the frontier yet. */
  private pendingWindows: WorkingClaim[] = [];
  /** The day incidents of closed days not finished yet (rule 1 done, rule 2a not). */
  private readonly builder: ClusterBuilder;
  private readonly dayClusters = new Map<string, Set<Cluster>>();
  /** Rule 2a proposals to each unfinished day incident. */
  private readonly proposals = new Map<Cluster, Map<WorkingClaim, Candidate>>();
  private readonly windows = new Map<string, WindowGroup>();
  private held = 0;

  constructor(private readonly deps: CompareDeps) {
    this.builder = new ClusterBuilder(deps, { dayIndexOnly: true });
  }

  /** Claims held in memory (waiting or in unfinished incidents). */
  get size(): number {
    return this.held;
  }

  /** Whether this driver places the claim (else the caller resolves it against the store). */
  takes(claim: WorkingClaim): boolean {
    return (
      !claim.pinned &&
      claim.incidentId === null &&
      claim.anchor.layer !== "undated" &&
      (claim.anchor.from as string) >= this.frontier
    );
  }

  add(claim: WorkingClaim): void {
    if (!this.takes(claim)) throw new Error(`windowed clustering cannot take claim ${claim.id}`);
    this.held++;
    const from = claim.anchor.from as string;
    if (claim.anchor.layer === "day") {
      const list = this.pendingDays.get(from);
      if (list) list.push(claim);
      else this.pendingDays.set(from, [claim]);
      return;
    }
    this.pendingWindows.push(claim);
    const id = windowId(claim);
    const group = this.windows.get(id);
    if (group) group.undecided++;
    else this.windows.set(id, { to: claim.anchor.to as string, undecided: 1, unattached: [] });
  }

  /**
   * Moves the frontier to `day` (days before it take no new claim) and returns the clusters that are
   * now final, each to become one incident.
   */
  close(day: string): Cluster[] {
    if (day <= this.frontier) return [];
    this.frontier = day;
    // Rule 1 for the days now closed.
    for (const d of [...this.pendingDays.keys()].filter((d) => d < day).sort()) {
      const placed = new Set<Cluster>();
      for (const claim of (this.pendingDays.get(d) as WorkingClaim[]).sort(dayOrder))
        placed.add(placeDayClaim(this.builder, claim));
      this.pendingDays.delete(d);
      this.dayClusters.set(d, placed);
    }
    // Rule 2a for the window claims whose window is now closed.
    const ready = this.pendingWindows.filter((c) => (c.anchor.to as string) < day).sort(windowOrder);
    this.pendingWindows = this.pendingWindows.filter((c) => (c.anchor.to as string) >= day);
    for (const claim of ready) {
      const { proposal, apart } = proposeWindowClaim(this.builder, claim);
      if (proposal) {
        let map = this.proposals.get(proposal.cluster);
        if (!map) this.proposals.set(proposal.cluster, (map = new Map()));
        map.set(claim, proposal);
      } else this.decide(claim, apart);
    }
    // Day incidents no waiting window claim reaches take their window claims and are finished.
    let reach = day;
    for (const claim of this.pendingWindows)
      if ((claim.anchor.from as string) < reach) reach = claim.anchor.from as string;
    const finished: Cluster[] = [];
    for (const d of [...this.dayClusters.keys()].filter((d) => d < reach).sort()) {
      for (const cluster of this.dayClusters.get(d) as Set<Cluster>) {
        const offered = this.proposals.get(cluster);
        if (offered) {
          const accepted = acceptProposals(offered, this.deps);
          for (const claim of [...offered.keys()].sort(windowOrder)) {
            const proposal = accepted.get(claim);
            if (proposal) {
              joinProposal(this.builder, claim, proposal);
              this.decide(claim, null);
            } else this.decide(claim, 0);
          }
          this.proposals.delete(cluster);
        }
        this.builder.remove(cluster);
        finished.push(cluster);
      }
      this.dayClusters.delete(d);
    }
    // Rule 2b for the windows whose claims are all decided.
    for (const [id, group] of this.windows) {
      if (group.to >= day || group.undecided > 0) continue;
      this.windows.delete(id);
      if (group.unattached.length === 0) continue;
      const own = new ClusterBuilder(this.deps);
      for (const { claim, apart } of group.unattached.sort((a, b) => windowOrder(a.claim, b.claim)))
        groupWindowClaim(own, claim, apart);
      finished.push(...own.clusters);
    }
    for (const cluster of finished) this.held -= cluster.members.length;
    return finished;
  }

  /** Closes every day: the rest of the clusters. */
  finish(): Cluster[] {
    return this.close("9999-12-31");
  }

  /** A window claim is decided: joined a day incident (`apart` null), or left for rule 2b. */
  private decide(claim: WorkingClaim, apart: number | null): void {
    const group = this.windows.get(windowId(claim)) as WindowGroup;
    group.undecided--;
    if (apart !== null) group.unattached.push({ claim, apart });
  }
}
