/**
 * Builds the public Incident record (src/domain/incident.ts) from a cluster of claims. Disagreement is
 * kept, never averaged: tolls per source with the incident's range [lowest, highest] and ACLED point
 * (the lowest); perpetrators with the sources that named them; every claim with why it is here.
 * Analyst edits (overrides) are applied last, so re-resolution never undoes them.
 */
import type { ActorLookup } from "../../domain/actors.js";
import type { CountRange, EventTypeCode } from "../../domain/claim.js";
import type { Incident, IncidentCount, IncidentSource, Reliability } from "../../domain/incident.js";
import {
  casualtiesBySource,
  claimOrder,
  incidentClaimRef,
  type IncidentMeta,
  type IncidentOverrides,
} from "../../domain/resolution.js";
import type { SourceLookup } from "./attribute-source.js";
import type { ClusterMember } from "./cluster-claims.js";
import { hierarchyRank } from "./event-compatibility.js";
import { gradeIncident, type Accusation, type GradedSource } from "./grade-incident.js";
import type { WorkingClaim } from "./resolvable-claim.js";

export type { IncidentMeta, IncidentOverrides };

export interface BuildDeps {
  sources: Pick<SourceLookup, "get">;
  actors: Pick<ActorLookup, "get">;
  /** ACLED event and sub-event type of one of our event types (for an analyst's type edit). */
  acledOf: (type: EventTypeCode) => { eventType: string; subEventType: string };
}

/** Whether `a` names the incident's type before `b`: higher in the type hierarchy, then the lower id. */
function typeBefore(a: WorkingClaim, b: WorkingClaim): boolean {
  const rank = hierarchyRank(a.claim.eventType) - hierarchyRank(b.claim.eventType);
  return rank < 0 || (rank === 0 && a.id < b.id);
}

function memberOrder(a: ClusterMember, b: ClusterMember): number {
  return claimOrder(a.claim, b.claim);
}

/** [lowest, highest] over the sources, point = lowest; a toll for a group of places is not this place's. */
export function combineCounts(ranges: readonly CountRange[]): IncidentCount | null {
  if (ranges.length === 0) return null;
  const lowest = Math.min(...ranges.map((r) => r.min));
  const highest = Math.max(...ranges.map((r) => r.max ?? r.min));
  const openEnded = ranges.some((r) => r.max === null && r.min >= highest);
  return { min: lowest, max: openEnded ? null : highest, point: lowest };
}

/** The incident's count of `field` over the claims that give a toll for it. */
function countsOf(tolls: readonly WorkingClaim[], field: "killed" | "injured" | "unspecified") {
  const ranges: CountRange[] = [];
  for (const c of tolls) {
    const range = c.claim.casualties[field];
    if (range) ranges.push(range);
  }
  return combineCounts(ranges);
}

/**
 * The first of `claims` by `before` (a strict order: claim ids differ), found in one pass rather than by
 * sorting a copy: an incident is built once per claim that joins it.
 */
function first(claims: readonly WorkingClaim[], before: (a: WorkingClaim, b: WorkingClaim) => boolean) {
  let best = claims[0] as WorkingClaim;
  for (let i = 1; i < claims.length; i++)
    if (before(claims[i] as WorkingClaim, best)) best = claims[i] as WorkingClaim;
  return best;
}

/** Adds `value` to `list` unless it holds it already (lists of a few items: no Set needed). */
function addNew<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** 0 for a gazetteer settlement, 1 for an unresolved name, 2 for a region: lower is better placed. */
function placeRank(c: WorkingClaim): number {
  return c.place.level === "region" ? 2 : c.place.gazetteerId ? 0 : 1;
}

/**
 * The claim whose place the incident takes: best placed, then the gazetteer entry most of its claims
 * name, then the lowest id.
 */
function pickPlaceClaim(claims: WorkingClaim[]): WorkingClaim {
  if (claims.length === 1) return claims[0] as WorkingClaim;
  const counts = new Map<string, number>();
  for (const c of claims)
    if (c.place.gazetteerId) counts.set(c.place.gazetteerId, (counts.get(c.place.gazetteerId) ?? 0) + 1);
  let best = claims[0] as WorkingClaim;
  let bestRank = placeRank(best);
  let bestCount = counts.get(best.place.gazetteerId ?? "") ?? 0;
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i] as WorkingClaim;
    const rank = placeRank(c);
    if (rank > bestRank) continue;
    const count = counts.get(c.place.gazetteerId ?? "") ?? 0;
    if (rank < bestRank || count > bestCount || (count === bestCount && c.id < best.id)) {
      best = c;
      bestRank = rank;
      bestCount = count;
    }
  }
  return best;
}

function incidentDate(claims: WorkingClaim[]): Incident["date"] {
  // The earliest and latest day claims' days; else the latest window start and earliest window end.
  let start: string | null = null;
  let end: string | null = null;
  for (const c of claims)
    if (c.anchor.layer === "day") {
      const day = c.anchor.from as string;
      if (start === null || day < start) start = day;
      if (end === null || day > end) end = day;
    }
  if (start !== null && end !== null) return { start, end, precision: start === end ? "day" : "window" };
  let latestFrom: string | null = null;
  let earliestFrom: string | null = null;
  let earliestTo: string | null = null;
  let latestTo: string | null = null;
  for (const c of claims)
    if (c.anchor.layer === "window") {
      const from = c.anchor.from as string;
      const to = c.anchor.to as string;
      if (latestFrom === null || from > latestFrom) latestFrom = from;
      if (earliestFrom === null || from < earliestFrom) earliestFrom = from;
      if (earliestTo === null || to < earliestTo) earliestTo = to;
      if (latestTo === null || to > latestTo) latestTo = to;
    }
  if (latestFrom !== null && earliestTo !== null)
    // The tightest window every report allows; if they share none (an analyst merge), their hull.
    return latestFrom <= earliestTo
      ? { start: latestFrom, end: earliestTo, precision: "window" }
      : { start: earliestFrom as string, end: latestTo as string, precision: "window" };
  let only: WorkingClaim | null = null;
  let stated = 0;
  for (const c of claims)
    if (c.anchor.from !== null) {
      stated++;
      only = c;
    }
  if (stated === 1 && only)
    return { start: only.anchor.from, end: only.anchor.to, precision: only.claim.date.precision };
  return { start: null, end: null, precision: "unknown" };
}

function buildSources(claims: WorkingClaim[], deps: BuildDeps): GradedSource[] {
  // Most incidents have one source (often one claim): no grouping needed.
  const firstId = (claims[0] as WorkingClaim).source.id;
  if (claims.every((c) => c.source.id === firstId)) return [gradedSource(firstId, claims, deps)];
  const bySource = new Map<string, WorkingClaim[]>();
  for (const c of claims) {
    const own = bySource.get(c.source.id);
    if (own) own.push(c);
    else bySource.set(c.source.id, [c]);
  }
  return [...bySource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, own]) => gradedSource(id, own, deps));
}

/** One source of an incident, from its claims there (`own`). */
function gradedSource(id: string, own: readonly WorkingClaim[], deps: BuildDeps): GradedSource {
  const record = deps.sources.get(id);
  const first = own[0] as WorkingClaim;
  const relayedBy: string[] = [];
  const reportIds: string[] = [];
  for (const c of own) {
    if (c.source.relayedBy) addNew(relayedBy, c.source.relayedBy.id);
    addNew(reportIds, c.reportId);
  }
  relayedBy.sort();
  reportIds.sort();
  // R2: a party's own account is at most "fairly reliable" (C), whatever the registry says.
  const stated: Reliability = record?.reliability ?? "F";
  const reliability: Reliability = record?.partisan && (stated === "A" || stated === "B") ? "C" : stated;
  return {
    id,
    name: record?.name ?? first.source.name,
    kind: record?.kind ?? "unknown",
    originator: id,
    relayedBy,
    reliability,
    partisan: record?.partisan ?? false,
    reportIds,
    unverified: own.every((c) => c.unverified),
    stakeholder: record?.stakeholder ?? false,
    findings: record?.findings ?? false,
    speaksFor: record?.speaksFor ?? [],
  };
}

function buildPerpetrators(claims: WorkingClaim[]): Incident["perpetrators"] {
  const byActor = new Map<string, Incident["perpetrators"][number]>();
  for (const c of claims) {
    if (c.claim.modality === "denied") continue;
    for (const p of c.claim.perpetrators) {
      const key = p.actorId ?? `name:${p.name.toLowerCase()}`;
      const entry = byActor.get(key) ?? {
        actorId: p.actorId,
        name: p.name,
        role: "alleged_assoc" as const,
        attributedBy: [],
      };
      if (p.role !== "alleged_assoc") entry.role = "primary";
      if (!entry.attributedBy.includes(c.source.id)) entry.attributedBy.push(c.source.id);
      byActor.set(key, entry);
    }
  }
  return [...byActor.values()]
    .map((p) => Object.assign({}, p, { attributedBy: [...p.attributedBy].sort() }))
    .sort((a, b) => (a.role === b.role ? (a.name < b.name ? -1 : 1) : a.role === "primary" ? -1 : 1));
}

/**
 * The incident for one cluster of claims, with its stored meta (id, review, analyst edits).
 * @example buildIncident(cluster.members, meta, deps, "2025-03-01T12:00:00.000Z").grade // "fair"
 */
export function buildIncident(
  members: readonly ClusterMember[],
  meta: IncidentMeta,
  deps: BuildDeps,
  now: string,
): Incident {
  const ordered = members.length === 1 ? members : [...members].sort(memberOrder);
  const claims = ordered.map((m) => m.claim);
  const typeClaim = first(claims, typeBefore);
  const placeClaim = pickPlaceClaim(claims);
  const tolls = claims.filter(
    (c) => c.claim.casualties.scope === "incident" && c.claim.modality !== "denied",
  );
  const graded = buildSources(claims, deps);
  const accusations: Accusation[] = claims.map((c) => {
    const actorIds: string[] = [];
    for (const p of c.claim.perpetrators)
      if (p.actorId !== null && p.role !== "alleged_assoc") addNew(actorIds, p.actorId);
    return { sourceId: c.source.id, actorIds, denied: c.claim.modality === "denied" };
  });
  const mentions: string[] = [];
  const targets: string[] = [];
  const victimGroups: string[] = [];
  const reports: string[] = [];
  for (const c of claims) {
    addNew(mentions, c.claim.place.mention);
    for (const target of c.claim.targets) addNew(targets, target);
    for (const group of c.claim.victimGroups) addNew(victimGroups, group);
    addNew(reports, c.reportId);
  }
  const rejected =
    meta.review.status === "rejected"
      ? { by: meta.review.by, at: meta.review.at, note: meta.review.note ?? null }
      : null;
  const grade = gradeIncident(
    { sources: graded, accusations, targets: claims.map((c) => c.claim.targets), rejected },
    deps.actors,
  );
  const place = placeClaim.claim.place;
  const incident: Incident = {
    id: meta.id,
    eventType: typeClaim.claim.eventType,
    acled: { ...typeClaim.claim.acled },
    date: incidentDate(claims),
    place: {
      name: place.name,
      mentions,
      gazetteerId: place.gazetteerId,
      lat: place.lat,
      lon: place.lon,
      admin1: place.admin1,
      admin2: place.admin2,
      country: place.country,
      precision: place.precision,
    },
    perpetrators: buildPerpetrators(claims),
    targets: targets.sort() as Incident["targets"],
    victimGroups: victimGroups.sort() as Incident["victimGroups"],
    doubleTap: claims.some((c) => c.claim.doubleTap === true),
    casualties: {
      killed: countsOf(tolls, "killed"),
      injured: countsOf(tolls, "injured"),
      unspecified: countsOf(tolls, "unspecified"),
      bySource: claims.map(casualtiesBySource),
    },
    grade: grade.grade,
    gradeReason: grade.reason,
    credibility: grade.credibility,
    independentSources: graded.length,
    sources: graded.map((s): IncidentSource => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      originator: s.originator,
      relayedBy: s.relayedBy,
      reliability: s.reliability,
      partisan: s.partisan,
      reportIds: s.reportIds,
      unverified: s.unverified,
      stakeholder: s.stakeholder,
    })),
    reports: reports.sort(),
    claims: ordered.map((m) => incidentClaimRef(m.claim, m.match)),
    // A fixed key order, whatever order the stored review came back in (content hashes compare JSON).
    review:
      meta.review.note !== undefined
        ? { status: meta.review.status, by: meta.review.by, at: meta.review.at, note: meta.review.note }
        : { status: meta.review.status, by: meta.review.by, at: meta.review.at },
    createdAt: meta.createdAt,
    updatedAt: now,
  };
  return applyOverrides(incident, meta.overrides, deps);
}

/** Applies an analyst's edits over the computed incident. */
export function applyOverrides(
  incident: Incident,
  overrides: IncidentOverrides | null,
  deps: BuildDeps,
): Incident {
  if (!overrides) return incident;
  const out: Incident = { ...incident, place: { ...incident.place }, casualties: { ...incident.casualties } };
  if (overrides.eventType) {
    out.eventType = overrides.eventType;
    out.acled = deps.acledOf(overrides.eventType);
  }
  if (overrides.date) out.date = { ...overrides.date };
  if (overrides.place) out.place = { ...out.place, ...overrides.place };
  if (overrides.killed !== undefined) out.casualties.killed = overrides.killed;
  if (overrides.injured !== undefined) out.casualties.injured = overrides.injured;
  if (overrides.grade && incident.review.status !== "rejected") {
    out.grade = overrides.grade.grade;
    out.gradeReason = overrides.grade.reason;
  }
  return out;
}
