#!/usr/bin/env node
import { statSync } from "node:fs";
import { bundleServes } from "./bundle-route.js";
import type * as Main from "./main.js";

// A reader that stops early (`seceq data show … | head -1`) closes the pipe: that is not an error, so exit quietly
// with the exit code set so far instead of crashing with an unhandled EPIPE.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit();
  throw e;
});

// Started by the bin/seceq.mjs wrapper with an IPC channel: when the wrapper dies in any way (SIGKILL included) the
// channel closes, and the CLI stops as if it had been sent SIGTERM (servers and sweeps shut down cleanly), with a hard
// exit if it has not ended 10 s later. The channel itself keeps nothing alive.
if (process.env.SECEQ_PARENT_WATCH === "ipc" && process.channel) {
  delete process.env.SECEQ_PARENT_WATCH;
  process.channel.unref();
  process.once("disconnect", () => {
    process.kill(process.pid, "SIGTERM");
    setTimeout(() => process.exit(143), 10_000).unref();
  });
}

/**
 * Whether the bundle (`dist/bundle/main.js`) exists and is not older than the TypeScript build of the CLI, the engine
 * and the data it holds (their build info, present in a workspace build; an installed package has none). From sources
 * (tsx) there is no bundle.
 */
function bundleIsCurrent(): boolean {
  if (import.meta.url.endsWith(".ts")) return false;
  const mtime = (path: string) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
  const bundled = mtime("./bundle/main.js");
  if (bundled === undefined) return false;
  return [
    "./tsconfig.build.tsbuildinfo",
    "../../core/dist/tsconfig.build.tsbuildinfo",
    "../../data/dist/tsconfig.build.tsbuildinfo",
  ].every((info) => (mtime(info) ?? 0) <= bundled);
}

const argv = process.argv.slice(2);
// The bundle's entry has the same `main` as ./main.js; see bundle-route.ts for which commands it serves.
const entry = bundleServes(argv) && bundleIsCurrent() ? "./bundle/main.js" : "./main.js";
const { main } = (await import(entry)) as typeof Main;
const code = await main(argv);
process.exitCode = code;
// The command has finished. A handle left open on an error path (a progress bar's timer, a socket) must not keep the
// process alive: give pending output a moment to drain, then exit with the code (the timer itself keeps nothing open).
setTimeout(() => process.exit(code), 2000).unref();
