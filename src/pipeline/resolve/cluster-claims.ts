/**
 * Groups claims into events, layer by layer, so that the result depends only on the set of claims and
 * never on the order reports arrived in:
 * 1. day claims, in a canonical order (best located first, then by claim id), each joins the
 *    best-scoring incident of its day whose every claim it may merge with, else starts one;
 * 2. window claims ("last week", "within 48 hours") join a day incident only when it is the single best
 *    fit inside the window by a clear margin: a multi-day claim never swallows, nor links, distinct dated
 *    incidents (three strikes on one hospital on three days stay three incidents). The rest group like
 *    day claims with claims of the very same window only, in window-only incidents;
 * 3. undated claims join a dated incident only when exactly one incident at the very same place (with a
 *    day inside the window the claim states, if any: undatedReach, and on the weekday it names, if any:
 *    weekdayFits) fits on type, attacker and a non-zero toll: never on place alone; undated claims never join each other. When more than MAX_UNDATED_FITS
 *    dated claims at the place fit it, the place's history is too crowded to tell which event it is,
 *    and it stays on its own (this also keeps the search of a place's history bounded: it stops there).
 * Analyst-pinned claims and claims outside this run (context) keep their incident; other claims may join
 * those incidents like any other.
 */
import type { MergeExplanation } from "../../domain/incident.js";
import { claimOrder, undatedAnchorOf } from "../../domain/resolution.js";
import {
  AMBIGUITY_MARGIN,
  compareAttribution,
  compareClaims,
  MERGE_THRESHOLD,
  tollsAgreeAboveZero,
  undatedMayJoin,
  type CompareDeps,
  type PairComparison,
} from "./compare-claims.js";
import { spanDays, weekdayFits, windowsOverlap, withinReach } from "./date-anchor.js";
import { eventCompatibility } from "./event-compatibility.js";
import { explainJoin, explainSeed } from "./explain-match.js";
import { cellNumber, isSamePlace, neighbourCellNumbers, neighbourCells } from "./place-match.js";
import type { ResolvableClaim, WorkingClaim } from "./resolvable-claim.js";

export interface ClusterMember {
  claim: WorkingClaim;
  match: MergeExplanation;
}

export interface Cluster {
  /** A stable key for ordering: the incident it continues, or its first claim's id. */
  key: string;
  /** The incident an analyst fixed (its claims are pinned), or a context incident kept as it is. */
  fixedIncidentId: string | null;
  members: ClusterMember[];
}

export interface Candidate {
  cluster: Cluster;
  score: number;
  comparison: PairComparison;
  other: WorkingClaim;
}

function placeRank(claim: WorkingClaim): number {
  if (claim.place.level === "region") return 2;
  return claim.place.gazetteerId ? 0 : 1;
}

export const byId = (a: WorkingClaim, b: WorkingClaim) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const dayOrder = (a: WorkingClaim, b: WorkingClaim) => placeRank(a) - placeRank(b) || byId(a, b);
const windowSpan = (c: WorkingClaim) => spanDays(c.anchor.from as string, c.anchor.to as string);
export const windowOrder = (a: WorkingClaim, b: WorkingClaim) =>
  windowSpan(a) - windowSpan(b) || dayOrder(a, b);
const clusterOrder = (a: Candidate, b: Candidate) =>
  b.score - a.score || (a.cluster.key < b.cluster.key ? -1 : a.cluster.key > b.cluster.key ? 1 : 0);

/** Which members of a cluster `evaluate` takes as core (see there), by the rule asking. */
const SAME_DAY = 0;
const IN_WINDOW = 1;
const SAME_WINDOW = 2;
type CoreRule = typeof SAME_DAY | typeof IN_WINDOW | typeof SAME_WINDOW;

/**
 * Whether `member` is a core claim for `claim` under `rule`: a day claim of its day (rule 1), a day claim
 * in its window (rule 2a), a claim of the very same window (rule 2b).
 */
function isCore(rule: CoreRule, member: WorkingClaim, claim: WorkingClaim): boolean {
  if (rule === SAME_DAY) return member.anchor.layer === "day" && member.anchor.from === claim.anchor.from;
  if (rule === IN_WINDOW) return member.anchor.layer === "day" && windowsOverlap(member.anchor, claim.anchor);
  return hasWindow(member, claim);
}

/**
 * Checks `claim` against every claim of `cluster`. "Core" claims (the ones it must share a place and a
 * date with, `isCore`) decide the score; all claims must allow the merge on report, type and
 * attribution. The cheap hard rules (one report, incompatible types) are checked before the rest of a
 * pair's comparison, which they would block whatever it says.
 */
function evaluate(
  claim: WorkingClaim,
  cluster: Cluster,
  rule: CoreRule,
  deps: CompareDeps,
): Candidate | null {
  let best: Candidate | null = null;
  const members = cluster.members;
  for (let i = 0; i < members.length; i++) {
    const other = (members[i] as ClusterMember).claim;
    if (other.reportId === claim.reportId) return null;
    if (eventCompatibility(claim.claim.eventType, other.claim.eventType) === 0) return null;
    if (isCore(rule, other, claim)) {
      const comparison = compareClaims(claim, other, deps);
      if (comparison.blocked) return null;
      if (betterMatch(comparison.score, other, best))
        best = { cluster, score: comparison.score, comparison, other };
    } else if (compareAttribution(claim, other, deps) === "contradict") return null;
  }
  return best;
}

/** Whether candidate `a` comes before `b` in `clusterOrder` (a strict order: cluster keys differ). */
const before = (a: Candidate, b: Candidate) => clusterOrder(a, b) < 0;

/**
 * Whether a member scoring `score` is a better match than the best so far: a higher score, or the same
 * and first in claim order (day claims, then by id). The member an explanation names then depends on the
 * claims alone, not on the order they joined the incident (which differs between a run placing them
 * together and one meeting them as stored context).
 */
function betterMatch(score: number, member: WorkingClaim, best: Candidate | null): boolean {
  return !best || score > best.score || (score === best.score && claimOrder(member, best.other) < 0);
}

/** Clusters reachable from a claim's place keys, kept current as members are added. */
class ClusterIndex {
  private readonly byKey = new Map<string, Set<Cluster>>();

  add(cluster: Cluster, claim: WorkingClaim): void {
    const { keys, cell } = claim.place;
    for (const key of keys) this.addAt(key, cluster);
    if (cell) this.addAt(cell, cluster);
  }

  private addAt(key: string, cluster: Cluster): void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(cluster);
  }

  /** Forgets a cluster (the windowed driver's finished incidents). */
  remove(cluster: Cluster): void {
    for (const { claim } of cluster.members) {
      const { keys, cell } = claim.place;
      for (const key of keys) this.removeAt(key, cluster);
      if (cell) this.removeAt(cell, cluster);
    }
  }

  private removeAt(key: string, cluster: Cluster): void {
    const set = this.byKey.get(key);
    if (!set) return;
    set.delete(cluster);
    if (set.size === 0) this.byKey.delete(key);
  }

  /** Clusters at the claim's search keys (`searchKeys`, in that order, without building the list). */
  near(claim: WorkingClaim): Cluster[] {
    const { keys, cell } = claim.place;
    const found = new Set<Cluster>();
    this.collect(keys, found);
    if (cell) this.collect(neighbourCells(cell), found);
    return [...found];
  }

  /** Clusters with a member at one of `keys`. */
  at(keys: readonly string[]): Cluster[] {
    const found = new Set<Cluster>();
    this.collect(keys, found);
    return [...found];
  }

  private collect(keys: readonly string[], found: Set<Cluster>): void {
    for (const key of keys) {
      const set = this.byKey.get(key);
      if (set) for (const c of set) found.add(c);
    }
  }
}

/**
 * Clusters by day and place key of their day claims, for rule 1, which only looks at a day claim's own
 * day. Buckets are small arrays and are never pruned one by one: a day is dropped whole once none of
 * its clusters is left (the windowed driver places a day's claims once, then finishes them).
 */
class DayIndex {
  private readonly byDay = new Map<string, DayEntry>();

  /** `claim`, a day claim, joined `cluster`; `first`: the cluster had no claim of that day before. */
  add(cluster: Cluster, claim: WorkingClaim, first: boolean): void {
    const day = claim.anchor.from as string;
    let entry = this.byDay.get(day);
    if (!entry) this.byDay.set(day, (entry = { clusters: 0, byKey: new Map(), byCell: new Map() }));
    if (first) entry.clusters++;
    const { keys, cell } = claim.place;
    for (const key of keys) addToBucket(entry.byKey, key, cluster);
    if (cell) addToBucket(entry.byCell, cellNumber(cell), cluster);
  }

  /** A cluster holding claims of `days` is gone. */
  remove(days: Iterable<string>): void {
    for (const day of days) {
      const entry = this.byDay.get(day);
      if (entry && --entry.clusters === 0) this.byDay.delete(day);
    }
  }

  /**
   * Clusters with a claim of `day` at one of the claim's search keys (`searchKeys`; its grid cells
   * by number) that `alive` still holds.
   */
  near(claim: WorkingClaim, day: string, alive: ReadonlySet<Cluster>): Cluster[] {
    const entry = this.byDay.get(day);
    if (!entry) return [];
    const found: Cluster[] = [];
    const { keys, cell } = claim.place;
    collectAlive(entry.byKey, keys, alive, found);
    if (cell) collectAlive(entry.byCell, neighbourCellNumbers(cell), alive, found);
    return found;
  }

  /** As `near`, for every day from `from` to `to`: clusters with a claim of such a day near the claim. */
  nearInWindow(claim: WorkingClaim, from: string, to: string, alive: ReadonlySet<Cluster>): Cluster[] {
    const found: Cluster[] = [];
    const { keys, cell } = claim.place;
    const cells = cell ? neighbourCellNumbers(cell) : null;
    for (const [day, entry] of this.byDay) {
      if (day < from || day > to) continue;
      collectAlive(entry.byKey, keys, alive, found);
      if (cells) collectAlive(entry.byCell, cells, alive, found);
    }
    return found;
  }
}

/** One day's clusters by the place keys and grid cells (by number, see cellNumber) of its day claims. */
interface DayEntry {
  clusters: number;
  byKey: Map<string, Cluster[]>;
  byCell: Map<number, Cluster[]>;
}

function addToBucket<K>(byKey: Map<K, Cluster[]>, key: K, cluster: Cluster): void {
  const bucket = byKey.get(key);
  if (!bucket) byKey.set(key, [cluster]);
  else if (!bucket.includes(cluster)) bucket.push(cluster);
}

function collectAlive<K>(
  byKey: Map<K, Cluster[]>,
  keys: readonly K[],
  alive: ReadonlySet<Cluster>,
  found: Cluster[],
): void {
  for (const key of keys) {
    const bucket = byKey.get(key);
    if (bucket)
      for (const cluster of bucket) if (!found.includes(cluster) && alive.has(cluster)) found.push(cluster);
  }
}

const isDay = (c: WorkingClaim) => c.anchor.layer === "day";

/** The same window of days (two reports published the same day with no date in their text). */
export function hasWindow(a: WorkingClaim, b: WorkingClaim): boolean {
  return a.anchor.layer === "window" && a.anchor.from === b.anchor.from && a.anchor.to === b.anchor.to;
}
const isDated = (c: WorkingClaim) => c.anchor.layer !== "undated";

/**
 * The clusters of a run as they grow, with the lookups the rules need: which clusters are near a claim,
 * and the days of each cluster's day claims (which clusters hold a day claim of a day, or in a window,
 * is asked of every cluster near every claim, and a busy place's clusters have many members). The
 * steps below (one per rule) work on it, so the batch driver (`clusterClaims`) and the time-ordered one
 * (windowed-clustering.ts) apply the very same rules.
 */
export class ClusterBuilder {
  /** In the order they were started (a Set, so the windowed driver can drop finished ones). */
  readonly clusters = new Set<Cluster>();
  /** Every member by place key; null when only the day index is kept (see the constructor). */
  private readonly index: ClusterIndex | null;
  /** The days of each cluster's day claims, each once (a list: most clusters have one day). */
  private readonly days = new Map<Cluster, string[]>();
  private readonly dayIndex = new DayIndex();

  /**
   * `dayIndexOnly`: the clusters are found through their day claims alone (`near` and `at` are not
   * asked; `nearWithDayIn` looks through the day index). True for the windowed driver's day incidents,
   * whose members are day claims of one day until they are finished: a cluster with a day claim in a
   * window at a claim's keys is then exactly one with a member there and a day in it.
   */
  constructor(
    readonly deps: CompareDeps,
    options: { dayIndexOnly?: boolean } = {},
  ) {
    this.index = options.dayIndexOnly ? null : new ClusterIndex();
  }

  join(cluster: Cluster, claim: WorkingClaim, match: MergeExplanation): void {
    cluster.members.push({ claim, match });
    this.index?.add(cluster, claim);
    if (isDay(claim)) {
      const day = claim.anchor.from as string;
      const list = this.days.get(cluster);
      const first = !list?.includes(day);
      if (!list) this.days.set(cluster, [day]);
      else if (first) list.push(day);
      this.dayIndex.add(cluster, claim, first);
    }
  }

  start(claim: WorkingClaim, match: MergeExplanation): Cluster {
    const cluster: Cluster = { key: claim.id, fixedIncidentId: null, members: [] };
    this.clusters.add(cluster);
    this.join(cluster, claim, match);
    return cluster;
  }

  /** A cluster for an incident whose claims stay (pinned or context). */
  startFixed(id: string): Cluster {
    const cluster: Cluster = { key: id, fixedIncidentId: id, members: [] };
    this.clusters.add(cluster);
    return cluster;
  }

  /** Forgets a finished cluster: no later claim is compared with it. */
  remove(cluster: Cluster): void {
    this.index?.remove(cluster);
    this.dayIndex.remove(this.days.get(cluster) ?? []);
    this.days.delete(cluster);
    this.clusters.delete(cluster);
  }

  /** Whether a cluster holds any day claim. */
  hasDays(cluster: Cluster): boolean {
    return this.days.has(cluster);
  }

  near(claim: WorkingClaim): Cluster[] {
    return this.placeIndex().near(claim);
  }

  /** Clusters near the claim (as `near`) holding a day claim of a day from `from` to `to`. */
  nearWithDayIn(claim: WorkingClaim, from: string, to: string): Cluster[] {
    if (this.index === null) return this.dayIndex.nearInWindow(claim, from, to, this.clusters);
    const found: Cluster[] = [];
    for (const cluster of this.index.near(claim)) {
      const list = this.days.get(cluster);
      if (list)
        for (const day of list)
          if (day >= from && day <= to) {
            found.push(cluster);
            break;
          }
    }
    return found;
  }

  private placeIndex(): ClusterIndex {
    if (this.index === null) throw new Error("this cluster builder keeps only its day index");
    return this.index;
  }

  /**
   * Clusters with a day claim of `day` near the claim: of those `near` returns holding a day claim of
   * that day, all that can take it (a cluster whose claims of that day are all elsewhere never can).
   */
  nearOnDay(claim: WorkingClaim, day: string): Cluster[] {
    return this.dayIndex.near(claim, day, this.clusters);
  }

  at(keys: readonly string[]): Cluster[] {
    return this.placeIndex().at(keys);
  }
}

/**
 * Joins `claim` to `best` (the first candidate at or above the merge threshold in `clusterOrder`), or
 * returns null when there is none.
 */
function joinBest(builder: ClusterBuilder, claim: WorkingClaim, best: Candidate | null): Cluster | null {
  if (!best) return null;
  builder.join(best.cluster, claim, explainJoin(claim, best.other, best.comparison));
  return best.cluster;
}

/**
 * The first in `clusterOrder` of `best` and the evaluation of `claim` against `cluster`, when that one
 * is at or above the merge threshold.
 */
function bestOf(
  best: Candidate | null,
  claim: WorkingClaim,
  cluster: Cluster,
  rule: CoreRule,
  deps: CompareDeps,
): Candidate | null {
  const candidate = evaluate(claim, cluster, rule, deps);
  if (candidate === null || candidate.score < MERGE_THRESHOLD) return best;
  return best === null || before(candidate, best) ? candidate : best;
}

/**
 * Rule 1: a day claim joins the best-scoring cluster near it holding a day claim of its day, every
 * claim of which it may merge with, else starts one. Day claims are placed in `dayOrder`.
 * @returns the cluster it is now in
 */
export function placeDayClaim(builder: ClusterBuilder, claim: WorkingClaim): Cluster {
  const near = builder.nearOnDay(claim, claim.anchor.from as string);
  let best: Candidate | null = null;
  for (let i = 0; i < near.length; i++)
    best = bestOf(best, claim, near[i] as Cluster, SAME_DAY, builder.deps);
  const joined = joinBest(builder, claim, best);
  if (joined) return joined;
  return builder.start(claim, explainSeed(claim, null));
}

/** What rule 2a makes of a window claim: a proposal to one day incident, or how many fit it equally. */
export interface WindowProposal {
  proposal: Candidate | null;
  /** The day incidents that fit it when none fits by a clear margin (0 when none fits). */
  apart: number;
}

/**
 * Rule 2a: a window claim proposes to the day incident near it with a day in its window that fits it
 * best by a clear margin, judged against the day incidents as rule 1 left them (before any window claim
 * joins one).
 */
export function proposeWindowClaim(builder: ClusterBuilder, claim: WorkingClaim): WindowProposal {
  const near = builder.nearWithDayIn(claim, claim.anchor.from as string, claim.anchor.to as string);
  // The first two candidates in `clusterOrder`, and how many there are.
  let best: Candidate | null = null;
  let second: Candidate | null = null;
  let count = 0;
  for (let i = 0; i < near.length; i++) {
    const candidate = evaluate(claim, near[i] as Cluster, IN_WINDOW, builder.deps);
    if (candidate === null || candidate.score < MERGE_THRESHOLD) continue;
    count++;
    if (best === null || before(candidate, best)) {
      second = best;
      best = candidate;
    } else if (second === null || before(candidate, second)) second = candidate;
  }
  if (best && (!second || best.score - second.score >= AMBIGUITY_MARGIN)) return { proposal: best, apart: 0 };
  return { proposal: null, apart: best ? count : 0 };
}

/** Rule 2a's accepted proposal: the window claim joins the day incident. */
export function joinProposal(builder: ClusterBuilder, claim: WorkingClaim, proposal: Candidate): void {
  builder.join(
    proposal.cluster,
    claim,
    explainJoin(claim, proposal.other, proposal.comparison, { candidates: 1 }),
  );
}

/**
 * Rule 2b: a window claim that joined no day incident groups with claims of the very same window only
 * (never with a day incident): merely overlapping windows would chain week after week through a
 * place's history. `apart` is how many day incidents fit it equally (rule 2a), for its explanation.
 * Such claims are placed in `windowOrder`.
 */
export function groupWindowClaim(builder: ClusterBuilder, claim: WorkingClaim, apart: number): Cluster {
  const near = builder.near(claim);
  let best: Candidate | null = null;
  for (const cluster of near) {
    if (builder.hasDays(cluster) || !cluster.members.some((m) => hasWindow(m.claim, claim))) continue;
    best = bestOf(best, claim, cluster, SAME_WINDOW, builder.deps);
  }
  const joined = joinBest(builder, claim, best);
  if (joined) return joined;
  return builder.start(
    claim,
    explainSeed(
      claim,
      apart ? `its window ${claim.anchor.from}…${claim.anchor.to} fits ${apart} dated incidents here` : null,
      apart,
    ),
  );
}

/**
 * Clusters every claim of the run; each cluster becomes one incident.
 * @example clusterClaims([sohrClaim, afpClaim], deps).length // 1 when they tell the same event
 */
export function clusterClaims(claims: readonly WorkingClaim[], deps: CompareDeps): Cluster[] {
  const builder = new ClusterBuilder(deps);

  // Fixed membership: pinned claims and context claims stay in their incidents.
  const fixed = new Map<string, Cluster>();
  const free: WorkingClaim[] = [];
  for (const claim of [...claims].sort(byId)) {
    const stays = (claim.pinned || !claim.affected) && claim.incidentId !== null;
    if (!stays) {
      free.push(claim);
      continue;
    }
    const id = claim.incidentId as string;
    let cluster = fixed.get(id);
    if (!cluster) fixed.set(id, (cluster = builder.startFixed(id)));
    builder.join(cluster, claim, claim.match ?? explainSeed(claim, null));
  }

  // 1. Day claims.
  for (const claim of free.filter(isDay).sort(dayOrder)) placeDayClaim(builder, claim);

  // 2a. Window claims against day incidents, all judged against the same day incidents.
  const windows = free.filter((c) => c.anchor.layer === "window").sort(windowOrder);
  const proposals = new Map<WorkingClaim, Candidate>();
  const keptApart = new Map<WorkingClaim, number>();
  for (const claim of windows) {
    const { proposal, apart } = proposeWindowClaim(builder, claim);
    if (proposal) proposals.set(claim, proposal);
    else if (apart) keptApart.set(claim, apart);
  }
  const attached = acceptProposals(proposals, deps);
  for (const claim of windows) {
    const proposal = attached.get(claim);
    if (proposal) joinProposal(builder, claim, proposal);
  }

  // 2b. The other window claims group with claims of the very same window.
  for (const claim of windows.filter((c) => !attached.has(c)))
    groupWindowClaim(builder, claim, keptApart.get(claim) ?? 0);

  // 3. Undated claims: one unambiguous dated incident at the very same place, or their own.
  const undated = free.filter((c) => c.anchor.layer === "undated").sort(byId);
  const undatedProposals = new Map<WorkingClaim, Candidate>();
  const undatedKept = new Map<WorkingClaim, UndatedProposal>();
  for (const claim of undated) {
    // Only clusters with a claim at one of its own place keys: the very same place (isSamePlace) shares
    // one, and so does every dated claim that fits it (undatedFits); the grid cells around it add none.
    const near = builder.at(claim.place.keys);
    const fits = () => {
      const ids = new Set<string>();
      for (const cluster of near)
        for (const m of cluster.members) if (undatedFits(claim, m.claim, deps)) ids.add(m.claim.id);
      return ids.size;
    };
    const decided = proposeUndatedClaim(claim, near, fits, deps);
    if (decided.proposal) undatedProposals.set(claim, decided.proposal);
    else undatedKept.set(claim, decided);
  }
  const undatedAttached = acceptProposals(undatedProposals, deps);
  for (const claim of undated) {
    const proposal = undatedAttached.get(claim);
    if (proposal) joinProposal(builder, claim, proposal);
    else builder.start(claim, undatedSeed(claim, undatedKept.get(claim) ?? NO_UNDATED_FIT));
  }
  return [...builder.clusters].filter((cluster) => cluster.members.length > 0);
}

/** What rule 3 makes of an undated claim: a proposal to one dated incident, or why it stays alone. */
export interface UndatedProposal {
  proposal: Candidate | null;
  /** The dated incidents that fit it equally, when more than one does (else 0). */
  apart: number;
  /** More than MAX_UNDATED_FITS dated claims at the place fit it, and some incident would take it. */
  crowded: boolean;
}

const NO_UNDATED_FIT: UndatedProposal = { proposal: null, apart: 0, crowded: false };

/**
 * Rule 3 for one undated claim, against the dated incidents as rules 1 and 2 left them: `near` holds
 * every cluster that has a dated claim fitting it (others may be given: none of them can take it), and
 * `fits` counts the dated claims at its place that fit it (`undatedFits`; only asked whether more than
 * MAX_UNDATED_FITS do). Crowded, one incident that would take it is enough to know it stays alone.
 * @example proposeUndatedClaim(undatedClaim, [strikeCluster], () => 1, deps).proposal?.cluster // strikeCluster
 */
export function proposeUndatedClaim(
  claim: WorkingClaim,
  near: readonly Cluster[],
  fits: () => number,
  deps: CompareDeps,
): UndatedProposal {
  const dated = near.filter((cluster) => cluster.members.some((m) => isDated(m.claim)));
  if (dated.length === 0) return NO_UNDATED_FIT;
  // Too crowded to tell? Then the store stopped reading the place's history, and the candidates
  // counted here are only some of them: say "more than", never a count.
  if (fits() > MAX_UNDATED_FITS)
    return dated.some((cluster) => evaluateUndated(claim, cluster, deps) !== null)
      ? { proposal: null, apart: 0, crowded: true }
      : NO_UNDATED_FIT;
  const candidates = dated
    .map((cluster) => evaluateUndated(claim, cluster, deps))
    .filter((c): c is Candidate => c !== null)
    .sort(clusterOrder);
  if (candidates.length > 1) return { proposal: null, apart: candidates.length, crowded: false };
  return candidates.length === 1
    ? { proposal: candidates[0] as Candidate, apart: 0, crowded: false }
    : NO_UNDATED_FIT;
}

/**
 * The explanation of an undated claim that starts its own incident: too crowded, several fits, or
 * none (also when its proposal was refused: another claim took the incident first).
 */
export function undatedSeed(claim: WorkingClaim, kept: Omit<UndatedProposal, "proposal">): MergeExplanation {
  return explainSeed(
    claim,
    kept.crowded
      ? `undated, and more than ${MAX_UNDATED_FITS} dated reports at this place fit it: too many to tell which event it is`
      : kept.apart
        ? `undated, and ${kept.apart} dated incidents at this place fit it`
        : "undated: it joins a dated incident only on the same place, type, attacker and toll",
    kept.crowded ? MAX_UNDATED_FITS + 1 : kept.apart,
  );
}

/**
 * Whether a claim's explanation says it was kept on its own as an undated claim at a place too crowded
 * to tell (rule 3): more fits cannot change that.
 */
export function crowdedOut(match: MergeExplanation | null): boolean {
  const candidates = match?.features["candidates"];
  return match?.by === "seed" && typeof candidates === "number" && candidates > MAX_UNDATED_FITS;
}

/**
 * Dated claims at an undated claim's place that fit it: beyond this many, it joins none (rule 3). A
 * much-reported event (a dozen reports) still leaves room; years of strikes on one town do not.
 */
export const MAX_UNDATED_FITS = 16;

/**
 * Whether a dated claim counts among those that fit an undated claim (rule 3's crowding): at one of its
 * exact place keys, within its reach, and passing the index screen on type, attacker and toll
 * (`undatedMayJoin`, on the claim's UndatedAnchor) — exactly what the place + day index screens, so
 * that the store can stop its search of a place's history once more than MAX_UNDATED_FITS are found.
 */
export function undatedFits(undated: ResolvableClaim, dated: ResolvableClaim, deps: CompareDeps): boolean {
  if (!withinReach(undated.anchor, dated.anchor)) return false;
  if (!dated.place.keys.some((key) => undated.place.keys.includes(key))) return false;
  const anchor = undatedAnchorOf(dated);
  return anchor !== null && undatedMayJoin(undated, dated.id, anchor, deps);
}

/**
 * Whether an undated claim could join the incident of a dated claim: a dated claim (within the
 * undated claim's reach, if it states one), the very same place, compatible types, the same or allied
 * attacker and a non-zero toll that agrees, and a day on the weekday its date phrase names, if it
 * names one (`weekdayFits`; the per-claim part of the rule below; the incident must
 * also be the only one that fits).
 */
export function undatedCouldJoin(
  undated: ResolvableClaim,
  dated: ResolvableClaim,
  deps: CompareDeps,
): boolean {
  if (undated.reportId === dated.reportId || !withinReach(undated.anchor, dated.anchor)) return false;
  if (!weekdayFits(undated.claim.date.text, dated.anchor)) return false;
  const f = compareClaims(undated, dated, deps).features;
  return (
    f.typeCompatibility > 0 &&
    isSamePlace(f.place) &&
    (f.attribution === "agree" || f.attribution === "allied") &&
    tollsAgreeAboveZero(undated, dated)
  );
}

/**
 * An undated claim fits a dated incident when, against one of its dated claims (within its reach), the
 * place is the very same, the attacker agrees and a non-zero toll agrees; every claim must allow the merge.
 */
function evaluateUndated(claim: WorkingClaim, cluster: Cluster, deps: CompareDeps): Candidate | null {
  let best: Candidate | null = null;
  for (const member of cluster.members) {
    const comparison = compareClaims(claim, member.claim, deps);
    const f = comparison.features;
    if (member.claim.reportId === claim.reportId || f.typeCompatibility === 0) return null;
    if (f.attribution === "contradict") return null;
    if (!withinReach(claim.anchor, member.claim.anchor) || !isSamePlace(f.place)) continue;
    if (!weekdayFits(claim.claim.date.text, member.claim.anchor)) continue;
    const strong =
      (f.attribution === "agree" || f.attribution === "allied") && tollsAgreeAboveZero(claim, member.claim);
    if (strong && betterMatch(comparison.score, member.claim, best))
      best = { cluster, score: comparison.score, comparison, other: member.claim };
  }
  return best;
}

/**
 * Proposals are judged against the incidents as they stood, so two claims proposing the same incident
 * have not seen each other. Two claims of one report may not join one incident, nor may two claims the
 * hard rules keep apart (incompatible types, contradicting attributions): one at a time, the second
 * would have been refused. The better fit (then the lower id) goes first and keeps its place.
 */
export function acceptProposals(
  proposals: Map<WorkingClaim, Candidate>,
  deps: CompareDeps,
): Map<WorkingClaim, Candidate> {
  const joined = new Map<string, WorkingClaim[]>();
  const order = [...proposals.entries()].sort(([a, pa], [b, pb]) => pb.score - pa.score || byId(a, b));
  const accepted = new Map<WorkingClaim, Candidate>();
  for (const [claim, proposal] of order) {
    const others = joined.get(proposal.cluster.key) ?? [];
    if (others.some((other) => refusedTogether(claim, other, deps))) continue;
    joined.set(proposal.cluster.key, [...others, claim]);
    accepted.set(claim, proposal);
  }
  return accepted;
}

/** The checks `evaluate` makes against every member of an incident, between two joining claims. */
function refusedTogether(a: WorkingClaim, b: WorkingClaim, deps: CompareDeps): boolean {
  if (a.reportId === b.reportId) return true;
  const f = compareClaims(a, b, deps).features;
  return f.typeCompatibility === 0 || f.attribution === "contradict";
}
