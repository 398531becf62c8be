/**
 * @seceq/core — the pure engine of Security Equation. No I/O: runs unchanged in Node, browsers and worker pools.
 */
export * from "./_shared/issues.js";
export * from "./_shared/own-keys.js";
export * from "./_shared/canonical-json.js";
export * from "./_shared/share-unchanged.js";
export * from "./_shared/doc-patches.js";
export * from "./schema/index.js";
export * from "./physics/index.js";
export * from "./defense/index.js";
export * from "./parity/index.js";
export * from "./random/index.js";
export * from "./exchange/index.js";
export * from "./effects/index.js";
export * from "./stability/index.js";
export * from "./evaluate/index.js";
export * from "./treaty/index.js";
export * from "./sampling/index.js";
export * from "./optimize/index.js";
export * from "./sweep/index.js";
export * from "./negotiate/index.js";
export * from "./geo/index.js";
export * from "./export/index.js";
export * from "./protocol/index.js";
