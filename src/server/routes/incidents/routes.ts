/**
 * /api/incidents: list and show (open reads, like reports), and the analyst's review — confirm, reject,
 * merge, split, edit — which needs the analyst role. Each route: auth → validate → command → presenter.
 * Review decisions are audited with the acting user set by the auth preHandler.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { errors } from "../../../domain/errors.js";
import type { Runtime } from "../../../services/runtime.js";
import { findIncident, listIncidents } from "../../../services/incident-service.js";
import {
  confirmIncident,
  editIncident,
  IncidentEdit,
  mergeIncidents,
  rejectIncident,
  splitIncident,
} from "../../../services/review-service.js";
import { requireRole } from "../../auth.js";
import { IncidentIdParams, ListIncidentsQuery, MergeBody, ReviewBody, SplitBody } from "./schema.js";
import { presentReview } from "./presenter.js";

/** Request bodies arrive as raw bytes (see app.ts); review bodies are JSON. */
export function jsonBody(request: FastifyRequest): unknown {
  const body = request.body;
  const text = Buffer.isBuffer(body) ? body.toString("utf8") : typeof body === "string" ? body : "";
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw errors.usage("The request body is not valid JSON.", '{"note": "two independent sources agree"}');
  }
}

type WithId = FastifyRequest<{ Params: { id: string } }>;

export async function incidentRoutes(app: FastifyInstance, runtime: Runtime) {
  const viewer = { preHandler: requireRole(runtime, "viewer") };
  const analyst = { preHandler: requireRole(runtime, "analyst") };
  const idOf = (request: WithId) => IncidentIdParams.parse({ id: request.params.id }).id;
  const actor = (request: FastifyRequest) => request.actor ?? "api";

  app.get("/api/incidents", viewer, async (request) => {
    const query = ListIncidentsQuery.parse(request.query);
    const { items, total } = await listIncidents(runtime, query);
    return { total, limit: query.limit, offset: query.offset, items };
  });

  app.get<{ Params: { id: string } }>("/api/incidents/:id", viewer, async (request) =>
    findIncident(runtime, idOf(request)),
  );

  app.post<{ Params: { id: string } }>("/api/incidents/:id/confirm", analyst, async (request) => {
    const body = ReviewBody.parse(jsonBody(request));
    return presentReview(await confirmIncident(runtime, idOf(request), actor(request), body.note));
  });

  app.post<{ Params: { id: string } }>("/api/incidents/:id/reject", analyst, async (request) => {
    const body = ReviewBody.parse(jsonBody(request));
    return presentReview(await rejectIncident(runtime, idOf(request), actor(request), body.note));
  });

  app.post<{ Params: { id: string } }>("/api/incidents/:id/merge", analyst, async (request) => {
    const body = MergeBody.parse(jsonBody(request));
    return presentReview(await mergeIncidents(runtime, idOf(request), body.other, actor(request), body.note));
  });

  app.post<{ Params: { id: string } }>("/api/incidents/:id/split", analyst, async (request, reply) => {
    const body = SplitBody.parse(jsonBody(request));
    const result = await splitIncident(runtime, idOf(request), body.claims, actor(request), body.note);
    return reply.status(201).send(presentReview(result));
  });

  app.patch<{ Params: { id: string } }>("/api/incidents/:id", analyst, async (request) => {
    const edit = IncidentEdit.parse(jsonBody(request));
    return presentReview(await editIncident(runtime, idOf(request), edit, actor(request)));
  });
}
