/**
 * The HTTP server: fastify with security headers (a CSP without 'unsafe-inline'), rate limiting, JSON
 * errors carrying our stable error codes, auth on every API route, the API routes, and the web app
 * (web/dist) on the same port with a single-page-app fallback.
 */
import Fastify, { type FastifyInstance, type preHandlerHookHandler } from "fastify";
import rateLimit from "@fastify/rate-limit";
import { ZodError } from "zod";
import { R2pError } from "../domain/errors.js";
import type { Runtime } from "../services/runtime.js";
import { authRoutes } from "./auth/auth-routes.js";
import { buildOpenApi } from "./openapi/build-openapi.js";
import { AUTH_MARK, requireRole } from "./auth/require-role.js";
import type { DocumentIngester } from "../services/ingest-service.js";
import { healthRoutes } from "./routes/health/routes.js";
import { incidentViewRoutes } from "./routes/incident-views/routes.js";
import { incidentReviewRoutes } from "./routes/incidents/routes.js";
import { sourceRoutes } from "./routes/sources/routes.js";
import { reportRoutes } from "./routes/reports/routes.js";
import { registerWebApp } from "./web-app.js";
import { securityHeaders } from "./security-headers.js";

declare module "fastify" {
  interface FastifyInstance {
    /** "METHOD /api/path" of every API route, in registration order (the OpenAPI test reads it). */
    apiRoutes: string[];
  }
}
import { alertRoutes } from "./routes/alerts/routes.js";
import { situationRoutes } from "./routes/situations/routes.js";
import { subscriptionRoutes } from "./routes/subscriptions/routes.js";

export interface AppOptions {
  logger?: boolean;
  /** Called after a successful write so the job loop can start at once. */
  onIngested?: () => void;
  /** Folder of the built web app; default web/dist in the package. */
  webDir?: string;
  /** Ingests POST /api/reports bodies elsewhere; `r2p serve` passes one that uses a worker thread. */
  ingest?: DocumentIngester;
}

/** API routes anyone may call: logging in needs no login, and the spec describes no data. */
const PUBLIC_API = new Set(["/api/auth/login", "/api/auth/session", "/api/auth/logout", "/api/openapi.json"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function buildApp(runtime: Runtime, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: runtime.config.logLevel } : false,
    bodyLimit: runtime.config.maxReportBytes,
    trustProxy: process.env.R2P_TRUST_PROXY === "1",
  });
  const headers = securityHeaders();
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
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

  // Every API route needs a login unless it is public or already declares its role: reads need a
  // viewer (or R2P_PUBLIC_READS=1), writes an analyst. Routes added later are covered too.
  app.decorate("apiRoutes", [] as string[]);
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/"))
      for (const method of [route.method].flat())
        if (method !== "HEAD") app.apiRoutes.push(`${method} ${route.url}`);
    if (!route.url.startsWith("/api/") || PUBLIC_API.has(route.url)) return;
    const handlers = [route.preHandler ?? []].flat() as preHandlerHookHandler[];
    if (handlers.some((handler) => AUTH_MARK in handler)) return;
    const safe = [route.method].flat().every((method) => SAFE_METHODS.has(method));
    route.preHandler = [requireRole(runtime, safe ? "viewer" : "analyst"), ...handlers];
  });

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

  const openApi = buildOpenApi();
  app.get("/api/openapi.json", async () => openApi);
  await healthRoutes(app, runtime);
  await authRoutes(app, runtime);
  await reportRoutes(app, runtime, options.onIngested ?? (() => undefined), options.ingest);
  await incidentViewRoutes(app, runtime);
  await incidentReviewRoutes(app, runtime);
  await sourceRoutes(app, runtime);
  await alertRoutes(app, runtime);
  await situationRoutes(app, runtime);
  await subscriptionRoutes(app, runtime);
  await registerWebApp(app, options.webDir);
  return app;
}
