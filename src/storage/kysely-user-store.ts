/**
 * Users, sessions and API tokens on either backend. Only hashes are stored (the auth layer hashes);
 * every change appends an audit event in the same transaction, with no secret in its detail.
 */
import { randomUUID } from "node:crypto";
import type { Role, User } from "../domain/user.js";
import { errors } from "../domain/errors.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { Actor, StoredSession, TokenInfo, UserStore, UserWithSecret } from "./ports.js";
import { toNumber, type UsersTable } from "./schema.js";
import type { StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

const toUser = (row: Pick<UsersTable, "id" | "name" | "role" | "created_at">): User => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  createdAt: row.created_at,
});

export class KyselyUserStore implements UserStore {
  constructor(private readonly ctx: StoreContext) {}

  async addUser(input: { name: string; role: Role; passwordHash: string }, actor: Actor): Promise<User> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const taken = await trx
        .selectFrom("users")
        .select("id")
        .where("name", "=", input.name)
        .executeTakeFirst();
      if (taken) throw errors.userExists(input.name);
      const at = this.ctx.now().toISOString();
      const row = {
        id: randomUUID(),
        name: input.name,
        role: input.role,
        password_hash: input.passwordHash,
        created_at: at,
        updated_at: at,
      };
      await trx.insertInto("users").values(row).execute();
      await appendAuditEvent(trx, traits, this.ctx.now(), {
        actor,
        action: "user.added",
        subjectType: "user",
        subjectId: row.id,
        beforeHash: null,
        afterHash: null,
        detail: { name: row.name, role: row.role },
      });
      return toUser(row);
    });
  }

  async getUserByName(name: string): Promise<UserWithSecret | null> {
    const row = await this.ctx.db.selectFrom("users").selectAll().where("name", "=", name).executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.ctx.db.selectFrom("users").selectAll().orderBy("name").execute();
    return rows.map(toUser);
  }

  async countUsers(): Promise<number> {
    const row = await this.ctx.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }

  async setPasswordHash(name: string, passwordHash: string, actor: Actor): Promise<void> {
    const { db, traits } = this.ctx;
    // After the commit (or a failure), so no remembered lookup outlives the sessions it ended.
    await this.forgettingCredentials(() =>
      inWriteTransaction(db, traits, async (trx) => {
        const user = await trx.selectFrom("users").select("id").where("name", "=", name).executeTakeFirst();
        if (!user) throw errors.unknownUser(name);
        const at = this.ctx.now().toISOString();
        await trx
          .updateTable("users")
          .set({ password_hash: passwordHash, updated_at: at })
          .where("id", "=", user.id)
          .execute();
        // A new password ends every open session: whoever knew the old one is logged out.
        const ended = await trx.deleteFrom("sessions").where("user_id", "=", user.id).executeTakeFirst();
        await appendAuditEvent(trx, traits, this.ctx.now(), {
          actor,
          action: "user.password_set",
          subjectType: "user",
          subjectId: user.id,
          beforeHash: null,
          afterHash: null,
          detail: { name, sessionsEnded: Number(ended.numDeletedRows) },
        });
      }),
    );
  }

  /**
   * Runs a change to credentials, then forgets every remembered token and session lookup. Clearing
   * all (not just this user's) keeps it simple; the memo refills from one query per live client.
   */
  private async forgettingCredentials<T>(change: () => Promise<T>): Promise<T> {
    try {
      return await change();
    } finally {
      this.ctx.memo.tokens.clear();
      this.ctx.memo.sessions.clear();
    }
  }

  async createToken(userId: string, tokenHash: string, label: string, actor: Actor): Promise<{ id: string }> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const id = randomUUID();
      await trx
        .insertInto("api_tokens")
        .values({
          id,
          token_hash: tokenHash,
          user_id: userId,
          label,
          created_at: this.ctx.now().toISOString(),
          revoked_at: null,
        })
        .execute();
      await appendAuditEvent(trx, traits, this.ctx.now(), {
        actor,
        action: "token.created",
        subjectType: "user",
        subjectId: userId,
        beforeHash: null,
        afterHash: null,
        detail: { tokenId: id, label },
      });
      return { id };
    });
  }

  async listTokens(name: string): Promise<TokenInfo[]> {
    const user = await this.ctx.db
      .selectFrom("users")
      .select("id")
      .where("name", "=", name)
      .executeTakeFirst();
    if (!user) throw errors.unknownUser(name);
    const rows = await this.ctx.db
      .selectFrom("api_tokens")
      .select(["id", "label", "created_at", "revoked_at"])
      .where("user_id", "=", user.id)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      label: row.label,
      createdAt: row.created_at,
      revokedAt: row.revoked_at,
    }));
  }

  async revokeToken(tokenId: string, actor: Actor): Promise<void> {
    const { db, traits } = this.ctx;
    await this.forgettingCredentials(() =>
      inWriteTransaction(db, traits, async (trx) => {
        const token = await trx
          .selectFrom("api_tokens")
          .select(["user_id", "label"])
          .where("id", "=", tokenId)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        if (!token) throw errors.unknownToken(tokenId);
        await trx
          .updateTable("api_tokens")
          .set({ revoked_at: this.ctx.now().toISOString() })
          .where("id", "=", tokenId)
          .execute();
        await appendAuditEvent(trx, traits, this.ctx.now(), {
          actor,
          action: "token.revoked",
          subjectType: "user",
          subjectId: token.user_id,
          beforeHash: null,
          afterHash: null,
          detail: { tokenId, label: token.label },
        });
      }),
    );
  }

  async setRole(name: string, role: Role, actor: Actor): Promise<void> {
    const { db, traits } = this.ctx;
    await this.forgettingCredentials(() =>
      inWriteTransaction(db, traits, async (trx) => {
        const user = await trx
          .selectFrom("users")
          .select(["id", "role"])
          .where("name", "=", name)
          .executeTakeFirst();
        if (!user) throw errors.unknownUser(name);
        await trx
          .updateTable("users")
          .set({ role, updated_at: this.ctx.now().toISOString() })
          .where("id", "=", user.id)
          .execute();
        // Open sessions end so that a lowered role cannot keep acting through a page opened before.
        const ended = await trx.deleteFrom("sessions").where("user_id", "=", user.id).executeTakeFirst();
        await appendAuditEvent(trx, traits, this.ctx.now(), {
          actor,
          action: "user.role_set",
          subjectType: "user",
          subjectId: user.id,
          beforeHash: null,
          afterHash: null,
          detail: { name, from: user.role, to: role, sessionsEnded: Number(ended.numDeletedRows) },
        });
      }),
    );
  }

  async userForToken(tokenHash: string): Promise<User | null> {
    const remembered = this.ctx.memo.tokens.get(tokenHash);
    if (remembered) return remembered;
    // readDb: on the server an uncached lookup runs on a read thread, not on the event loop.
    const row = await this.ctx.readDb
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .select(["users.id", "users.name", "users.role", "users.created_at"])
      .where("api_tokens.token_hash", "=", tokenHash)
      .where("api_tokens.revoked_at", "is", null)
      .executeTakeFirst();
    if (!row) return null;
    const user = toUser(row);
    this.ctx.memo.tokens.set(tokenHash, user);
    return user;
  }

  async createSession(
    input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: string },
    actor: Actor,
  ): Promise<void> {
    const { db, traits } = this.ctx;
    await inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now().toISOString();
      // Expired sessions are swept here, where a write transaction is open anyway.
      await trx.deleteFrom("sessions").where("expires_at", "<=", now).execute();
      await trx
        .insertInto("sessions")
        .values({
          token_hash: input.tokenHash,
          user_id: input.userId,
          csrf_token: input.csrfToken,
          created_at: now,
          expires_at: input.expiresAt,
        })
        .execute();
      await appendAuditEvent(trx, traits, this.ctx.now(), {
        actor,
        action: "session.created",
        subjectType: "user",
        subjectId: input.userId,
        beforeHash: null,
        afterHash: null,
        detail: { expiresAt: input.expiresAt },
      });
    });
  }

  async getSession(tokenHash: string): Promise<StoredSession | null> {
    const now = this.ctx.now().toISOString();
    const remembered = this.ctx.memo.sessions.get(tokenHash);
    if (remembered) return remembered.expiresAt > now ? remembered : null;
    const row = await this.ctx.readDb
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "users.id",
        "users.name",
        "users.role",
        "users.created_at",
        "sessions.csrf_token",
        "sessions.expires_at",
      ])
      .where("sessions.token_hash", "=", tokenHash)
      .where("sessions.expires_at", ">", now)
      .executeTakeFirst();
    if (!row) return null;
    const session = { user: toUser(row), csrfToken: row.csrf_token, expiresAt: row.expires_at };
    this.ctx.memo.sessions.set(tokenHash, session);
    return session;
  }

  async deleteSession(tokenHash: string, actor: Actor): Promise<void> {
    const { db, traits } = this.ctx;
    await this.forgettingCredentials(() =>
      inWriteTransaction(db, traits, async (trx) => {
        const row = await trx
          .selectFrom("sessions")
          .select("user_id")
          .where("token_hash", "=", tokenHash)
          .executeTakeFirst();
        if (!row) return;
        await trx.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
        await appendAuditEvent(trx, traits, this.ctx.now(), {
          actor,
          action: "session.ended",
          subjectType: "user",
          subjectId: row.user_id,
          beforeHash: null,
          afterHash: null,
          detail: {},
        });
      }),
    );
  }
}
