/**
 * An in-process stand-in for the engine worker, for tests and for browsers without module workers (loaded lazily by
 * the page, so the engine is not in the main bundle twice).
 */
import { runJob } from "./engine-core.js";
import type { EngineReply, EngineRequest, WorkerLike } from "./engine-client.js";

/** Runs jobs on the calling thread after a macrotask, with the Worker message protocol. */
export class InProcessWorker implements WorkerLike {
  private listeners: Array<(ev: { data: EngineReply }) => void> = [];
  private terminated = false;

  postMessage(message: EngineRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      let reply: EngineReply;
      try {
        // Clone like structured cloning would, so callers cannot share objects with the engine.
        reply = { id: message.id, result: runJob(structuredClone(message.job)) };
      } catch (e) {
        reply = { id: message.id, error: e instanceof Error ? e.message : String(e) };
      }
      for (const l of this.listeners) l({ data: reply });
    }, 0);
  }

  addEventListener(type: "message" | "error", listener: (ev: never) => void): void {
    if (type === "message") this.listeners.push(listener as (ev: { data: EngineReply }) => void);
  }

  terminate(): void {
    this.terminated = true;
  }
}
