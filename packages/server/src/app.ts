/**
 * `createApp`: the Hono application of `seceq serve`. The API lives under `/api` (JSON in, JSON out, errors as
 * `{error, message, issues?}`), generated from one route table with its OpenAPI document; every other GET serves the
 * built web workbench with a single-page-app fallback.
 *
 * Hardening, in order of the request's path: an optional Host allow-list (against DNS rebinding when bound to
 * loopback), a same-origin check on writes (no cross-site requests unless CORS is switched on; Hono's `csrf`
 * middleware guards only form content types, which the API refuses with 415 anyway), secure headers and compression
 * (Hono middleware), Content-Type checks (415), body limits on the declared and the streamed size (413), and then
 * the executor: the body is parsed, validated and run there, under the pool's queue (503 `busy`) and time limits
 * (422 `over_budget`, 503 `timeout`). An error handler logs internals to stderr and answers 500 without them.
 */
import { Hono, type Context } from "hono";
import { compress } from "hono/compress";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { InProcessExecutor, InputError, type Executor } from "@seceq/core";
import { getPreset, listPresets } from "@seceq/data";
import { StoreError, type ResultStore } from "@seceq/store";
import type { AppContext, AppLimits } from "./app-context.js";
import { DEFAULT_MAX_SAMPLES } from "./api-schemas.js";
import { HttpError, type ErrorBody } from "./http-errors.js";
import { DEFAULT_MAX_BODY_BYTES } from "./read-body.js";
import { openApiDocument, registerRoutes, type RouteDef } from "./route-table.js";
import { engineRoutes } from "./routes/engine-routes.js";
import { metaRoutes } from "./routes/meta-routes.js";
import { storeRoutes } from "./routes/store-routes.js";
import { StaticFiles } from "./static-files.js";

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Saved scenarios and run history. */
  store: ResultStore;
  /** Folder of the built web app (e.g. packages/web/dist); without one, `/` shows how to build it. */
  staticDir?: string;
  /** API limits; see {@link AppLimits} for the defaults. */
  limits?: Partial<AppLimits>;
  /**
   * Where engine operations (body parsing and validation included) run. Default: in-process
   * ({@link InProcessExecutor}); `startServer` uses a worker-thread pool.
   */
  executor?: Executor;
  /** Send CORS headers allowing any origin (the API has no credentials). Default false: no CORS headers. */
  cors?: boolean;
  /**
   * Host names (without port) the server answers to, e.g. `["localhost", "127.0.0.1", "[::1]"]`; other `Host`
   * headers get 403. Default: any host. `startServer` sets the loopback names when bound to loopback.
   */
  allowedHosts?: string[];
  /** Record each engine call in the run history. Default true. */
  recordRuns?: boolean;
  /** Server log (one line per call). Default: stderr. */
  log?: (line: string) => void;
  /**
   * Check every JSON response against the schema its route publishes (a mismatch is a 500 and a log line). Default:
   * on under the test runner (`NODE_TEST_CONTEXT`) or with `SECEQ_CHECK_RESPONSES=1`, off otherwise.
   */
  checkResponses?: boolean;
}

/** The in-process executor, with the embedded presets for negotiation specs naming `base.preset`. */
export function inProcessExecutor(): InProcessExecutor {
  const presetIds = listPresets().map((p) => p.id);
  return new InProcessExecutor({
    presets: { resolvePreset: (id) => (presetIds.includes(id) ? getPreset(id) : undefined), presetIds },
  });
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Host name of a `Host` header or URL host, lower-cased, without port. */
function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  return h.split(":")[0]!;
}

function errorResponse(status: number, body: ErrorBody, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...headers,
    },
  });
}

/** Resolve the limits, filling in defaults. */
export function resolveLimits(limits: Partial<AppLimits> = {}): AppLimits {
  return {
    maxBodyBytes: limits.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxSamples: limits.maxSamples ?? DEFAULT_MAX_SAMPLES,
    monteCarloBudgetMs: limits.monteCarloBudgetMs ?? 20_000,
  };
}

/** The whole route table of an app. */
function routeTable(limits: AppLimits): RouteDef[] {
  let doc: object | undefined;
  const routes: RouteDef[] = [
    ...metaRoutes(() => (doc ??= openApiDocument(routes, limits))),
    ...engineRoutes,
    ...storeRoutes,
  ];
  return routes;
}

/**
 * Create the application.
 * @param options store (required), static folder, limits, executor, CORS, allowed hosts, run recording, log
 */
export function createApp(options: AppOptions): Hono {
  const limits = resolveLimits(options.limits);
  const log = options.log ?? ((line: string) => void process.stderr.write(line + "\n"));
  const checkResponses =
    options.checkResponses ??
    (process.env.NODE_TEST_CONTEXT !== undefined || process.env.SECEQ_CHECK_RESPONSES === "1");

  const answerError = (err: unknown, c: Context): Response => {
    if (err instanceof HttpError) return errorResponse(err.status, err.body(), err.headers);
    if (err instanceof StoreError) {
      const status = err.code === "not_found" ? 404 : err.code === "conflict" ? 409 : err.code === "busy" ? 503 : 400;
      return errorResponse(
        status,
        { error: err.code, message: err.message },
        err.code === "busy" ? { "retry-after": "1" } : undefined,
      );
    }
    if (err instanceof InputError)
      return errorResponse(400, { error: "invalid_input", message: "the input is not valid", issues: err.issues });
    if (err instanceof HTTPException && err.status < 500)
      return errorResponse(err.status, { error: "bad_request", message: err.message || "bad request" });
    // The client went away while its request was read (closed the connection, or the server is shutting down and
    // closed it): nobody gets the answer and nothing is wrong with the server, so no internal-error log.
    if ((err as NodeJS.ErrnoException | undefined)?.code === "ECONNRESET")
      return errorResponse(400, { error: "bad_request", message: "the connection closed before the request was read" });
    const ref = Math.random().toString(36).slice(2, 10);
    const e = err instanceof Error ? err : new Error(String(err));
    log(
      `seceq serve: internal error [${ref}] on ${c.req.method} ${new URL(c.req.url).pathname}: ${e.stack ?? String(e)}`,
    );
    return errorResponse(500, {
      error: "internal",
      message: `internal error (reference ${ref}; details are in the server log)`,
    });
  };

  const ctx: AppContext = {
    store: options.store,
    executor: options.executor ?? inProcessExecutor(),
    limits,
    recordRuns: options.recordRuns ?? true,
    log,
    startedAt: Date.now(),
    answerError,
  };
  const files = new StaticFiles(options.staticDir);
  const allowedHosts = options.allowedHosts?.map((h) => h.toLowerCase());

  const app = new Hono();
  app.onError(answerError);
  app.notFound((c) =>
    errorResponse(404, { error: "not_found", message: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` }),
  );

  app.use("*", async (c, next) => {
    if (allowedHosts) {
      const host = hostName(c.req.header("host") ?? new URL(c.req.url).host);
      if (!allowedHosts.includes(host))
        return errorResponse(403, {
          error: "forbidden_host",
          message: `this server does not answer to host "${host}"`,
        });
    }
    const method = c.req.method;
    if (!options.cors && method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      const origin = c.req.header("origin");
      if (origin !== undefined) {
        let originHost: string | undefined;
        try {
          originHost = new URL(origin).host.toLowerCase();
        } catch {
          originHost = undefined;
        }
        const ownHost = (c.req.header("host") ?? new URL(c.req.url).host).toLowerCase();
        const bothLoopback =
          originHost !== undefined && LOOPBACK.has(hostName(originHost)) && LOOPBACK.has(hostName(ownHost));
        if (originHost !== ownHost && !bothLoopback)
          return errorResponse(403, {
            error: "cross_origin",
            message: "cross-origin requests are refused (start the server with CORS enabled to allow them)",
          });
      }
    }
    await next();
    return undefined;
  });
  app.use(
    "*",
    secureHeaders({
      // Scripts and styles of the workbench come from the same origin; the API answers JSON only.
      crossOriginResourcePolicy: options.cors ? false : "same-origin",
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: false,
    }),
  );
  app.use("*", compress());

  const api = new Hono();
  if (options.cors)
    api.use(
      "*",
      cors({
        origin: "*",
        allowMethods: ["GET", "POST", "PUT", "DELETE"],
        exposeHeaders: ["Seceq-Run-Id", "Location"],
        maxAge: 600,
      }),
    );
  api.use("*", async (c, next) => {
    await next();
    if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-store");
  });
  registerRoutes(api, routeTable(limits), ctx, checkResponses);
  app.route("/api", api);

  app.on(["GET", "HEAD"], "*", async (c) => {
    const path = new URL(c.req.url).pathname;
    if (path === "/api" || path.startsWith("/api/")) return c.notFound();
    const r = await files.serve(path);
    return new Response(c.req.method === "HEAD" ? null : r.body, { status: r.status, headers: r.headers });
  });

  return app;
}
