/**
 * Resolution service: turns the stored claims of reports into incidents. For each batch of reports it
 * prepares their claims (source, date anchor, place keys), then, in one transaction holding the
 * resolution lock, replaces the reports' earlier claims, collects the working set through the place +
 * day index, runs the pure resolve stage and writes what changed with one audit event. Idempotent:
 * a report already resolved from the same extraction by the same resolver version is skipped, and
 * re-resolving writes nothing when nothing changed. Analyst decisions stay (pinned claims keep their
 * incident even when a new extractor renumbers a report's claims).
 */
import type { Extraction } from "../domain/claim.js";
import { type IncidentMeta, type ResolvableClaim, unpinnedMeta } from "../domain/resolution.js";
import { transliterationKey } from "../knowledge/gazetteer/transliteration-key.js";
import { EVENT_TYPES } from "../pipeline/extract/event-lexicon.js";
import {
  prepareClaims,
  resolveIncidents,
  RESOLVER_VERSION,
  type PrepareDeps,
  type ReportContext,
  type ResolveDeps,
  type ResolveOutput,
  type WorkingClaim,
  workingClaim,
} from "../pipeline/resolve/index.js";
import { canonicalJson } from "../storage/canonical-json.js";
import { sha256Hex } from "../storage/hash.js";
import type {
  Actor,
  ChangeAudit,
  IncidentChange,
  IncidentTransaction,
  PlacedClaim,
} from "../storage/ports.js";
import { collectWorkingSet } from "./resolve-working-set.js";
import type { Runtime } from "./runtime.js";

/** Characters of clean text searched for a wire dateline. */
const LEAD_CHARS = 400;

export interface ResolveSummary {
  /** Reports resolved now. */
  resolved: number;
  /** Reports already resolved from the same extraction. */
  skipped: number;
  claims: number;
  incidentsWritten: number;
  incidentsDeleted: number;
}

/** A report's claims ready to resolve, or the reason to skip it. */
export interface PreparedReport {
  reportId: string;
  extractionHash: string;
  claims: ResolvableClaim[];
}

/** The deps of the resolve stage from the runtime's knowledge and source registry. */
export type ServiceDeps = ResolveDeps & PrepareDeps;

export async function resolveDeps(runtime: Runtime): Promise<ServiceDeps> {
  const [knowledge, sources] = await Promise.all([runtime.knowledge(), runtime.sources()]);
  return {
    actors: knowledge.actors,
    sources,
    acledOf: (type) => ({ ...EVENT_TYPES[type].acled }),
    nameKey: memoise(transliterationKey, NAME_KEY_MEMO),
  };
}

/** Place names recur across reports; their keys are remembered (up to this many, then started afresh). */
const NAME_KEY_MEMO = 50_000;

function memoise(fn: (name: string) => string, limit: number): (name: string) => string {
  let memo = new Map<string, string>();
  return (name) => {
    let key = memo.get(name);
    if (key === undefined) {
      if (memo.size >= limit) memo = new Map();
      key = fn(name);
      memo.set(name, key);
    }
    return key;
  };
}

/** The report facts resolution reads, from the stored report and the extraction it was given. */
export function reportContext(
  report: { id: string; url: string | null; text: string; byline: string | null },
  header: Extraction["report"],
): ReportContext {
  return {
    id: report.id,
    byline: report.byline,
    publisher: header.publisher,
    url: report.url,
    originators: header.originators,
    publishedAt: header.publishedAt,
    caveats: header.caveats,
    lead: report.text.slice(0, LEAD_CHARS),
  };
}

/** Reads and prepares one report's latest extraction; null when it has none. */
export async function prepareReport(
  runtime: Runtime,
  reportId: string,
  deps: ServiceDeps,
): Promise<PreparedReport | null> {
  const [report, stored] = await Promise.all([
    runtime.store.reports.get(reportId),
    runtime.store.claims.getExtraction(reportId),
  ]);
  if (!report || !stored) return null;
  const extraction = stored.extraction;
  return {
    reportId,
    extractionHash: sha256Hex(canonicalJson(extraction)),
    claims: prepareClaims(reportContext(report, extraction.report), extraction.incidents, {
      sources: deps.sources,
      nameKey: deps.nameKey,
    }),
  };
}

/**
 * Gives new claims of a report the pins of its earlier claims: an analyst's decision is about an event,
 * so it follows the claim of the same report at the same place and overlapping dates, whatever its new
 * ordinal. Unpinned claims keep their earlier incident as a hint for a stable id.
 */
export function carryOver(
  fresh: readonly ResolvableClaim[],
  previous: readonly PlacedClaim[],
): WorkingClaim[] {
  const pinned = previous.filter((p) => p.pinned);
  const used = new Set<string>();
  const byId = new Map(previous.map((p) => [p.claim.id, p]));
  return fresh.map((claim): WorkingClaim => {
    const pin = pinned.find(
      (p) =>
        !used.has(p.claim.id) &&
        p.claim.reportId === claim.reportId &&
        p.claim.place.keys.some((k) => claim.place.keys.includes(k)) &&
        overlapsOrUndated(p.claim, claim),
    );
    if (pin) {
      used.add(pin.claim.id);
      return workingClaim(claim, {
        incidentId: pin.incidentId,
        pinned: true,
        affected: true,
        match: pin.match,
      });
    }
    const same = byId.get(claim.id);
    return workingClaim(claim, {
      incidentId: same && !same.pinned ? same.incidentId : null,
      pinned: false,
      affected: true,
      match: null,
    });
  });
}

function overlapsOrUndated(a: ResolvableClaim, b: ResolvableClaim): boolean {
  if (a.anchor.from === null || b.anchor.from === null) return a.anchor.from === b.anchor.from;
  return a.anchor.from <= (b.anchor.to as string) && b.anchor.from <= (a.anchor.to as string);
}

/**
 * Runs the stage on a working set, retrying id assignment until no new id collides with an incident
 * outside the working set. Also returns the stored metas of the output's incidents: an output id is
 * either the incident of a working claim (whose meta was read for the stage) or a new id the store
 * was just shown not to hold, so none needs reading again.
 */
export async function runStage(
  tx: IncidentTransaction,
  claims: WorkingClaim[],
  deps: ResolveDeps,
  now: string,
): Promise<{ output: ResolveOutput; metas: Map<string, IncidentMeta> }> {
  const incidentIds = [...new Set(claims.map((c) => c.incidentId).filter((id): id is string => id !== null))];
  const metas = await tx.metas(incidentIds);
  const output = await withFreeIds(tx, new Set(incidentIds), (taken) =>
    resolveIncidents({ claims, incidents: metas, takenIds: taken, now }, deps),
  );
  return { output, metas: new Map(metas.map((m) => [m.id, m])) };
}

/**
 * Runs `stage` until none of the new incident ids it gives (ids not in `known`) is held by an incident
 * outside the run: each clash is passed to the next run as taken.
 */
export async function withFreeIds(
  tx: Pick<IncidentTransaction, "existingIds">,
  known: ReadonlySet<string>,
  stage: (taken: ReadonlySet<string>) => ResolveOutput,
): Promise<ResolveOutput> {
  const taken = new Set<string>();
  for (;;) {
    const output = stage(taken);
    const fresh = output.incidents.map((i) => i.id).filter((id) => !known.has(id) && !taken.has(id));
    const clashes = fresh.length > 0 ? await tx.existingIds(fresh) : new Set<string>();
    if (clashes.size === 0) return output;
    for (const id of clashes) taken.add(id);
  }
}

/** Writes a stage output: every placement, rebuilt incident and deletion, in the caller's transaction. */
export async function applyOutput(
  tx: IncidentTransaction,
  output: ResolveOutput,
  metas: Map<string, IncidentMeta>,
  extra: OutputExtra,
) {
  return tx.apply(changeOfOutput(output, metas, extra), extra.audit);
}

/** What a stage output's change carries beside the output (see applyOutput). */
export interface OutputExtra {
  replaceReports?: string[];
  resolvedReports?: ResolvedReportRow[];
  /** Every claim and incident is new to the store (see IncidentChange.fresh). */
  fresh?: boolean;
  audit: ChangeAudit;
}

/** The change of the incident store that writes a stage output (what applyOutput applies). */
export function changeOfOutput(
  output: ResolveOutput,
  metas: Map<string, IncidentMeta>,
  extra: OutputExtra,
): IncidentChange {
  return {
    replaceReports: extra.replaceReports,
    // A context claim left where it was, with the same explanation, needs no write.
    placements: output.placements
      .filter((p) => p.claim.affected || p.incidentId !== p.claim.incidentId || p.match !== p.claim.match)
      .map((p) => ({
        claim: stripWorking(p.claim),
        incidentId: p.incidentId,
        pinned: p.claim.pinned,
        match: p.match,
      })),
    incidents: output.incidents.map((incident) => ({
      incident,
      // Built from the working set's claims, which this change leaves as its claim rows.
      claimsInRows: true,
      meta: metas.get(incident.id) ?? unpinnedMeta(incident),
    })),
    deleted: output.deleted,
    resolvedReports: extra.resolvedReports,
    fresh: extra.fresh,
  };
}

/** What `resolved_reports` keeps of a resolved report. */
export interface ResolvedReportRow {
  reportId: string;
  extractionHash: string;
  resolverVersion: string;
  claims: number;
}

/** The `resolved_reports` row of a report whose every claim is resolved now. */
export function resolvedRow(report: PreparedReport): ResolvedReportRow {
  return {
    reportId: report.reportId,
    extractionHash: report.extractionHash,
    resolverVersion: RESOLVER_VERSION,
    claims: report.claims.length,
  };
}

/** The stored part of a working claim. */
export function stripWorking(claim: WorkingClaim): ResolvableClaim {
  const { incidentId: _incident, pinned: _pinned, affected: _affected, match: _match, ...stored } = claim;
  return stored;
}

/**
 * Resolves the latest extraction of each report (skipping those already resolved from it), in
 * batches of `batchSize` reports per transaction.
 * @example await resolveReports(runtime, [reportId], "job:resolve-report")
 */
export async function resolveReports(
  runtime: Runtime,
  reportIds: readonly string[],
  actor: Actor,
  options: { force?: boolean; batchSize?: number } = {},
): Promise<ResolveSummary> {
  const deps = await resolveDeps(runtime);
  const summary: ResolveSummary = {
    resolved: 0,
    skipped: 0,
    claims: 0,
    incidentsWritten: 0,
    incidentsDeleted: 0,
  };
  const unique = [...new Set(reportIds)];
  const batchSize = options.batchSize ?? 50;
  for (let i = 0; i < unique.length; i += batchSize) {
    const prepared: PreparedReport[] = [];
    for (const id of unique.slice(i, i + batchSize)) {
      const report = await prepareReport(runtime, id, deps);
      if (!report) {
        summary.skipped++;
        continue;
      }
      const done = await runtime.store.incidents.resolvedReport(id);
      if (
        !options.force &&
        done?.extractionHash === report.extractionHash &&
        done.resolverVersion === RESOLVER_VERSION
      ) {
        summary.skipped++;
        continue;
      }
      prepared.push(report);
    }
    if (prepared.length === 0) continue;
    const result = await resolvePrepared(runtime, prepared, deps, actor);
    summary.resolved += prepared.length;
    summary.claims += prepared.reduce((n, r) => n + r.claims.length, 0);
    summary.incidentsWritten += result.written;
    summary.incidentsDeleted += result.deleted;
  }
  return summary;
}

/**
 * Resolves prepared reports in one transaction, replacing their earlier claims. With `adding`, the
 * claims are more claims of their reports, resolved beside those already stored (the bulk resolution
 * of a backlog leaves some claims of a report to this path: backlog-resolve.ts), and `resolved` lists
 * the reports complete with them.
 */
export async function resolvePrepared(
  runtime: Runtime,
  reports: readonly PreparedReport[],
  deps: ResolveDeps,
  actor: Actor,
  options: { adding?: boolean; resolved?: ResolvedReportRow[] } = {},
): Promise<{ written: number; deleted: number }> {
  const now = new Date().toISOString();
  return runtime.store.incidents.transact(async (tx) => {
    const reportIds = reports.map((r) => r.reportId);
    const previous = options.adding ? [] : await tx.claimsOfReports(reportIds);
    const fresh = reports.flatMap((r) => r.claims);
    const seeds = carryOver(fresh, previous);
    // The other claims of incidents that held this report's earlier claims are placed again.
    const freshIds = new Set(fresh.map((c) => c.id));
    const excluded = new Set(previous.map((p) => p.claim.id).filter((id) => !freshIds.has(id)));
    const holders = [...new Set(previous.map((p) => p.incidentId))];
    const neighbours = (await tx.claimsOfIncidents(holders)).filter(
      (p) => !excluded.has(p.claim.id) && !freshIds.has(p.claim.id),
    );
    const working = await collectWorkingSet(
      tx,
      [
        ...seeds,
        ...neighbours.map((p) =>
          workingClaim(p.claim, {
            incidentId: p.incidentId,
            pinned: p.pinned,
            affected: true,
            match: p.match,
          }),
        ),
      ],
      excluded,
      deps,
      // Every earlier claim of these reports: where they were, things may now group differently.
      previous.map((p) =>
        workingClaim(p.claim, {
          incidentId: p.incidentId,
          pinned: p.pinned,
          affected: true,
          match: p.match,
        }),
      ),
    );
    const { output, metas } = await runStage(tx, working, deps, now);
    const result = await applyOutput(tx, output, metas, {
      replaceReports: options.adding ? undefined : reportIds,
      resolvedReports: options.resolved ?? reports.map(resolvedRow),
      audit: {
        actor,
        action: "incidents.resolved",
        subjectType: reports.length === 1 ? "report" : "reports",
        subjectId: reports.length === 1 ? (reportIds[0] as string) : `${reportIds.length} reports`,
        detail: {
          reports: reportIds.length === 1 ? undefined : reportIds,
          claims: fresh.length,
          resolverVersion: RESOLVER_VERSION,
        },
      },
    });
    return { written: result.written, deleted: result.deleted };
  });
}
