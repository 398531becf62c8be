#!/usr/bin/env node
// Launch the seceq CLI from its TypeScript source (tsx), so `npx seceq` works in a fresh clone without a build.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
// Resolve tsx from this package, not from the caller's directory, so the command works from anywhere.
const tsx = import.meta.resolve("tsx");
const result = spawnSync(
  process.execPath,
  ["--conditions=@seceq/source", "--import", tsx, entry, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
