/**
 * /api/situations/:id — the situation's context and risk profile as of a day; analysts set indicators
 * (analyst role). /api/situations/:id/assessments and /api/assessments/:incidentId — stored legal
 * qualifications ("consistent with" wording) with the sources' own characterisations kept apart.
 * /api/analyst-queue — genocide codes held at L0 for a person; analysts record a decision with a note.
 */
import type { FastifyInstance } from "fastify";
import { errors } from "../../../domain/errors.js";
import { getSituation } from "../../../knowledge/situations/index.js";
import { computeAssessment, situationSeries } from "../../../services/assessment-service.js";
import { setAnalystIndicator } from "../../../services/risk-indicator-service.js";
import type { Runtime } from "../../../services/runtime.js";
import { actorOf, requireRole } from "../../auth.js";
import { parseJsonBody } from "../../json-body.js";
import { AnalystDecision } from "../../../domain/qualification.js";
import {
  AnalystQueueParams,
  AnalystQueueQuery,
  IncidentParams,
  SeriesQuery,
  SetIndicatorBody,
  SituationParams,
  SituationQuery,
} from "./schema.js";

export async function situationRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get<{ Params: { id: string } }>("/api/situations/:id", async (request) => {
    const { id } = SituationParams.parse(request.params);
    const { asOf } = SituationQuery.parse(request.query);
    const context = getSituation(id);
    const run = await computeAssessment(runtime, context.id, { asOf });
    return {
      situation: {
        id: context.id,
        name: context.name,
        country: context.country,
        contextVersion: context.version,
        armedConflicts: context.armedConflicts,
      },
      profile: run.profile,
    };
  });

  app.post<{ Params: { id: string } }>(
    "/api/situations/:id/indicators",
    { preHandler: requireRole(runtime, "analyst") },
    async (request, reply) => {
      const { id } = SituationParams.parse(request.params);
      const body = parseJsonBody(request.body, SetIndicatorBody);
      const indicator = await setAnalystIndicator(runtime, {
        situationId: id,
        ...body,
        setBy: actorOf(request),
      });
      return reply.status(201).send(indicator);
    },
  );

  app.get<{ Params: { id: string } }>("/api/situations/:id/series", async (request) => {
    const { id } = SituationParams.parse(request.params);
    const { admin1, admin2, perpetrator, from, to, asOf } = SeriesQuery.parse(request.query);
    return situationSeries(runtime, id, { admin1, admin2, perpetrator }, { from, to, asOf });
  });

  app.get<{ Params: { id: string } }>("/api/situations/:id/assessments", async (request) => {
    const { id } = SituationParams.parse(request.params);
    const context = getSituation(id);
    return { items: await runtime.store.assessments.listAssessments(context.id) };
  });

  app.get<{ Params: { incidentId: string } }>("/api/assessments/:incidentId", async (request) => {
    const { incidentId } = IncidentParams.parse(request.params);
    const assessment = await runtime.store.assessments.getAssessment(incidentId);
    if (!assessment) throw errors.notFound("assessment of incident", incidentId);
    return assessment;
  });

  app.get("/api/analyst-queue", { preHandler: requireRole(runtime, "analyst") }, async (request) => {
    const { status } = AnalystQueueQuery.parse(request.query);
    return { items: await runtime.store.assessments.analystQueue(status === "all" ? undefined : status) };
  });

  app.post<{ Params: { id: string } }>(
    "/api/analyst-queue/:id/decision",
    { preHandler: requireRole(runtime, "analyst") },
    async (request) => {
      const { id } = AnalystQueueParams.parse(request.params);
      const decision = parseJsonBody(request.body, AnalystDecision);
      return runtime.store.assessments.decideQueueItem(id, decision, actorOf(request));
    },
  );
}
