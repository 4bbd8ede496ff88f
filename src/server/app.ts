/**
 * The HTTP server: fastify with security headers, rate limiting, JSON errors carrying our stable error
 * codes, and the API routes. Later issues add the dashboard to this same app.
 */
import Fastify, { type FastifyInstance } from "fastify";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import { ZodError } from "zod";
import { R2pError } from "../domain/errors.js";
import type { Runtime } from "../services/runtime.js";
import { healthRoutes } from "./routes/health/routes.js";
import { reportRoutes } from "./routes/reports/routes.js";
import { alertRoutes } from "./routes/alerts/routes.js";
import { situationRoutes } from "./routes/situations/routes.js";
import { subscriptionRoutes } from "./routes/subscriptions/routes.js";

export interface AppOptions {
  logger?: boolean;
  /** Called after a successful write so the job loop can start at once. */
  onIngested?: () => void;
}

export async function buildApp(runtime: Runtime, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: runtime.config.logLevel } : false,
    bodyLimit: runtime.config.maxReportBytes,
  });
  await app.register(helmet);
  await app.register(rateLimit, { max: 600, timeWindow: "1 minute" });
  // Report bodies are taken as raw bytes whatever their type: the ingest stage decodes and validates.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof R2pError)
      return reply.status(error.status).send({ error: error.code, message: error.message });
    if (error instanceof ZodError) {
      const detail = error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
      return reply.status(400).send({ error: "BAD_REQUEST", message: detail });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) app.log.error(error);
    return reply.status(status).send({
      error: status >= 500 ? "INTERNAL" : "REQUEST_ERROR",
      message: status >= 500 ? "Internal error; see the server log." : (error as Error).message,
    });
  });

  await healthRoutes(app, runtime);
  await reportRoutes(app, runtime, options.onIngested ?? (() => undefined));
  await alertRoutes(app, runtime);
  await situationRoutes(app, runtime);
  await subscriptionRoutes(app, runtime);
  return app;
}
