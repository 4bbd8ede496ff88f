/**
 * Users of the web app and API. Roles are ordered: a viewer reads, an analyst also ingests and
 * reviews incidents, an admin also manages users. Secrets (password hashes, tokens) never leave the
 * auth layer; this is what the rest of the system sees.
 */
import { z } from "zod";

export const Role = z.enum(["viewer", "analyst", "admin"]);
export type Role = z.infer<typeof Role>;

const rank: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/** True when `held` grants at least what `needed` asks. */
export function roleAllows(held: Role, needed: Role): boolean {
  return rank[held] >= rank[needed];
}

/** A user name: what `r2p users add` takes and what the audit log records as the actor. */
export const UserName = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/i, "a user name is 2–64 letters, digits, dots, dashes or underscores");

export const User = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;
