/**
 * @seceq/server — the HTTP API (Hono) and static server of the web workbench.
 */
export * from "./app.js";
export * from "./app-context.js";
export * from "./server.js";
export * from "./executor.js";
export * from "./worker-executor.js";
export * from "./gate.js";
export * from "./http-errors.js";
export * from "./jobs.js";
export * from "./openapi.js";
export * from "./static-files.js";
export { DEFAULT_MAX_BODY_BYTES } from "./read-body.js";
export { DEFAULT_MAX_SAMPLES, MAX_CRISIS_DAYS } from "./api-schemas.js";
