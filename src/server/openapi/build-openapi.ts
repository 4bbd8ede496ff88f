/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the same zod schemas the routes validate
 * with (zod 4 `z.toJSONSchema`). Served at /api/openapi.json and committed as docs/openapi.json; a
 * test fails when the committed copy is stale (regenerate with `npm run openapi`).
 */
import { z } from "zod";
import { Incident } from "../../domain/incident.js";
import { IncidentAssessment } from "../../domain/qualification.js";
import { LoginBody, SessionInfo } from "../auth/auth-routes.js";
import {
  ClustersQuery,
  ClustersResponse,
  ExportQuery,
  IncidentPage,
  ListIncidentsQuery,
  ReviewBody,
  ReviewResult,
  TimelineResponse,
} from "../routes/incident-views/schema.js";
import {
  CreateReportQuery,
  ListReportsQuery,
  ReportPage,
  ReportSearchResults,
  SearchReportsQuery,
} from "../routes/reports/schema.js";
import { Alert, Subscription } from "../../domain/alert.js";
import { AnalystIndicator, RiskProfile } from "../../domain/risk.js";
import { ListAlertsQuery } from "../routes/alerts/schema.js";
import {
  SeriesQuery,
  SeriesResponse,
  SetIndicatorBody,
  SituationQuery,
} from "../routes/situations/schema.js";
import { ActiveBody } from "../routes/subscriptions/routes.js";
import { MergeBody, SplitBody } from "../routes/incidents/schema.js";
import { IncidentEdit } from "../../services/review-service.js";
import { SourcePatch, SourceRecord } from "../../domain/source.js";
import { SubscriptionInput } from "../../services/subscription-service.js";

type Role = "public" | "viewer" | "analyst" | "admin";

interface Operation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  role: Role;
  query?: z.ZodObject;
  body?: z.ZodType | "report";
  response?: z.ZodType;
  /** Media types of a streamed or non-JSON response. */
  produces?: string[];
}

const ErrorBody = z.object({ error: z.string(), message: z.string() });
const ReportOutcome = z.object({
  status: z.enum(["ingested", "already_ingested"]),
  id: z.string(),
  title: z.string().nullable(),
});

const AlertPage = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(Alert),
});
const SituationResponse = z.object({
  situation: z.object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    contextVersion: z.string(),
    armedConflicts: z.array(z.unknown()),
  }),
  profile: RiskProfile,
});

/** Issue 10: alerts, the situation's risk profile, qualifications, subscriptions. */
const assessmentOperations: Operation[] = [
  {
    method: "get",
    path: "/api/alerts",
    summary: "Alerts, newest event day first: {id, kind, area, date, statistic, incidents, …}",
    role: "viewer",
    query: ListAlertsQuery,
    response: AlertPage,
  },
  { method: "get", path: "/api/alerts/{id}", summary: "One alert", role: "viewer", response: Alert },
  {
    method: "get",
    path: "/api/situations/{id}",
    summary: "The situation's context and risk profile (14 Framework risk factors) as of a day",
    role: "viewer",
    query: SituationQuery,
    response: SituationResponse,
  },
  {
    method: "post",
    path: "/api/situations/{id}/indicators",
    summary: "Set an analyst risk indicator (RF3.judiciary, or RF3 for the factor as a whole) with a note",
    role: "analyst",
    body: SetIndicatorBody,
    response: AnalystIndicator,
  },
  {
    method: "get",
    path: "/api/situations/{id}/series",
    summary:
      "Daily incidents and killed for one admin1, admin2 or perpetrator, with the baseline the alerts use, as known on asOf",
    role: "viewer",
    query: SeriesQuery,
    response: SeriesResponse,
  },
  {
    method: "get",
    path: "/api/situations/{id}/assessments",
    summary: 'Stored legal qualifications of the situation\'s incidents ("consistent with" wording)',
    role: "viewer",
    response: z.object({ items: z.array(IncidentAssessment) }),
  },
  {
    method: "get",
    path: "/api/assessments/{incidentId}",
    summary: "One incident's qualifications, elements, evidence and the sources' own characterisations",
    role: "viewer",
    response: IncidentAssessment,
  },
  {
    method: "get",
    path: "/api/analyst-queue",
    summary: "Open analyst-queue items (genocide codes are never raised automatically)",
    role: "analyst",
  },
  {
    method: "get",
    path: "/api/subscriptions",
    summary: "Alert subscriptions (secrets never shown)",
    role: "admin",
    response: z.object({ items: z.array(Subscription) }),
  },
  {
    method: "post",
    path: "/api/subscriptions",
    summary: "Subscribe a webhook (HMAC-SHA256 signed) or an e-mail address; returns the signing secret once",
    role: "admin",
    body: SubscriptionInput,
  },
  {
    method: "patch",
    path: "/api/subscriptions/{id}",
    summary: "Pause or resume a subscription",
    role: "admin",
    body: ActiveBody,
    response: Subscription,
  },
  {
    method: "delete",
    path: "/api/subscriptions/{id}",
    summary: "Delete a subscription and its pending deliveries",
    role: "admin",
  },
];

const operations: Operation[] = [
  { method: "get", path: "/health", summary: "Liveness, backend and queue state", role: "public" },
  {
    method: "post",
    path: "/api/auth/login",
    summary: "Log in; sets the session cookie and returns the CSRF token",
    role: "public",
    body: LoginBody,
    response: SessionInfo,
  },
  {
    method: "get",
    path: "/api/auth/session",
    summary: "Who is logged in, and the CSRF token for writes",
    role: "public",
    response: SessionInfo,
  },
  { method: "post", path: "/api/auth/logout", summary: "End the session", role: "public" },
  {
    method: "get",
    path: "/api/reports",
    summary: "List stored reports",
    role: "viewer",
    query: ListReportsQuery,
    response: ReportPage,
  },
  {
    method: "get",
    path: "/api/reports/search",
    summary: "Full-text search over reports",
    role: "viewer",
    query: SearchReportsQuery,
    response: ReportSearchResults,
  },
  { method: "get", path: "/api/reports/{id}", summary: "One report (id or unique prefix)", role: "viewer" },
  {
    method: "get",
    path: "/api/reports/{id}/raw",
    summary: "The original bytes, as an attachment",
    role: "viewer",
    produces: ["application/octet-stream"],
  },
  {
    method: "get",
    path: "/api/reports/{id}/claims",
    summary: "The claims extracted from a report",
    role: "viewer",
  },
  {
    method: "post",
    path: "/api/reports",
    summary: "Store a report (raw bytes; text, HTML, Markdown or JSON) and queue its analysis",
    role: "analyst",
    query: CreateReportQuery,
    body: "report",
    response: ReportOutcome,
  },
  {
    method: "get",
    path: "/api/incidents",
    summary: "Incidents, newest first, a page at a time (cursor pagination)",
    role: "viewer",
    query: ListIncidentsQuery,
    response: IncidentPage,
  },
  { method: "get", path: "/api/incidents/{id}", summary: "One incident", role: "viewer", response: Incident },
  {
    method: "get",
    path: "/api/incidents/{id}/assessment",
    summary:
      "Legal qualifications (consistent-with wording, elements, evidence) and source characterisations of an incident",
    role: "viewer",
    response: IncidentAssessment,
  },
  {
    method: "post",
    path: "/api/incidents/{id}/confirm",
    summary: "Confirm an incident (analyst)",
    role: "analyst",
    body: ReviewBody,
    response: ReviewResult,
  },
  {
    method: "post",
    path: "/api/incidents/{id}/reject",
    summary: "Reject an incident (analyst): it is graded discounted",
    role: "analyst",
    body: ReviewBody,
    response: ReviewResult,
  },
  {
    method: "post",
    path: "/api/incidents/{id}/merge",
    summary: "Merge incident `other` into this one (analyst); `other` is removed",
    role: "analyst",
    body: MergeBody,
    response: ReviewResult,
  },
  {
    method: "post",
    path: "/api/incidents/{id}/split",
    summary: "Move claims (`<report id prefix>:<ordinal>`) into a new incident (analyst)",
    role: "analyst",
    body: SplitBody,
    response: ReviewResult,
  },
  {
    method: "patch",
    path: "/api/incidents/{id}",
    summary: "Set values by hand (analyst); kept over later automatic resolution",
    role: "analyst",
    body: IncidentEdit,
    response: ReviewResult,
  },
  {
    method: "get",
    path: "/api/sources",
    summary: "The source registry: kind, Admiralty reliability, partisanship, aliases, domains",
    role: "viewer",
    response: z.object({ items: z.array(SourceRecord) }),
  },
  { method: "get", path: "/api/sources/{id}", summary: "One source", role: "viewer", response: SourceRecord },
  {
    method: "post",
    path: "/api/sources",
    summary: "Add a source to the registry (analyst)",
    role: "analyst",
    body: SourceRecord,
    response: SourceRecord,
  },
  {
    method: "patch",
    path: "/api/sources/{id}",
    summary: "Change a source (analyst); its incidents are re-graded",
    role: "analyst",
    body: SourcePatch,
    response: z.object({
      source: SourceRecord,
      changed: z.boolean(),
      regraded: z.number().int(),
      reattribute: z.boolean(),
    }),
  },

  {
    method: "get",
    path: "/api/map/clusters",
    summary: "Incidents clustered on a grid for the visible box and zoom",
    role: "viewer",
    query: ClustersQuery,
    response: ClustersResponse,
  },
  {
    method: "get",
    path: "/api/map/timeline",
    summary: "Incidents and killed per day",
    role: "viewer",
    query: ListIncidentsQuery.omit({ limit: true, cursor: true }),
    response: TimelineResponse,
  },
  {
    method: "get",
    path: "/api/export",
    summary: "Export matching incidents, streamed: ACLED CSV, HXL, GeoJSON or JSONL",
    role: "viewer",
    query: ExportQuery,
    produces: ["text/csv", "application/geo+json", "application/x-ndjson"],
  },
  ...assessmentOperations,
];

const schemaOf = (schema: z.ZodType) => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return json;
};

function parametersOf(operation: Operation) {
  const path = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const query = operation.query
    ? Object.entries(operation.query.shape).map(([name, schema]) => {
        const json = schemaOf(schema as z.ZodType);
        return {
          name,
          in: "query",
          required: !(schema as z.ZodType).safeParse(undefined).success,
          ...(typeof json.description === "string" ? { description: json.description } : {}),
          schema: json,
        };
      })
    : [];
  return [...path, ...query];
}

/** @example JSON.stringify(buildOpenApi()) — what GET /api/openapi.json serves */
export function buildOpenApi(version = "0.1.0") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const responses: Record<string, unknown> = {
      "200": {
        description: "OK",
        content: operation.produces
          ? Object.fromEntries(operation.produces.map((type) => [type, { schema: { type: "string" } }]))
          : { "application/json": { schema: operation.response ? schemaOf(operation.response) : {} } },
      },
      "400": {
        description: "Invalid input",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    };
    if (operation.role !== "public") {
      responses["401"] = {
        description: "Not logged in",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
      responses["403"] = {
        description: "Role too low, or CSRF token missing on a cookie write",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: {
        summary: operation.summary,
        "x-required-role": operation.role,
        ...(operation.role === "public" ? { security: [] } : {}),
        parameters: parametersOf(operation),
        ...(operation.body
          ? {
              requestBody: {
                required: true,
                content:
                  operation.body === "report"
                    ? Object.fromEntries(
                        ["text/plain", "text/html", "text/markdown", "application/json"].map((type) => [
                          type,
                          { schema: { type: "string", format: "binary" } },
                        ]),
                      )
                    : { "application/json": { schema: schemaOf(operation.body) } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "r2p-watch API",
      version,
      description:
        "Reports in; sourced, geolocated, graded incidents out. Reads need a viewer (or R2P_PUBLIC_READS=1); writes an analyst. Authenticate with the session cookie plus the X-CSRF-Token header, or with `Authorization: Bearer <token>` from `r2p users token`.",
      license: { name: "AGPL-3.0-or-later" },
    },
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "r2p_session" },
        bearer: { type: "http", scheme: "bearer" },
      },
      schemas: { Error: schemaOf(ErrorBody) },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
  };
}
