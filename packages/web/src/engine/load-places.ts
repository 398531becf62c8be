/**
 * Place tables in the engine workers, on demand: before a job runs, the tables of the countries its scenario's
 * population value models name are fetched (one chunk per country) and registered in that worker's engine. Workers
 * do not share the registry, and the page never needs the tables itself.
 */
import { ensurePlaceTablesFor } from "@seceq/data/lazy";

/**
 * Wrap a job handler so that the place tables a job needs are loaded first.
 * @param handler computes a job (synchronously)
 * @returns the same handler, asynchronous
 */
export function withPlaceTables<J, R, P>(
  handler: (job: J, onProgress: (p: P) => void) => R,
): (job: J, onProgress: (p: P) => void) => Promise<R> {
  return async (job, onProgress) => {
    await ensurePlaceTablesFor(job);
    return handler(job, onProgress);
  };
}
