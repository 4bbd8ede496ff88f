/**
 * Account operations shared by `r2p users` and the HTTP login: add users, set passwords, issue API
 * tokens, log in and out. Hashing happens here; the UserStore keeps only hashes.
 */
import { errors } from "../../domain/errors.js";
import { UserName, type Role, type User } from "../../domain/user.js";
import type { Actor, Store } from "../../storage/ports.js";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password-hash.js";
import { hashToken, newPassword, newSecret } from "./secrets.js";

export const MIN_PASSWORD_LENGTH = 10;
export const SESSION_HOURS = 12;

function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw errors.weakPassword();
}

/**
 * Adds a user; generates a password when none is given and returns it (shown once, never stored).
 *
 * @example const { password } = await addUser(store, { name: "amal", role: "analyst" }, "cli");
 */
export async function addUser(
  store: Store,
  input: { name: string; role: Role; password?: string },
  actor: Actor,
): Promise<{ user: User; password: string; generated: boolean }> {
  const name = UserName.parse(input.name);
  const password = input.password ?? newPassword();
  checkPassword(password);
  const user = await store.users.addUser(
    { name, role: input.role, passwordHash: await hashPassword(password) },
    actor,
  );
  return { user, password, generated: input.password === undefined };
}

export async function setPassword(
  store: Store,
  name: string,
  password: string | undefined,
  actor: Actor,
): Promise<{ password: string; generated: boolean }> {
  const chosen = password ?? newPassword();
  checkPassword(chosen);
  await store.users.setPasswordHash(name, await hashPassword(chosen), actor);
  return { password: chosen, generated: password === undefined };
}

/** Issues an API token for a user; the token is returned once and stored only as its hash. */
export async function issueToken(store: Store, name: string, label: string, actor: Actor): Promise<string> {
  const user = await store.users.getUserByName(name);
  if (!user) throw errors.unknownUser(name);
  const token = newSecret("r2p_");
  await store.users.createToken(user.id, hashToken(token), label, actor);
  return token;
}

export interface NewSession {
  user: User;
  /** Cookie value: the session's secret, stored only as its hash. */
  cookieValue: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Checks a password and opens a session; LOGIN_FAILED for a wrong name or password alike. */
export async function logIn(
  store: Store,
  name: string,
  password: string,
  now = new Date(),
): Promise<NewSession> {
  const found = await store.users.getUserByName(name);
  // Unknown names are checked against a dummy hash so they cost the same time as known ones.
  const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
  if (!found || !ok) throw errors.badLogin();
  const { passwordHash: _secret, ...user } = found;
  const cookieValue = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await store.users.createSession(
    { tokenHash: hashToken(cookieValue), userId: user.id, csrfToken, expiresAt: expiresAt.toISOString() },
    `user:${user.name}`,
  );
  return { user, cookieValue, csrfToken, expiresAt };
}

/**
 * On a store with no users, creates `admin` with a generated password so a new install can log in;
 * returns the credentials to print once, or null when users already exist.
 */
export async function ensureFirstAdmin(store: Store): Promise<{ name: string; password: string } | null> {
  if ((await store.users.countUsers()) > 0) return null;
  try {
    const { user, password } = await addUser(store, { name: "admin", role: "admin" }, "system:first-run");
    return { name: user.name, password };
  } catch (error) {
    // Another process (a second `r2p serve`) created it first: nothing to print here.
    if ((error as { code?: string }).code === "USER_EXISTS") return null;
    throw error;
  }
}
