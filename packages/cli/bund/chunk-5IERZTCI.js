import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  UserError
} from "./chunk-JU4YVSTT.js";

// packages/cli/dist/io/redis-url.js
import { parseRedisUrl } from "@seceq/runners";
function checkRedisUrl(option, url) {
  try {
    parseRedisUrl(url);
  } catch (e) {
    throw new UserError(`${option}: ${e.message}`);
  }
  return url;
}

export {
  checkRedisUrl
};
