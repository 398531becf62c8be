/**
 * Where the CLI keeps its SQLite store by default (`seceq serve`, `seceq sweep` and its `export` and `list`).
 */
import { join } from "node:path";

/** Default store file, relative to the current directory (the folder is git-ignored): `.seceq/store.db`. */
export const DEFAULT_DB_PATH = join(".seceq", "store.db");
