#!/usr/bin/env node
// Launcher for the r2p CLI: runs the TypeScript sources through tsx so a clean checkout needs no build step.
import { register } from "tsx/esm/api";
register();
await import("../src/cli/main.ts");
