/**
 * Collects, through the place + day index, every stored claim a resolution must look at, so that
 * resolving claims one report at a time gives the same incidents as resolving them all at once:
 * - recomputed ("affected"): the new claims; the other claims of incidents that lose claims; day claims
 *   of the same day at a place that may be the same (and, transitively, theirs); window claims
 *   overlapping an affected claim there; undated claims at the very same place as an affected dated one
 *   (whose reach, when they state one, holds its days);
 * - context (kept where they are, compared with): day claims inside an affected window claim's window,
 *   dated claims at the same place (and within its reach) that an affected undated claim could join, and
 *   the other claims of every incident touched, so that each touched incident is rebuilt whole.
 * Claims found that can never share an incident with the claim looking (another place, an incompatible
 * type, the same report) are left out: that is the resolver's candidate relation, so the set stays exact.
 * An affected undated claim at a crowded place (its search stopped past MAX_UNDATED_FITS) whose newest
 * fits' incidents all refuse it has its place's whole history searched too (`searchFurther`), as rule 3
 * over all the claims at once reads it.
 */
import type { ClaimQuery, IncidentTransaction, PlacedClaim } from "../storage/ports.js";
import type { MergeExplanation } from "../domain/incident.js";
import { undatedAnchorOf, type ResolvableClaim } from "../domain/resolution.js";
import {
  agreeingAttackers,
  canAnchorUndated,
  compatibleTypes,
  crowdedOut,
  MAX_UNDATED_FITS,
  mayShareByEntry,
  mayShareIncident,
  proposeUndatedClaim,
  searchKeys,
  undatedCouldJoin,
  undatedEntryMayAnchor,
  undatedFits,
  undatedMayJoin,
  type Cluster,
  type CompareDeps,
  type WorkingClaim,
  workingClaim,
} from "../pipeline/resolve/index.js";

function toWorking(placed: PlacedClaim, affected: boolean): WorkingClaim {
  return workingClaim(placed.claim, {
    incidentId: placed.incidentId,
    pinned: placed.pinned,
    affected,
    match: placed.match,
  });
}

interface Lookup {
  query: ClaimQuery;
  /**
   * What a claim this lookup finds is to the run: recomputed too ("affected"), compared with but kept
   * where it is ("context"), or nothing (it can never share an incident with the claim looking).
   */
  role: (found: PlacedClaim) => "affected" | "context" | null;
}

/**
 * The search of a place's dated history for an undated claim: the dated claims at the very same place
 * (within its reach, when its text states one) that fit it (`undatedFits`, screened on the index), the
 * newest first, stopping at `enough` (more than MAX_UNDATED_FITS and the claim stays on its own,
 * whatever else fits). Null when the claim lacks what the rule needs (a place key, an attacker, a toll).
 * `admit` may refuse ids (claims leaving the store).
 * @example await tx.findClaims([undatedHistoryQuery(claim, deps) as ClaimQuery])
 */
export function undatedHistoryQuery(
  claim: ResolvableClaim,
  deps: CompareDeps,
  admit: (claimId: string) => boolean = () => true,
  enough = MAX_UNDATED_FITS + 1,
): ClaimQuery | null {
  const exact = claim.place.keys;
  if (claim.anchor.layer !== "undated" || exact.length === 0 || !canAnchorUndated(claim)) return null;
  return {
    keys: exact,
    anyDated: true,
    within: claim.anchor.reach,
    accept: (id, anchorOfDated) => admit(id) && undatedMayJoin(claim, id, anchorOfDated, deps),
    enough,
    types: compatibleTypes(claim.claim.eventType),
    tolls: undatedAnchorOf(claim) ?? undefined,
    attackers: agreeingAttackers(claim, deps) ?? undefined,
  };
}

/** `enough` for a search of a place's whole dated history. */
export const WHOLE_HISTORY = Number.MAX_SAFE_INTEGER;

/**
 * `undatedHistoryQuery`, adding to `found` the id of each dated claim the store accepts for this
 * search (it answers many at once): the newest first, at most `enough` of them.
 * @example const found = new Set<string>(); await tx.findClaims([trackedHistoryQuery(claim, deps, found)!])
 */
export function trackedHistoryQuery(
  claim: ResolvableClaim,
  deps: CompareDeps,
  found: Set<string>,
  admit?: (claimId: string) => boolean,
  enough?: number,
): ClaimQuery | null {
  const query = undatedHistoryQuery(claim, deps, admit, enough);
  if (!query || !("accept" in query) || !query.accept) return null;
  const accept = query.accept;
  return { ...query, accept: (id, anchor) => accept(id, anchor) && (found.add(id), true) };
}

/**
 * Whether an undated claim's search must go on past its newest fits: there were more than
 * MAX_UNDATED_FITS (the search stopped), and none of their `incidents` would take it. Rule 3 over all
 * the claims at once says "too crowded" only when some incident would: one further back may.
 * @example searchFurther(undatedClaim, 17, newestIncidents, deps) // true when none would take it
 */
export function searchFurther(
  claim: WorkingClaim,
  fits: number,
  incidents: readonly Cluster[],
  deps: CompareDeps,
): boolean {
  return fits > MAX_UNDATED_FITS && !proposeUndatedClaim(claim, incidents, () => fits, deps).crowded;
}

/**
 * The lookups an affected claim needs. `contested` collects the day incidents an affected window claim
 * could propose to: who else joins them from a window is decided among all such claims at once.
 */
function queriesFor(
  claim: WorkingClaim,
  deps: CompareDeps,
  contested: Set<string>,
  excluded: ReadonlySet<string>,
  mode: "placing" | "leaving" | "probe" | "whole" = "placing",
  found?: Set<string>,
): Lookup[] {
  const probe = mode === "probe";
  const near = searchKeys(claim.place);
  const exact = claim.place.keys;
  const { anchor } = claim;
  // The incidents an undated claim could join: the dated ones at the very same place (within its reach,
  // when its text states one) that fit it; skipped when the claim lacks what the rule needs.
  if (anchor.layer === "undated") {
    const admit = (id: string) => !excluded.has(id);
    const enough = mode === "whole" ? WHOLE_HISTORY : undefined;
    const query = found
      ? trackedHistoryQuery(claim, deps, found, admit, enough)
      : undatedHistoryQuery(claim, deps, admit, enough);
    return query
      ? [
          {
            query,
            // Every claim that fits is context, so the stage counts them as the store did.
            role: (found) => {
              const dated = found.claim;
              return undatedFits(claim, dated, deps) || undatedCouldJoin(claim, dated, deps)
                ? "context"
                : null;
            },
          },
        ]
      : [];
  }
  const window = { from: anchor.from as string, to: anchor.to as string };
  const out: Lookup[] = [
    {
      query: { keys: near, overlapping: window, screen: (entry) => mayShareByEntry(claim, entry) },
      // A day claim changes the day incidents of its day and the window claims over it; a window claim
      // only reads the day incidents in its window, and regroups with claims of the same window.
      role: (found) => {
        if (!mayShareIncident(claim, found.claim)) return null;
        const other = found.claim.anchor;
        if (probe) return other.layer === "window" ? "affected" : null;
        if (anchor.layer === "day") return "affected";
        if (other.layer === "window" && other.from === anchor.from && other.to === anchor.to)
          return "affected";
        if (other.layer !== "day") return null;
        if (found.incidentId) contested.add(found.incidentId);
        return "context";
      },
    },
  ];
  // An undated claim here is placed again only if this claim fits it (could be its match, or crowds
  // the place for it; else nothing this claim does changes where it goes: see rule 3 in cluster-claims.ts).
  if (exact.length > 0 && canAnchorUndated(claim))
    out.push({
      query: {
        keys: exact,
        undated: true,
        reaching: window,
        // The undated claim's own anchor (its attackers and tolls) must agree with this claim's: both
        // undatedFits and undatedCouldJoin require it, so the rest is never read.
        screen: (entry) =>
          mayShareByEntry(claim, entry) && !!entry.anchor && undatedEntryMayAnchor(claim, entry.anchor, deps),
      },
      // Fitting it (even without joining: it may crowd the place) is enough to be placed again, but
      // one more fit changes nothing for an undated claim already too crowded to join (only a claim
      // leaving may free it): at a busy place, that spares placing every such claim again.
      role: (found) => {
        if (mode !== "leaving" && crowdedOut(found.match)) return null;
        const undated = found.claim;
        return undatedFits(undated, claim, deps) || undatedCouldJoin(undated, claim, deps)
          ? "affected"
          : null;
      },
    });
  return out;
}

/**
 * Expands `seeds` (affected claims, some not stored yet) into the full working set. `removed` are
 * claims leaving the store (a report's earlier extraction): not part of the set, but what they touched
 * is placed again, since their going can change it (a contradiction that kept two claims apart).
 * @example const claims = await collectWorkingSet(tx, newClaims, removedIds, deps, removedClaims)
 */
export async function collectWorkingSet(
  tx: IncidentTransaction,
  seeds: readonly WorkingClaim[],
  excluded: ReadonlySet<string>,
  deps: CompareDeps,
  removed: readonly WorkingClaim[] = [],
): Promise<WorkingClaim[]> {
  const working = new Map<string, WorkingClaim>();
  const loadedIncidents = new Set<string>();
  const contested = new Set<string>();
  const reopened = new Set<string>();
  let frontier: WorkingClaim[] = [];
  const admit = (claim: WorkingClaim): void => {
    const known = working.get(claim.id);
    if (!known) {
      working.set(claim.id, claim);
      if (claim.affected) frontier.push(claim);
    } else if (claim.affected && !known.affected) {
      working.set(claim.id, Object.assign({}, known, { affected: true }));
      frontier.push(working.get(claim.id) as WorkingClaim);
    }
  };
  for (const seed of seeds) admit(seed);
  let ghosts = [...removed];
  let probes: WorkingClaim[] = [];
  // The ids each affected undated claim's bounded search found; the claims searched whole.
  const bounded = new Map<string, Set<string>>();
  const searchedWhole = new Set<string>();
  let whole: WorkingClaim[] = [];
  const track = (claim: WorkingClaim) => {
    if (claim.anchor.layer !== "undated") return undefined;
    const found = new Set<string>();
    bounded.set(claim.id, found);
    return found;
  };

  while (frontier.length > 0 || ghosts.length > 0 || probes.length > 0 || whole.length > 0) {
    const placing = frontier;
    const leaving = ghosts;
    const probing = probes;
    const deep = whole;
    frontier = [];
    ghosts = [];
    probes = [];
    whole = [];
    const lookups = [
      ...placing.flatMap((claim) => queriesFor(claim, deps, contested, excluded, "placing", track(claim))),
      ...leaving.flatMap((claim) => queriesFor(claim, deps, contested, excluded, "leaving")),
      ...probing.flatMap((claim) => queriesFor(claim, deps, contested, excluded, "probe")),
      ...deep.flatMap((claim) => queriesFor(claim, deps, contested, excluded, "whole")),
    ];
    const found = lookups.length > 0 ? await tx.findClaims(lookups.map((l) => l.query)) : [];
    // The store returns the union of all lookups: re-check each found claim against the lookups of its keys.
    const byKey = new Map<string, Lookup[]>();
    for (const lookup of lookups)
      for (const key of lookup.query.keys) {
        const list = byKey.get(key);
        if (list) list.push(lookup);
        else byKey.set(key, [lookup]);
      }
    for (const placed of found) {
      if (excluded.has(placed.claim.id)) continue;
      const keys = [
        ...placed.claim.place.keys,
        ...(placed.claim.place.cell ? [placed.claim.place.cell] : []),
      ];
      let role: "affected" | "context" | null = null;
      for (const key of keys)
        for (const lookup of byKey.get(key) ?? []) {
          if (role === "affected" || !matchesWhen(placed, lookup.query)) continue;
          role = lookup.role(placed) ?? role;
        }
      if (role) admit(toWorking(placed, role === "affected"));
    }
    // Every incident touched is rebuilt whole: load its other claims as context.
    const incidents = [...working.values()]
      .map((c) => c.incidentId)
      .filter((id): id is string => id !== null && !loadedIncidents.has(id));
    for (const id of incidents) loadedIncidents.add(id);
    if (incidents.length > 0)
      for (const placed of await tx.claimsOfIncidents(incidents))
        if (!excluded.has(placed.claim.id) && !working.has(placed.claim.id)) admit(toWorking(placed, false));
    // A day incident an affected window claim could propose to is contested: every window claim that
    // could propose to it is placed again, with the window and undated claims in it. In one run they
    // compete for it (the better fit first, see acceptProposals), so the claim that happened to arrive
    // first must not keep it, nor the loser stay put when the winner leaves. Its day claims stay where
    // they are and probe for those claims (windows over their day, undated claims they could anchor).
    const fresh = [...contested].filter((id) => !reopened.has(id));
    for (const id of fresh) reopened.add(id);
    if (fresh.length > 0) {
      const open = new Set(fresh);
      for (const claim of [...working.values()]) {
        if (!claim.incidentId || !open.has(claim.incidentId)) continue;
        if (claim.anchor.layer === "day") probes.push(claim);
        else if (!claim.affected) admit(Object.assign({}, claim, { affected: true }));
      }
    }
    if (frontier.length === 0 && ghosts.length === 0 && probes.length === 0)
      whole = furtherBack(working, bounded, searchedWhole, deps);
  }
  return [...working.values()];
}

/**
 * The affected undated claims (each once) whose bounded search stopped past MAX_UNDATED_FITS while no
 * incident of the fits it found, as the working set holds them, would take it (`searchFurther`).
 */
function furtherBack(
  working: ReadonlyMap<string, WorkingClaim>,
  bounded: Map<string, Set<string>>,
  searchedWhole: Set<string>,
  deps: CompareDeps,
): WorkingClaim[] {
  const crowded = [...bounded].filter(
    ([id, found]) => found.size > MAX_UNDATED_FITS && !searchedWhole.has(id),
  );
  bounded.clear();
  if (crowded.length === 0) return [];
  const members = new Map<string, WorkingClaim[]>();
  for (const claim of working.values())
    if (claim.incidentId) {
      const list = members.get(claim.incidentId);
      if (list) list.push(claim);
      else members.set(claim.incidentId, [claim]);
    }
  const further: WorkingClaim[] = [];
  for (const [id, found] of crowded) {
    const claim = working.get(id) as WorkingClaim;
    const fits = [...found]
      .map((fit) => working.get(fit))
      .filter((fit): fit is WorkingClaim => !!fit && undatedFits(claim, fit, deps));
    const incidents: Cluster[] = [...new Set(fits.map((fit) => fit.incidentId))].flatMap((incident) =>
      incident
        ? [
            {
              key: incident,
              fixedIncidentId: incident,
              members: (members.get(incident) ?? []).map((c) => ({
                claim: c,
                match: c.match as MergeExplanation,
              })),
            },
          ]
        : [],
    );
    if (searchFurther(claim, fits.length, incidents, deps)) {
      searchedWhole.add(id);
      further.push(claim);
    }
  }
  return further;
}

/** Whether a stored claim found at one of a lookup's keys answers its time condition. */
function matchesWhen(placed: PlacedClaim, query: ClaimQuery): boolean {
  const { anchor } = placed.claim;
  if ("undated" in query) return anchor.layer === "undated";
  if ("anyDated" in query) return anchor.layer !== "undated";
  if (anchor.layer === "undated") return false;
  return (anchor.from as string) <= query.overlapping.to && query.overlapping.from <= (anchor.to as string);
}
