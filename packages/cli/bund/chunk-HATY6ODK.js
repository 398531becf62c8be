import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);

// packages/cli/dist/io/store-path.js
import { join } from "node:path";
var DEFAULT_DB_PATH = join(".seceq", "store.db");

export {
  DEFAULT_DB_PATH
};
