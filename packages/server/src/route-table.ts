/**
 * One definition per API route — method, path, parameters, request body, responses with their schemas, handler —
 * from which both the Hono routes and the OpenAPI 3.1 document are generated, so neither can list a route or a
 * schema the other lacks. Query parameters are parsed with their zod schema; in tests every JSON response is checked
 * against the schema its route publishes for that status.
 */
import type { Context, Hono } from "hono";
import { z } from "zod";
import { fromZodIssues } from "@seceq/core";
import type { AppContext, AppLimits } from "./app-context.js";
import { apiRegistry, ErrorBodySchema } from "./api-schemas.js";
import { MAX_REQUEST_KEYS, MAX_REQUEST_NESTING } from "./body-structure.js";
import { HttpError } from "./http-errors.js";

/** Version of the server and its API. */
export const SERVER_VERSION = "0.1.0";

type Json = Record<string, unknown>;

/** One response of a route: a description and, for a JSON body, its schema. */
export interface ResponseDef {
  description: string;
  /** Schema of the JSON body; error statuses default to the error body. */
  schema?: z.ZodType;
}

/** One route. */
export interface RouteDef<Q extends z.ZodType = z.ZodType> {
  method: "get" | "post" | "put" | "delete";
  /** Path under `/api`, Hono style (`/scenarios/:id`). */
  path: string;
  summary: string;
  /** Descriptions of the path parameters. */
  params?: Record<string, string>;
  /** Query parameters (an object schema); invalid ones get 400 `invalid_request`. */
  query?: Q;
  /** The JSON request body's schema, and a description of the YAML body when YAML is accepted. */
  body?: { schema: z.ZodType; yaml?: string };
  /** Responses by status. */
  responses: Record<number, ResponseDef | string>;
  /** Answer the request. */
  handler: (c: Context, ctx: AppContext, query: z.infer<Q>) => Response | Promise<Response>;
}

/** Define a route (infers the query type). */
export function route<Q extends z.ZodType>(def: RouteDef<Q>): RouteDef<Q> {
  return def;
}

const responseOf = (r: ResponseDef | string, status: number): ResponseDef => {
  const def = typeof r === "string" ? { description: r } : r;
  return status >= 400 && !def.schema ? { ...def, schema: ErrorBodySchema } : def;
};

/** Parse the query of a request with the route's schema. */
function parseQuery(c: Context, schema: z.ZodType | undefined): unknown {
  if (!schema) return {};
  const r = schema.safeParse(c.req.query());
  if (!r.success) {
    const issues = fromZodIssues(r.error.issues, schema).map((i) => ({ ...i, code: "invalid_query" }));
    throw new HttpError(
      400,
      "invalid_request",
      `query parameter ${String(issues[0]?.path[0] ?? "")} is not valid`,
      issues,
    );
  }
  return r.data;
}

/**
 * Check a JSON response against the schema its route publishes for the status.
 * @throws Error naming the route, the status and the first mismatches
 */
async function checkResponse(def: RouteDef, res: Response): Promise<void> {
  const status = res.status;
  const published = def.responses[status] ?? (status === 500 ? "internal error" : undefined);
  if (published === undefined)
    throw new Error(`${def.method.toUpperCase()} /api${def.path} answered ${status}, which it does not publish`);
  const { schema } = responseOf(published, status);
  if (!schema || status === 204) return;
  const body = await res.clone().json();
  const r = schema.safeParse(body);
  if (!r.success)
    throw new Error(
      `${def.method.toUpperCase()} /api${def.path} ${status}: the response does not match its schema: ` +
        z.prettifyError(r.error).slice(0, 2000),
    );
}

/**
 * Register the routes on the `/api` router.
 * @param api the router
 * @param routes the route table
 * @param ctx shared state
 * @param checkResponses check every JSON response against its published schema (tests)
 */
export function registerRoutes(api: Hono, routes: readonly RouteDef[], ctx: AppContext, checkResponses: boolean): void {
  for (const def of routes) {
    api.on(def.method.toUpperCase(), def.path, async (c) => {
      let res: Response;
      try {
        res = await def.handler(c, ctx, parseQuery(c, def.query));
      } catch (e) {
        if (!checkResponses) throw e;
        // Errors are answered by the app's error handler; check that answer too.
        res = await ctx.answerError(e, c);
      }
      if (checkResponses) await checkResponse(def, res);
      return res;
    });
  }
}

const ref = (schema: z.ZodType): Json => {
  const id = apiRegistry.get(schema)?.id;
  if (id === undefined) throw new Error("every schema a route publishes must be named in apiRegistry");
  return { $ref: `#/components/schemas/${id}` };
};

let components: Record<string, Json> | undefined;

/** The component schemas, generated once from the zod registry. */
function componentSchemas(): Record<string, Json> {
  if (!components) {
    const out = z.toJSONSchema(apiRegistry, {
      target: "draft-2020-12",
      io: "input",
      unrepresentable: "any",
      uri: (id) => `#/components/schemas/${id}`,
    });
    components = {};
    for (const [id, schema] of Object.entries(out.schemas)) {
      const { $schema: _s, $id: _i, ...rest } = schema as Json;
      components[id] = rest;
    }
  }
  return components;
}

/** The OpenAPI parameters of a route: path parameters, then each query field. */
function parameters(def: RouteDef): Json[] {
  const out: Json[] = Object.entries(def.params ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
    description,
  }));
  const shape: Record<string, z.ZodType> = def.query instanceof z.ZodObject ? def.query.shape : {};
  for (const [name, field] of Object.entries(shape)) {
    const { $schema: _s, ...schema } = z.toJSONSchema(field, { io: "output", unrepresentable: "any" }) as Json;
    out.push({
      name,
      in: "query",
      required: false,
      schema,
      ...(field.description ? { description: field.description } : {}),
    });
  }
  return out;
}

/**
 * Build the OpenAPI 3.1 document of a route table.
 * @param routes the route table
 * @param limits the app's limits (stated in the description)
 */
export function openApiDocument(routes: readonly RouteDef[], limits: AppLimits): Json {
  const paths: Record<string, Json> = {};
  for (const def of routes) {
    const path = `/api${def.path.replace(/:(\w+)/g, "{$1}")}`;
    const responses: Json = {};
    for (const [status, r] of Object.entries({
      ...def.responses,
      500: "internal error (details only in the server log)",
    })) {
      const { description, schema } = responseOf(r, Number(status));
      responses[status] = {
        description,
        ...(schema ? { content: { "application/json": { schema: ref(schema) } } } : {}),
      };
    }
    const params = parameters(def);
    (paths[path] ??= {})[def.method] = {
      summary: def.summary,
      ...(params.length > 0 ? { parameters: params } : {}),
      ...(def.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: ref(def.body.schema) },
                ...(def.body.yaml
                  ? { "application/yaml": { schema: { type: "string", description: def.body.yaml } } }
                  : {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Security Equation API",
      version: SERVER_VERSION,
      description:
        "The seceq engine over HTTP: validate, evaluate, crisis timelines, treaty checks and negotiation searches on scenario documents, " +
        "plus saved scenarios with versions and a run history. Errors are JSON {error, message, issues?}. " +
        `Limits: bodies up to ${limits.maxBodyBytes} bytes (413 above) nesting up to ${MAX_REQUEST_NESTING} levels ` +
        `with up to ${MAX_REQUEST_KEYS} keys in a mapping ` +
        "(400 with a `too_deep` or `too_wide` issue at line:col above, before any computation is queued), " +
        `Monte Carlo samples up to ${limits.maxSamples} ` +
        `(422 above) and ${limits.monteCarloBudgetMs / 1000} s of Monte Carlo or search time (422 beyond); ` +
        "computations beyond the engine pool's queue get 503 busy.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
