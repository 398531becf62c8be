/**
 * Redis connections for the BullMQ runner and workers, through ioredis (the client BullMQ is built around).
 */
import { Redis } from "ioredis";

/** A Redis URL for messages: the password, if any, replaced by `***`. */
export function displayRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.password) return url;
    u.password = "***";
    return u.href;
  } catch {
    return url;
  }
}

/** Redis could not be reached (refused, unreachable, timed out, or authentication failed). */
export class RedisUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`cannot reach Redis at ${displayRedisUrl(url)}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "RedisUnavailableError";
  }
}

/**
 * Check a `redis://[user:password@]host[:port][/db]` (or `rediss://`) URL and return its host, port and database.
 * @throws Error for other schemes, a malformed URL (e.g. a port over 65535, a space in the host) or a database that
 * is not a whole number
 */
export function parseRedisUrl(url: string): { host: string; port: number; db: number } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a valid Redis URL: "${url}" (expected redis://host:port)`);
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:")
    throw new Error(`unsupported scheme "${u.protocol}" in "${displayRedisUrl(url)}" (expected redis://host:port)`);
  const db = u.pathname.replace(/^\//, "");
  if (!/^\d*$/.test(db))
    throw new Error(
      `the database in "${displayRedisUrl(url)}" must be a whole number (redis://host:port/0), got "${db}"`,
    );
  return {
    host: u.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1",
    port: u.port ? Number(u.port) : 6379,
    db: db ? Number(db) : 0,
  };
}

/**
 * A change in the state of an established Redis connection (reported once per change, not once per retry). `url` is
 * shown without its password.
 */
export type RedisConnectionChange =
  { state: "lost"; url: string; message: string } | { state: "restored"; url: string };

/** A connection change as one line for logs. */
export function describeConnectionChange(change: RedisConnectionChange): string {
  return change.state === "lost"
    ? `lost the connection to Redis at ${change.url} (${change.message}); reconnecting…`
    : `reconnected to Redis at ${change.url}`;
}

/** Options of {@link connectRedis}. */
export interface ConnectRedisOptions {
  /** Give up connecting after this long, ms. Default 5,000. */
  timeoutMs?: number;
  /**
   * Called when the connection, once up, is lost (with the first error) and when it is back. Retries in between are
   * not reported. Default: nothing reported.
   */
  onConnectionChange?: (change: RedisConnectionChange) => void;
}

/**
 * Open an ioredis client and wait until it is ready; on failure close it (no background reconnecting) and throw.
 * Once up, the client reconnects by itself (every ≤ 1 s) and reports each loss and recovery to `onConnectionChange`.
 * `maxRetriesPerRequest: null` is what BullMQ workers require.
 * @param url `redis://host:port[/db]`
 * @param options connect timeout (default 5,000 ms) and connection-change callback
 * @throws RedisUnavailableError
 */
export async function connectRedis(url: string, options: ConnectRedisOptions = {}): Promise<Redis> {
  const timeoutMs = options.timeoutMs ?? 5000;
  parseRedisUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    connectTimeout: timeoutMs,
    retryStrategy: (times) => Math.min(1000, 50 * times),
  });
  let lastError: unknown;
  // Up: connected and no loss reported since. A loss is reported at the first reconnect attempt (a quit or disconnect
  // asked for here does not reconnect, so it is not reported), with the error that caused it if there was one.
  let up = false;
  let errorWhileUp: Error | undefined;
  client.on("error", (e: Error) => {
    lastError = e;
    if (up) errorWhileUp ??= e;
  });
  client.on("reconnecting", () => {
    if (!up) return;
    up = false;
    options.onConnectionChange?.({
      state: "lost",
      url: displayRedisUrl(url),
      message: errorWhileUp?.message ?? "the connection was closed",
    });
    errorWhileUp = undefined;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    up = true;
    client.on("ready", () => {
      if (!up) {
        up = true;
        options.onConnectionChange?.({ state: "restored", url: displayRedisUrl(url) });
      }
    });
    return client;
  } catch (e) {
    client.disconnect();
    throw new RedisUnavailableError(url, lastError ?? e);
  } finally {
    clearTimeout(timer);
  }
}
