#!/usr/bin/env node
// Launch the seceq CLI. Built JavaScript (`dist/`, made by `npm run build`, which `npm ci` runs as `prepare`) runs in
// this process. Without a build, or with SECEQ_FROM_SOURCE=1, the CLI runs from its TypeScript source through tsx.
//
// From source the CLI runs in a child process. Signals: SIGTERM and SIGHUP sent to this wrapper are passed on to the
// child (so `kill <pid>` stops a `seceq serve` or `seceq sweep` cleanly); SIGINT is ignored here because the terminal sends
// Ctrl-C to the whole foreground process group, child included. The wrapper exits with the child's exit code, or
// 128 + the signal number when the child was killed by a signal (as shells report it).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin.js", import.meta.url);
if (process.env.SECEQ_FROM_SOURCE !== "1" && existsSync(built)) {
  await import(built.href);
} else {
  runFromSource();
}

/** Run `src/bin.ts` through tsx in a child process, forwarding signals and the exit code. */
function runFromSource() {
  const entry = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
  // Resolve tsx from this package, not from the caller's directory, so the command works from anywhere.
  const tsx = import.meta.resolve("tsx");
  const child = spawn(
    process.execPath,
    ["--conditions=@seceq/source", "--import", tsx, entry, ...process.argv.slice(2)],
    { stdio: "inherit" },
  );

  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on("SIGTERM", forward);
  process.on("SIGHUP", forward);
  process.on("SIGINT", () => {});

  child.once("error", (e) => {
    process.stderr.write(`seceq: cannot start the CLI: ${e.message}\n`);
    process.exit(1);
  });
  child.once("exit", (code, signal) => {
    process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
  });
}
