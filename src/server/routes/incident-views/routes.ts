/**
 * Incident reads for the web app and API clients: the cursor-paged list, one incident, map clusters
 * for the visible box, the per-day timeline, and exports streamed in ACLED CSV, HXL, GeoJSON or JSONL.
 * Each route: auth (viewer) -> validate -> store query -> presenter.
 */
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { errors } from "../../../domain/errors.js";
import type { Runtime } from "../../../services/runtime.js";
import { EXPORT_MEDIA, exportIncidents } from "../../../publish/export/export-incidents.js";
import { actorOf, requireRole } from "../../auth.js";
import { parseJsonBody } from "../../json-body.js";
import {
  ClustersQuery,
  ClustersResponse,
  encodeCursor,
  ExportQuery,
  IncidentIdParams,
  IncidentPage,
  ListIncidentsQuery,
  ReviewBody,
  ReviewResult,
  TimelineResponse,
} from "./schema.js";

export async function incidentViewRoutes(app: FastifyInstance, runtime: Runtime) {
  const store = runtime.store.incidentMap;
  const viewer = { preHandler: requireRole(runtime, "viewer") };

  app.get("/api/incidents", viewer, async (request) => {
    const { limit, cursor, ...filter } = ListIncidentsQuery.parse(request.query);
    const [page, total] = await Promise.all([
      store.list(filter, { limit, after: cursor }),
      store.count(filter),
    ]);
    return IncidentPage.parse({
      items: page.items,
      nextCursor: page.next ? encodeCursor(page.next) : null,
      total,
    });
  });

  app.get<{ Params: { id: string } }>("/api/incidents/:id", viewer, async (request) => {
    const { id } = IncidentIdParams.parse(request.params);
    const incident = await store.get(id);
    if (!incident) throw errors.notFound("incident", id);
    return incident;
  });

  app.get<{ Params: { id: string } }>("/api/incidents/:id/assessment", viewer, async (request) => {
    const { id } = IncidentIdParams.parse(request.params);
    const assessment = await runtime.store.assessments.getAssessment(id);
    if (!assessment) throw errors.notFound("assessment of incident", id);
    return assessment;
  });

  // Confirm and reject until the incident store's review routes (which add merge, split and edit)
  // take these paths over; both answer { incident, removed, created }.
  for (const [action, status] of [
    ["confirm", "confirmed"],
    ["reject", "rejected"],
  ] as const)
    app.post<{ Params: { id: string } }>(
      `/api/incidents/:id/${action}`,
      { preHandler: requireRole(runtime, "analyst") },
      async (request) => {
        const { id } = IncidentIdParams.parse(request.params);
        const body = parseJsonBody(request.body, ReviewBody);
        const updated = await store.review(id, { status, note: body.note ?? null }, actorOf(request));
        if (!updated) throw errors.notFound("incident", id);
        return ReviewResult.parse({ incident: updated, removed: null, created: null });
      },
    );

  app.get("/api/map/clusters", viewer, async (request) => {
    const { zoom, ...filter } = ClustersQuery.parse(request.query);
    const { bbox: _visible, ...everywhere } = filter;
    const [clusters, extent] = await Promise.all([store.clusters(filter, zoom), store.extent(everywhere)]);
    return ClustersResponse.parse({ clusters, total: clusters.reduce((sum, c) => sum + c.count, 0), extent });
  });

  app.get("/api/map/timeline", viewer, async (request) => {
    const filter = ListIncidentsQuery.omit({ limit: true, cursor: true }).parse(request.query);
    return TimelineResponse.parse({ days: await store.timeline(filter) });
  });

  app.get("/api/export", viewer, async (request, reply) => {
    const { format, ...filter } = ExportQuery.parse(request.query);
    const { actors } = await runtime.knowledge();
    const media = EXPORT_MEDIA[format];
    const stamp = new Date().toISOString().slice(0, 10);
    const chunks = exportIncidents(store.stream(filter), format, { actorKind: (id) => actors.get(id)?.kind });
    return reply
      .header("content-type", media.type)
      .header("content-disposition", `attachment; filename="r2p-incidents-${stamp}.${media.extension}"`)
      .send(Readable.from(chunks));
  });
}
