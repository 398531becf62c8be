/**
 * @seceq/core — the pure engine of Security Equation. No I/O: runs unchanged in Node, browsers and worker pools.
 */
export * from "./_shared/issues.js";
export * from "./schema/index.js";
