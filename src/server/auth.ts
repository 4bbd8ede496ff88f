/**
 * Authorisation. Writes need a credential; `requireRole(runtime, role)` is the one preHandler routes
 * use, so that users, roles and sessions can replace the token check later without touching routes.
 * Today there is one credential, the `R2P_API_TOKEN` bearer, and it is an admin (admin ⊇ analyst ⊇
 * viewer). Reads (viewer) stay open, as before, for the local dashboard. With no token configured,
 * every role above viewer is refused. The preHandler records who acts on the request (`request.actor`)
 * for the audit log.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { errors } from "../domain/errors.js";
import type { Runtime } from "../services/runtime.js";

export type Role = "viewer" | "analyst" | "admin";

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

declare module "fastify" {
  interface FastifyRequest {
    /** Who acts, for the audit log: "api:admin" for the token, "api:anonymous" for open reads. */
    actor?: string;
    /** The role the credential carries. */
    role?: Role;
  }
}

function bearerMatches(request: FastifyRequest, expected: Buffer | null): boolean {
  const header = request.headers.authorization ?? "";
  const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "");
  return expected !== null && given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A fastify preHandler that lets the request through when its credential carries `role` or more, and
 * sets `request.actor` and `request.role`; otherwise it fails with UNAUTHORIZED (401).
 *
 * @example app.post("/api/incidents/:id/confirm", { preHandler: requireRole(runtime, "analyst") }, handler)
 */
export function requireRole(runtime: Runtime, role: Role) {
  const token = runtime.config.apiToken;
  const expected = token ? Buffer.from(token) : null;
  return async (request: FastifyRequest) => {
    if (bearerMatches(request, expected)) {
      request.actor = "api:admin";
      request.role = "admin";
      return;
    }
    if (RANK[role] === RANK.viewer) {
      request.actor = "api:anonymous";
      request.role = "viewer";
      return;
    }
    throw errors.unauthorized();
  };
}
