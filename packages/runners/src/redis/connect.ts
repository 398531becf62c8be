/**
 * Redis connections for the BullMQ runner and workers, through ioredis (the client BullMQ is built around).
 */
import { Redis } from "ioredis";

/** Redis could not be reached (refused, unreachable, timed out, or authentication failed). */
export class RedisUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`cannot reach Redis at ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "RedisUnavailableError";
  }
}

/**
 * Check a `redis://[user:password@]host[:port][/db]` URL and return its host and port.
 * @throws Error for other schemes or a malformed URL
 */
export function parseRedisUrl(url: string): { host: string; port: number; db: number } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a redis URL: "${url}" (expected redis://host:port)`);
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:")
    throw new Error(`unsupported scheme "${u.protocol}" in "${url}" (expected redis://host:port)`);
  const db = u.pathname.replace(/^\//, "");
  return {
    host: u.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1",
    port: u.port ? Number(u.port) : 6379,
    db: db ? Number(db) : 0,
  };
}

/**
 * Open an ioredis client and wait until it is ready; on failure close it (no background reconnecting) and throw.
 * `maxRetriesPerRequest: null` is what BullMQ workers require (STACK.md §2).
 * @param url `redis://host:port[/db]`
 * @param timeoutMs give up after this long, ms (default 5,000)
 * @throws RedisUnavailableError
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  parseRedisUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    connectTimeout: timeoutMs,
    retryStrategy: (times) => Math.min(1000, 50 * times),
  });
  let lastError: unknown;
  client.on("error", (e) => {
    // Connection problems surface as rejected commands; once up, the client reconnects by itself.
    lastError = e;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return client;
  } catch (e) {
    client.disconnect();
    throw new RedisUnavailableError(url, lastError ?? e);
  } finally {
    clearTimeout(timer);
  }
}
