import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  DEFAULT_DB_PATH
} from "./chunk-HATY6ODK.js";
import {
  parseIntOption
} from "./chunk-COACYP2P.js";
import {
  Option
} from "./chunk-AEFH6DCV.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  note,
  printText
} from "./chunk-S5PDL7IM.js";
import "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/serve.js
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isLoopback, startServer } from "@seceq/server";
var WEB_DIST_DIR = fileURLToPath(new URL("../../../web/dist/", import.meta.url));
async function serve(opts, hooks = {}) {
  const print = hooks.print ?? ((line, stream) => stream === "out" ? printText(line) : note(line));
  const port = parseIntOption("--port", opts.port, 0, 65535);
  const workers = opts.workers === void 0 ? void 0 : parseIntOption("--workers", opts.workers, 0, 64);
  const dbPath = resolve(opts.db);
  const webDir = opts.webDir === void 0 ? WEB_DIST_DIR : resolve(opts.webDir) + "/";
  const built = existsSync(join(webDir, "index.html"));
  let server;
  try {
    server = await startServer({
      port,
      host: opts.host,
      dbPath,
      staticDir: webDir,
      ...opts.cors || envFlag("SECEQ_CORS") ? { cors: true } : {},
      ...workers === void 0 ? {} : { workers: workers === 0 ? "inline" : { size: workers } }
    });
  } catch (e) {
    const { code, syscall } = e;
    if (syscall === "listen" || syscall === "getaddrinfo") {
      if (code === "EADDRINUSE")
        throw new UserError(`port ${port} on ${opts.host} is in use; choose another with --port`);
      if (code === "EACCES")
        throw new UserError(`not allowed to listen on ${opts.host}:${port}; use a port above 1023`);
      throw new UserError(`cannot listen on "${opts.host}" (${code}): no such address on this machine?`);
    }
    if (code?.startsWith("SQLITE_") || syscall === "mkdir" || syscall === "open")
      throw new UserError(`cannot open the database ${dbPath} (${code}): ${e.message}`);
    throw e;
  }
  print(`Security Equation: ${server.url}`, "out");
  print(`seceq serve: API under ${server.url}api (description: ${server.url}api/openapi.json); database ${dbPath}`, "err");
  if (!built)
    print(`seceq serve: the web app is not built (no ${webDir}index.html); build it with: npm run build:web`, "err");
  if (!isLoopback(opts.host))
    print(`seceq serve: warning: listening on ${opts.host}, not loopback; the API has no authentication \u2014 anyone who can reach this address can use it`, "err");
  hooks.onStarted?.(server);
  let detach = () => void 0;
  const signalled = new Promise((done) => {
    const handler = () => done();
    process.once("SIGINT", handler);
    process.once("SIGTERM", handler);
    detach = () => {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    };
  });
  await (hooks.stop ? Promise.race([hooks.stop, signalled]) : signalled);
  detach();
  print("seceq serve: shutting down", "err");
  await server.close();
}
function envFlag(name) {
  return /^(?:1|true|yes)$/i.test(process.env[name] ?? "");
}
function registerServe(program) {
  program.command("serve").description("serve the HTTP API under /api and the web workbench at / (until Ctrl-C)").addOption(new Option("--port <n>", "TCP port (0 picks a free one)").default("8080").env("SECEQ_PORT")).addOption(new Option("--host <address>", "interface to listen on; other than loopback exposes the API to the network").default("127.0.0.1").env("SECEQ_HOST")).addOption(new Option("--db <path>", "SQLite file for saved scenarios and run history").default(DEFAULT_DB_PATH).env("SECEQ_DB")).option("--cors", "allow cross-origin requests (off by default; env SECEQ_CORS=1)").addOption(new Option("--workers <n>", "engine worker threads (default: one per core; 0 runs the engine in-process)").env("SECEQ_WORKERS")).addOption(new Option("--web-dir <path>", "folder of the built web workbench (default: packages/web/dist)").env("SECEQ_WEB_DIR")).action((opts) => serve(opts));
}
export {
  WEB_DIST_DIR,
  registerServe,
  serve
};
