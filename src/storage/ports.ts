/**
 * Storage ports: what the rest of the system may ask of a store. Two adapters implement them
 * (storage/sqlite and storage/postgres) and one contract suite (test/contracts) runs both.
 */
import type { MediaType, Report, ReportSummary } from "../domain/report.js";
import type { Extraction } from "../domain/claim.js";
import type { PlaceEntry } from "../domain/places.js";
import type { Role, User } from "../domain/user.js";
import type { IncidentFilter } from "../domain/incident-filter.js";
import type {
  Alert,
  OutboxItem,
  Subscription,
  SubscriptionChannel,
  SubscriptionFilter,
} from "../domain/alert.js";
import type { AnalystDecision, IncidentAssessment } from "../domain/qualification.js";
import type { AnalystIndicator } from "../domain/risk.js";
import type { CorroborationGrade, Incident, MergeExplanation, ReviewStatus } from "../domain/incident.js";
import type { ClaimIndexEntry, IncidentMeta, ResolvableClaim, UndatedAnchor } from "../domain/resolution.js";
import type { SourceRecord } from "../domain/source.js";
import type { ChangeRows } from "./change-rows.js";

/** Who made a change: a user name, or a job name like "job:extract". */
export type Actor = string;

export interface SaveReportResult {
  /** false when the same bytes were already stored: nothing was written. */
  created: boolean;
  report: Report;
}

export interface ReportMetadataPatch {
  publishedAt?: string | null;
  publisher?: string | null;
  url?: string | null;
}

/**
 * Metadata the user asserted (ingest flags, API query, `annotate`), kept apart from what the ingest
 * stage derived so that a re-derivation keeps it. A key present with null means the user cleared it.
 */
export interface UserMetadata extends ReportMetadataPatch {
  /** The media type the caller declared (--type, Content-Type), which wins over sniffing. */
  mediaType?: MediaType;
}

export interface ReportStore {
  /**
   * Stores the report row, its original bytes and an audit event in one transaction. Idempotent on
   * the sha256 id, also under concurrent callers (from one process or several). `userMetadata` records
   * which metadata the user asserted (stored only when the report is new).
   */
  save(
    report: Report,
    original: Uint8Array,
    actor: Actor,
    options?: { userMetadata?: UserMetadata },
  ): Promise<SaveReportResult>;
  get(id: string): Promise<Report | null>;
  /**
   * Sets user-supplied metadata (publication date, publisher, URL) on a stored report; the original
   * bytes and the clean text never change. Writes an audit event with the metadata hashes before and
   * after; a patch that changes nothing writes nothing. Returns the report as stored afterwards.
   * The patch is also recorded as user metadata; when only that record changes (the user confirms a
   * value the ingest stage had derived), it is written with an audit event but `changed` is false.
   */
  annotate(
    id: string,
    patch: ReportMetadataPatch,
    actor: Actor,
  ): Promise<{ changed: boolean; report: Report }>;
  /**
   * The metadata the user asserted for a report; null when there is no such report. Reports stored
   * before this was recorded answer conservatively: every non-null stored publication date, publisher
   * and URL, and the stored media type, count as the user's.
   */
  userMetadata(id: string): Promise<UserMetadata | null>;
  /**
   * Replaces the derived fields of a stored report (clean text, title, metadata, furniture…) with
   * `report`, re-derived from the same original bytes; keeps the id, the original, `retrievedAt`,
   * `originalName` and the recorded user metadata. Updates the full-text index and appends a
   * `report.rederived` audit event (hashes of the derived fields) in one transaction; a derivation
   * equal to the stored one writes nothing. Throws NOT_FOUND, or REPORT_ID_MISMATCH when `report.id`
   * is not `id`.
   */
  rederive(id: string, report: Report, actor: Actor): Promise<{ changed: boolean }>;
  /** Resolves a unique id prefix (≥ 6 hex chars) to a full id; null if none; throws AMBIGUOUS_ID. */
  resolveId(prefix: string): Promise<string | null>;
  getOriginal(id: string): Promise<Uint8Array | null>;
  list(options: { limit: number; offset: number }): Promise<ReportSummary[]>;
  /**
   * The number of stored reports; with `maxAgeMs`, a figure counted at most that long ago may be
   * returned (list pages under load need not count the table on every request).
   */
  count(options?: { maxAgeMs?: number }): Promise<number>;
  /** Full-text search over title and clean text, best first. */
  search(query: string, options: { limit: number }): Promise<(ReportSummary & { snippet: string })[]>;
  /** Re-hashes every stored original; lists those whose bytes no longer match their id. */
  verifyOriginals(): Promise<{ checked: number; mismatched: string[]; missing: string[] }>;
}

export interface StoredExtraction {
  reportId: string;
  extractorVersion: string;
  extractedAt: string;
  extraction: Extraction;
}

export interface ClaimStore {
  /**
   * Replaces the claims and statements of one report (a re-run replaces, never duplicates), with an
   * audit event, in one transaction.
   */
  saveExtraction(
    reportId: string,
    extractorVersion: string,
    extraction: Extraction,
    actor: Actor,
  ): Promise<void>;
  getExtraction(reportId: string): Promise<StoredExtraction | null>;
  countClaims(): Promise<number>;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  beforeHash: string | null;
  afterHash: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** First broken link: the event whose hash or back-link does not match, or a gap in seq. */
  problems: { seq: number; problem: string }[];
}

export interface AuditLog {
  list(options: { limit: number; afterSeq?: number; subjectId?: string }): Promise<AuditEvent[]>;
  /** The sequence number of the latest event (0 when none): every write appends one, so a reader can tell whether anything was written since. */
  lastSeq(): Promise<number>;
  verify(): Promise<AuditVerification>;
}

/** `failed` jobs are quarantined: never claimed again until someone retries them by hand. */
export type JobState = "queued" | "running" | "done" | "failed";

export interface Job {
  id: string;
  name: string;
  /** Idempotency key: enqueuing the same name+key twice yields one job. */
  key: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  lastError: string | null;
  /** Stable code of the last failure (JOB_TIMEOUT, JOB_OUT_OF_MEMORY, INPUT_…, JOB_FAILED…). */
  lastErrorCode: string | null;
  /** Consecutive failures with that same code; the second one quarantines the job. */
  failureStreak: number;
  runAfter: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  updatedAt: string;
}

/** Why a job failed: a stable code (the "reason" compared between attempts) and a message for people. */
export interface JobFailure {
  code: string;
  message: string;
}

/** Failures with the same code this many times in a row quarantine a job (state `failed`). */
export const QUARANTINE_AFTER_SAME_FAILURES = 2;

export interface JobQueue {
  /** Enqueues unless a job with this name+key exists; returns whether it was new. */
  enqueue(name: string, key: string, payload: unknown): Promise<{ id: string; created: boolean }>;
  /**
   * Atomically claims the next runnable job and marks it running with a lease of `leaseMs`. A running
   * job whose lease ran out (its worker crashed or was killed) first counts as a JOB_WORKER_LOST
   * failure, so a job that kills its worker twice is quarantined instead of killing the next one.
   */
  claim(workerId: string, leaseMs: number, names?: string[]): Promise<Job | null>;
  /**
   * Atomically claims up to `limit` further runnable jobs named `name` (oldest first), each marked
   * running with a lease of `leaseMs` and one more attempt, to run together with a job just claimed
   * (the runner batches resolve-report). Concurrent claimers never share a job (SKIP LOCKED on
   * PostgreSQL). Expired leases are left to `claim`, which the runner always calls first.
   */
  claimBatch(workerId: string, leaseMs: number, name: string, limit: number): Promise<Job[]>;
  /**
   * Extends the lease of running jobs that `workerId` still holds to `leaseMs` from now (a batch that
   * failed re-runs its jobs one by one, each with a full time limit); returns how many it extended.
   */
  renew(ids: readonly string[], workerId: string, leaseMs: number): Promise<number>;
  complete(id: string): Promise<void>;
  /**
   * Records a failure. The job is quarantined (state failed) when it failed with the same code
   * QUARANTINE_AFTER_SAME_FAILURES times in a row, or after `maxAttempts` tries; otherwise it is
   * re-queued with exponential backoff. Returns the state it was left in.
   */
  fail(id: string, failure: JobFailure, policy: { maxAttempts: number }): Promise<{ state: JobState }>;
  /**
   * Gives a running job back (shutdown): lease cleared, queued again at once, the attempt not counted.
   * Does nothing (returns false) unless `workerId` still holds it.
   */
  release(id: string, workerId: string): Promise<boolean>;
  /** Quarantined jobs, most recently failed first. */
  listFailed(options: { limit: number }): Promise<Job[]>;
  /**
   * Puts quarantined jobs back in the queue with fresh attempts (one id, or all of them), with an
   * audit event each; returns how many. Throws NOT_FOUND / JOB_NOT_FAILED for a single id.
   */
  retry(target: { id: string } | { all: true }, actor: Actor): Promise<number>;
  counts(): Promise<Record<JobState, number>>;
  /** The job with this name and key, or null (to wait for a given piece of work). */
  find(name: string, key: string): Promise<Job | null>;
}

/** Gazetteer entries imported by the user (`r2p gazetteer import`), kept in the store so every worker sees them. */
export interface PlaceStore {
  /** Upserts entries by id in one transaction, with one audit event; returns how many were new or changed. */
  importPlaces(
    entries: PlaceEntry[],
    dataset: string,
    actor: Actor,
  ): Promise<{ inserted: number; updated: number }>;
  /** All imported entries (tens of thousands at most), for building the in-memory index. */
  allPlaces(): Promise<PlaceEntry[]>;
  countPlaces(): Promise<number>;
}

/** A stored user with its password hash, for the auth layer only. */
export interface UserWithSecret extends User {
  passwordHash: string;
}

/** An API token as listed to its owner and admins: never the token or its hash. */
export interface TokenInfo {
  id: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface StoredSession {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

/**
 * Users, their login sessions and API tokens. The store keeps hashes only: the auth layer hashes
 * passwords (scrypt) and tokens (sha256) before they get here. Every change is audited, never with a
 * secret in the event detail.
 */
export interface UserStore {
  /** Throws USER_EXISTS when the name is taken. */
  addUser(input: { name: string; role: Role; passwordHash: string }, actor: Actor): Promise<User>;
  getUserByName(name: string): Promise<UserWithSecret | null>;
  listUsers(): Promise<User[]>;
  countUsers(): Promise<number>;
  /** Replaces the password hash and ends the user's sessions; throws NOT_FOUND for an unknown name. */
  setPasswordHash(name: string, passwordHash: string, actor: Actor): Promise<void>;
  createToken(userId: string, tokenHash: string, label: string, actor: Actor): Promise<{ id: string }>;
  /** The user's tokens, newest first; throws NOT_FOUND for an unknown name. */
  listTokens(name: string): Promise<TokenInfo[]>;
  /** Revokes a token by its id; throws NOT_FOUND for an unknown or already revoked id. */
  revokeToken(tokenId: string, actor: Actor): Promise<void>;
  /** Changes a user's role and ends the user's sessions; throws NOT_FOUND for an unknown name. */
  setRole(name: string, role: Role, actor: Actor): Promise<void>;
  /** The user owning a live (not revoked) token, or null. */
  userForToken(tokenHash: string): Promise<User | null>;
  createSession(
    input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: string },
    actor: Actor,
  ): Promise<void>;
  /** The session's user and CSRF token while it has not expired; null otherwise. */
  getSession(tokenHash: string): Promise<StoredSession | null>;
  deleteSession(tokenHash: string, actor: Actor): Promise<void>;
}

/** One row of the incident list: what the map popup and the list show without the whole incident. */
export interface IncidentSummary {
  id: string;
  /** YYYY-MM-DD or null when unknown. */
  day: string | null;
  eventType: string;
  grade: CorroborationGrade;
  review: ReviewStatus;
  placeName: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  /** The lowest reported killed figure, or null when no source gave one (unknown is not zero). */
  killed: number | null;
}

/** Keyset position in the list order (day descending, then id descending). */
export interface IncidentCursor {
  day: string;
  id: string;
}

/** A grid cell of incidents on the map at one zoom; `id` is set when the cell holds one incident. */
export interface MapCluster {
  lat: number;
  lon: number;
  count: number;
  /** Sum of the lowest reported killed figures of the incidents that have one. */
  killed: number;
  /** How many of the cluster's incidents have a reported killed figure. */
  killedKnown: number;
  /** How many incidents of each grade; the map colours a cluster by its best-corroborated grade. */
  grades: Partial<Record<CorroborationGrade, number>>;
  id: string | null;
  eventType: string | null;
}

export interface DayCount {
  day: string;
  incidents: number;
  killed: number;
}

/**
 * The read side of incidents for the map, the list, the timeline and the exports, over indexed
 * columns (`incident_map`) so 100,000 incidents answer in well under a second. `save` upserts the
 * incidents and their index rows in one audited transaction.
 */
export interface IncidentMapStore {
  save(incidents: Incident[], actor: Actor): Promise<{ saved: number }>;
  get(id: string): Promise<Incident | null>;
  list(
    filter: IncidentFilter,
    page: { limit: number; after?: IncidentCursor },
  ): Promise<{ items: IncidentSummary[]; next: IncidentCursor | null }>;
  count(filter: IncidentFilter): Promise<number>;
  /** Clusters on a grid whose cell shrinks with the zoom level (Leaflet zoom 0–18). */
  clusters(filter: IncidentFilter, zoom: number): Promise<MapCluster[]>;
  timeline(filter: IncidentFilter): Promise<DayCount[]>;
  /** The box [west, south, east, north] around every matching located incident; null when none is located. */
  extent(filter: IncidentFilter): Promise<[number, number, number, number] | null>;
  /**
   * Records an analyst's review decision (confirmed, rejected, edited) with its note; audited as
   * `incident.reviewed`. Returns the incident as stored afterwards, or null when there is none.
   */
  review(
    id: string,
    decision: { status: ReviewStatus; note: string | null },
    actor: Actor,
  ): Promise<Incident | null>;
  /** Every matching incident in list order, fetched page by page (for exports of any size). */
  stream(filter: IncidentFilter): AsyncIterable<Incident>;
}

export interface AnalystQueueEntry {
  id: string;
  incidentId: string;
  code: string;
  reason: string;
  status: "open" | "done";
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  note: string | null;
  /** The analyst's decision once the item is done. */
  decision: AnalystDecision["decision"] | null;
}

/** Where an assessed incident counted in the alert series: its series keys and its two days. */
export interface AssessedSeriesView {
  keys: string[];
  eventDay: string;
  knownDay: string;
  /** Fingerprint of what the alerts read of the incident. */
  digest: string;
}

/** What a stored assessment was computed from (see migration 008). */
export interface AssessmentInputRecord {
  /** Null for rows stored before inputs were recorded: treat as changed. */
  inputHash: string | null;
  /** Null when the incident was not in any series (undated) or the row predates the record. */
  series: AssessedSeriesView | null;
}

/** Legal qualifications per incident, the analyst queue they feed, and analyst-set risk indicators. */
export interface AssessmentStore {
  /**
   * Replaces the stored assessment of each incident given (unchanged ones are skipped), opens analyst-queue
   * entries for new genocide-code items (an entry already open or done stays as it is), with one audit
   * event per changed incident, in one transaction. Returns how many changed.
   */
  saveAssessments(
    situationId: string,
    assessments: IncidentAssessment[],
    actor: Actor,
    /** What each assessment was computed from, recorded beside it (an input-only change is not audited: it changes no reading). */
    inputs?: ReadonlyMap<string, AssessmentInputRecord>,
  ): Promise<{ changed: number }>;
  /** The recorded inputs of the situation's stored assessments, by incident id. */
  assessmentInputs(situationId: string): Promise<Map<string, AssessmentInputRecord>>;
  /** Deletes the assessments of incidents that no longer exist or no longer count, audited. Returns how many. */
  removeAssessments(incidentIds: readonly string[], actor: Actor): Promise<number>;
  /**
   * Inside `Store.batch`: holds the assessment lock until the batch ends, so two assessments never
   * read and write over each other (PostgreSQL advisory lock; SQLite batches are exclusive already).
   */
  lockAssessments(): Promise<void>;
  /**
   * Records an analyst's decision and note on a queue item and marks it done (a later decision replaces
   * it; each is audited with the one before). Throws NOT_FOUND for an unknown id.
   */
  decideQueueItem(id: string, decision: AnalystDecision, actor: Actor): Promise<AnalystQueueEntry>;
  getAssessment(incidentId: string): Promise<IncidentAssessment | null>;
  listAssessments(situationId: string): Promise<IncidentAssessment[]>;
  analystQueue(status?: "open" | "done"): Promise<AnalystQueueEntry[]>;
  /** Records an analyst indicator state (history is kept: the latest per indicator counts), audited. */
  setIndicator(indicator: AnalystIndicator, actor: Actor): Promise<void>;
  /** Every analyst indicator ever set for the situation, oldest first. */
  listIndicators(situationId: string): Promise<AnalystIndicator[]>;
}

export interface AlertQuery {
  situationId?: string;
  /** Event days from / to (inclusive). */
  from?: string;
  to?: string;
  kinds?: string[];
  admin1?: string;
  limit: number;
  offset?: number;
}

/** Alerts, idempotent by their deterministic id, and the outbox rows that deliver them. */
export interface AlertStore {
  /**
   * Inserts the alerts whose id is new, and in the same transaction one outbox row per active
   * subscription whose filter matches each new alert; an existing id whose content changed is updated
   * without being delivered again. Audited. Returns the new alerts and how many were updated.
   */
  recordAlerts(alerts: Alert[], actor: Actor): Promise<{ created: Alert[]; updated: number }>;
  get(id: string): Promise<Alert | null>;
  /** Newest event day first. */
  list(query: AlertQuery): Promise<Alert[]>;
  count(query: Omit<AlertQuery, "limit" | "offset">): Promise<number>;
}

export interface NewSubscription {
  name: string;
  channel: SubscriptionChannel;
  target: string;
  filter: SubscriptionFilter;
  /** HMAC key for webhooks; generated when omitted. */
  secret?: string;
}

export interface SubscriptionStore {
  /** Creates a subscription and returns it with its secret (shown once). Audited. */
  create(
    input: NewSubscription,
    actor: Actor,
  ): Promise<{ subscription: Subscription; secret: string | null }>;
  list(): Promise<Subscription[]>;
  get(id: string): Promise<Subscription | null>;
  /** The HMAC key of a webhook subscription (null for e-mail or unknown ids). */
  secret(id: string): Promise<string | null>;
  setActive(id: string, active: boolean, actor: Actor): Promise<Subscription>;
  /** Deletes a subscription and its undelivered outbox rows. Audited. */
  remove(id: string, actor: Actor): Promise<void>;
}

/** A due outbox row with what a sender needs. */
export interface OutboxDelivery {
  item: OutboxItem;
  alert: Alert;
  subscription: Subscription;
  secret: string | null;
}

export interface OutboxStore {
  /** Leases up to `limit` pending rows due by now (or whose lease expired), oldest first. */
  claimDue(limit: number, leaseMs: number): Promise<OutboxDelivery[]>;
  /** The attempt succeeded: delivered, audited. */
  markDelivered(id: string, actor: Actor): Promise<void>;
  /**
   * The attempt failed: another attempt at `retryAt`, or the dead-letter state when `retryAt` is null.
   * Audited.
   */
  markFailed(id: string, error: string, retryAt: Date | null, actor: Actor): Promise<OutboxItem>;
  /** Puts a dead row back to pending, due now (an operator's retry). */
  requeue(id: string, actor: Actor): Promise<void>;
  list(options: { state?: OutboxItem["state"]; limit: number }): Promise<OutboxItem[]>;
  counts(): Promise<Record<OutboxItem["state"], number>>;
}

/** A resolved claim as stored: the claim, its incident, whether an analyst pinned it there, and why. */
export interface PlacedClaim {
  claim: ResolvableClaim;
  incidentId: string;
  pinned: boolean;
  match: MergeExplanation;
}

/**
 * A lookup in the place + day index. `keys` are place keys (`e:`, `n:`, `r:`, grid cells `g:`); the
 * rest says which claims at those keys: dated ones overlapping [from, to], undated ones, or every dated one.
 */
/** When given, a lookup reads in full only the claims it finds whose index entry this accepts. */
export type ClaimScreen = (entry: ClaimIndexEntry) => boolean;

export type ClaimQuery =
  | { keys: string[]; overlapping: { from: string; to: string }; screen?: ClaimScreen }
  | {
      keys: string[];
      undated: true;
      /** Only undated claims whose reach (DateAnchor.reach, every day when absent) may hold a day of [from, to]. */
      reaching?: { from: string; to: string };
      screen?: ClaimScreen;
    }
  | {
      keys: string[];
      anyDated: true;
      /** Only dated claims overlapping [from, to] (an undated claim's reach). */
      within?: { from: string; to: string };
      /**
       * When given, only dated claims whose index entry could anchor an undated claim (an
       * `UndatedAnchor`) and that this screen accepts are read in full.
       */
      accept?: (claimId: string, anchor: UndatedAnchor) => boolean;
      /**
       * With `accept`: the lookup may stop once it has accepted this many claims (the newest first),
       * since the caller decides the same with more.
       */
      enough?: number;
      /** With `enough`: only claims of these event types. */
      types?: string[];
      /**
       * With `enough`: only claims whose killed (or injured) toll overlaps this one's, not both zero:
       * the toll part of the undated rule (`undatedMayJoin`), tested by the store before a row is read.
       */
      tolls?: Pick<UndatedAnchor, "killed" | "injured">;
      /**
       * With `enough`: only claims naming one of these attackers (those the claim's attackers agree
       * with or are allied to), screened by the store before a row is read.
       */
      attackers?: string[];
    };

/** An incident to store with its stored facts (review, analyst edits, pinned). */
export interface IncidentWrite {
  incident: Incident;
  meta: IncidentMeta;
  /**
   * Its `claims` are exactly its claim rows once this change is written (it was built from them): the
   * stored body then leaves them out and reads put them back. Incidents saved whole (imports, an
   * incident without claim rows) are stored with everything in their body.
   */
  claimsInRows?: boolean;
}

/** One consistent change of the incident store, written in one transaction with one audit event. */
export interface IncidentChange {
  /** Every stored claim of these reports is removed first (their new claims are in `placements`). */
  replaceReports?: string[];
  /** Claims to (re)place: inserted or updated with their incident, pin and explanation. */
  placements: PlacedClaim[];
  incidents: IncidentWrite[];
  /** Incidents removed (they hold no claim any more). */
  deleted: string[];
  /** Reports whose extraction is now resolved, for idempotent jobs. */
  resolvedReports?: { reportId: string; extractionHash: string; resolverVersion: string; claims: number }[];
  /**
   * Every claim, incident and resolved report in it is new to the store (the bulk resolution of a
   * backlog into an empty store): written without reading what is stored to compare.
   */
  fresh?: boolean;
}

/** The audit event of a change: who did what to which subject (the store adds the hashes). */
export interface ChangeAudit {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: Record<string, unknown>;
}

export interface IncidentListFilter {
  /** Canonical governorate name (exact) … */
  admin1?: string;
  /** … or words of the place name or admin2 (case-insensitive substring). */
  place?: string;
  /** Incidents whose dates overlap [from, to] (undated incidents are left out when either is set). */
  from?: string;
  to?: string;
  grade?: CorroborationGrade;
  status?: ReviewStatus;
  limit: number;
  offset: number;
}

/** Reads and writes of one resolution, inside one transaction that holds the resolution lock. */
export interface IncidentTransaction {
  claimsOfReports(reportIds: readonly string[]): Promise<PlacedClaim[]>;
  claimsOfIncidents(incidentIds: readonly string[]): Promise<PlacedClaim[]>;
  /** Claims matching any of the queries (each claim once). */
  findClaims(queries: readonly ClaimQuery[]): Promise<PlacedClaim[]>;
  metas(incidentIds: readonly string[]): Promise<IncidentMeta[]>;
  /** The ids among `ids` that an incident already uses. */
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  get(id: string): Promise<Incident | null>;
  /**
   * The write stamp of resolution's tables (migration 015): a new random value with every write, so a
   * writer that remembers the stamp its own last write left knows whether anyone else wrote since. Null
   * before the first write.
   */
  writeStamp(): Promise<string | null>;
  /**
   * Writes the change: rows whose content did not change are left alone; when nothing changed at all,
   * nothing is written and no audit event is appended. Returns whether anything was written.
   */
  apply(
    change: IncidentChange,
    audit: ChangeAudit,
  ): Promise<{ changed: boolean; written: number; deleted: number }>;
  /**
   * Writes the rows of a change built beforehand (change-rows.ts: `freshChangeRows` for a fresh
   * change), with its audit event and a new write stamp, without comparing with what is stored.
   * While this store defers its indexes (`deferIndexes`), a fresh change's index rows go to
   * claim_cells_pending (pending-cells.ts).
   */
  applyRows(
    rows: ChangeRows,
    audit: ChangeAudit,
  ): Promise<{ changed: boolean; written: number; deleted: number }>;
}

/** What a read of the incident store (`IncidentStore.read`) may ask: the lookups of a transaction. */
export type IncidentReads = Pick<IncidentTransaction, "findClaims" | "claimsOfIncidents">;

export interface IncidentStore {
  /**
   * Runs `work` in one write transaction holding the resolution lock, so that two workers never resolve
   * overlapping neighbourhoods at once; everything it reads is consistent with what it writes.
   */
  transact<T>(work: (tx: IncidentTransaction) => Promise<T>): Promise<T>;
  /**
   * Runs the lookups of `work` without the resolution lock and without a transaction: another
   * connection (the bulk run's writer thread) may write meanwhile, and each lookup sees what is
   * committed when it runs, so `work` must only read what no one changes meanwhile (a claim read once
   * is remembered). Index rows a bulk run still holds in claim_cells_pending are moved first; rows
   * appended to it during `work` are not seen (no one appends but a bulk run's time-ordered pass).
   */
  read<T>(work: (tx: IncidentReads) => Promise<T>): Promise<T>;
  get(id: string): Promise<Incident | null>;
  /** Newest first (by start date; undated last), then by id. */
  list(filter: IncidentListFilter): Promise<Incident[]>;
  count(filter?: Omit<IncidentListFilter, "limit" | "offset">): Promise<number>;
  /** A unique id prefix (≥ 6 characters after "inc_") to the full id; null if none; throws AMBIGUOUS_ID. */
  resolveId(prefix: string): Promise<string | null>;
  /** Which extraction (content hash) and resolver version a report was last resolved with. */
  resolvedReport(reportId: string): Promise<{ extractionHash: string; resolverVersion: string } | null>;
  /** Ids of incidents holding a claim from this source. */
  incidentIdsOfSource(sourceId: string): Promise<string[]>;
  countClaims(): Promise<number>;
  /** The ids among `ids` that an incident uses, read outside any transaction (what is committed). */
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Drops the secondary indexes of resolution's tables that a bulk resolution into an empty store
   * does not read (deferred-indexes.ts), before its time-ordered pass, and has its fresh changes
   * append their place + day index rows to claim_cells_pending (pending-cells.ts; any lookup moves
   * them into the index first); `restoreIndexes` moves the pending rows and builds the missing
   * indexes again (after that pass, and at every open of the store); `{ only: "resolution" }` builds
   * only those resolution's lookups read (before the bulk run's second pass; the rest after it). Each
   * store object counts its own pending rows: the bulk path's writer thread calls both on its own
   * store (backlog-writer-thread.ts).
   */
  deferIndexes(options?: DeferIndexesOptions): Promise<void>;
  restoreIndexes(options?: RestoreIndexesOptions): Promise<void>;
}

/** The source registry: seeded from the built-in list, edited by analysts; every change audited. */
export interface SourceStore {
  /**
   * Adds the built-in records whose id is not stored yet (never overwrites a stored record, so edits
   * win); one audit event when anything was added. Returns how many were added.
   */
  seed(records: readonly SourceRecord[], actor: Actor): Promise<number>;
  list(): Promise<SourceRecord[]>;
  get(id: string): Promise<SourceRecord | null>;
  /** Adds a new record; throws SOURCE_EXISTS when the id is taken. */
  add(record: SourceRecord, actor: Actor): Promise<void>;
  /** Replaces a stored record; throws NOT_FOUND. Returns whether anything changed. */
  update(record: SourceRecord, actor: Actor): Promise<{ changed: boolean }>;
}

export interface Store {
  readonly backend: "sqlite" | "postgres";
  reports: ReportStore;
  claims: ClaimStore;
  audit: AuditLog;
  jobs: JobQueue;
  places: PlaceStore;
  users: UserStore;
  incidentMap: IncidentMapStore;
  /**
   * Runs `work` with a store whose writes all go into one transaction: committed together when `work`
   * resolves, rolled back together when it throws or when any port call inside failed (even if `work`
   * caught that error: then the batch fails with BATCH_FAILED), so nothing half-done is ever stored.
   * Bulk jobs use it because a commit, not a row, is the expensive part (SQLite writes the full-text
   * index and the WAL once per commit). Await each call before the next, and use only the store given
   * to `work` until it returns: on SQLite the outer store waits for the batch's connection.
   *
   * @example await store.batch(async (batch) => { for (const r of reports) await batch.reports.save(r, bytes(r), actor); });
   */
  batch<T>(work: (store: Store) => Promise<T>): Promise<T>;
  assessments: AssessmentStore;
  alerts: AlertStore;
  subscriptions: SubscriptionStore;
  outbox: OutboxStore;
  incidents: IncidentStore;
  sources: SourceStore;
  close(): Promise<void>;
}

/** Which deferred indexes `IncidentStore.restoreIndexes` builds: all, or those resolution reads. */
export interface RestoreIndexesOptions {
  only?: "resolution";
}

/** How a bulk run defers its index rows (`IncidentStore.deferIndexes`). */
export interface DeferIndexesOptions {
  /** Pending index rows moved into claim_cells at once; PENDING_MOVE_ROWS (pending-cells.ts) by default. */
  moveEveryRows?: number;
}
