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
  invalidSubscription: (detail: string) =>
    new R2pError("INVALID_SUBSCRIPTION", `Invalid subscription: ${detail}`),
};
