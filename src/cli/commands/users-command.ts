/**
 * `r2p users add|list|passwd|role|token|tokens|revoke-token`: accounts for the web app and API.
 * Passwords are generated (and shown once) unless given on stdin with --password-stdin; tokens are
 * shown once and stored hashed, and can be listed (without the secret) and revoked.
 */
import { Argument, Command, Option } from "commander";
import type { Role } from "../../domain/user.js";
import { printJson, reportFailure, withRuntime } from "../context.js";

const CLI_ACTOR = "cli";
const ROLES: Role[] = ["viewer", "analyst", "admin"];
const accounts = () => import("../../server/auth/accounts.js");

async function readStdinPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Only the line ending is stripped: spaces inside a passphrase are the user's.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

export function usersCommand(): Command {
  const users = new Command("users")
    .description("Manage web/API users: roles viewer (read), analyst (ingest, review), admin (users)")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p users add amal --role analyst\n  r2p users list\n  r2p users passwd amal\n  r2p users token amal --label laptop\n  r2p users tokens amal\n  r2p users revoke-token <token id>\n  r2p users role amal viewer",
    );

  users
    .command("add <name>")
    .description("Create a user; prints a generated password once unless --password-stdin")
    .addOption(new Option("--role <role>", "viewer, analyst or admin").choices(ROLES).default("viewer"))
    .option("--password-stdin", "read the password from standard input")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      "\nExample:\n  printf 'a long passphrase' | r2p users add amal --role analyst --password-stdin",
    )
    .action(
      async (
        name: string,
        flags: { role: Role; passwordStdin?: boolean; json?: boolean },
        command: Command,
      ) => {
        try {
          const password = flags.passwordStdin ? await readStdinPassword() : undefined;
          const { addUser } = await accounts();
          const result = await withRuntime(command, (runtime) =>
            addUser(runtime.store, { name, role: flags.role, password }, CLI_ACTOR),
          );
          if (flags.json)
            printJson({ user: result.user, password: result.generated ? result.password : undefined });
          else {
            process.stdout.write(`added ${result.user.name} (${result.user.role})\n`);
            if (result.generated) process.stdout.write(`password: ${result.password}\n(shown only now)\n`);
          }
        } catch (error) {
          reportFailure(error);
        }
      },
    );

  users
    .command("list")
    .description("List users and their roles")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p users list --json")
    .action(async (flags: { json?: boolean }, command: Command) => {
      try {
        const list = await withRuntime(command, (runtime) => runtime.store.users.listUsers());
        if (flags.json) {
          printJson(list);
          return;
        }
        if (list.length === 0) process.stdout.write("no users yet: r2p users add <name> --role admin\n");
        for (const user of list)
          process.stdout.write(`${user.name.padEnd(24)} ${user.role.padEnd(8)} since ${user.createdAt}\n`);
      } catch (error) {
        reportFailure(error);
      }
    });

  users
    .command("passwd <name>")
    .description("Set a new password (generated unless --password-stdin); ends the user's sessions")
    .option("--password-stdin", "read the password from standard input")
    .addHelpText("after", "\nExample:\n  r2p users passwd admin")
    .action(async (name: string, flags: { passwordStdin?: boolean }, command: Command) => {
      try {
        const password = flags.passwordStdin ? await readStdinPassword() : undefined;
        const { setPassword } = await accounts();
        const result = await withRuntime(command, (runtime) =>
          setPassword(runtime.store, name, password, CLI_ACTOR),
        );
        process.stdout.write(`password changed for ${name}\n`);
        if (result.generated) process.stdout.write(`password: ${result.password}\n(shown only now)\n`);
      } catch (error) {
        reportFailure(error);
      }
    });

  users
    .command("token <name>")
    .description("Issue an API token for a user (send it as Authorization: Bearer <token>)")
    .option("--label <label>", "what the token is for", "cli")
    .addHelpText(
      "after",
      '\nExample:\n  curl -H "Authorization: Bearer $(r2p users token amal)" http://127.0.0.1:8080/api/incidents',
    )
    .action(async (name: string, flags: { label: string }, command: Command) => {
      try {
        const { issueToken } = await accounts();
        const token = await withRuntime(command, (runtime) =>
          issueToken(runtime.store, name, flags.label, CLI_ACTOR),
        );
        process.stdout.write(`${token}\n`);
      } catch (error) {
        reportFailure(error);
      }
    });
  users
    .command("role <name>")
    .addArgument(new Argument("<role>", "viewer, analyst or admin").choices(ROLES))
    .description("Change a user's role (viewer, analyst, admin); ends the user's open sessions")
    .addHelpText("after", "\nExample:\n  r2p users role amal viewer")
    .action(async (name: string, role: string, _flags: unknown, command: Command) => {
      try {
        await withRuntime(command, (runtime) => runtime.store.users.setRole(name, role as Role, CLI_ACTOR));
        process.stdout.write(`${name} is now ${role}; open sessions ended\n`);
      } catch (error) {
        reportFailure(error);
      }
    });

  users
    .command("tokens <name>")
    .description("List a user's API tokens (id, label, created, revoked); never the secrets")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p users tokens amal")
    .action(async (name: string, flags: { json?: boolean }, command: Command) => {
      try {
        const list = await withRuntime(command, (runtime) => runtime.store.users.listTokens(name));
        if (flags.json) {
          printJson(list);
          return;
        }
        if (list.length === 0) process.stdout.write(`${name} has no API tokens\n`);
        for (const token of list)
          process.stdout.write(
            `${token.id}  ${token.label.padEnd(16)} created ${token.createdAt}` +
              (token.revokedAt ? `  revoked ${token.revokedAt}` : "") +
              "\n",
          );
      } catch (error) {
        reportFailure(error);
      }
    });

  users
    .command("revoke-token <id>")
    .description("Revoke an API token by its id (from `r2p users tokens <name>`)")
    .addHelpText("after", "\nExample:\n  r2p users revoke-token 6f1c…")
    .action(async (id: string, _flags: unknown, command: Command) => {
      try {
        await withRuntime(command, (runtime) => runtime.store.users.revokeToken(id, CLI_ACTOR));
        process.stdout.write(`token ${id} revoked\n`);
      } catch (error) {
        reportFailure(error);
      }
    });
  return users;
}
