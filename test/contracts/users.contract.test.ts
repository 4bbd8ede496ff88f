/** UserStore contract: users, sessions and tokens keep hashes only, expire, and every change is audited. */
import { expect, it } from "vitest";
import { contractSuite } from "./backends.js";

contractSuite("UserStore", (h) => {
  it("adds users with unique names and lists them without secrets", async () => {
    const { store } = h();
    const user = await store.users.addUser(
      { name: "amal", role: "analyst", passwordHash: "scrypt$x" },
      "cli",
    );
    expect(user).toMatchObject({ name: "amal", role: "analyst" });
    await expect(
      store.users.addUser({ name: "amal", role: "viewer", passwordHash: "h" }, "cli"),
    ).rejects.toThrow(/already exists/);
    expect(await store.users.listUsers()).toEqual([user]);
    expect(await store.users.countUsers()).toBe(1);
    expect((await store.users.getUserByName("amal"))?.passwordHash).toBe("scrypt$x");
    expect(await store.users.getUserByName("nobody")).toBeNull();
    const events = await store.audit.list({ limit: 10 });
    expect(events.map((e) => [e.action, e.actor, e.detail])).toEqual([
      ["user.added", "cli", { name: "amal", role: "analyst" }],
    ]);
  });

  it("opens sessions that expire and ends them on logout and on a password change", async () => {
    const { store, clock } = h();
    const user = await store.users.addUser({ name: "amal", role: "viewer", passwordHash: "h1" }, "cli");
    const expiresAt = new Date(clock.current.getTime() + 3600_000).toISOString();
    await store.users.createSession(
      { tokenHash: "s1", userId: user.id, csrfToken: "c1", expiresAt },
      "user:amal",
    );
    expect(await store.users.getSession("s1")).toEqual({ user, csrfToken: "c1", expiresAt });
    expect(await store.users.getSession("other")).toBeNull();
    clock.advance(3600_001);
    expect(await store.users.getSession("s1")).toBeNull();

    const later = new Date(clock.current.getTime() + 3600_000).toISOString();
    await store.users.createSession(
      { tokenHash: "s2", userId: user.id, csrfToken: "c2", expiresAt: later },
      "u",
    );
    await store.users.createSession(
      { tokenHash: "s3", userId: user.id, csrfToken: "c3", expiresAt: later },
      "u",
    );
    await store.users.deleteSession("s2", "user:amal");
    expect(await store.users.getSession("s2")).toBeNull();
    expect(await store.users.getSession("s3")).not.toBeNull();
    await store.users.setPasswordHash("amal", "h2", "cli");
    expect(await store.users.getSession("s3")).toBeNull();
    expect((await store.users.getUserByName("amal"))?.passwordHash).toBe("h2");
    await expect(store.users.setPasswordHash("nobody", "h", "cli")).rejects.toThrow(/No user named nobody/);
  });

  it("finds the user of an API token by its hash", async () => {
    const { store } = h();
    const user = await store.users.addUser({ name: "bot", role: "analyst", passwordHash: "h" }, "cli");
    await store.users.createToken(user.id, "t-hash", "script", "cli");
    expect(await store.users.userForToken("t-hash")).toEqual(user);
    expect(await store.users.userForToken("other")).toBeNull();
    const audit = await store.audit.list({ limit: 10 });
    expect(audit.at(-1)).toMatchObject({ action: "token.created", subjectId: user.id });
    expect(JSON.stringify(audit)).not.toContain("t-hash");
  });

  it("lists and revokes a user's tokens; a revoked token no longer authenticates", async () => {
    const { store, clock } = h();
    const user = await store.users.addUser({ name: "bot", role: "analyst", passwordHash: "h" }, "cli");
    const first = await store.users.createToken(user.id, "t1", "laptop", "cli");
    clock.advance(1000);
    const second = await store.users.createToken(user.id, "t2", "cron", "cli");
    const listed = await store.users.listTokens("bot");
    expect(listed.map((t) => [t.id, t.label, t.revokedAt])).toEqual([
      [second.id, "cron", null],
      [first.id, "laptop", null],
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/"t1"|"t2"/);
    await store.users.revokeToken(first.id, "user:admin");
    expect(await store.users.userForToken("t1")).toBeNull();
    expect(await store.users.userForToken("t2")).toEqual(user);
    expect((await store.users.listTokens("bot"))[1]?.revokedAt).not.toBeNull();
    await expect(store.users.revokeToken(first.id, "cli")).rejects.toThrow(/No live API token/);
    await expect(store.users.listTokens("nobody")).rejects.toThrow(/No user named nobody/);
    const audit = await store.audit.list({ limit: 10 });
    expect(audit.at(-1)).toMatchObject({ action: "token.revoked", actor: "user:admin", subjectId: user.id });
  });

  it("changes a role, ends the user's sessions and audits the change", async () => {
    const { store, clock } = h();
    const user = await store.users.addUser({ name: "amal", role: "analyst", passwordHash: "h" }, "cli");
    const expiresAt = new Date(clock.current.getTime() + 3600_000).toISOString();
    await store.users.createSession({ tokenHash: "s1", userId: user.id, csrfToken: "c", expiresAt }, "u");
    await store.users.createToken(user.id, "tok", "script", "cli");
    await store.users.setRole("amal", "viewer", "user:admin");
    expect(await store.users.getSession("s1")).toBeNull();
    expect((await store.users.userForToken("tok"))?.role).toBe("viewer");
    await expect(store.users.setRole("nobody", "admin", "cli")).rejects.toThrow(/No user named nobody/);
    const audit = await store.audit.list({ limit: 10 });
    expect(audit.at(-1)).toMatchObject({
      action: "user.role_set",
      detail: { name: "amal", from: "analyst", to: "viewer", sessionsEnded: 1 },
    });
  });
});
