#!/usr/bin/env node
// Launch the seceq CLI. Built JavaScript (`dist/`, made by `npm run build`, which `npm ci` runs as `prepare`) runs in
// this process: signals reach the CLI directly and it ends with this process. Without a build, or with
// SECEQ_FROM_SOURCE=1, the CLI runs from its TypeScript source through tsx, in a child process that must never outlive
// this wrapper:
// - Signals sent to the wrapper (SIGTERM, SIGHUP, SIGQUIT, SIGUSR2, and SIGINT when no terminal is attached) are passed
//   on to the child, so `kill <pid>` stops a `seceq serve` or `seceq sweep` cleanly. From a terminal, Ctrl-C reaches
//   the whole foreground process group, child included, so SIGINT is not sent twice.
// - SIGKILL cannot be caught: the child holds an IPC channel to the wrapper and stops itself (as on SIGTERM) when the
//   channel closes, which it does when the wrapper dies in any way (see src/bin.ts).
// - Under `npx`, when npm itself is killed with SIGKILL, the wrapper notices and stops the child (see npmExecAncestor);
//   from the build, it stops itself the same way.
// The wrapper exits with the child's exit code, or 128 + the signal number when the child was killed by a signal (as
// shells report it).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { constants } from "node:os";
import { fileURLToPath } from "node:url";

/**
 * Under `npx` (npm exec) npm starts this wrapper through `sh -c`; npm passes SIGTERM and SIGINT on, but when npm itself
 * is killed with SIGKILL nothing reaches us (the shell in between waits on). Find that npm process (Linux: /proc) so
 * the wrapper can stop the CLI when it disappears. Only npm is watched: a wrapper whose shell exits (`nohup … &`)
 * keeps running, as it should.
 */
function npmExecAncestor() {
  if (process.env.npm_command !== "exec") return undefined;
  let pid = process.ppid;
  for (let depth = 0; depth < 3 && pid > 1; depth++) {
    try {
      if (/^(npm exec|npx)\b/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"))) return pid;
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      pid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Call `stop` once the npm process that started this wrapper (if any) is gone. */
function whenNpmDies(stop) {
  const npm = npmExecAncestor();
  if (npm !== undefined)
    setInterval(() => {
      try {
        process.kill(npm, 0);
      } catch {
        stop();
      }
    }, 500).unref();
}

const built = new URL("../dist/bin.js", import.meta.url);
if (process.env.SECEQ_FROM_SOURCE !== "1" && existsSync(built)) {
  whenNpmDies(() => process.kill(process.pid, "SIGTERM"));
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
    { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env, SECEQ_PARENT_WATCH: "ipc" } },
  );
  // The channel exists only so the child notices this process's death; it must not keep this process alive.
  child.channel?.unref();

  const running = () => child.exitCode === null && child.signalCode === null;
  const forward = (signal) => {
    if (running()) child.kill(signal);
  };
  const interactive = process.stdin.isTTY || process.stdout.isTTY || process.stderr.isTTY;
  for (const signal of ["SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR2"]) process.on(signal, () => forward(signal));
  process.on("SIGINT", () => {
    if (!interactive) forward("SIGINT");
  });
  whenNpmDies(() => forward("SIGTERM"));

  child.once("error", (e) => {
    process.stderr.write(`seceq: cannot start the CLI: ${e.message}\n`);
    process.exit(1);
  });
  child.once("exit", (code, signal) => {
    process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
  });
}
