/**
 * `seceq serve [--port 8080] [--host 127.0.0.1] [--db .seceq/store.db]`: the HTTP API under /api and the web
 * workbench at /, until interrupted (Ctrl-C or SIGTERM), then a clean shutdown.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { isLoopback, startServer, type RunningServer } from "@seceq/server";
import { UserError } from "../errors.js";
import { note, printText } from "../io/output.js";
import { parseIntOption } from "../io/options.js";
import { DEFAULT_DB_PATH } from "../io/store-path.js";

/** Folder of the built web workbench (packages/web/dist), found from this file in sources and in the build. */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../../web/dist/", import.meta.url));

/** Options of `seceq serve` as commander passes them. */
export interface ServeCliOptions {
  port: string;
  host: string;
  db: string;
  cors?: boolean;
  workers?: string;
}

/** Hooks of {@link serve} (for tests and embedding). */
export interface ServeHooks {
  /** Resolves when the server should shut down; SIGINT and SIGTERM always do. */
  stop?: Promise<void>;
  /** Called with the running server (e.g. to find the port picked for `--port 0`). */
  onStarted?: (server: RunningServer) => void;
  /** Output: the URL goes to `out`, status lines to `err`. Default: stdout and stderr. */
  print?: (line: string, stream: "out" | "err") => void;
}

/**
 * Start the server for `seceq serve`, print its URL, and resolve once told to stop and the server has closed.
 * @param opts parsed command-line options
 * @param hooks stop signal, start callback and output (defaults: signals, none, stdout/stderr)
 */
export async function serve(opts: ServeCliOptions, hooks: ServeHooks = {}): Promise<void> {
  const print =
    hooks.print ?? ((line: string, stream: "out" | "err") => (stream === "out" ? printText(line) : note(line)));
  const port = parseIntOption("--port", opts.port, 0, 65535);
  const workers = opts.workers === undefined ? undefined : parseIntOption("--workers", opts.workers, 0, 64);
  const dbPath = resolve(opts.db);
  const built = existsSync(join(WEB_DIST_DIR, "index.html"));
  let server: RunningServer;
  try {
    server = await startServer({
      port,
      host: opts.host,
      dbPath,
      staticDir: WEB_DIST_DIR,
      ...(opts.cors ? { cors: true } : {}),
      ...(workers === undefined ? {} : { workers: workers === 0 ? ("inline" as const) : { size: workers } }),
    });
  } catch (e) {
    const { code, syscall } = e as NodeJS.ErrnoException;
    if (syscall === "listen" || syscall === "getaddrinfo") {
      if (code === "EADDRINUSE")
        throw new UserError(`port ${port} on ${opts.host} is in use; choose another with --port`);
      if (code === "EACCES")
        throw new UserError(`not allowed to listen on ${opts.host}:${port}; use a port above 1023`);
      throw new UserError(`cannot listen on "${opts.host}" (${code}): no such address on this machine?`);
    }
    if (code?.startsWith("SQLITE_") || syscall === "mkdir" || syscall === "open")
      throw new UserError(`cannot open the database ${dbPath} (${code}): ${(e as Error).message}`);
    throw e;
  }
  print(`Security Equation: ${server.url}`, "out");
  print(
    `seceq serve: API under ${server.url}api (description: ${server.url}api/openapi.json); database ${dbPath}`,
    "err",
  );
  if (!built)
    print(
      `seceq serve: the web app is not built (no ${WEB_DIST_DIR}index.html); build it with: npx vite build packages/web`,
      "err",
    );
  if (!isLoopback(opts.host))
    print(
      `seceq serve: warning: listening on ${opts.host}, not loopback; the API has no authentication — ` +
        "anyone who can reach this address can use it",
      "err",
    );
  hooks.onStarted?.(server);

  let detach = () => undefined as void;
  const signalled = new Promise<void>((done) => {
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

/** Register `serve`. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API under /api and the web workbench at / (until Ctrl-C)")
    .option("--port <n>", "TCP port (0 picks a free one)", "8080")
    .option(
      "--host <address>",
      "interface to listen on; other than loopback exposes the API to the network",
      "127.0.0.1",
    )
    .option("--db <path>", "SQLite file for saved scenarios and run history", DEFAULT_DB_PATH)
    .option("--cors", "allow cross-origin requests (off by default)")
    .option("--workers <n>", "engine worker threads (default: one per core; 0 runs the engine in-process)")
    .action((opts: ServeCliOptions) => serve(opts));
}
