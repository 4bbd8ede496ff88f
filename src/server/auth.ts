/**
 * The auth contract every route uses: `requireRole(runtime, role)` as a preHandler, and `actorOf`
 * for the audit actor. Users, sessions and tokens live in ./auth/.
 */
export { actorOf, requireRole, type ActingUser } from "./auth/require-role.js";
