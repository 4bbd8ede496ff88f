/**
 * The import boundaries in eslint.config.js, checked on small in-memory files: stages stay pure and
 * apart (production code and tests), and CLI modules stay lazy. Guards against a config edit whose
 * later block silently replaces an earlier block's rules again.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..") });

/** The module specifiers ESLint refuses in `source` placed at `filePath`. */
async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages
    .filter((m) => /no-restricted-imports/.test(m.ruleId ?? ""))
    .map((m) => /'([^']+)'/.exec(m.message)![1]!);
}

const imports = (...specifiers: string[]) =>
  specifiers.map((s, i) => `import * as m${i} from "${s}";\nexport const x${i} = m${i};\n`).join("");

describe("import boundaries", () => {
  it("keeps every pipeline rule for the extract stage and forbids the other stages", async () => {
    const found = await restricted(
      "src/pipeline/extract/some-pass.ts",
      imports(
        "node:http",
        "fs",
        "../ingest/index.js",
        "../../storage/open-store.js",
        "../../domain/claim.js",
      ),
    );
    expect(found).toEqual(["node:http", "fs", "../ingest/index.js", "../../storage/open-store.js"]);
  });

  it("forbids ingest from importing extract", async () => {
    expect(
      await restricted("src/pipeline/ingest/x.ts", imports("../extract/index.js", "./decode-bytes.js")),
    ).toEqual(["../extract/index.js"]);
  });

  it("lets stage tests read fixtures but not open servers, processes, storage or other stages", async () => {
    const found = await restricted(
      "src/pipeline/extract/x.test.ts",
      imports(
        "node:fs",
        "node:path",
        "node:http",
        "node:child_process",
        "../ingest/index.js",
        "../../storage/hash.js",
      ),
    );
    expect(found).toEqual(["node:http", "node:child_process", "../ingest/index.js", "../../storage/hash.js"]);
  });

  it("keeps CLI modules lazy: only commander, built-ins, context, errors, vocabularies and types at the top", async () => {
    const source = `import type { Runtime } from "../../services/runtime.js";\n${imports(
      "commander",
      "node:path",
      "../context.js",
      "../../domain/errors.js",
      "../../domain/incident-vocabulary.js",
      "../../domain/incident.js",
      "../../services/runtime.js",
      "zod",
      "cli-progress",
    )}`;
    expect(await restricted("src/cli/commands/x-command.ts", source)).toEqual([
      "../../domain/incident.js",
      "../../services/runtime.js",
      "zod",
      "cli-progress",
    ]);
  });
});
