#!/usr/bin/env node
import { main } from "./main.js";

// A reader that stops early (`seceq data show … | head -1`) closes the pipe: that is not an error, so exit quietly
// with the exit code set so far instead of crashing with an unhandled EPIPE.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit();
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
