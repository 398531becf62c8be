/**
 * An in-process stand-in for the Explorer's worker, for tests and for browsers without module workers (loaded lazily
 * by the page). Jobs run on the calling thread after a macrotask, with the worker's message protocol; progress is
 * delivered as it would be from a worker (every report, unthrottled).
 */
import { runExplorerJob } from "./explorer-core.js";
import type { ExplorerReply, ExplorerRequest, ExplorerWorkerLike } from "./explorer-client.js";

/** Runs Explorer jobs on the calling thread with the worker message protocol. */
export class InProcessExplorerWorker implements ExplorerWorkerLike {
  private listeners: Array<(ev: { data: ExplorerReply }) => void> = [];
  private terminated = false;

  postMessage(message: ExplorerRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      const emit = (reply: ExplorerReply) => {
        if (!this.terminated) for (const l of this.listeners) l({ data: reply });
      };
      try {
        // Clone like structured cloning would, so callers cannot share objects with the engine.
        const result = runExplorerJob(structuredClone(message.job), (progress) =>
          emit({ id: message.id, progress: { ...progress } }),
        );
        emit({ id: message.id, result });
      } catch (e) {
        emit({ id: message.id, error: e instanceof Error ? e.message : String(e) });
      }
    }, 0);
  }

  addEventListener(type: "message" | "error", listener: (ev: never) => void): void {
    if (type === "message") this.listeners.push(listener as (ev: { data: ExplorerReply }) => void);
  }

  terminate(): void {
    this.terminated = true;
  }
}
