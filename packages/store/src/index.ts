/**
 * @seceq/store — persistence behind small interfaces; SQLite (better-sqlite3 12) by default.
 */
export * from "./db.js";
export * from "./content-hash.js";
export * from "./result-store.js";
export * from "./scenario-store.js";
export * from "./run-store.js";
export * from "./sqlite-result-store.js";
export * from "./sweep-store.js";
