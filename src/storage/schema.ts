/**
 * Kysely table types shared by both backends. Conventions that keep SQLite and PostgreSQL alike:
 * - timestamps are ISO-8601 UTC text (`Date#toISOString()`), which sorts and compares correctly as text;
 * - arrays and objects are JSON text (canonical JSON where a hash is taken over them);
 * - booleans are integers 0/1 (better-sqlite3 cannot bind JS booleans);
 * - counts read back may be strings on PostgreSQL (int8), so they go through `toNumber`.
 */
export interface SourcesTable {
  id: string;
  name: string;
  kind: string | null;
  partisan: number;
  /** Admiralty reliability grade A–F; F = cannot be judged (the default for an unknown publisher). */
  reliability: string;
  language: string | null;
  created_at: string;
}

/** The source registry (migration 003): canonical JSON of the SourceRecord; the other columns mirror it. */
export interface SourceRegistryTable {
  id: string;
  name: string;
  kind: string;
  reliability: string;
  partisan: number;
  body: string;
  /** "seed" for a row copied from the built-in registry and never edited, "user" once edited or added. */
  origin: string;
  created_at: string;
  updated_at: string;
}

export interface ReportsTable {
  id: string;
  byte_length: number;
  media_type: string;
  encoding: string;
  original_name: string | null;
  retrieved_at: string;
  url: string | null;
  publisher: string | null;
  source_id: string | null;
  originators: string;
  published_at: string | null;
  language: string | null;
  title: string | null;
  byline: string | null;
  text: string;
  removed: string;
  related: string;
  keywords: string;
  caveats: string;
  stored_at: string;
  /** JSON UserMetadata the user asserted (migration 002); NULL for rows stored before it existed. */
  user_metadata: string | null;
}

export interface OriginalsTable {
  sha256: string;
  bytes: Buffer;
  byte_length: number;
}

export interface ClaimsTable {
  id: string;
  report_id: string;
  ordinal: number;
  event_type: string;
  place_mention: string;
  gazetteer_id: string | null;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  date_start: string | null;
  date_end: string | null;
  group_id: string | null;
  body: string;
}

export interface StatementsTable {
  id: string;
  report_id: string;
  ordinal: number;
  kind: string;
  body: string;
}

export interface ExtractionsTable {
  report_id: string;
  extractor_version: string;
  extracted_at: string;
  header: string;
  /** sha256 of the canonical JSON of the whole Extraction; the audit event's afterHash. */
  content_hash: string;
}

export interface IncidentsTable {
  id: string;
  place_key: string;
  day: string | null;
  /** The Incident JSON (src/domain/incident.ts). */
  body: string;
  created_at: string;
  // Migration 003: columns for lists and filters, the analyst's decisions, and a content hash.
  updated_at: string | null;
  event_type: string | null;
  date_start: string | null;
  date_end: string | null;
  admin1: string | null;
  place_name: string | null;
  grade: string | null;
  /** JSON of Incident["review"]. */
  review: string | null;
  /** JSON IncidentOverrides (analyst edits) or NULL. */
  overrides: string | null;
  /** sha256 of the incident's canonical JSON without updatedAt. */
  content_hash: string | null;
  review_status: string;
  pinned: number;
  claim_count: number;
  lat: number | null;
  lon: number | null;
}

/** One resolved claim: its ResolvableClaim JSON, its incident and the MergeExplanation JSON. */
export interface IncidentClaimsTable {
  claim_id: string;
  report_id: string;
  incident_id: string;
  source_id: string;
  layer: string;
  day_from: string | null;
  day_to: string | null;
  pinned: number;
  body: string;
  match: string;
}

/** The place + day index: one row per place key of a claim (day_from NULL for undated claims). */
export interface IncidentClaimKeysTable {
  key: string;
  claim_id: string;
  day_from: string | null;
  day_to: string | null;
}

/**
 * The place + day index (migration 012): one row per place key of a resolved claim, keyed (key,
 * day_from, claim_id) so a lookup is one range scan of one B-tree. Undated claims have day_from = day_to
 * = "" (before every date). `event_type`, and on grid-cell rows `lat`/`lon`, screen what a lookup finds
 * (ClaimIndexEntry); `anchor`, on the place-key rows of a dated claim, its UndatedAnchor as JSON or null.
 */
export interface ClaimCellsTable {
  key: string;
  day_from: string;
  claim_id: string;
  day_to: string;
  event_type: string;
  lat: number | null;
  lon: number | null;
  /**
   * A dated claim's `UndatedAnchor` as JSON on its place-key rows (migrations 012–015); dropped by
   * migration 016, which rebuilds it from the columns below. Kept here for the migrations before it.
   */
  anchor?: string | null;
  /**
   * The anchor's tolls as numbers (migration 013), so that an undated claim's search of a place's
   * history tests toll agreement in SQL; an open-ended maximum is OPEN_TOLL_MAX. Null without a toll.
   */
  killed_min: number | null;
  killed_max: number | null;
  injured_min: number | null;
  injured_max: number | null;
  /** The anchor's attackers as "|A|B|" (migration 013), so that the search screens them in SQL. */
  attackers: string | null;
}

export interface ResolvedReportsTable {
  report_id: string;
  extraction_hash: string;
  resolver_version: string;
  claims: number;
  resolved_at: string;
}

export interface AuditEventsTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  before_hash: string | null;
  after_hash: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface JobsTable {
  id: string;
  name: string;
  key: string;
  payload: string;
  state: string;
  attempts: number;
  last_error: string | null;
  /** Migration 006: stable code of the last failure, and how many failures in a row had it. */
  last_error_code: string | null;
  failure_streak: number;
  run_after: string;
  locked_by: string | null;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlacesTable {
  id: string;
  dataset: string;
  body: string;
  name: string;
  admin1: string | null;
  lat: number;
  lon: number;
}

export interface UsersTable {
  id: string;
  name: string;
  /** viewer | analyst | admin */
  role: string;
  /** scrypt hash in PHC-like form (src/server/auth/password-hash.ts). */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 of the session cookie value; the value itself is never stored. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

/** Indexed columns of an incident for map, list and export filters (migration 005). */
export interface IncidentMapTable {
  incident_id: string;
  /** YYYY-MM-DD, or '' when unknown. */
  day: string;
  lat: number | null;
  lon: number | null;
  event_type: string;
  grade: string;
  review_status: string;
  /** The lowest reported killed figure; 0 when no source gave one (then killed_known is 0). */
  killed: number;
  /** 1 when some source reported a killed figure (even 0), 0 when the toll is unknown (migration 011). */
  killed_known: number;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  place_name: string | null;
  perpetrators: string;
  sources: string;
  crime_codes: string;
  updated_at: string;
}

export interface IncidentAssessmentsTable {
  incident_id: string;
  situation_id: string;
  rules_version: string;
  /** Highest stated level over the incident's qualifications ("" when none), for filtering. */
  max_level: string;
  body: string;
  content_hash: string;
  assessed_at: string;
  /** Hash of what the assessment was computed from; NULL before migration 008 (counts as changed). */
  input_hash: string | null;
  /** JSON `AssessedSeriesView`: the series keys, event day and known day the incident counted in. */
  series_view: string | null;
}

export interface AnalystQueueTable {
  id: string;
  incident_id: string;
  code: string;
  reason: string;
  status: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
  note: string | null;
  /** The analyst's decision (AnalystDecision) once the item is done. */
  decision: string | null;
}

export interface AlertsTable {
  id: string;
  situation_id: string;
  kind: string;
  scope: string;
  admin1: string | null;
  admin2: string | null;
  perpetrator_id: string | null;
  date: string;
  raised_as_of: string;
  grade: string;
  body: string;
  content_hash: string;
  created_at: string;
  updated_at: string;
}

export interface SubscriptionsTable {
  id: string;
  name: string;
  channel: string;
  target: string;
  /** HMAC-SHA256 key for webhooks; null for e-mail. */
  secret: string | null;
  filter: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface OutboxTable {
  id: string;
  alert_id: string;
  subscription_id: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  /** A dispatcher holds the row until then; an expired lease means the dispatcher died. */
  locked_until: string | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

export interface AnalystIndicatorsTable {
  id: string;
  situation_id: string;
  indicator_id: string;
  state: string;
  note: string;
  evidence: string;
  set_by: string;
  set_at: string;
}

/** One row (id 1): the stamp of `apply`'s last write of resolution's tables, random (migration 015). */
export interface IncidentStoreVersionTable {
  id: number;
  version: number | string;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
}

export interface Database {
  sources: SourcesTable;
  source_registry: SourceRegistryTable;
  reports: ReportsTable;
  originals: OriginalsTable;
  claims: ClaimsTable;
  statements: StatementsTable;
  extractions: ExtractionsTable;
  incidents: IncidentsTable;
  incident_claims: IncidentClaimsTable;
  /** Dropped by migration 012 (replaced by claim_cells); kept for the migrations before it. */
  incident_claim_keys: IncidentClaimKeysTable;
  claim_cells: ClaimCellsTable;
  /** Index rows a bulk resolution has not moved into claim_cells yet (migration 018, pending-cells.ts). */
  claim_cells_pending: Omit<ClaimCellsTable, "anchor">;
  incident_store_version: IncidentStoreVersionTable;
  resolved_reports: ResolvedReportsTable;
  audit_events: AuditEventsTable;
  jobs: JobsTable;
  places: PlacesTable;
  schema_migrations: SchemaMigrationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  incident_map: IncidentMapTable;
  incident_assessments: IncidentAssessmentsTable;
  analyst_queue: AnalystQueueTable;
  alerts: AlertsTable;
  subscriptions: SubscriptionsTable;
  outbox: OutboxTable;
  analyst_indicators: AnalystIndicatorsTable;
}

/** Normalises an integer read back from either backend (pg int8 arrives as a string). */
export function toNumber(value: number | string | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "number" ? value : Number(value);
}
