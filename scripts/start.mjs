// `npm start`: build the packages and the web workbench (incremental), then serve the workbench with the HTTP API on
// the embedded default scenario and store, from the built JavaScript.
//
// Each step runs as a child process. SIGTERM and SIGHUP sent to this script are passed on to the running child;
// SIGINT is ignored here because the terminal sends Ctrl-C to the child too. Exits with the failing step's code, or
// the server's, or 128 + the signal number when a child was killed by a signal.
import { spawn } from "node:child_process";
import { constants } from "node:os";

/** @type {import("node:child_process").ChildProcess | undefined} */
let current;
/** The signal that asked us to stop, if any: no further step starts after it. */
let stopping;
const forward = (signal) => {
  stopping ??= signal;
  if (current && current.exitCode === null && current.signalCode === null) current.kill(signal);
};
process.on("SIGTERM", forward);
process.on("SIGHUP", forward);
process.on("SIGINT", () => {});

/** Run a command with inherited stdio; resolves to its exit code (128 + signal number when killed by a signal). */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit" });
    current = child;
    child.once("error", (e) => {
      process.stderr.write(`npm start: cannot run ${cmd}: ${e.message}\n`);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
  });
}

for (const step of ["build", "build:web"]) {
  const built = await run("npm", ["run", step, "--silent"]);
  if (built !== 0) process.exit(built);
  if (stopping) process.exit(128 + (constants.signals[stopping] ?? 0));
}
process.exit(await run(process.execPath, ["packages/cli/dist/bin.js", "serve", ...process.argv.slice(2)]));
