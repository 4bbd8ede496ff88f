/**
 * /api/subscriptions — who receives alerts. Every route needs the admin role: targets are private, and
 * a new webhook sends alerts out of the system. Secrets are returned once, at creation.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { createSubscription } from "../../../services/subscription-service.js";
import type { Runtime } from "../../../services/runtime.js";
import { actorOf, requireRole } from "../../auth.js";
import { parseJsonBody } from "../../json-body.js";

export const SubscriptionParams = z.object({ id: z.string().regex(/^sub_[0-9a-f]{8}$/) });
export const ActiveBody = z.object({ active: z.boolean() });

export async function subscriptionRoutes(app: FastifyInstance, runtime: Runtime) {
  const auth = { preHandler: requireRole(runtime, "admin") };
  const { store } = runtime;

  app.get("/api/subscriptions", auth, async () => ({ items: await store.subscriptions.list() }));

  app.post("/api/subscriptions", auth, async (request, reply) => {
    const created = await createSubscription(
      runtime,
      parseJsonBody(request.body, z.unknown()),
      actorOf(request),
    );
    return reply.status(201).send(created);
  });

  app.patch<{ Params: { id: string } }>("/api/subscriptions/:id", auth, async (request) => {
    const { id } = SubscriptionParams.parse(request.params);
    const { active } = parseJsonBody(request.body, ActiveBody);
    return store.subscriptions.setActive(id, active, actorOf(request));
  });

  app.delete<{ Params: { id: string } }>("/api/subscriptions/:id", auth, async (request, reply) => {
    const { id } = SubscriptionParams.parse(request.params);
    await store.subscriptions.remove(id, actorOf(request));
    return reply.status(204).send();
  });
}
