/**
 * @seceq/runners — run sweep cells in this thread, on a worker-thread pool, or on many machines through BullMQ on
 * Redis, behind one {@link Runner} interface. Browser Web Workers use `runChunk`/`packCells` from `@seceq/core`.
 */
export * from "./runner.js";
export * from "./in-process-runner.js";
export * from "./piscina-runner.js";
export * from "./piscina-executor.js";
export * from "./sweep-id.js";
export * from "./bullmq-runner.js";
export * from "./bullmq-worker.js";
export {
  connectRedis,
  describeConnectionChange,
  displayRedisUrl,
  parseRedisUrl,
  RedisUnavailableError,
  type ConnectRedisOptions,
  type RedisConnectionChange,
} from "./redis/connect.js";
