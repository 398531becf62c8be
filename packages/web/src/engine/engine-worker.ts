/**
 * The engine in a Web Worker: receives `{id, job}` messages, runs them with {@link runJob} and posts
 * `{id, result}` (or `{id, error}`) back, transferring the crisis buffer. The page keeps at most one job in flight
 * per worker (the coalescing scheduler), so no queueing happens here.
 */
import { runJob, transferables, type EngineJob } from "./engine-core.js";
import type { EngineReply, EngineRequest } from "./engine-client.js";
// Place tables for the population value model (fills the engine registry; worker threads do not share it).
import "@seceq/data/places";

/** The part of the dedicated-worker global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((ev: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (ev) => {
  const { id, job }: { id: number; job: EngineJob } = ev.data;
  try {
    const result = runJob(job);
    scope.postMessage({ id, result }, transferables(result));
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }, []);
  }
};
