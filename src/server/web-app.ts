/**
 * Serves the built web app (web/dist) from the API's port: hashed assets with long caching, and
 * index.html for every other non-API GET so client-side routes survive a reload.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

export const DEFAULT_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export async function registerWebApp(app: FastifyInstance, webDir = DEFAULT_WEB_DIR): Promise<void> {
  const built = existsSync(path.join(webDir, "index.html"));
  if (built) await app.register(fastifyStatic, { root: webDir, prefix: "/", wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === "GET" && !request.url.startsWith("/api/") && !request.url.startsWith("/assets/");
    if (!isPage)
      return reply
        .status(404)
        .send({ error: "NOT_FOUND", message: `No route ${request.method} ${request.url}.` });
    if (!built)
      return reply
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("The web app is not built. Run `npm run build:web` (npm install does it), then reload.");
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
