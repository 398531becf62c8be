/**
 * Page side of the engine worker: send a job, get a promise of its result. Works with anything shaped like a
 * Worker (a real `Worker`, or an in-process stand-in for tests and for browsers without module workers).
 */
import type { CoreJob, CoreResult, EngineJob, EngineResult, ExtrasJob, ExtrasResult } from "./engine-core.js";

/** Message to the worker. */
export interface EngineRequest {
  id: number;
  job: EngineJob;
}

/** Message from the worker. */
export type EngineReply = { id: number; result: EngineResult } | { id: number; error: string };

/** The part of the Worker interface the client uses. */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: "message", listener: (ev: { data: EngineReply }) => void): void;
  addEventListener(type: "error", listener: (ev: { message?: string }) => void): void;
  terminate(): void;
}

/** Rejection reason of jobs dropped by {@link EngineClient.cancel}. */
export class CancelledError extends Error {
  constructor() {
    super("engine job cancelled");
    this.name = "CancelledError";
  }
}

/** Request/response over one worker, which can be replaced to abandon a long job. */
export class EngineClient {
  private worker: WorkerLike;
  private readonly factory: (() => WorkerLike) | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: EngineResult) => void; reject: (e: Error) => void }>();

  /**
   * Wrap a worker, or a factory of workers (needed for {@link EngineClient.cancel}).
   */
  constructor(worker: WorkerLike | (() => WorkerLike)) {
    this.factory = typeof worker === "function" ? worker : undefined;
    this.worker = typeof worker === "function" ? worker() : worker;
    this.listen(this.worker);
  }

  /** Number of jobs sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Abandon every job in flight: terminate the worker (freeing its CPU at once) and start a fresh one. Pending jobs
   * reject with {@link CancelledError}. Without a factory this does nothing.
   */
  cancel(): void {
    if (!this.factory || this.pending.size === 0) return;
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
    this.worker = this.factory();
    this.listen(this.worker);
  }

  private listen(worker: WorkerLike): void {
    worker.addEventListener("message", (ev: { data: EngineReply }) => {
      const reply = ev.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if ("error" in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.result);
    });
    worker.addEventListener("error", (ev: { message?: string }) => {
      if (worker !== this.worker) return;
      const err = new Error(`engine worker failed: ${ev.message ?? "unknown error"}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    });
  }

  /** Run a core job. */
  core(job: CoreJob): Promise<CoreResult> {
    return this.send(job) as Promise<CoreResult>;
  }

  /** Run an extras job. */
  extras(job: ExtrasJob): Promise<ExtrasResult> {
    return this.send(job) as Promise<ExtrasResult>;
  }

  /** Stop the worker; pending jobs are rejected. */
  terminate(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error("engine terminated"));
    this.pending.clear();
  }

  private send(job: EngineJob): Promise<EngineResult> {
    const id = this.nextId++;
    return new Promise<EngineResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, job });
    });
  }
}
