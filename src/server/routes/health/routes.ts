/** GET /health: liveness plus the backend and queue state, for load balancers and people. */
import type { FastifyInstance } from "fastify";
import type { Runtime } from "../../../services/runtime.js";

export async function healthRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get("/health", async () => {
    const [reports, jobs] = await Promise.all([runtime.store.reports.count(), runtime.store.jobs.counts()]);
    return { status: "ok", backend: runtime.store.backend, reports, jobs };
  });
}
