// Lint: typescript-eslint recommended rules plus import-direction boundaries (see docs/ARCHITECTURE.md).
// Flat config: when two blocks match a file, the later block's `no-restricted-imports` REPLACES the
// earlier one, so every file set below gets exactly one block with its whole list of forbidden imports.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const forbid = (...groups) => ({
  "no-restricted-imports": ["error", { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

/** The pipeline stages; each may import none of the others (jobs and services compose them). */
const STAGES = ["ingest", "extract", "resolve", "assess"];
const UPPER_LAYERS = [
  "**/storage/**",
  "**/server/**",
  "**/jobs/**",
  "**/cli/**",
  "**/services/**",
  "**/publish/**",
];
const NETWORK_AND_PROCESSES = [
  "node:net",
  "node:http",
  "node:https",
  "node:http2",
  "node:dgram",
  "node:tls",
  "node:child_process",
  "node:worker_threads",
  "net",
  "http",
  "https",
  "child_process",
];
const FILE_SYSTEM = ["node:fs", "node:fs/*", "fs", "fs/*"];

const PURE_STAGE =
  "Pipeline stages are pure: no storage, server, jobs, CLI or I/O imports. Pass what you need through deps.";
const STAGE_TESTS =
  "Stage tests may read fixture files (node:fs) but run no servers, processes or storage; test those in test/integration.";
const otherStages = (stage) => [
  STAGES.filter((s) => s !== stage).map((s) => `**/${s}/**`),
  `Stages never import each other (${stage} may not import another stage); services and jobs compose them.`,
];

/** Production code and tests of each stage folder, plus loose files directly under src/pipeline. */
const pipelineBlocks = [
  ...STAGES.flatMap((stage) => [
    {
      files: [`src/pipeline/${stage}/**/*.ts`],
      ignores: ["**/*.test.ts"],
      rules: forbid(
        [[...UPPER_LAYERS, ...NETWORK_AND_PROCESSES, ...FILE_SYSTEM], PURE_STAGE],
        otherStages(stage),
      ),
    },
    {
      files: [`src/pipeline/${stage}/**/*.test.ts`],
      rules: forbid([[...UPPER_LAYERS, ...NETWORK_AND_PROCESSES], STAGE_TESTS], otherStages(stage)),
    },
  ]),
  {
    files: ["src/pipeline/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: forbid([[...UPPER_LAYERS, ...NETWORK_AND_PROCESSES, ...FILE_SYSTEM], PURE_STAGE]),
  },
];

export default tseslint.config(
  { ignores: ["node_modules", "r2p-data", "dist", "web/dist", "coverage", ".tmp"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Reports are hostile input: binary detection and key building match control characters on purpose.
      "no-control-regex": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...pipelineBlocks,
  {
    files: ["src/domain/**/*.ts"],
    rules: forbid([
      [
        "**/storage/**",
        "**/server/**",
        "**/jobs/**",
        "**/cli/**",
        "**/pipeline/**",
        "**/knowledge/**",
        "node:*",
      ],
      "domain/ holds types and schemas only; it depends on nothing else in the project.",
    ]),
  },
  {
    // The web app runs in the browser and talks to the server over HTTP only.
    files: ["web/**/*.ts", "web/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid([
      ["**/storage/**", "**/server/**", "**/services/**", "**/cli/**", "**/jobs/**", "node:*"],
      "The web app talks to the API only; it may import types from src/domain.",
    ]),
  },
  {
    files: ["src/storage/**/*.ts", "src/knowledge/**/*.ts"],
    rules: forbid([["**/server/**", "**/jobs/**", "**/cli/**"], "Lower layers may not import upper layers."]),
  },
  {
    // `r2p --help` must not load the store, the NLP model, zod or the server: CLI modules import only
    // commander, node built-ins, the cheap CLI plumbing and zod-free domain modules (errors, value
    // lists in *-vocabulary.ts) at the top; actions import the rest with `await import(...)` when they
    // run. Type-only imports are free and allowed.
    files: ["src/cli/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Anything but commander, built-ins, command modules, context.js, source-stack.js (built-ins
              // only), domain/errors.js and *-vocabulary.js.
              regex:
                "^(?!commander$|node:|\\./(commands/)?[a-z-]+-command\\.js$|\\.\\./context\\.js$|\\./source-stack\\.js$|(\\.\\./)+domain/(errors|[a-z-]+-vocabulary)\\.js$)",
              allowTypeImports: true,
              message:
                "CLI modules load lazily: import this inside the action with `await import(...)` so `r2p --help` stays instant.",
            },
          ],
        },
      ],
    },
  },
);
