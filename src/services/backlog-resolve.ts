/**
 * Bulk resolution of a backlog: reports in time order (an archive imported into an empty incident
 * store, `r2p incidents resolve --bulk`, the resolve bench) resolved with each claim and each incident
 * written once, in large transactions, and only a window of open days in memory. The clustering is
 * the stage's own (windowed-clustering.ts runs the steps of cluster-claims.ts in time order), so the
 * incidents are those the incremental path (resolve-service.ts) makes of the same claims:
 * - claims the window takes (dated, not before the frontier: the latest day seen less `lagDays`) are
 *   clustered in memory and their finished incidents written together;
 * - the others (late reports about days already closed, undated claims, whose rule reads the whole
 *   dated history of their place) are resolved afterwards through the incremental path, against what
 *   the store now holds, in batches: that path is order-independent, so the result is the incidents of
 *   all claims at once.
 * Only on an empty incident store: with incidents already stored (and analyst decisions on them) every
 * report goes through the incremental path, which keeps those decisions.
 *
 * The store must stay the bulk run's own while the window's incidents are written (they are written as
 * new, `fresh`, without looking at what is stored): each of those transactions first reads resolution's
 * write stamp (migration 015) and stops with BACKLOG_INTERLEAVED when it is not the one the run's own
 * last write left (a job runner or server resolved meanwhile). What was committed is whole (finished
 * incidents and the reports all of whose claims they hold); a run after it finds incidents stored and
 * resolves every report through the incremental path. The second pass is the incremental path itself,
 * which reads the store under the lock, so it needs no such check.
 */
import { errors } from "../domain/errors.js";
import { type ResolvableClaim, unpinnedMeta } from "../domain/resolution.js";
import {
  addDays,
  assignIncidentIds,
  incidentsOfClusters,
  WindowedClustering,
  workingClaim,
  type Cluster,
  type ResolveOutput,
  type WorkingClaim,
} from "../pipeline/resolve/index.js";
import type { Actor, IncidentChange, IncidentTransaction } from "../storage/ports.js";
import { bulkResolvedAudit, placeUndatedClaims } from "./backlog-undated.js";
import { UndatedReader } from "./backlog-undated-reader.js";
import { threadCpuSeconds } from "./thread-cpu.js";
import { BacklogWriter } from "./backlog-writer.js";
import {
  changeOfOutput,
  prepareReport,
  resolveDeps,
  resolvedRow,
  resolvePrepared,
  stripWorking,
  withFreeIds,
  type OutputExtra,
  type PreparedReport,
  type ResolvedReportRow,
  type ServiceDeps,
} from "./resolve-service.js";
import type { Runtime } from "./runtime.js";

export interface BacklogOptions {
  /** Days before the latest day told that still take claims in time order (later ones are late). */
  lagDays?: number;
  /** Claims of finished incidents written per transaction. */
  transactionClaims?: number;
  /** Claims per transaction of the incremental path (late and undated claims). */
  lookupBatch?: number;
  /** Reports per transaction when the store is not empty (the incremental path throughout). */
  reportBatch?: number;
  /** Claims taken between two moves of the frontier (each move finishes what it closes). */
  closeEvery?: number;
  /**
   * Writes the time-ordered pass's transactions on a writer thread with its own connection
   * (backlog-writer.ts) while this thread clusters the next window; false: in this thread. The same
   * transactions either way, in the same order, so the same store.
   */
  writerThread?: boolean;
  /**
   * With the writer thread: a reader thread with its own connection decides batches of the undated
   * claims' pass while this thread decides others (backlog-undated-reader.ts). Its comparison deps are
   * the built-in actor registry, as `resolveDeps` gives them: leave it off when `deps` differ. The same
   * decisions either way, taken in the same order, so the same store.
   */
  readerThread?: boolean;
  /**
   * The reader thread starts only when the undated claims make at least this many batches (default
   * READER_MIN_BATCHES; tests lower it): its start-up and cold caches cost more than a few batches.
   */
  readerMinBatches?: number;
  /**
   * Index rows the time-ordered pass lets wait in claim_cells_pending before it moves them into
   * claim_cells in key order (PENDING_MOVE_ROWS, 300,000, by default; tests lower it).
   */
  pendingMoveRows?: number;
  /**
   * With the writer thread: claims of a transaction whose incidents are built and packed together
   * (PART_CLAIMS by default; tests lower it).
   */
  partClaims?: number;
  /**
   * Prepares a report again (from the store). Given, the claims left for the second pass are kept as
   * their ids and place only, and prepared again when their turn comes: memory holds the window, not
   * the backlog's late and undated claims.
   */
  reprepare?: (reportId: string) => Promise<PreparedReport | null>;
}

/** A claim left for the second pass: the claim itself, or (with `reprepare`) what finds it again. */
type Deferred = {
  id: string;
  reportId: string;
  placeKey: string;
  undated: boolean;
  claim: ResolvableClaim | null;
};

export interface BacklogSummary {
  /** Whether the bulk path ran (false: the store held incidents, every report went incrementally). */
  bulk: boolean;
  reports: number;
  claims: number;
  /** Claims clustered in time order. */
  windowed: number;
  /** Claims resolved against the store afterwards: dated before the frontier, and undated. */
  late: number;
  undated: number;
  transactions: number;
  /** The most claims the window held at once. */
  peakWindow: number;
  /** Undated claims that joined a dated incident. */
  undatedJoined: number;
  /** Undated claims whose place's whole dated history was searched (see backlog-undated.ts). */
  undatedSearchedAgain: number;
  /**
   * CPU seconds of this process in the time-ordered pass, in the store-lookup pass after it, and
   * building the indexes that lists and maps read after both (the bulk path only).
   */
  cpu: { windowed: number; lookup: number; indexes?: number };
  /**
   * CPU seconds of this thread alone in each pass (null where the system does not say): with the
   * writer thread, `cpu` counts both threads.
   */
  mainThreadCpu: { windowed: number | null; lookup: number | null };
  /**
   * With the writer thread: wall seconds it spent writing the time-ordered pass's transactions, and
   * this thread waiting for it (more waiting than a start-up's worth: the writes set the pace).
   */
  writer?: {
    writing: number;
    waiting: number;
    /** The writer thread's own CPU seconds (null where the system does not say). */
    cpu?: number | null;
    undatedWriting?: number;
    undatedWaiting?: number;
    undatedCpu?: number | null;
    /** Wall seconds of the undated claims' pass (placeUndatedClaims). */
    undatedSeconds?: number;
    /** The undated pass's reader thread: its own CPU seconds, and the batches it decided. */
    readerCpu?: number | null;
    readerBatches?: number;
  };
}

/**
 * Batches of undated claims below which the pass stays on the main thread: at 100,000 synthetic claims
 * (3 batches) the reader thread made the pass slower (2.9 → 4.2–4.7 s), at a million (26) faster.
 */
const READER_MIN_BATCHES = 10;

const DEFAULTS = {
  lagDays: 10,
  transactionClaims: 5_000,
  lookupBatch: 2_000,
  reportBatch: 50,
  closeEvery: 2_000,
};

/**
 * Claims of a writer transaction built and packed together: the incidents of 5,000 claims (some
 * 20 MB of objects) outlived several of the main thread's scavenges and were promoted; built a
 * thousand claims at a time, they die young. Measured as transactions of 1,000 claims at 100,000
 * (main thread's time-ordered pass 7.1, 6.8 → 6.2, 6.3 CPU s), which cost the writer more commits.
 */
const PART_CLAIMS = 1_000;

/**
 * The clusters of a transaction in parts of about `partClaims` claims, in order (at least one part); all in one part when
 * a claim id is in two clusters (a report given twice: the change writes the claim as placed last,
 * which parts written apart would not).
 */
export function partsOf(clusters: readonly Cluster[], partClaims = PART_CLAIMS): Cluster[][] {
  const seen = new Set<string>();
  for (const cluster of clusters)
    for (const { claim } of cluster.members) {
      if (seen.has(claim.id)) return [[...clusters]];
      seen.add(claim.id);
    }
  const parts: Cluster[][] = [];
  let part: Cluster[] = [];
  let claims = 0;
  for (const cluster of clusters) {
    part.push(cluster);
    claims += cluster.members.length;
    if (claims >= partClaims) {
      parts.push(part);
      part = [];
      claims = 0;
    }
  }
  // No cluster at all: one empty part still writes the transaction's resolved reports.
  if (part.length > 0 || parts.length === 0) parts.push(part);
  return parts;
}

/**
 * The ids `incidentsOfClusters` gives clusters of new claims, none used by a stored incident: as
 * `withFreeIds` finds them (every such cluster is a new incident), without building the incidents.
 */
async function freeIncidentIds(
  tx: Pick<IncidentTransaction, "existingIds">,
  clusters: readonly Cluster[],
): Promise<Map<Cluster, string>> {
  const taken = new Set<string>();
  for (;;) {
    const ids = assignIncidentIds(clusters, taken);
    const fresh = [...ids.values()].filter((id) => !taken.has(id));
    const clashes = fresh.length > 0 ? await tx.existingIds(fresh) : new Set<string>();
    if (clashes.size === 0) return ids;
    for (const id of clashes) taken.add(id);
  }
}

const fresh = (claim: ResolvableClaim): WorkingClaim =>
  workingClaim(claim, { incidentId: null, pinned: false, affected: true, match: null });

/**
 * The change that writes a stage output of new claims into new incidents, as `changeOfOutput` makes it
 * (every claim affected, no stored meta), each claim written as `stored` gives it: the prepared claim
 * its working copy was made of, the same keys in the same order, instead of a copy without the working
 * fields (`stripWorking`) made per claim.
 */
function freshChange(
  output: ResolveOutput,
  stored: Map<string, ResolvableClaim>,
  extra: OutputExtra,
): IncidentChange {
  const placements: IncidentChange["placements"] = [];
  for (const p of output.placements) {
    // A claim id told twice (a report given twice) is in `stored` once: the copy for the second.
    const claim = stored.get(p.claim.id) ?? stripWorking(p.claim);
    stored.delete(p.claim.id);
    placements.push({ claim, incidentId: p.incidentId, pinned: p.claim.pinned, match: p.match });
  }
  const incidents: IncidentChange["incidents"] = [];
  for (const incident of output.incidents)
    incidents.push({
      incident,
      claimsInRows: true,
      meta: unpinnedMeta(incident),
    });
  return {
    replaceReports: extra.replaceReports,
    placements,
    incidents,
    deleted: output.deleted,
    resolvedReports: extra.resolvedReports,
    fresh: extra.fresh,
  };
}

/**
 * Resolves reports given in time order (by publication), writing each incident once. The store's
 * deferred indexes (storage/deferred-indexes.ts) are built again however the run ends: those
 * resolution reads before the second pass, the others at the end.
 * @example await resolveBacklog(runtime, preparedReports(), deps, "cli:admin")
 */
export async function resolveBacklog(
  runtime: Runtime,
  reports: Iterable<PreparedReport> | AsyncIterable<PreparedReport>,
  deps: ServiceDeps,
  actor: Actor,
  options: BacklogOptions = {},
): Promise<BacklogSummary> {
  let summary: BacklogSummary | null = null;
  try {
    summary = await resolveBacklogOnce(runtime, reports, deps, actor, options);
  } finally {
    const cpu = process.cpuUsage();
    await runtime.store.incidents.restoreIndexes();
    if (summary?.bulk) {
      const used = process.cpuUsage(cpu);
      summary.cpu.indexes = (used.user + used.system) / 1e6;
    }
  }
  return summary;
}

async function resolveBacklogOnce(
  runtime: Runtime,
  reports: Iterable<PreparedReport> | AsyncIterable<PreparedReport>,
  deps: ServiceDeps,
  actor: Actor,
  options: BacklogOptions,
): Promise<BacklogSummary> {
  const { lagDays, transactionClaims, lookupBatch, reportBatch, closeEvery } = { ...DEFAULTS, ...options };
  const summary: BacklogSummary = {
    bulk: false,
    reports: 0,
    claims: 0,
    windowed: 0,
    late: 0,
    undated: 0,
    transactions: 0,
    peakWindow: 0,
    undatedJoined: 0,
    undatedSearchedAgain: 0,
    cpu: { windowed: 0, lookup: 0 },
    mainThreadCpu: { windowed: null, lookup: null },
  };
  const cpuSince = (start: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
  const started = process.cpuUsage();
  const threadStarted = threadCpuSeconds();
  const threadSince = (start: number | null) => {
    const now = threadCpuSeconds();
    return start === null || now === null ? null : Math.round((now - start) * 100) / 100;
  };
  const store = runtime.store.incidents;
  // Read before the store is found empty: a write after it moves the stamp, and the first bulk write sees it.
  let ownStamp = await store.transact((tx) => tx.writeStamp());
  if ((await store.countClaims()) > 0 || (await store.count()) > 0) {
    let batch: PreparedReport[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await resolvePrepared(runtime, batch, deps, actor);
      summary.transactions++;
      batch = [];
    };
    for await (const report of reports) {
      summary.reports++;
      summary.claims += report.claims.length;
      batch.push(report);
      if (batch.length >= reportBatch) await flush();
    }
    await flush();
    return summary;
  }
  summary.bulk = true;
  // Started before the indexes are deferred: opening a store builds them again. The writer's store
  // defers them too, and appends the index rows it writes to claim_cells_pending as this thread's store
  // would (backlog-writer-thread.ts); closing it moves them and builds the indexes.
  let writer =
    options.writerThread === false
      ? null
      : await BacklogWriter.start(runtime.config, ownStamp, {
          pendingMoveRows: options.pendingMoveRows,
        });

  const window = new WindowedClustering(deps);
  /** The prepared claims the window holds, by id (written as they are: see freshChange). */
  const prepared = new Map<string, ResolvableClaim>();
  /** Reports with claims not written yet: their resolved_reports row waits for the last one. */
  const open = new Map<string, { row: ResolvedReportRow; outstanding: number }>();
  let complete: ResolvedReportRow[] = [];
  const deferred: Deferred[] = [];
  let finished: Cluster[] = [];
  let finishedClaims = 0;
  let latest = "";
  let sinceClose = 0;

  /** Writes the undated claims that stay alone as new incidents on the writer thread (backlog-undated.ts). */
  const writeApart = async (sink: BacklogWriter, clusters: Cluster[], resolved: ResolvedReportRow[]) => {
    const now = new Date().toISOString();
    const output = await withFreeIds(
      { existingIds: (ids) => sink.existingIds(store, ids) },
      new Set(),
      (taken) => incidentsOfClusters(clusters, { incidents: [], takenIds: taken, now }, deps),
    );
    const change: OutputExtra = {
      resolvedReports: resolved,
      fresh: true,
      audit: bulkResolvedAudit(actor, resolved.length, output.placements.length, { undated: true }),
    };
    await sink.writeFresh(changeOfOutput(output, new Map(), change), now, change.audit);
  };
  /** A transaction of the bulk run: it stops when another resolver wrote since the run's last write. */
  const transactOwn = <T>(work: (tx: IncidentTransaction) => Promise<T>): Promise<T> =>
    store.transact(async (tx) => {
      if ((await tx.writeStamp()) !== ownStamp) throw errors.backlogInterleaved(summary.transactions);
      const out = await work(tx);
      ownStamp = await tx.writeStamp();
      return out;
    });
  const settle = (reportId: string) => {
    const entry = open.get(reportId);
    if (!entry || --entry.outstanding > 0) return;
    open.delete(reportId);
    complete.push(entry.row);
  };
  /**
   * Writes the finished incidents in transactions of about `transactionClaims` claims or more (whole
   * incidents; the window's last days, finished at once, make several): with the writer thread, this
   * thread builds one while the writer writes the one before.
   */
  const write = async () => {
    if (finished.length === 0 && complete.length === 0) return;
    const clusters = finished;
    const parts = Math.max(1, Math.floor(finishedClaims / transactionClaims));
    const size = finishedClaims / parts;
    finished = [];
    finishedClaims = 0;
    let start = 0;
    do {
      let end = start;
      for (let claims = 0; end < clusters.length && (claims < size || parts === 1); end++)
        claims += (clusters[end] as Cluster).members.length;
      await writeClusters(clusters.slice(start, end));
      start = end;
    } while (start < clusters.length);
  };
  const writeClusters = async (clusters: Cluster[]) => {
    for (const cluster of clusters) for (const { claim } of cluster.members) settle(claim.reportId);
    const resolved = complete;
    complete = [];
    const now = new Date().toISOString();
    const stage = (taken: ReadonlySet<string>) =>
      incidentsOfClusters(clusters, { incidents: [], takenIds: taken, now }, deps);
    /** `claims`: the output's placements (every member of every cluster). */
    const extra = (claims: number): OutputExtra => ({
      resolvedReports: resolved,
      // The store held no incident when the run began, and each claim and incident is written once.
      fresh: true,
      audit: bulkResolvedAudit(actor, resolved.length, claims, { undated: false }),
    });
    if (writer) {
      // Built here, a part at a time, written by the writer thread while this one clusters on
      // (backlog-writer.ts). The ids are named for the whole transaction first, as the stage names them.
      const sink = writer;
      const ids = await freeIncidentIds({ existingIds: (list) => sink.existingIds(store, list) }, clusters);
      const output = (part: readonly Cluster[]) =>
        incidentsOfClusters(part, { incidents: [], takenIds: new Set(), now }, deps, ids);
      const parts = partsOf(clusters, options.partClaims);
      const claims = clusters.reduce((sum, cluster) => sum + cluster.members.length, 0);
      const change = extra(claims);
      await sink.writeFreshParts(
        (function* () {
          for (const [i, part] of parts.entries())
            yield freshChange(output(part), prepared, {
              ...change,
              resolvedReports: i === 0 ? change.resolvedReports : [],
            });
        })(),
        now,
        change.audit,
      );
    } else
      await transactOwn(async (tx) => {
        const output = await withFreeIds(tx, new Set(), stage);
        const change = extra(output.placements.length);
        await tx.apply(freshChange(output, prepared, change), change.audit);
      });
    summary.transactions++;
  };
  const take = (clusters: Cluster[]) => {
    for (const cluster of clusters) {
      finished.push(cluster);
      finishedClaims += cluster.members.length;
    }
  };

  try {
    // The time-ordered pass reads none of the secondary indexes it would write a random page of per row:
    // they are built once after it, before the second pass, which reads them.
    await store.deferIndexes({ moveEveryRows: options.pendingMoveRows });
    for await (const report of reports) {
      summary.reports++;
      summary.claims += report.claims.length;
      const row = resolvedRow(report);
      if (report.claims.length === 0) complete.push(row);
      else open.set(report.reportId, { row, outstanding: report.claims.length });
      for (const claim of report.claims) {
        const working = fresh(claim);
        if (!window.takes(working)) {
          deferred.push({
            id: claim.id,
            reportId: claim.reportId,
            placeKey: claim.place.keys[0] ?? "",
            undated: claim.anchor.layer === "undated",
            claim: options.reprepare ? null : claim,
          });
          if (claim.anchor.layer === "undated") summary.undated++;
          else summary.late++;
          continue;
        }
        window.add(working);
        prepared.set(claim.id, claim);
        summary.windowed++;
        if ((claim.anchor.from as string) > latest) latest = claim.anchor.from as string;
        sinceClose++;
      }
      if (sinceClose >= closeEvery) {
        sinceClose = 0;
        summary.peakWindow = Math.max(summary.peakWindow, window.size);
        take(window.close(addDays(latest, -lagDays)));
        if (finishedClaims >= transactionClaims) await write();
      }
    }
    summary.peakWindow = Math.max(summary.peakWindow, window.size);
    take(window.finish());
    await write();
    // The second pass reads what this one wrote: every transaction committed first.
    if (writer) {
      ownStamp = await writer.drain();
      summary.writer = {
        writing: Math.round(writer.timing.writing) / 1000,
        waiting: Math.round(writer.timing.waiting) / 1000,
      };
    }
  } finally {
    // After a failure, what was sent before it is written (or, if the writer failed, nothing more).
    await writer?.close();
    if (writer && summary.writer) summary.writer.cpu = writer.timing.cpu;
    writer = null;
  }

  // The indexes the second pass reads; the others after it (resolveBacklog's `finally`), so that its
  // inserts take no random page of them per row.
  // The undated claims' reader thread opens its connection meanwhile (backlog-undated-reader.ts); until
  // the undated pass closes it, a failure closes it too.
  const reader =
    options.writerThread !== false &&
    options.readerThread &&
    summary.undated >= (options.readerMinBatches ?? READER_MIN_BATCHES) * lookupBatch
      ? UndatedReader.start(runtime.config)
      : null;
  const closingReader = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      await reader?.close();
      throw error;
    }
  };
  await closingReader(() => store.restoreIndexes({ only: "resolution" }));
  summary.cpu.windowed = cpuSince(started);
  summary.mainThreadCpu.windowed = threadSince(threadStarted);
  const threadLookup = threadCpuSeconds();
  const lookupStarted = process.cpuUsage();
  // Claims of one place go together: they share the place's history read from the store.
  const byPlace = (a: Deferred, b: Deferred) => compare(a.placeKey, b.placeKey) || compare(a.id, b.id);
  /** The deferred claims in batches, prepared again if need be; `settleAll` settles each as it goes. */
  async function* batches(entries: Deferred[], settleAll: boolean): AsyncGenerator<ResolvableClaim[]> {
    for (let i = 0; i < entries.length; i += lookupBatch) {
      const again = new Map<string, Map<string, ResolvableClaim>>();
      const claims: ResolvableClaim[] = [];
      for (const entry of entries.slice(i, i + lookupBatch)) {
        let claim = entry.claim;
        if (!claim && options.reprepare) {
          let found = again.get(entry.reportId);
          if (!found) {
            const report = await options.reprepare(entry.reportId);
            again.set(entry.reportId, (found = new Map(report?.claims.map((c) => [c.id, c]) ?? [])));
          }
          claim = found.get(entry.id) ?? null;
        }
        // A claim its report no longer has (extracted again since): the resolve job will see the new
        // extraction, whose hash is not the one recorded.
        if (settleAll || !claim) settle(entry.reportId);
        if (claim) claims.push(claim);
      }
      yield claims;
    }
  }
  // Late claims (dated, about days already closed) first, as the incremental path resolves a late
  // report: then every dated claim is stored, all that the undated claims' rule reads.
  await closingReader(async () => {
    for await (const claims of batches(deferred.filter((d) => !d.undated).sort(byPlace), true)) {
      const byReport = new Map<string, ResolvableClaim[]>();
      for (const claim of claims) {
        const list = byReport.get(claim.reportId);
        if (list) list.push(claim);
        else byReport.set(claim.reportId, [claim]);
      }
      const resolved = complete;
      complete = [];
      await resolvePrepared(
        runtime,
        [...byReport].map(([reportId, list]) => ({ reportId, extractionHash: "", claims: list })),
        deps,
        actor,
        { adding: true, resolved },
      );
      summary.transactions++;
    }
  });
  // Undated claims, decided together against the stored dated incidents (backlog-undated.ts); with the
  // writer thread, the new incidents of those that stay alone written there while this thread reads on.
  ownStamp = await closingReader(() => store.transact((tx) => tx.writeStamp()));
  writer =
    options.writerThread === false
      ? null
      : await closingReader(() => BacklogWriter.start(runtime.config, ownStamp, { deferIndexes: false }));
  let undated: Awaited<ReturnType<typeof placeUndatedClaims>>;
  const undatedStarted = performance.now();
  try {
    await reader?.open;
    const sink = writer;
    undated = await placeUndatedClaims(
      batches(deferred.filter((d) => d.undated).sort(byPlace), false),
      deps,
      actor,
      {
        transact: transactOwn,
        settle,
        takeResolved: () => {
          const rows = complete;
          complete = [];
          return rows;
        },
        apart: sink
          ? {
              read: (work) => store.read(work),
              writeFresh: (clusters, resolved) => writeApart(sink, clusters, resolved),
              drain: async () => {
                ownStamp = await sink.drain();
              },
              reader: reader ?? undefined,
            }
          : undefined,
      },
    );
  } finally {
    await reader?.close();
    if (summary.writer) summary.writer.undatedSeconds = Math.round(performance.now() - undatedStarted) / 1000;
    if (reader && summary.writer) {
      summary.writer.readerCpu = reader.cpu;
      summary.writer.readerBatches = reader.batches;
    }
    await writer?.close();
    if (writer && summary.writer) {
      summary.writer.undatedWriting = Math.round(writer.timing.writing) / 1000;
      summary.writer.undatedWaiting = Math.round(writer.timing.waiting) / 1000;
      summary.writer.undatedCpu = writer.timing.cpu;
    }
    writer = null;
  }
  summary.transactions += undated.transactions;
  summary.undatedJoined = undated.joined;
  summary.undatedSearchedAgain = undated.searchedAgain;
  // The reports completed by the last claims of the undated pass.
  await write();
  summary.cpu.lookup = cpuSince(lookupStarted);
  summary.mainThreadCpu.lookup = threadSince(threadLookup);
  return summary;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Resolves stored reports (`published`: each report's publication date) as a backlog: in publication
 * order, those without a date last (their day claims would move the frontier anywhere), each prepared
 * from its latest extraction only when its turn comes.
 * @example await resolveStoredBacklog(runtime, new Map([[reportId, "2023-01-03"]]), "cli:admin")
 */
export async function resolveStoredBacklog(
  runtime: Runtime,
  published: ReadonlyMap<string, string | null>,
  actor: Actor,
  options: BacklogOptions = {},
): Promise<BacklogSummary> {
  const deps = await resolveDeps(runtime);
  const order = [...published].sort(
    ([a, x], [b, y]) =>
      (x === null ? 1 : 0) - (y === null ? 1 : 0) || compare(x ?? "", y ?? "") || compare(a, b),
  );
  async function* reports(): AsyncGenerator<PreparedReport> {
    for (const [id] of order) {
      const report = await prepareReport(runtime, id, deps);
      if (report) yield report;
    }
  }
  return resolveBacklog(runtime, reports(), deps, actor, {
    reprepare: (id) => prepareReport(runtime, id, deps),
    readerThread: true,
    ...options,
  });
}
