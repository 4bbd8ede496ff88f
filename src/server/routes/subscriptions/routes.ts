/**
 * /api/subscriptions — who receives alerts. Every route needs the write token: targets are private and
 * a new webhook receives signed alerts. Secrets are returned once, at creation.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { createSubscription } from "../../../services/subscription-service.js";
import type { Runtime } from "../../../services/runtime.js";
import { requireWriteToken } from "../../auth.js";
import { parseJsonBody } from "../../json-body.js";

const SubscriptionParams = z.object({ id: z.string().regex(/^sub_[0-9a-f]{8}$/) });
const ActiveBody = z.object({ active: z.boolean() });

export async function subscriptionRoutes(app: FastifyInstance, runtime: Runtime) {
  const auth = { preHandler: requireWriteToken(runtime.config.apiToken) };
  const { store } = runtime;

  app.get("/api/subscriptions", auth, async () => ({ items: await store.subscriptions.list() }));

  app.post("/api/subscriptions", auth, async (request, reply) => {
    const created = await createSubscription(runtime, parseJsonBody(request.body), "api");
    return reply.status(201).send(created);
  });

  app.patch<{ Params: { id: string } }>("/api/subscriptions/:id", auth, async (request) => {
    const { id } = SubscriptionParams.parse(request.params);
    const { active } = ActiveBody.parse(parseJsonBody(request.body));
    return store.subscriptions.setActive(id, active, "api");
  });

  app.delete<{ Params: { id: string } }>("/api/subscriptions/:id", auth, async (request, reply) => {
    const { id } = SubscriptionParams.parse(request.params);
    await store.subscriptions.remove(id, "api");
    return reply.status(204).send();
  });
}
