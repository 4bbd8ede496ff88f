/**
 * `r2p users` end to end in the CLI: an admin issues, lists and revokes API tokens and changes roles;
 * secrets are printed once and never listed again.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { backends, type BackendInstance } from "./harness.js";

let cli: BackendInstance;
beforeAll(async () => {
  cli = await backends[0]!.setUp();
});
afterAll(async () => cli?.tearDown());

it("issues, lists and revokes tokens and changes a role", async () => {
  const added = await cli.run(["users", "add", "amal", "--role", "analyst", "--json"]);
  expect(added.code).toBe(0);
  const token = (await cli.run(["users", "token", "amal", "--label", "laptop"])).stdout.trim();
  expect(token).toMatch(/^r2p_/);

  const listed = await cli.run(["users", "tokens", "amal", "--json"]);
  expect(listed.code).toBe(0);
  const tokens = JSON.parse(listed.stdout) as { id: string; label: string; revokedAt: string | null }[];
  expect(tokens).toEqual([expect.objectContaining({ label: "laptop", revokedAt: null })]);
  expect(listed.stdout).not.toContain(token);

  const revoked = await cli.run(["users", "revoke-token", tokens[0]!.id]);
  expect(revoked).toMatchObject({ code: 0, stdout: `token ${tokens[0]!.id} revoked\n` });
  const again = await cli.run(["users", "revoke-token", tokens[0]!.id]);
  expect(again.code).not.toBe(0);
  expect(again.stderr).toMatch(/No live API token/);
  expect((await cli.run(["users", "tokens", "amal"])).stdout).toMatch(/laptop .* revoked /);

  expect((await cli.run(["users", "role", "amal", "viewer"])).code).toBe(0);
  expect((await cli.run(["users", "list", "--json"])).stdout).toContain('"role": "viewer"');
  const bad = await cli.run(["users", "role", "amal", "owner"]);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toMatch(/viewer, analyst, admin/);
});
