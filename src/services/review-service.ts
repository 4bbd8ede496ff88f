/**
 * Analyst review of incidents: confirm, reject, merge two, split claims out, edit values. Each decision
 * is one audited transaction, and it is sticky: the incident's claims are pinned (automatic resolution
 * never moves them, nor merges the incident with another), and edited values are stored as overrides
 * applied over whatever resolution computes later.
 */
import { errors } from "../domain/errors.js";
import type { Incident, MergeExplanation } from "../domain/incident.js";
import type { IncidentMeta } from "../domain/resolution.js";
import { applyOverrides, buildIncident, workingClaim } from "../pipeline/resolve/index.js";
import { newIncidentId } from "../pipeline/resolve/assign-ids.js";
import type { Actor, IncidentTransaction, PlacedClaim } from "../storage/ports.js";
import { IncidentEdit, toOverrides } from "./incident-edit.js";
import { jobKey } from "../jobs/catalogue.js";
import { QUALIFICATION_RULES_VERSION } from "../knowledge/legal/rules-version.js";
import type { Store } from "../storage/ports.js";
import { resolveIncidentId } from "./incident-service.js";

export { IncidentEdit };
import { resolveDeps } from "./resolve-service.js";
import type { Runtime } from "./runtime.js";

export interface ReviewResult {
  incident: Incident;
  /** An incident removed by the decision (the one merged into the other). */
  removed?: string;
  /** The incident a split created. */
  created?: Incident;
}

/** The incidents a decision touched: the one decided on, and the one a merge removed or a split created. */
export function touchedIncidents(result: ReviewResult): string[] {
  return [result.incident.id, result.removed, result.created?.id].filter((id): id is string => !!id);
}

/**
 * Queues the assessment of what a decision changed (`assess-incidents`), which the server's job runner
 * takes at once, so qualifications and alerts follow the review without waiting for the assessment
 * loop. The job is queued after the decision is committed: were it lost in between, the loop still
 * re-assesses, since a review changes the input recorded with the incident's assessment.
 */
export async function queueReviewAssessment(store: Store, result: ReviewResult): Promise<void> {
  const payload = {
    incidentIds: touchedIncidents(result),
    decidedAt: result.incident.review.at ?? new Date().toISOString(),
    rulesVersion: QUALIFICATION_RULES_VERSION,
  };
  await store.jobs.enqueue("assess-incidents", jobKey("assess-incidents", payload), payload);
}

const analystMatch = (
  actor: Actor,
  reason: string,
  extra: MergeExplanation["features"] = {},
): MergeExplanation => ({
  by: "analyst",
  score: 1,
  features: { analyst: actor, ...extra },
  reason,
});

function toMembers(claims: PlacedClaim[]) {
  return claims
    .map((p) => ({
      claim: workingClaim(p.claim, {
        incidentId: p.incidentId,
        pinned: true,
        affected: false,
        match: p.match,
      }),
      match: p.match,
    }))
    .sort((a, b) => (a.claim.id < b.claim.id ? -1 : 1));
}

async function loadMeta(tx: IncidentTransaction, id: string): Promise<IncidentMeta> {
  const [meta] = await tx.metas([id]);
  if (!meta) throw errors.incidentNotFound(id);
  return meta;
}

/** Runs one decision on one incident inside a resolution transaction. */
async function decide(
  runtime: Runtime,
  idOrPrefix: string,
  work: (
    tx: IncidentTransaction,
    id: string,
    now: string,
    deps: Awaited<ReturnType<typeof resolveDeps>>,
  ) => Promise<ReviewResult>,
): Promise<ReviewResult> {
  const id = await resolveIncidentId(runtime, idOrPrefix);
  const deps = await resolveDeps(runtime);
  const now = new Date().toISOString();
  return runtime.store.incidents.transact((tx) => work(tx, id, now, deps));
}

/** Writes incidents rebuilt from pinned claims with their metas, and removes `deleted`. */
async function write(
  tx: IncidentTransaction,
  parts: { meta: IncidentMeta; claims: PlacedClaim[] }[],
  deps: Awaited<ReturnType<typeof resolveDeps>>,
  now: string,
  audit: { actor: Actor; action: string; subjectId: string; detail: Record<string, unknown> },
  deleted: string[] = [],
): Promise<Incident[]> {
  const built: { meta: IncidentMeta; claims: PlacedClaim[]; incident: Incident }[] = [];
  for (const { meta, claims } of parts)
    built.push({
      meta,
      claims,
      incident:
        claims.length > 0
          ? buildIncident(toMembers(claims), meta, deps, now)
          : await withoutClaims(tx, meta, deps, now),
    });
  await tx.apply(
    {
      placements: built.flatMap(({ claims }) => claims.map((c) => ({ ...c, pinned: true }))),
      incidents: built.map(({ incident, meta, claims }) => ({
        incident,
        meta,
        claimsInRows: claims.length > 0,
      })),
      deleted,
    },
    { ...audit, subjectType: "incident" },
  );
  return built.map((b) => b.incident);
}

/**
 * An incident stored without resolved claims (saved whole, e.g. imported): the decision is applied to
 * the stored record itself, since there is nothing to rebuild it from.
 */
async function withoutClaims(
  tx: IncidentTransaction,
  meta: IncidentMeta,
  deps: Awaited<ReturnType<typeof resolveDeps>>,
  now: string,
): Promise<Incident> {
  const stored = await tx.get(meta.id);
  if (!stored) throw errors.incidentNotFound(meta.id);
  const review = {
    status: meta.review.status,
    by: meta.review.by,
    at: meta.review.at,
    note: meta.review.note ?? null,
  };
  const rejected =
    review.status === "rejected"
      ? {
          grade: "discounted" as const,
          gradeReason: `Rejected by ${review.by ?? "an analyst"}${review.note ? `: ${review.note}` : ""}.`,
          credibility: "5" as const,
        }
      : {};
  return applyOverrides({ ...stored, ...rejected, review, updatedAt: now }, meta.overrides, deps);
}

function reviewed(
  meta: IncidentMeta,
  status: Incident["review"]["status"],
  actor: Actor,
  now: string,
  note?: string,
): IncidentMeta {
  return {
    ...meta,
    pinned: true,
    review: { status, by: actor, at: now, note: note ?? meta.review.note ?? null },
  };
}

/** Records an analyst's confirm or reject on one incident, audited as `incident.<status>`. */
function setReview(
  runtime: Runtime,
  idOrPrefix: string,
  status: "confirmed" | "rejected",
  actor: Actor,
  note?: string,
): Promise<ReviewResult> {
  return decide(runtime, idOrPrefix, async (tx, id, now, deps) => {
    const meta = reviewed(await loadMeta(tx, id), status, actor, now, note);
    const [incident] = await write(tx, [{ meta, claims: await tx.claimsOfIncidents([id]) }], deps, now, {
      actor,
      action: `incident.${status}`,
      subjectId: id,
      detail: { note: note ?? null },
    });
    return { incident: incident as Incident };
  });
}

/** Confirms an incident as a real event: its claims stay together from now on. */
export function confirmIncident(
  runtime: Runtime,
  idOrPrefix: string,
  actor: Actor,
  note?: string,
): Promise<ReviewResult> {
  return setReview(runtime, idOrPrefix, "confirmed", actor, note);
}

/** Rejects an incident (not a real event, not civilian harm, a duplicate): it is graded discounted. */
export function rejectIncident(
  runtime: Runtime,
  idOrPrefix: string,
  actor: Actor,
  note?: string,
): Promise<ReviewResult> {
  return setReview(runtime, idOrPrefix, "rejected", actor, note);
}

/** Merges incident `other` into `target`: one event told twice. `other` is removed. */
export async function mergeIncidents(
  runtime: Runtime,
  target: string,
  other: string,
  actor: Actor,
  note?: string,
): Promise<ReviewResult> {
  const otherId = await resolveIncidentId(runtime, other);
  return decide(runtime, target, async (tx, id, now, deps) => {
    if (id === otherId)
      throw errors.review(
        "An incident cannot be merged with itself.",
        "r2p incidents merge inc_3f2a9c inc_7b1e04",
      );
    const meta = await loadMeta(tx, id);
    await loadMeta(tx, otherId);
    const own = await tx.claimsOfIncidents([id]);
    const moved = (await tx.claimsOfIncidents([otherId])).map((p) => ({
      ...p,
      incidentId: id,
      match: analystMatch(actor, `Merged by ${actor} from incident ${otherId}${note ? `: ${note}` : ""}.`, {
        mergedFrom: otherId,
      }),
    }));
    const status = meta.review.status === "unreviewed" ? "edited" : meta.review.status;
    const [incident] = await write(
      tx,
      [{ meta: reviewed(meta, status, actor, now, note), claims: [...own, ...moved] }],
      deps,
      now,
      {
        actor,
        action: "incident.merged",
        subjectId: id,
        detail: { from: otherId, claims: moved.map((c) => c.claim.id), note: note ?? null },
      },
      [otherId],
    );
    return { incident: incident as Incident, removed: otherId };
  });
}

/**
 * Finds claims of an incident by id: full claim ids, or `<report id prefix>:<ordinal>` as `incidents
 * show` prints them.
 */
function pickClaims(claims: PlacedClaim[], wanted: readonly string[]): PlacedClaim[] {
  return wanted.map((w) => {
    const [prefix, ordinal] = w.trim().split(":");
    const found = claims.filter(
      (c) =>
        prefix !== undefined && c.claim.reportId.startsWith(prefix) && String(c.claim.ordinal) === ordinal,
    );
    if (found.length !== 1)
      throw errors.review(
        `Claim "${w}" is ${found.length === 0 ? "not in this incident" : "ambiguous"}; use the claim ids \`r2p incidents show\` lists (report id prefix:ordinal).`,
        "r2p incidents split inc_3f2a9c --claims 4dd286647d95:1,ced79c0a11b2:0",
      );
    return found[0] as PlacedClaim;
  });
}

/** Moves the given claims out of an incident into a new one: two events told as one. */
export function splitIncident(
  runtime: Runtime,
  idOrPrefix: string,
  claimIds: readonly string[],
  actor: Actor,
  note?: string,
): Promise<ReviewResult> {
  return decide(runtime, idOrPrefix, async (tx, id, now, deps) => {
    const meta = await loadMeta(tx, id);
    const claims = await tx.claimsOfIncidents([id]);
    const picked = pickClaims(claims, claimIds);
    const movedIds = new Set(picked.map((p) => p.claim.id));
    if (movedIds.size === 0 || movedIds.size === claims.length)
      throw errors.review(
        "Split needs some, but not all, of the incident's claims.",
        "r2p incidents split inc_3f2a9c --claims 4dd286647d95:1",
      );
    const first = picked.map((p) => p.claim).sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
    const anchor = { id: first.id, day: first.anchor.from };
    let newId = newIncidentId(anchor, 0);
    for (let attempt = 1; (await tx.existingIds([newId])).size > 0; attempt++)
      newId = newIncidentId(anchor, attempt);
    const reason = `Split by ${actor} from incident ${id}${note ? `: ${note}` : ""}.`;
    const moved = picked.map((p) => ({
      ...p,
      incidentId: newId,
      match: analystMatch(actor, reason, { splitFrom: id }),
    }));
    const kept = claims.filter((c) => !movedIds.has(c.claim.id));
    const status = meta.review.status === "unreviewed" ? "edited" : meta.review.status;
    const created: IncidentMeta = {
      id: newId,
      review: { status: "edited", by: actor, at: now, note: note ?? null },
      overrides: null,
      pinned: true,
      createdAt: now,
    };
    const [incident, split] = await write(
      tx,
      [
        { meta: reviewed(meta, status, actor, now, note), claims: kept },
        { meta: created, claims: moved },
      ],
      deps,
      now,
      {
        actor,
        action: "incident.split",
        subjectId: id,
        detail: { into: newId, claims: [...movedIds].sort(), note: note ?? null },
      },
    );
    return { incident: incident as Incident, created: split as Incident };
  });
}

/** Sets values by hand; they are kept over whatever later resolution computes. */
export async function editIncident(
  runtime: Runtime,
  idOrPrefix: string,
  edit: IncidentEdit,
  actor: Actor,
): Promise<ReviewResult> {
  const result = IncidentEdit.safeParse(edit);
  if (!result.success)
    throw errors.review(
      `${result.error.issues.map((i) => `${i.path.join(".") || "edit"}: ${i.message}`).join("; ")}.`,
      "r2p incidents edit inc_3f2a9c --killed 3-5 --note 'SNHR lists five names'",
    );
  const parsed = result.data;
  return decide(runtime, idOrPrefix, async (tx, id, now, deps) => {
    const meta = await loadMeta(tx, id);
    const current = await tx.get(id);
    if (!current) throw errors.incidentNotFound(id);
    const overrides = toOverrides(meta.overrides, parsed, current);
    const status = meta.review.status === "unreviewed" ? "edited" : meta.review.status;
    const next = { ...reviewed(meta, status, actor, now, parsed.note), overrides };
    const fields = Object.keys(parsed)
      .filter((k) => k !== "note")
      .sort();
    const [incident] = await write(
      tx,
      [{ meta: next, claims: await tx.claimsOfIncidents([id]) }],
      deps,
      now,
      {
        actor,
        action: "incident.edited",
        subjectId: id,
        detail: { fields, edit: parsed },
      },
    );
    return { incident: incident as Incident };
  });
}
