/** Who is logged in, as the server says (GET /api/auth/session), and logging in and out. */
import { api, setCsrfToken } from "./api";

export interface SessionUser {
  name: string;
  role: "viewer" | "analyst" | "admin";
}

export interface SessionInfo {
  user: SessionUser | null;
  csrfToken: string | null;
  publicReads: boolean;
}

export async function loadSession(): Promise<SessionInfo> {
  const info = await api<SessionInfo>("/api/auth/session");
  setCsrfToken(info.csrfToken);
  return info;
}

export async function logIn(name: string, password: string): Promise<SessionInfo> {
  const info = await api<SessionInfo>("/api/auth/login", { json: { name, password } });
  setCsrfToken(info.csrfToken);
  return info;
}

export async function logOut(): Promise<void> {
  await api("/api/auth/logout", { method: "POST" });
  setCsrfToken(null);
}
