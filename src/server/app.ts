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
import type { DocumentParser } from "../services/ingest-service.js";
import { healthRoutes } from "./routes/health/routes.js";
import { reportRoutes } from "./routes/reports/routes.js";

export interface AppOptions {
  logger?: boolean;
  /** Called after a successful write so the job loop can start at once. */
  onIngested?: () => void;
  /** Runs the ingest stage for POST /api/reports; `r2p serve` passes one that uses a worker thread. */
  parse?: DocumentParser;
}

export async function buildApp(runtime: Runtime, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: runtime.config.logLevel } : false,
    bodyLimit: runtime.config.maxReportBytes,
  });
  await app.register(helmet);
  // R2P_RATE_LIMIT requests per minute per client address; 0 turns it off. /health stays exempt so
  // load balancers and monitors never see a 429.
  if (runtime.config.rateLimit > 0)
    await app.register(rateLimit, {
      max: runtime.config.rateLimit,
      timeWindow: "1 minute",
      allowList: (request) => request.url === "/health" || request.url.startsWith("/health?"),
    });
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
  await reportRoutes(app, runtime, options.onIngested ?? (() => undefined), options.parse);
  return app;
}
