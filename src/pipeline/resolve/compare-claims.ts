/**
 * Compares two claims: the features an analyst would look at (place, day, event type, attacker, tolls,
 * target sites), a score in [0, 1], and the hard rules that forbid a merge whatever the score:
 * - claims of one report are never merged (the extractor already split them by place and day);
 * - event types must be compatible (event-compatibility.ts);
 * - dated claims must share a day; undated claims never merge on place alone (see attach rules);
 * - contradicting attributions merge only at the same place on the same day (the result is contested).
 */
import type { CountRange } from "../../domain/claim.js";
import type { ActorLookup, ActorRecord } from "../../domain/actors.js";
import { dateAgreement, windowsOverlap } from "./date-anchor.js";
import { eventCompatibility } from "./event-compatibility.js";
import { comparePlaces, distanceKm, isSamePlace, NEAR_KM, type PlaceRelation } from "./place-match.js";
import type { ResolvableClaim } from "./resolvable-claim.js";
import { undatedAnchorOf, type ClaimIndexEntry, type UndatedAnchor } from "../../domain/resolution.js";

/** A pair scoring at least this is the same event (when no hard rule forbids it). */
export const MERGE_THRESHOLD = 0.7;
/** A window claim joins a day incident only when it beats the next candidate by this much. */
export const AMBIGUITY_MARGIN = 0.1;

const WEIGHTS = { place: 0.35, date: 0.25, type: 0.2, perpetrators: 0.1, casualties: 0.1 } as const;
const FACILITY_PENALTY = 0.1;
const FACILITIES = new Set(["medical", "school", "market", "worship", "camp"]);

export type Attribution = "agree" | "allied" | "unknown" | "contradict";
export type TollAgreement = "overlap" | "differ" | "unknown";

export interface PairFeatures {
  place: PlaceRelation;
  distanceKm: number | null;
  sameDay: boolean;
  dateAgreement: number;
  typeCompatibility: number;
  attribution: Attribution;
  tolls: TollAgreement;
  facilitiesDiffer: boolean;
}

export interface PairComparison {
  features: PairFeatures;
  score: number;
  /** Why the pair may not merge whatever its score; null when it may. */
  blocked: string | null;
}

export interface CompareDeps {
  /** `all`, when given, lets a search of the store screen attackers (see agreeingAttackers). */
  actors: Pick<ActorLookup, "get"> & { all?: () => readonly ActorRecord[] };
}

/**
 * The named primary attackers of each claim read so far: a run compares every claim with many others,
 * and the list is the same each time (claims are never changed once prepared). Keyed by the extracted
 * claim, which a working claim shares with its stored copy.
 */
const primaryMemo = new WeakMap<object, readonly string[]>();

const NO_ACTORS: readonly string[] = [];
/** The list of a claim naming one primary attacker, shared by every claim naming that one. */
const oneActor = new Map<string, readonly string[]>();

function primaryActors(claim: ResolvableClaim): readonly string[] {
  // Most claims name at most one attacker: their list needs no lookup by claim (asked twice per pair).
  const perpetrators = claim.claim.perpetrators;
  if (perpetrators.length === 0) return NO_ACTORS;
  if (perpetrators.length === 1) {
    const { actorId, role } = perpetrators[0] as (typeof perpetrators)[number];
    if (actorId === null || role === "alleged_assoc") return NO_ACTORS;
    let list = oneActor.get(actorId);
    if (!list) {
      if (oneActor.size >= 10_000) oneActor.clear();
      oneActor.set(actorId, (list = [actorId]));
    }
    return list;
  }
  let actors = primaryMemo.get(claim.claim);
  if (!actors) {
    actors = [
      ...new Set(
        claim.claim.perpetrators
          .filter((p) => p.actorId !== null && p.role !== "alleged_assoc")
          .map((p) => p.actorId as string),
      ),
    ];
    primaryMemo.set(claim.claim, actors);
  }
  return actors;
}

/** Each actor's allies, per actor registry. */
const alliesMemo = new WeakMap<object, Map<string, ReadonlySet<string>>>();

function allies(id: string, deps: CompareDeps): ReadonlySet<string> {
  let memo = alliesMemo.get(deps.actors);
  if (!memo) alliesMemo.set(deps.actors, (memo = new Map()));
  let set = memo.get(id);
  if (!set) memo.set(id, (set = new Set(deps.actors.get(id)?.allegiances ?? [])));
  return set;
}

const agreeingMemo = new WeakMap<object, Map<string, string[]>>();

/**
 * Every attacker that one of `claim`'s agrees with or is allied to: a dated claim naming none of them
 * is "contradict" against it (or "unknown", naming nobody), so an undated claim never joins through it.
 * Null when the actor registry cannot be listed. Sorted, so that equal sets key a cache alike.
 * @example agreeingAttackers(undatedRussianStrike, deps) // ["IR_MIL", "RU_MIL", "SY_GOV_ASSAD", …]
 */
export function agreeingAttackers(claim: ResolvableClaim, deps: CompareDeps): string[] | null {
  const all = deps.actors.all;
  if (!all) return null;
  let memo = agreeingMemo.get(deps.actors);
  if (!memo) agreeingMemo.set(deps.actors, (memo = new Map()));
  const out = new Set<string>();
  for (const x of primaryActors(claim)) {
    let partners = memo.get(x);
    if (!partners) {
      // attributionOf's relation for one pair: the same actor, one an ally of the other, or a shared ally.
      const xAllies = allies(x, deps);
      const found = new Set([x, ...xAllies]);
      for (const y of all.call(deps.actors))
        if (y.allegiances.includes(x) || y.allegiances.some((z) => xAllies.has(z))) found.add(y.id);
      memo.set(x, (partners = [...found]));
    }
    for (const id of partners) out.add(id);
  }
  return [...out].sort();
}

/**
 * Whether two claims blame the same attacker: the same actor, allies (Russian forces and the Syrian
 * government), or contradicting ones (Turkish forces and the SDF). Claims naming nobody are "unknown".
 */
export function compareAttribution(a: ResolvableClaim, b: ResolvableClaim, deps: CompareDeps): Attribution {
  return attributionOf(primaryActors(a), primaryActors(b), deps);
}

function attributionOf(left: readonly string[], right: readonly string[], deps: CompareDeps): Attribution {
  if (left.length === 0 || right.length === 0) return "unknown";
  if (left.some((id) => right.includes(id))) return "agree";
  for (const x of left) {
    const xAllies = allies(x, deps);
    for (const y of right) {
      const yAllies = allies(y, deps);
      if (xAllies.has(y) || yAllies.has(x)) return "allied";
      for (const z of xAllies) if (yAllies.has(z)) return "allied";
    }
  }
  return "contradict";
}

function rangesOverlap(a: CountRange, b: CountRange): boolean {
  const aMax = a.max ?? Number.POSITIVE_INFINITY;
  const bMax = b.max ?? Number.POSITIVE_INFINITY;
  return a.min <= bMax && b.min <= aMax;
}

function incidentToll(claim: ResolvableClaim, field: "killed" | "injured"): CountRange | null {
  const casualties = claim.claim.casualties;
  return casualties.scope === "incident" ? casualties[field] : null;
}

/** Whether the tolls agree: killed if both give it, else injured; a toll for a group of places is not compared. */
export function compareTolls(a: ResolvableClaim, b: ResolvableClaim): TollAgreement {
  const killedA = incidentToll(a, "killed");
  const killedB = incidentToll(b, "killed");
  if (killedA && killedB) return rangesOverlap(killedA, killedB) ? "overlap" : "differ";
  const injuredA = incidentToll(a, "injured");
  const injuredB = incidentToll(b, "injured");
  if (injuredA && injuredB) return rangesOverlap(injuredA, injuredB) ? "overlap" : "differ";
  return "unknown";
}

/** True when both tolls agree and are not zero (strong evidence for an undated claim). */
/**
 * Whether a claim has what the undated rule needs on its side: a named attacker and a toll for the
 * incident (killed or injured). Without them no pairing can pass `tollsAgreeAboveZero` together with an
 * agreeing attribution, so an undated claim lacking them never joins a dated incident, and a dated
 * claim lacking them is never one an undated claim joins: the store need not be searched for either.
 * @example canAnchorUndated(claimNamingNobody) // false
 */
export function canAnchorUndated(claim: ResolvableClaim): boolean {
  return undatedAnchorOf(claim) !== null;
}

export function tollsAgreeAboveZero(a: ResolvableClaim, b: ResolvableClaim): boolean {
  return tollPairAboveZero(
    { killed: incidentToll(a, "killed"), injured: incidentToll(a, "injured") },
    { killed: incidentToll(b, "killed"), injured: incidentToll(b, "injured") },
  );
}

type Tolls = Pick<UndatedAnchor, "killed" | "injured">;

/**
 * Agreement on a non-zero toll. When either side reports deaths, only the death tolls may agree: an
 * undated "three killed and nine injured" is not shown to be a dated "nine injured" and no death by the
 * injured count alone (a later strike on the same town often wounds as many).
 */
function tollPairAboveZero(a: Tolls, b: Tolls): boolean {
  const deaths = [a.killed, b.killed].some((k) => k !== null && k.min > 0);
  for (const field of deaths ? (["killed"] as const) : (["killed", "injured"] as const)) {
    const left = a[field];
    const right = b[field];
    if (left && right && rangesOverlap(left, right) && Math.max(left.min, right.min) > 0) return true;
  }
  return false;
}

/**
 * Whether an undated claim could join through a dated claim known only by its index entry (its id and
 * `UndatedAnchor`): the parts of `undatedCouldJoin` that do not need the place (the index lookup was
 * by the very same place key). A screen: true is checked again on the whole claim.
 * @example undatedMayJoin(undatedRussianStrike, "r1:0", { eventType: "air_strike", actors: ["RU_MIL"], killed: { min: 3, max: 3 }, injured: null }, deps)
 */
export function undatedMayJoin(
  undated: ResolvableClaim,
  datedId: string,
  anchor: UndatedAnchor,
  deps: CompareDeps,
): boolean {
  const datedReport = datedId.slice(0, datedId.lastIndexOf(":"));
  return (
    datedReport !== undated.reportId &&
    eventCompatibility(undated.claim.eventType, anchor.eventType) > 0 &&
    ["agree", "allied"].includes(attributionOf(primaryActors(undated), anchor.actors, deps)) &&
    tollPairAboveZero(
      { killed: incidentToll(undated, "killed"), injured: incidentToll(undated, "injured") },
      anchor,
    )
  );
}

/**
 * Whether a dated claim could be one an undated claim, known only by its index entry's `UndatedAnchor`
 * (its primary attackers and incident tolls), fits or joins through (`undatedFits`,
 * `undatedCouldJoin`): the attacker and toll parts of the undated rule, which hold both ways (the
 * report and type parts are `mayShareByEntry`'s). A screen: true is checked again on the whole claim.
 * @example undatedEntryMayAnchor(datedRussianStrike, { eventType: "air_strike", actors: ["SY_GOV_ASSAD"], killed: { min: 3, max: 3 }, injured: null }, deps) // true when the tolls agree
 */
export function undatedEntryMayAnchor(
  dated: ResolvableClaim,
  undated: UndatedAnchor,
  deps: CompareDeps,
): boolean {
  return (
    ["agree", "allied"].includes(attributionOf(undated.actors, primaryActors(dated), deps)) &&
    tollPairAboveZero(undated, {
      killed: incidentToll(dated, "killed"),
      injured: incidentToll(dated, "injured"),
    })
  );
}

/** Both name facilities as targets, and none in common (asked of every pair compared: no lists built). */
function facilitiesDiffer(a: ResolvableClaim, b: ResolvableClaim): boolean {
  let left = false;
  for (const t of a.claim.targets)
    if (FACILITIES.has(t)) {
      if (b.claim.targets.includes(t)) return false;
      left = true;
    }
  return left && b.claim.targets.some((t) => FACILITIES.has(t));
}

const attributionScore: Record<Attribution, number> = { agree: 1, allied: 0.8, unknown: 0.5, contradict: 0 };
const tollScore: Record<TollAgreement, number> = { overlap: 1, unknown: 0.5, differ: 0.3 };

/**
 * Whether two claims could ever sit in one incident: another report, a compatible type, a place that
 * may be the same. The resolver's candidate relation: claims that fail it never affect each other.
 */
export function mayShareIncident(a: ResolvableClaim, b: ResolvableClaim): boolean {
  return (
    a.reportId !== b.reportId &&
    eventCompatibility(a.claim.eventType, b.claim.eventType) > 0 &&
    comparePlaces(a.place, b.place).relation !== "none"
  );
}

/**
 * A screen for `mayShareIncident` on an index entry of the other claim: another report, a compatible
 * type, and either a place key the claim has or, on a grid-cell entry, a point within NEAR_KM. Every
 * claim that may share an incident passes on at least one of its entries a lookup finds (the one of
 * the shared key, or of its cell); true is checked again on the whole claim.
 * @example mayShareByEntry(claimAtSarmin, { key: "e:geonames:163345", claimId: "r2:0", eventType: "shelling", lat: null, lon: null }) // true
 */
export function mayShareByEntry(claim: ResolvableClaim, entry: ClaimIndexEntry): boolean {
  if (entry.claimId.slice(0, entry.claimId.lastIndexOf(":")) === claim.reportId) return false;
  if (eventCompatibility(claim.claim.eventType, entry.eventType) === 0) return false;
  if (claim.place.keys.includes(entry.key)) return true;
  const { lat, lon } = claim.place;
  return (
    entry.lat !== null &&
    entry.lon !== null &&
    lat !== null &&
    lon !== null &&
    distanceKm({ lat, lon }, { lat: entry.lat, lon: entry.lon }) <= NEAR_KM
  );
}

/**
 * Features, score and hard-rule verdict for two claims.
 * @example compareClaims(sohrClaim, afpClaim, deps).score // 0.95 for the same place, day and type
 */
export function compareClaims(a: ResolvableClaim, b: ResolvableClaim, deps: CompareDeps): PairComparison {
  const place = comparePlaces(a.place, b.place);
  const sameDay = a.anchor.layer === "day" && b.anchor.layer === "day" && a.anchor.from === b.anchor.from;
  const features: PairFeatures = {
    place: place.relation,
    distanceKm: place.distanceKm === null ? null : Math.round(place.distanceKm * 10) / 10,
    sameDay,
    dateAgreement: Math.round(dateAgreement(a.anchor, b.anchor) * 100) / 100,
    typeCompatibility: eventCompatibility(a.claim.eventType, b.claim.eventType),
    attribution: compareAttribution(a, b, deps),
    tolls: compareTolls(a, b),
    facilitiesDiffer: facilitiesDiffer(a, b),
  };
  const score =
    WEIGHTS.place * place.score +
    WEIGHTS.date * features.dateAgreement +
    WEIGHTS.type * features.typeCompatibility +
    WEIGHTS.perpetrators * attributionScore[features.attribution] +
    WEIGHTS.casualties * tollScore[features.tolls] -
    (features.facilitiesDiffer ? FACILITY_PENALTY : 0);
  return { features, score: Math.round(score * 1000) / 1000, blocked: blockedReason(a, b, features) };
}

function blockedReason(a: ResolvableClaim, b: ResolvableClaim, f: PairFeatures): string | null {
  if (a.reportId === b.reportId) return "claims of one report are separate events";
  if (f.typeCompatibility === 0) return `event types ${a.claim.eventType} and ${b.claim.eventType} differ`;
  if (f.place === "none") return "different places";
  if (!windowsOverlap(a.anchor, b.anchor)) return "dates do not overlap";
  if (f.attribution === "contradict" && !(f.sameDay && isSamePlace(f.place)))
    return "contradicting attributions merge only at the same place on the same day";
  return null;
}
