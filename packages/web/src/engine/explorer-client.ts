/**
 * Page side of the Explorer's worker: send a job, receive its progress, get a promise of its result, and cancel a
 * long run. Works with anything shaped like a Worker (a real module `Worker`, or {@link InProcessExplorerWorker} for
 * tests and for browsers without module workers). The worker is started on the first job, not before, so opening the
 * workbench costs nothing until the Explorer is used.
 */
import { CancelledError } from "./engine-client.js";
import type {
  ExplorerJob,
  ExplorerProgress,
  ExplorerResult,
  NegotiateJob,
  NegotiateResult,
  SweepJob,
  SweepResult,
} from "./explorer-core.js";

export { CancelledError };

/** Message to the worker. */
export interface ExplorerRequest {
  id: number;
  job: ExplorerJob;
}

/** Message from the worker: progress of a job, its result, or why it failed. */
export type ExplorerReply =
  { id: number; progress: ExplorerProgress } | { id: number; result: ExplorerResult } | { id: number; error: string };

/** The part of the Worker interface the client uses. */
export interface ExplorerWorkerLike {
  postMessage(message: ExplorerRequest): void;
  addEventListener(type: "message", listener: (ev: { data: ExplorerReply }) => void): void;
  addEventListener(type: "error", listener: (ev: { message?: string }) => void): void;
  terminate(): void;
}

interface Pending {
  resolve: (r: ExplorerResult) => void;
  reject: (e: Error) => void;
  onProgress: ((p: ExplorerProgress) => void) | undefined;
}

/** Request/response (with progress) over one lazily started worker, which {@link ExplorerClient.cancel} replaces. */
export class ExplorerClient {
  private worker: ExplorerWorkerLike | undefined;
  private readonly factory: () => ExplorerWorkerLike;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Wrap a factory of workers; the first worker is made on the first job. */
  constructor(factory: () => ExplorerWorkerLike) {
    this.factory = factory;
  }

  /** Number of jobs sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Run a negotiation search. */
  negotiate(job: NegotiateJob, onProgress?: (p: ExplorerProgress) => void): Promise<NegotiateResult> {
    return this.send(job, onProgress) as Promise<NegotiateResult>;
  }

  /** Run a sweep. */
  sweep(job: SweepJob, onProgress?: (p: ExplorerProgress) => void): Promise<SweepResult> {
    return this.send(job, onProgress) as Promise<SweepResult>;
  }

  /**
   * Abandon every job in flight: terminate the worker (freeing its CPU at once); pending jobs reject with
   * {@link CancelledError}, and the next job starts a fresh worker. Does nothing when no job is in flight.
   */
  cancel(): void {
    if (this.pending.size === 0) return;
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
  }

  /** Stop the worker; pending jobs are rejected. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error("explorer engine terminated"));
    this.pending.clear();
  }

  private ensureWorker(): ExplorerWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.addEventListener("message", (ev: { data: ExplorerReply }) => {
      const reply = ev.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      if ("progress" in reply) {
        p.onProgress?.(reply.progress);
        return;
      }
      this.pending.delete(reply.id);
      if ("error" in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.result);
    });
    worker.addEventListener("error", (ev: { message?: string }) => {
      if (worker !== this.worker) return;
      const err = new Error(`explorer worker failed: ${ev.message ?? "unknown error"}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      worker.terminate();
      this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }

  private send(job: ExplorerJob, onProgress: ((p: ExplorerProgress) => void) | undefined): Promise<ExplorerResult> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise<ExplorerResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, job });
    });
  }
}
