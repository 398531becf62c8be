/**
 * @seceq/store — persistence behind small interfaces; SQLite (better-sqlite3 12) by default.
 */
export * from "./db.js";
