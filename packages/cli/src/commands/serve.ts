/**
 * `seceq serve [--port 8080] [--host 127.0.0.1] [--db .seceq/store.db]`: the HTTP API under /api and the web
 * workbench at /, until interrupted (Ctrl-C or SIGTERM), then a clean shutdown within about half a second (open
 * requests get {@link SHUTDOWN_GRACE_MS}); exit code 130 after Ctrl-C (SIGINT), 0 after SIGTERM.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Option, type Command } from "@commander-js/extra-typings";
import { isLoopback, startServer, type RunningServer } from "@seceq/server";
import { EXIT, ExitRequest, UserError } from "../errors.js";
import { note, printText } from "../io/output.js";
import { parseIntOption } from "../io/options.js";
import { DEFAULT_DB_PATH } from "../io/store-path.js";

/**
 * Folder of the built web workbench (packages/web/dist), found from this file in sources and in the build;
 * `--web-dir` or `SECEQ_WEB_DIR` point elsewhere (e.g. in a container or an installed package).
 */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../../web/dist/", import.meta.url));

/** Options of `seceq serve` as commander passes them. */
export interface ServeCliOptions {
  port: string;
  host: string;
  db: string;
  cors?: boolean;
  workers?: string;
  /** Folder of the built web workbench. Default {@link WEB_DIST_DIR}. */
  webDir?: string;
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
  const webDir = opts.webDir === undefined ? WEB_DIST_DIR : resolve(opts.webDir) + "/";
  const built = existsSync(join(webDir, "index.html"));
  let server: RunningServer;
  try {
    server = await startServer({
      port,
      host: opts.host,
      dbPath,
      staticDir: webDir,
      ...(opts.cors || envFlag("SECEQ_CORS") ? { cors: true } : {}),
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
  // Installed before the URL is printed: whoever reads it may send a signal at once.
  // One SIGINT or SIGTERM stops the server: open requests get SHUTDOWN_GRACE_MS to finish, then their connections are
  // closed, so a slow client or a long evaluation never holds the shutdown. The handler stays installed until the
  // server has closed: a second signal (pressed again, or the same Ctrl-C passed on by npm or a wrapper) closes open
  // connections at once instead of killing the process half-way through closing the store.
  let received: NodeJS.Signals | undefined;
  let signalled!: () => void;
  const stopped = new Promise<void>((done) => (signalled = done));
  const onSignal = (sig: NodeJS.Signals) => {
    if (received === undefined) {
      received = sig;
      signalled();
    } else void server.close({ graceMs: 0 });
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  print(`Security Equation: ${server.url}`, "out");
  print(
    `seceq serve: API under ${server.url}api (description: ${server.url}api/openapi.json); database ${dbPath}`,
    "err",
  );
  if (!built)
    print(`seceq serve: the web app is not built (no ${webDir}index.html); build it with: npm run build:web`, "err");
  if (!isLoopback(opts.host))
    print(
      `seceq serve: warning: listening on ${opts.host}, not loopback; the API has no authentication — ` +
        "anyone who can reach this address can use it",
      "err",
    );
  hooks.onStarted?.(server);

  try {
    await (hooks.stop ? Promise.race([hooks.stop, stopped]) : stopped);
    print(`seceq serve: ${received ? `${received}: ` : ""}shutting down`, "err");
    await server.close({ graceMs: SHUTDOWN_GRACE_MS });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  // Ctrl-C ends with 128 + SIGINT, as shells report an interrupted command; SIGTERM (a service manager's stop) is a
  // normal end.
  if (received === "SIGINT") throw new ExitRequest(EXIT.interrupted);
}

/** Time requests still open at shutdown get to finish before their connections are closed, ms. */
export const SHUTDOWN_GRACE_MS = 500;

/** True when an environment variable is set to `1`, `true` or `yes` (any case). */
function envFlag(name: string): boolean {
  return /^(?:1|true|yes)$/i.test(process.env[name] ?? "");
}

/**
 * Register `serve`. Every option can also come from an environment variable (a command-line option wins):
 * `SECEQ_PORT`, `SECEQ_HOST`, `SECEQ_DB`, `SECEQ_WORKERS`, `SECEQ_WEB_DIR`, and `SECEQ_CORS=1`.
 */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API under /api and the web workbench at / (until Ctrl-C)")
    .addOption(new Option("--port <n>", "TCP port (0 picks a free one)").default("8080").env("SECEQ_PORT"))
    .addOption(
      new Option("--host <address>", "interface to listen on; other than loopback exposes the API to the network")
        .default("127.0.0.1")
        .env("SECEQ_HOST"),
    )
    .addOption(
      new Option("--db <path>", "SQLite file for saved scenarios and run history")
        .default(DEFAULT_DB_PATH)
        .env("SECEQ_DB"),
    )
    .option("--cors", "allow cross-origin requests (off by default; env SECEQ_CORS=1)")
    .addOption(
      new Option("--workers <n>", "engine worker threads (default: one per core; 0 runs the engine in-process)").env(
        "SECEQ_WORKERS",
      ),
    )
    .addOption(
      new Option("--web-dir <path>", "folder of the built web workbench (default: packages/web/dist)").env(
        "SECEQ_WEB_DIR",
      ),
    )
    .action((opts: ServeCliOptions) => serve(opts));
}
