/**
 * Check a `--queue` Redis URL on the command line; a malformed one is a user error (exit 2), not a stack trace.
 */
import { parseRedisUrl } from "@seceq/runners";
import { UserError } from "../errors.js";

/**
 * Check a Redis URL given as an option (`redis://host:port[/db]` or `rediss://…`) and return it unchanged.
 * @param option the option's name for the message, e.g. `--queue`
 * @param url the URL as given
 * @throws UserError when the URL is malformed or not a Redis URL
 */
export function checkRedisUrl(option: string, url: string): string {
  try {
    parseRedisUrl(url);
  } catch (e) {
    throw new UserError(`${option}: ${(e as Error).message}`);
  }
  return url;
}
