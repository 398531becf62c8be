/**
 * `startServer`: open the store, start the engine worker pool, and listen with @hono/node-server. Binds to loopback
 * by default; when bound to loopback it answers only to loopback host names (DNS-rebinding protection).
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { SqliteResultStore } from "@seceq/store";
import type { AppLimits } from "./app-context.js";
import { createApp, inProcessExecutor } from "./app.js";
import type { Executor } from "@seceq/core";
import { PiscinaExecutor, type PiscinaExecutorOptions } from "@seceq/runners";

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** SQLite file of the result store (created with its folders when missing). */
  dbPath: string;
  /** Folder of the built web app; when missing, `/` explains how to build it. */
  staticDir?: string;
  /** API limits. */
  limits?: Partial<AppLimits>;
  /** Allow cross-origin requests (CORS headers for any origin). Default false. */
  cors?: boolean;
  /**
   * Engine operations in worker threads (default) with these options (`size` is the number of threads, default the
   * cores up to 8; `maxQueue` the operations waiting, default 64), or `"inline"` to run them in-process.
   */
  workers?: (Omit<PiscinaExecutorOptions, "threads"> & { size?: number }) | "inline";
  /** Server log. Default: stderr. */
  log?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  host: string;
  port: number;
  /**
   * Stop listening, finish open requests, stop the workers and close the store. With `graceMs`, requests still open
   * after that many ms have their connections closed (a second call with a shorter grace shortens it).
   */
  close(options?: CloseOptions): Promise<void>;
}

/** Options of {@link RunningServer.close}. */
export interface CloseOptions {
  /** Time open requests get to finish, ms; then their connections are closed. Default: wait for them. */
  graceMs?: number;
}

/** True when a bind address is loopback-only. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Start the HTTP server.
 * @throws when the port is taken or the store cannot be opened (nothing is left running)
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 8080;
  const store = SqliteResultStore.open(options.dbPath);
  const log = options.log ?? ((line: string) => void process.stderr.write(line + "\n"));
  const budget = options.limits?.monteCarloBudgetMs ?? 20_000;
  const { size, ...pool } = options.workers === "inline" ? { size: undefined } : (options.workers ?? {});
  const executor: Executor =
    options.workers === "inline"
      ? inProcessExecutor()
      : new PiscinaExecutor({
          maxQueue: 64,
          // A hard stop comfortably after the budget, which operations honour by themselves.
          timeoutMs: Math.max(30_000, budget + 10_000),
          ...(size !== undefined ? { threads: size } : {}),
          ...pool,
        });
  // Start the engine threads now, so the first request does not wait for them.
  if (executor instanceof PiscinaExecutor) executor.warmUp().catch(() => undefined);
  const app = createApp({
    store,
    executor,
    ...(options.staticDir !== undefined ? { staticDir: options.staticDir } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.cors ? { cors: true } : {}),
    log,
    // The bound address itself too (e.g. 127.0.0.2), as it appears in a Host header (IPv6 in brackets).
    ...(isLoopback(host)
      ? { allowedHosts: [...new Set(["localhost", "127.0.0.1", "[::1]", host.includes(":") ? `[${host}]` : host])] }
      : {}),
  });

  const cleanup = async () => {
    await executor.close();
    await store.close();
  };

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: host }) as Server;
      s.once("error", reject);
      s.once("listening", () => {
        s.off("error", reject);
        resolve(s);
      });
    });
  } catch (e) {
    await cleanup();
    throw e;
  }
  // Slow clients cannot hold connections open forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;

  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  const cut = () => server.closeAllConnections();
  return {
    url: `http://${shown}:${address.port}/`,
    host: address.address,
    port: address.port,
    close: (closeOptions = {}) => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(cleanup);
      const grace = closeOptions.graceMs;
      if (grace !== undefined) {
        if (grace <= 0) cut();
        else setTimeout(cut, grace).unref();
      }
      return closing;
    },
  };
}
