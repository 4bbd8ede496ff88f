/**
 * /api/auth: log in (sets the session cookie, returns the CSRF token), who am I, log out. Login is
 * rate-limited harder than the rest of the API to slow password guessing.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Runtime } from "../../services/runtime.js";
import { parseJsonBody } from "../json-body.js";
import { logIn } from "./accounts.js";
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./cookies.js";
import { identify } from "./require-role.js";
import { hashToken } from "./secrets.js";

export const LoginBody = z.object({
  name: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const SessionInfo = z.object({
  user: z.object({ name: z.string(), role: z.enum(["viewer", "analyst", "admin"]) }).nullable(),
  csrfToken: z.string().nullable(),
  publicReads: z.boolean(),
});

export async function authRoutes(app: FastifyInstance, runtime: Runtime) {
  app.post(
    "/api/auth/login",
    { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } },
    async (request, reply) => {
      const body = parseJsonBody(request.body, LoginBody);
      const session = await logIn(runtime.store, body.name, body.password, new Date());
      reply.header(
        "set-cookie",
        sessionCookie(session.cookieValue, session.expiresAt, request.protocol === "https"),
      );
      return SessionInfo.parse({
        user: { name: session.user.name, role: session.user.role },
        csrfToken: session.csrfToken,
        publicReads: runtime.config.publicReads,
      });
    },
  );

  app.get("/api/auth/session", async (request) => {
    const acting = await identify(runtime, request).catch(() => null);
    return SessionInfo.parse({
      user: acting ? { name: acting.name, role: acting.role } : null,
      csrfToken: acting?.csrfToken ?? null,
      publicReads: runtime.config.publicReads,
    });
  });

  app.post("/api/auth/logout", async (request, reply) => {
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (cookie) {
      const session = await runtime.store.users.getSession(hashToken(cookie));
      if (session) await runtime.store.users.deleteSession(hashToken(cookie), `user:${session.user.name}`);
    }
    reply.header("set-cookie", clearedSessionCookie());
    return { ok: true };
  });
}
