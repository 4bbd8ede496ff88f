/**
 * The source registry for the CLI and the API: list, show, add and edit sources (each change audited by
 * the store). A change of a source's judgement (kind, reliability, partisanship…) re-grades at once the
 * incidents it is a source of; a change of its names or domains affects which reports it is found in,
 * so those reports must be resolved again (`r2p incidents resolve --force`).
 */
import { errors } from "../domain/errors.js";
import { SourcePatch, SourceRecord } from "../domain/source.js";
import { buildIncident, type WorkingClaim } from "../pipeline/resolve/index.js";
import type { Actor } from "../storage/ports.js";
import { resolveDeps } from "./resolve-service.js";
import type { Runtime } from "./runtime.js";

/** Incidents re-graded per transaction. */
const REGRADE_BATCH = 200;

export interface SourceChange {
  source: SourceRecord;
  changed: boolean;
  /** Incidents re-graded because the source's judgement changed. */
  regraded: number;
  /** Names or domains changed: reports should be resolved again to re-attribute them. */
  reattribute: boolean;
}

function invalid(detail: string, example: string): never {
  throw errors.review(detail, example);
}

function parseRecord(input: unknown, example: string): SourceRecord {
  const parsed = SourceRecord.safeParse(input);
  if (!parsed.success)
    invalid(
      `${parsed.error.issues.map((i) => `${i.path.join(".") || "source"}: ${i.message}`).join("; ")}.`,
      example,
    );
  return parsed.data;
}

export async function listSources(runtime: Runtime): Promise<SourceRecord[]> {
  await runtime.sources();
  return runtime.store.sources.list();
}

export async function getSource(runtime: Runtime, id: string): Promise<SourceRecord> {
  await runtime.sources();
  const source = await runtime.store.sources.get(id);
  if (!source) throw errors.sourceNotFound(id);
  return source;
}

/** Adds a source to the registry. */
export async function addSource(runtime: Runtime, input: unknown, actor: Actor): Promise<SourceRecord> {
  const record = parseRecord(
    input,
    'r2p sources add local-monitor --name "Local Monitor" --kind monitor --reliability C',
  );
  await runtime.sources();
  await runtime.store.sources.add(record, actor);
  runtime.invalidateSources();
  return record;
}

/** Applies a patch to a source; re-grades its incidents when its judgement changed. */
export async function editSource(
  runtime: Runtime,
  id: string,
  patch: unknown,
  actor: Actor,
): Promise<SourceChange> {
  const example = "r2p sources edit sohr --reliability C";
  const parsedPatch = SourcePatch.safeParse(patch);
  if (!parsedPatch.success)
    invalid(
      `${parsedPatch.error.issues.map((i) => `${i.path.join(".") || "patch"}: ${i.message}`).join("; ")}.`,
      example,
    );
  const current = await getSource(runtime, id);
  const next = parseRecord({ ...current, ...parsedPatch.data, id }, example);
  const { changed } = await runtime.store.sources.update(next, actor);
  runtime.invalidateSources();
  const judged = ["name", "kind", "partisan", "reliability", "speaksFor", "stakeholder", "findings"] as const;
  const rejudged = judged.some((key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]));
  const reattribute =
    JSON.stringify(current.aliases) !== JSON.stringify(next.aliases) ||
    JSON.stringify(current.domains) !== JSON.stringify(next.domains);
  const regraded = changed && rejudged ? await regradeIncidentsOf(runtime, id, actor) : 0;
  return { source: next, changed, regraded, reattribute };
}

/** Rebuilds (grade, reason, credibility, sources) the incidents holding a claim from `sourceId`. */
export async function regradeIncidentsOf(runtime: Runtime, sourceId: string, actor: Actor): Promise<number> {
  const ids = await runtime.store.incidents.incidentIdsOfSource(sourceId);
  const deps = await resolveDeps(runtime);
  let written = 0;
  for (let i = 0; i < ids.length; i += REGRADE_BATCH) {
    const batch = ids.slice(i, i + REGRADE_BATCH);
    const now = new Date().toISOString();
    written += await runtime.store.incidents.transact(async (tx) => {
      const [claims, metas] = await Promise.all([tx.claimsOfIncidents(batch), tx.metas(batch)]);
      const incidents = metas.map((meta) => {
        const members = claims
          .filter((p) => p.incidentId === meta.id)
          .map((p) => ({
            claim: {
              ...p.claim,
              incidentId: p.incidentId,
              pinned: p.pinned,
              affected: false,
              match: p.match,
            } as WorkingClaim,
            match: p.match,
          }));
        return {
          incident: buildIncident(members, meta, deps, now),
          meta,
          claimsInRows: members.length > 0,
        };
      });
      const result = await tx.apply(
        { placements: [], incidents, deleted: [] },
        { actor, action: "incidents.regraded", subjectType: "source", subjectId: sourceId, detail: {} },
      );
      return result.written;
    });
  }
  return written;
}
