/**
 * Collects, through the place + day index, every stored claim a resolution must look at, so that
 * resolving claims one report at a time gives the same incidents as resolving them all at once:
 * - recomputed ("affected"): the new claims; the other claims of incidents that lose claims; day claims
 *   of the same day at a place that may be the same (and, transitively, theirs); window claims
 *   overlapping an affected claim there; undated claims at the very same place as an affected dated one;
 * - context (kept where they are, compared with): day claims inside an affected window claim's window,
 *   dated claims at the same place as an affected undated claim, and the other claims of every incident
 *   touched, so that each touched incident is rebuilt whole.
 */
import type { ClaimQuery, IncidentTransaction, PlacedClaim } from "../storage/ports.js";
import { searchKeys, type WorkingClaim } from "../pipeline/resolve/index.js";

function toWorking(placed: PlacedClaim, affected: boolean): WorkingClaim {
  return {
    ...placed.claim,
    incidentId: placed.incidentId,
    pinned: placed.pinned,
    affected,
    match: placed.match,
  };
}

interface Lookup {
  query: ClaimQuery;
  /** Whether a claim this lookup finds is recomputed too (else it is context). */
  affects: (found: PlacedClaim) => boolean;
}

/** The lookups an affected claim needs. */
function queriesFor(claim: WorkingClaim): Lookup[] {
  const near = searchKeys(claim.place);
  const exact = claim.place.keys;
  const { anchor } = claim;
  if (anchor.layer === "undated")
    return exact.length === 0 ? [] : [{ query: { keys: exact, anyDated: true }, affects: () => false }];
  const window = { from: anchor.from as string, to: anchor.to as string };
  const out: Lookup[] = [
    {
      query: { keys: near, overlapping: window },
      // A day claim changes the day incidents of its day and the window claims over it; a window claim
      // only reads the day incidents in its window, and regroups with the window claims it overlaps.
      affects: (found) => anchor.layer === "day" || found.claim.anchor.layer !== "day",
    },
  ];
  if (exact.length > 0) out.push({ query: { keys: exact, undated: true }, affects: () => true });
  return out;
}

/**
 * Expands `seeds` (affected claims, some not stored yet) into the full working set.
 * @example const claims = await collectWorkingSet(tx, newClaims, removedReportIds)
 */
export async function collectWorkingSet(
  tx: IncidentTransaction,
  seeds: readonly WorkingClaim[],
  excluded: ReadonlySet<string>,
): Promise<WorkingClaim[]> {
  const working = new Map<string, WorkingClaim>();
  const loadedIncidents = new Set<string>();
  let frontier: WorkingClaim[] = [];
  const admit = (claim: WorkingClaim): void => {
    const known = working.get(claim.id);
    if (!known) {
      working.set(claim.id, claim);
      if (claim.affected) frontier.push(claim);
    } else if (claim.affected && !known.affected) {
      working.set(claim.id, { ...known, affected: true });
      frontier.push(working.get(claim.id) as WorkingClaim);
    }
  };
  for (const seed of seeds) admit(seed);

  while (frontier.length > 0) {
    const round = frontier;
    frontier = [];
    const lookups = round.flatMap(queriesFor);
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
      const affected = keys.some((key) =>
        (byKey.get(key) ?? []).some((l) => matchesWhen(placed, l.query) && l.affects(placed)),
      );
      admit(toWorking(placed, affected));
    }
    // Every incident touched is rebuilt whole: load its other claims as context.
    const incidents = [...working.values()]
      .map((c) => c.incidentId)
      .filter((id): id is string => id !== null && !loadedIncidents.has(id));
    for (const id of incidents) loadedIncidents.add(id);
    if (incidents.length > 0)
      for (const placed of await tx.claimsOfIncidents(incidents))
        if (!excluded.has(placed.claim.id) && !working.has(placed.claim.id)) admit(toWorking(placed, false));
  }
  return [...working.values()];
}

/** Whether a stored claim found at one of a lookup's keys answers its time condition. */
function matchesWhen(placed: PlacedClaim, query: ClaimQuery): boolean {
  const { anchor } = placed.claim;
  if ("undated" in query) return anchor.layer === "undated";
  if ("anyDated" in query) return anchor.layer !== "undated";
  if (anchor.layer === "undated") return false;
  return (anchor.from as string) <= query.overlapping.to && query.overlapping.from <= (anchor.to as string);
}
