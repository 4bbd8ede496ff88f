/**
 * Write authorisation: every request that changes data must carry `Authorization: Bearer <token>`
 * matching R2P_API_TOKEN. With no token configured, writes are refused (reads stay open on localhost).
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { errors } from "../domain/errors.js";

export function requireWriteToken(configuredToken: string | null) {
  const expected = configuredToken ? Buffer.from(configuredToken) : null;
  return async (request: FastifyRequest) => {
    const header = request.headers.authorization ?? "";
    const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "");
    if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw errors.unauthorized();
    }
  };
}
