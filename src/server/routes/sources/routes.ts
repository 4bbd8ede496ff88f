/**
 * /api/sources: the source registry. Reads are open; adding and editing a source needs the analyst
 * role (an edit re-grades the source's incidents). Bodies are validated by the service's schemas.
 */
import type { FastifyInstance } from "fastify";
import type { Runtime } from "../../../services/runtime.js";
import { addSource, editSource, getSource, listSources } from "../../../services/source-service.js";
import { actorOf, requireRole } from "../../auth.js";
import { parseJsonBody } from "../../json-body.js";
import { SourceIdParams, SourceBody } from "./schema.js";

export async function sourceRoutes(app: FastifyInstance, runtime: Runtime) {
  const viewer = { preHandler: requireRole(runtime, "viewer") };
  const analyst = { preHandler: requireRole(runtime, "analyst") };

  app.get("/api/sources", viewer, async () => ({ items: await listSources(runtime) }));

  app.get<{ Params: { id: string } }>("/api/sources/:id", viewer, async (request) =>
    getSource(runtime, SourceIdParams.parse(request.params).id),
  );

  app.post("/api/sources", analyst, async (request, reply) => {
    const source = await addSource(runtime, parseJsonBody(request.body, SourceBody), actorOf(request));
    return reply.status(201).send(source);
  });

  app.patch<{ Params: { id: string } }>("/api/sources/:id", analyst, async (request) =>
    editSource(
      runtime,
      SourceIdParams.parse(request.params).id,
      parseJsonBody(request.body, SourceBody),
      actorOf(request),
    ),
  );
}
