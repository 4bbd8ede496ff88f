/**
 * /api/alerts (list, one) and /alerts.atom (the same alerts as an Atom feed). Reads only; alerts are
 * raised by `r2p assess` or the assessment job.
 */
import type { FastifyInstance } from "fastify";
import { errors } from "../../../domain/errors.js";
import { renderAtomFeed } from "../../../publish/alerts/atom-feed.js";
import type { Runtime } from "../../../services/runtime.js";
import { requireRole } from "../../auth.js";
import { presentAlert } from "./presenter.js";
import { AlertIdParams, ListAlertsQuery } from "./schema.js";

export async function alertRoutes(app: FastifyInstance, runtime: Runtime) {
  const { store, config } = runtime;

  app.get("/api/alerts", async (request) => {
    const q = ListAlertsQuery.parse(request.query);
    const filter = { situationId: q.situation, from: q.from, to: q.to, kinds: q.kind, admin1: q.admin1 };
    const [items, total] = await Promise.all([
      store.alerts.list({ ...filter, limit: q.limit, offset: q.offset }),
      store.alerts.count(filter),
    ]);
    return { total, limit: q.limit, offset: q.offset, items: items.map(presentAlert) };
  });

  app.get<{ Params: { id: string } }>("/api/alerts/:id", async (request) => {
    const { id } = AlertIdParams.parse(request.params);
    const alert = await store.alerts.get(id);
    if (!alert) throw errors.notFound("alert", id);
    return presentAlert(alert);
  });

  // Outside /api, so not covered by the app's default; feed readers send a viewer's Bearer token.
  app.get("/alerts.atom", { preHandler: requireRole(runtime, "viewer") }, async (request, reply) => {
    const q = ListAlertsQuery.parse(request.query);
    const alerts = await store.alerts.list({
      situationId: q.situation,
      kinds: q.kind,
      admin1: q.admin1,
      limit: q.limit,
    });
    // Links use the configured public URL, never the request's Host header (which a client controls).
    const baseUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
    return reply
      .header("content-type", "application/atom+xml; charset=utf-8")
      .send(renderAtomFeed(alerts, { baseUrl, now: new Date() }));
  });
}
