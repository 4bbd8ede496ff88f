/**
 * Named errors with a stable code, an HTTP status, and a message that says what rule was broken and
 * how to fix it. Expected misses (a place not found) are values, not errors.
 */
export class R2pError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "R2pError";
  }
}

export const errors = {
  emptyInput: (what: string) =>
    new R2pError(
      "INPUT_EMPTY",
      `${what} is empty: there is nothing to ingest. Check the file or the request body.`,
    ),
  binaryInput: (what: string) =>
    new R2pError(
      "INPUT_BINARY",
      `${what} looks like binary data (NUL bytes or control characters), not a text, Markdown, HTML or JSON report. Convert it to text first.`,
      415,
    ),
  invalidEncoding: (what: string, detail: string) =>
    new R2pError(
      "INPUT_ENCODING",
      `${what} is not valid UTF-8, UTF-16 (with BOM) or Windows-1256 text (${detail}). Re-save it as UTF-8.`,
      415,
    ),
  tooLarge: (what: string, size: number, limit: number) =>
    new R2pError(
      "INPUT_TOO_LARGE",
      `${what} is ${size} bytes, over the ${limit}-byte limit. Split it, or raise R2P_MAX_REPORT_BYTES / --max-bytes.`,
      413,
    ),
  unreadable: (path: string, reason: string) =>
    new R2pError(
      "INPUT_UNREADABLE",
      `Cannot read ${path}: ${reason}. Check the path and its permissions.`,
      400,
    ),
  noText: (what: string) =>
    new R2pError(
      "INPUT_NO_TEXT",
      `${what} contains no readable article text after removing markup and page furniture.`,
      422,
    ),
  invalidReportJson: (what: string, detail: string) =>
    new R2pError(
      "INPUT_BAD_JSON",
      `${what} is not a valid r2p report JSON (${detail}). See docs/FORMATS.md for the format.`,
      422,
    ),
  invalidDate: (value: string) =>
    new R2pError(
      "INPUT_BAD_DATE",
      `"${value}" is not a valid date; write it as YYYY-MM-DD, e.g. 2021-09-08.`,
    ),
  notFound: (what: string, id: string) =>
    new R2pError("NOT_FOUND", `No ${what} with id ${id}. List them with \`r2p reports list\`.`, 404),
  ambiguousId: (prefix: string) =>
    new R2pError(
      "AMBIGUOUS_ID",
      `The id prefix ${prefix} matches several reports; give more characters.`,
      409,
    ),
  config: (detail: string) => new R2pError("CONFIG_INVALID", `Invalid configuration: ${detail}`, 500),
  unauthorized: () =>
    new R2pError(
      "UNAUTHORIZED",
      "This request changes data and needs a token: send `Authorization: Bearer <token>` with the token from R2P_API_TOKEN.",
      401,
    ),
  unauthenticated: () =>
    new R2pError(
      "UNAUTHENTICATED",
      "Log in first: use the web app's login page (POST /api/auth/login), or send `Authorization: Bearer <token>` with a token from `r2p users token <name>`.",
      401,
    ),
  forbidden: (role: string, needed: string) =>
    new R2pError(
      "FORBIDDEN",
      `Your role (${role}) cannot do this; it needs ${needed}. An admin can change roles with \`r2p users add\` for a new account.`,
      403,
    ),
  badCsrf: () =>
    new R2pError(
      "CSRF_TOKEN_INVALID",
      "This write came with a session cookie but without the matching X-CSRF-Token header; reload the page and try again.",
      403,
    ),
  badLogin: () =>
    new R2pError(
      "LOGIN_FAILED",
      "Wrong user name or password. An admin can reset it with `r2p users passwd <name>`.",
      401,
    ),
  userExists: (name: string) =>
    new R2pError(
      "USER_EXISTS",
      `A user named ${name} already exists; choose another name or use \`r2p users passwd ${name}\`.`,
      409,
    ),
  unknownUser: (name: string) =>
    new R2pError("NOT_FOUND", `No user named ${name}. List them with \`r2p users list\`.`, 404),
  unknownToken: (id: string) =>
    new R2pError(
      "NOT_FOUND",
      `No live API token with id ${id}. List a user's tokens with \`r2p users tokens <name>\`.`,
      404,
    ),
  weakPassword: () => new R2pError("PASSWORD_TOO_SHORT", "A password needs at least 10 characters.", 400),
  invalidCursor: () =>
    new R2pError(
      "INVALID_CURSOR",
      "The cursor is not one this server gave out; start again without a cursor.",
      400,
    ),
  invalidIdPrefix: (prefix: string) =>
    new R2pError(
      "INVALID_ID_PREFIX",
      `"${prefix}" is not a report id prefix: give at least 6 hex characters (0-9, a-f) of the id.`,
    ),
  usage: (detail: string, example: string) => new R2pError("USAGE", `${detail} For example: ${example}`),
  sourceExists: (id: string) =>
    new R2pError(
      "SOURCE_EXISTS",
      `A source with id "${id}" is already in the registry. Change it with \`r2p sources edit ${id}\`, or pick another id.`,
      409,
    ),
  sourceNotFound: (id: string) =>
    new R2pError("NOT_FOUND", `No source with id "${id}". List them with \`r2p sources list\`.`, 404),
  incidentNotFound: (id: string) =>
    new R2pError("NOT_FOUND", `No incident with id ${id}. List them with \`r2p incidents list\`.`, 404),
  invalidIncidentId: (id: string) =>
    new R2pError(
      "INVALID_INCIDENT_ID",
      `"${id}" is not an incident id: give "inc_" and at least 6 hex characters, e.g. inc_3f2a9c.`,
    ),
  ambiguousIncidentId: (prefix: string) =>
    new R2pError(
      "AMBIGUOUS_ID",
      `The id prefix ${prefix} matches several incidents; give more characters.`,
      409,
    ),
  review: (detail: string, example: string) =>
    new R2pError("REVIEW_INVALID", `${detail} For example: ${example}`, 422),
  reportIdMismatch: (id: string, actual: string) =>
    new R2pError(
      "REPORT_ID_MISMATCH",
      `Report id ${id} is not the sha256 of the original bytes given (${actual}); the id must be computed from the bytes stored.`,
      500,
    ),
  jobTimeout: (what: string, limitMs: number) =>
    new R2pError(
      "JOB_TIMEOUT",
      `The ${what} ran longer than its ${limitMs} ms limit and was stopped; the report stays stored. Raise R2P_JOB_TIMEOUT_MS, or split the report, then retry it with \`r2p jobs retry <id>\`.`,
      503,
    ),
  jobOutOfMemory: (what: string, limitMb: number) =>
    new R2pError(
      "JOB_OUT_OF_MEMORY",
      `The ${what} needed more than its ${limitMb} MB memory limit and was stopped; the report stays stored. Raise R2P_JOB_MEMORY_MB, or split the report, then retry it with \`r2p jobs retry <id>\`.`,
      503,
    ),
  jobCrashed: (what: string, detail: string) =>
    new R2pError("JOB_CRASHED", `The thread running the ${what} crashed (${detail}).`, 500),
  jobInterrupted: (what: string) =>
    new R2pError(
      "JOB_INTERRUPTED",
      `The ${what} was interrupted because the process is shutting down; it will run again.`,
      503,
    ),
  jobWorkerLost: (workerId: string | null) =>
    new R2pError(
      "JOB_WORKER_LOST",
      `The worker ${workerId ?? "(unknown)"} that ran this job stopped answering (crashed or was killed) before its lease ran out.`,
      500,
    ),
  jobNotFailed: (id: string) =>
    new R2pError(
      "JOB_NOT_FAILED",
      `Job ${id} is not failed, so there is nothing to retry. List failed jobs with \`r2p jobs failed\`.`,
      409,
    ),
  portInUse: (host: string, port: number) =>
    new R2pError(
      "PORT_IN_USE",
      `Port ${port} on ${host} is already in use (another r2p serve, or another program). Stop it, or choose another port with --port <n> or R2P_PORT=<n>.`,
      500,
    ),
  batchFailed: (cause: unknown) =>
    new R2pError(
      "BATCH_FAILED",
      `A write inside a batch failed (${cause instanceof Error ? cause.message : String(cause)}), so nothing in the batch was stored. Fix the cause and run it again: repeating a batch is safe.`,
      500,
    ),
  unknownSituation: (id: string, known: string[]) =>
    new R2pError(
      "UNKNOWN_SITUATION",
      `No situation "${id}". Known situations: ${known.join(", ")}. For example: r2p situation show syria`,
      404,
    ),
  unknownIndicator: (id: string, known: string[]) =>
    new R2pError(
      "UNKNOWN_INDICATOR",
      `No risk indicator "${id}". Give a factor (RF3) or one of its indicators, e.g. ${known.slice(0, 4).join(", ")}; \`r2p situation show syria\` lists them all.`,
    ),
  computedIndicator: (id: string) =>
    new R2pError(
      "INDICATOR_COMPUTED",
      `Indicator ${id} is computed from incidents, statements and context; analysts set the others (RF3–RF10, RF12 and the analyst indicators of RF1, RF2, RF11, RF13, RF14).`,
    ),
  noteRequired: () =>
    new R2pError(
      "NOTE_REQUIRED",
      'Setting a risk indicator needs a note saying why (--note "..."), so the profile stays traceable.',
    ),
  decisionNoteRequired: () =>
    new R2pError(
      "NOTE_REQUIRED",
      'An analyst-queue decision needs a note saying why (--note "...", a few words at least), so the decision can be reviewed.',
    ),
  backlogInterleaved: (written: number) =>
    new R2pError(
      "BACKLOG_INTERLEAVED",
      `Another resolver (the job runner or the server) wrote incidents while the bulk resolution ran, so it stopped; the ${written} transactions it committed hold whole incidents. Stop the job runner and the server, then run \`r2p incidents resolve\` (without --bulk: the store now holds incidents) to resolve the rest.`,
      409,
    ),
  backlogWriteFailed: (written: number, cause: string) =>
    new R2pError(
      "BACKLOG_WRITE_FAILED",
      `The bulk resolution's writer thread failed after ${written} committed transactions (${cause}); those hold whole incidents and nothing after them was written. Fix the cause, then run \`r2p incidents resolve --bulk\` again: with incidents stored it resolves the rest one batch at a time, as \`r2p incidents resolve\` does.`,
      500,
    ),
  invalidSubscription: (detail: string) =>
    new R2pError("INVALID_SUBSCRIPTION", `Invalid subscription: ${detail}`),
};
