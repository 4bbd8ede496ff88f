/**
 * The `r2p` command line: thin commands over the same services as the HTTP API. Every command takes
 * its data folder from --data-dir or R2P_DATA_DIR (default ./r2p-data) and works without a server.
 * Registering the commands is cheap (commander only); each loads what it needs when it runs.
 */
import { Command } from "commander";
import { ingestCommand } from "./commands/ingest-command.js";
import { reportsCommand } from "./commands/reports-command.js";
import { auditCommand, verifyCommand } from "./commands/verify-command.js";
import { serveCommand } from "./commands/serve-command.js";
import { analyzeCommand } from "./commands/analyze-command.js";
import { gazetteerCommand } from "./commands/gazetteer-command.js";
import { jobsCommand } from "./commands/jobs-command.js";
import { incidentsCommand } from "./commands/incidents-command.js";
import { sourcesCommand } from "./commands/sources-command.js";
import { usersCommand } from "./commands/users-command.js";
import { exportCommand } from "./commands/export-command.js";
import { assessCommand } from "./commands/assess-command.js";
import { situationCommand } from "./commands/situation-command.js";
import { alertsCommand } from "./commands/alerts-command.js";
import { subscriptionsCommand } from "./commands/subscriptions-command.js";
import { briefCommand } from "./commands/brief-command.js";
import { analystQueueCommand } from "./commands/analyst-queue-command.js";

const program = new Command("r2p")
  .description("r2p-watch: atrocity-crimes monitoring and early warning — reports in, sourced incidents out")
  .option("--data-dir <dir>", "data folder (env R2P_DATA_DIR, default ./r2p-data)")
  .option(
    "--database-url <url>",
    "use PostgreSQL instead of the embedded SQLite store (env R2P_DATABASE_URL)",
  )
  .addHelpText(
    "after",
    `
Examples:
  r2p ingest ../shared/seed/000_73950fb0b43643e1.txt     store a report (idempotent)
  r2p reports show <id> --json                           read it back (id or prefix)
  r2p analyze ../shared/seed/000_73950fb0b43643e1.txt    extract incident claims
  r2p gazetteer import ../shared/data/gazetteer/syr_admin4_communities.csv   add village places
  r2p incidents list --area Idlib --grade fair           incidents across reports, graded
  r2p sources list                                       the source registry (reliability, partisanship)
  r2p verify && r2p audit verify                         check originals and the audit chain
  r2p export --format acled-csv --area Idlib > idlib.csv incidents for ACLED-style tools
  r2p users add amal --role analyst                      an account for the web app
  r2p alerts list                                         alerts raised as reports are ingested
  r2p analyst-queue list                                 genocide codes waiting for an analyst
  r2p situation show syria                               the risk profile (14 risk factors)
  r2p brief --format pdf --output brief.pdf              a brief for decision makers
  r2p serve                                              API on http://127.0.0.1:8080 + inbox`,
  )
  .showHelpAfterError();

for (const command of [
  ingestCommand(),
  reportsCommand(),
  analyzeCommand(),
  verifyCommand(),
  auditCommand(),
  gazetteerCommand(),
  jobsCommand(),
  incidentsCommand(),
  sourcesCommand(),
  usersCommand(),
  exportCommand(),
  assessCommand(),
  situationCommand(),
  analystQueueCommand(),
  alertsCommand(),
  subscriptionsCommand(),
  briefCommand(),
  serveCommand(),
])
  program.addCommand(command);

/**
 * Runs the CLI on `argv` (in process.argv form: node, script, arguments). `bin/r2p.js` calls it with
 * the process's arguments; tests call it in-process. Failures set process.exitCode.
 */
export async function runCli(argv: string[]): Promise<void> {
  await program.parseAsync(argv);
}
