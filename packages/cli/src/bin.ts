#!/usr/bin/env node
import { main } from "./main.js";

// A reader that stops early (`seceq data show … | head -1`) closes the pipe: that is not an error, so exit quietly
// with the exit code set so far instead of crashing with an unhandled EPIPE.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit();
  throw e;
});

const code = await main(process.argv.slice(2));
process.exitCode = code;
// The command has finished. A handle left open on an error path (a progress bar's timer, a socket) must not keep the
// process alive: give pending output a moment to drain, then exit with the code (the timer itself keeps nothing open).
setTimeout(() => process.exit(code), 2000).unref();
