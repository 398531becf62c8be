/**
 * @seceq/server — the HTTP API (Hono) and static server of the web workbench.
 */
export * from "./app.js";
export * from "./app-context.js";
export * from "./server.js";
export * from "./http-errors.js";
export * from "./static-files.js";
export { SERVER_VERSION } from "./route-table.js";
export { DEFAULT_MAX_BODY_BYTES } from "./read-body.js";
export { DEFAULT_MAX_SAMPLES } from "./api-schemas.js";
