/**
 * Analyst review of incidents over the API: confirm, reject, merge, split and edit, through the review
 * service (audited, sticky: claims pinned, edits kept as overrides). Reads of incidents are the
 * incident-views routes. Each route: auth (analyst) → validate → command → presenter.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Runtime } from "../../../services/runtime.js";
import {
  confirmIncident,
  editIncident,
  IncidentEdit,
  mergeIncidents,
  queueReviewAssessment,
  rejectIncident,
  splitIncident,
  type ReviewResult,
} from "../../../services/review-service.js";
import { actorOf, requireRole } from "../../auth.js";
import { parseJsonBody } from "../../json-body.js";
import { IncidentIdParams, MergeBody, ReviewBody, SplitBody } from "./schema.js";
import { presentReview } from "./presenter.js";

type WithId = FastifyRequest<{ Params: { id: string } }>;

export async function incidentReviewRoutes(app: FastifyInstance, runtime: Runtime) {
  const analyst = { preHandler: requireRole(runtime, "analyst") };
  const idOf = (request: WithId) => IncidentIdParams.parse({ id: request.params.id }).id;
  // Every decision queues the assessment of the incidents it touched (run by the job runner). The
  // decision is committed by then, so failing to queue is logged, not answered with an error a client
  // would retry; the serve loop's incremental assessment catches up with it.
  const assessed = async (request: FastifyRequest, result: ReviewResult) => {
    try {
      await queueReviewAssessment(runtime.store, result);
    } catch (error) {
      request.log.warn({ err: error, incident: result.incident.id }, "could not queue assess-incidents");
    }
    return result;
  };

  app.post<{ Params: { id: string } }>("/api/incidents/:id/confirm", analyst, async (request) => {
    const body = parseJsonBody(request.body, ReviewBody);
    return presentReview(
      await assessed(request, await confirmIncident(runtime, idOf(request), actorOf(request), body.note)),
    );
  });

  app.post<{ Params: { id: string } }>("/api/incidents/:id/reject", analyst, async (request) => {
    const body = parseJsonBody(request.body, ReviewBody);
    return presentReview(
      await assessed(request, await rejectIncident(runtime, idOf(request), actorOf(request), body.note)),
    );
  });

  app.post<{ Params: { id: string } }>("/api/incidents/:id/merge", analyst, async (request) => {
    const body = parseJsonBody(request.body, MergeBody);
    return presentReview(
      await assessed(
        request,
        await mergeIncidents(runtime, idOf(request), body.other, actorOf(request), body.note),
      ),
    );
  });

  app.post<{ Params: { id: string } }>("/api/incidents/:id/split", analyst, async (request, reply) => {
    const body = parseJsonBody(request.body, SplitBody);
    const result = await assessed(
      request,
      await splitIncident(runtime, idOf(request), body.claims, actorOf(request), body.note),
    );
    return reply.status(201).send(presentReview(result));
  });

  app.patch<{ Params: { id: string } }>("/api/incidents/:id", analyst, async (request) => {
    const edit = parseJsonBody(request.body, IncidentEdit);
    return presentReview(
      await assessed(request, await editIncident(runtime, idOf(request), edit, actorOf(request))),
    );
  });
}
