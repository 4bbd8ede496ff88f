// Lint: typescript-eslint recommended rules plus import-direction boundaries (see docs/ARCHITECTURE.md).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const forbid = (patterns, why) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message: why }] }],
});

export default tseslint.config(
  { ignores: ["node_modules", "r2p-data", "web/dist", "coverage", ".tmp"] },
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
  {
    // Tests may read fixture files and compose stages; the rules below guard production code.
    files: ["src/pipeline/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: forbid(
      [
        "**/storage/**",
        "**/server/**",
        "**/jobs/**",
        "**/cli/**",
        "**/publish/**",
        "node:fs",
        "node:fs/*",
        "fs",
        "node:net",
        "node:http",
        "node:child_process",
      ],
      "Pipeline stages are pure: no storage, server, jobs, CLI or I/O imports. Pass what you need through deps.",
    ),
  },
  {
    files: ["src/pipeline/extract/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: forbid(
      [
        "**/ingest/**",
        "**/resolve/**",
        "**/assess/**",
        "**/storage/**",
        "**/server/**",
        "**/jobs/**",
        "**/cli/**",
        "node:fs",
        "fs",
      ],
      "Stages never import each other or I/O; jobs compose them.",
    ),
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: forbid(
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
    ),
  },
  {
    files: ["src/storage/**/*.ts", "src/knowledge/**/*.ts"],
    rules: forbid(["**/server/**", "**/jobs/**", "**/cli/**"], "Lower layers may not import upper layers."),
  },
);
