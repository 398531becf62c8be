/**
 * The Explorer's engine in a Web Worker (a third worker, apart from the workbench's fast and slow ones): receives
 * `{id, job}`, runs it with {@link runExplorerJob}, posts `{id, progress}` while it runs (at most every
 * {@link PROGRESS_INTERVAL_MS}) and `{id, result}` (or `{id, error}`) at the end, transferring the sweep table's
 * buffer. Cancelling is terminating the worker (see `ExplorerClient.cancel`).
 */
import { explorerTransferables, runExplorerJob, throttleProgress, type ExplorerJob } from "./explorer-core.js";
import type { ExplorerReply, ExplorerRequest } from "./explorer-client.js";
// Place tables for the population value model (fills the engine registry; worker threads do not share it).
import "@seceq/data/places";

/** Least time between two progress messages, ms. */
export const PROGRESS_INTERVAL_MS = 80;

/** The part of the dedicated-worker global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((ev: MessageEvent<ExplorerRequest>) => void) | null;
  postMessage(message: ExplorerReply, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (ev) => {
  const { id, job }: { id: number; job: ExplorerJob } = ev.data;
  try {
    const progress = throttleProgress((p) => scope.postMessage({ id, progress: p }, []), PROGRESS_INTERVAL_MS);
    const result = runExplorerJob(job, progress);
    scope.postMessage({ id, result }, explorerTransferables(result));
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }, []);
  }
};
