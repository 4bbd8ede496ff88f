/**
 * Who is asking, and may they? `requireRole(runtime, role)` is the preHandler every API route uses:
 * it finds the acting user from a Bearer token (a user's API token, or R2P_API_TOKEN as a bootstrap
 * admin) or from the session cookie, checks the role, demands the CSRF header on cookie-borne writes,
 * and records the user on the request so every write is audited with its name (`actorOf`).
 */
import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from "fastify";
import { errors } from "../../domain/errors.js";
import { roleAllows, type Role, type User } from "../../domain/user.js";
import type { Runtime } from "../../services/runtime.js";
import { readCookie, SESSION_COOKIE } from "./cookies.js";
import { hashToken, sameSecret } from "./secrets.js";

export interface ActingUser {
  name: string;
  role: Role;
  /** How the request proved who it is; cookie-borne writes need the CSRF header. */
  via: "session" | "token" | "bootstrap-token" | "public";
  user: User | null;
  csrfToken: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    actingUser?: ActingUser;
    /** The audit actor (`user:<name>`, `token:R2P_API_TOKEN`, `anonymous`), as `actorOf` gives it. */
    actor?: string;
    /** The role the request acts with. */
    role?: Role;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Marks our preHandlers so the app can add one to any API route that forgot it. */
export const AUTH_MARK = Symbol.for("r2p.auth");

/** Resolves the caller without judging the role; null when no valid credential came. */
export async function identify(runtime: Runtime, request: FastifyRequest): Promise<ActingUser | null> {
  const header = request.headers.authorization ?? "";
  if (header.startsWith("Bearer ")) {
    const token = header.slice(7).trim();
    const bootstrap = runtime.config.apiToken;
    if (bootstrap && sameSecret(token, bootstrap))
      return {
        name: "admin(R2P_API_TOKEN)",
        role: "admin",
        via: "bootstrap-token",
        user: null,
        csrfToken: null,
      };
    const user = await runtime.store.users.userForToken(hashToken(token));
    // A wrong bearer token is an error even where reads are public: the caller meant to authenticate.
    if (!user) throw errors.unauthenticated();
    return { name: user.name, role: user.role, via: "token", user, csrfToken: null };
  }
  const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (cookie) {
    const session = await runtime.store.users.getSession(hashToken(cookie));
    if (session)
      return {
        name: session.user.name,
        role: session.user.role,
        via: "session",
        user: session.user,
        csrfToken: session.csrfToken,
      };
  }
  return null;
}

/**
 * A fastify preHandler that lets the request through when its user holds `role`.
 *
 * @example app.post("/api/reports", { preHandler: requireRole(runtime, "analyst") }, handler)
 */
export function requireRole(runtime: Runtime, role: Role): preHandlerHookHandler {
  const handler = async (request: FastifyRequest, _reply: FastifyReply) => {
    const acting = await identify(runtime, request);
    const safe = SAFE_METHODS.has(request.method);
    if (!acting) {
      if (safe && role === "viewer" && runtime.config.publicReads) {
        request.actingUser = {
          name: "anonymous",
          role: "viewer",
          via: "public",
          user: null,
          csrfToken: null,
        };
        return;
      }
      throw errors.unauthenticated();
    }
    if (!roleAllows(acting.role, role)) throw errors.forbidden(acting.role, role);
    if (!safe && acting.via === "session") {
      const given = request.headers["x-csrf-token"];
      if (typeof given !== "string" || !acting.csrfToken || !sameSecret(given, acting.csrfToken))
        throw errors.badCsrf();
    }
    request.actingUser = acting;
    request.actor = actorOf(request);
    request.role = acting.role;
  };
  Object.defineProperty(handler, AUTH_MARK, { value: role });
  return handler as preHandlerHookHandler;
}

/** The audit actor for a request: `user:<name>`, or the bootstrap token's name. */
export function actorOf(request: FastifyRequest): string {
  const acting = request.actingUser;
  if (!acting) throw new Error("actorOf called on a route without requireRole");
  return acting.via === "bootstrap-token" ? "token:R2P_API_TOKEN" : `user:${acting.name}`;
}
