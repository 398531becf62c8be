/**
 * The workbench's Web Worker executor: the browser implementation of `@seceq/core`'s {@link Executor} interface
 * (the server and CLI use a piscina pool, tests an in-process stand-in). It sends a job to a worker, receives its
 * progress, and settles with its result; `cancel` terminates a busy worker (freeing its CPU at once) and starts a
 * fresh one for the next job. One message protocol for every worker of the page:
 *
 * - page → worker: `{id, job}`;
 * - worker → page: `{id, progress}` while it runs, then `{id, result}` or `{id, error}`.
 */
import type { ExecuteOptions, Executor } from "@seceq/core";

/** Message to a worker. */
export interface WorkerRequest<J> {
  id: number;
  job: J;
}

/** Message from a worker: progress of a job, its result, or why it failed. */
export type WorkerReply<R, P = never> =
  { id: number; progress: P } | { id: number; result: R } | { id: number; error: string };

/** The part of the Worker interface the executor uses. */
export interface JobWorker<J, R, P = never> {
  postMessage(message: WorkerRequest<J>): void;
  addEventListener(type: "message", listener: (ev: { data: WorkerReply<R, P> }) => void): void;
  addEventListener(type: "error", listener: (ev: { message?: string }) => void): void;
  terminate(): void;
}

/** Rejection reason of jobs dropped by {@link WorkerExecutor.cancel}. */
export class CancelledError extends Error {
  constructor() {
    super("engine job cancelled");
    this.name = "CancelledError";
  }
}

interface Pending<R, P> {
  resolve: (r: R) => void;
  reject: (e: Error) => void;
  onProgress: ((p: P) => void) | undefined;
}

/**
 * Request/response (with progress) over one worker, started at construction (a worker instance) or on the first
 * job (a factory); with a factory, {@link WorkerExecutor.cancel} and worker crashes replace it.
 */
export class WorkerExecutor<J, R, P = never> implements Executor<J, R, P> {
  private worker: JobWorker<J, R, P> | undefined;
  private readonly factory: (() => JobWorker<J, R, P>) | undefined;
  private readonly label: string;
  private readonly eager: boolean;
  private nextId = 1;
  private readonly pending = new Map<number, Pending<R, P>>();

  /**
   * @param worker a worker, or a factory of workers (needed to cancel)
   * @param label names the worker in errors, e.g. `engine`
   * @param eager keep a worker started at all times (from construction, and again right after a cancel), so the next
   *   job does not wait for one to load; default false (started on the first job)
   * @param startNow start the first worker at construction; default `eager` (false: an eager executor whose first
   *   worker waits for the first job, e.g. so it does not compete with another for the CPU while the page loads)
   */
  constructor(
    worker: JobWorker<J, R, P> | (() => JobWorker<J, R, P>),
    label = "engine",
    eager = false,
    startNow = eager,
  ) {
    this.factory = typeof worker === "function" ? worker : undefined;
    this.label = label;
    this.eager = eager;
    if (typeof worker !== "function") this.listen((this.worker = worker));
    else if (startNow) this.ensureWorker();
  }

  /** Number of jobs sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Run a job; an abort signal cancels every job in flight (see {@link WorkerExecutor.cancel}). */
  run(job: J, options: ExecuteOptions<P> = {}): Promise<R> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    const done = new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress: options.onProgress });
      worker.postMessage({ id, job });
    });
    options.signal?.addEventListener("abort", () => this.cancel(), { once: true });
    return done;
  }

  /**
   * Abandon every job in flight: terminate the worker (freeing its CPU at once); pending jobs reject with
   * {@link CancelledError}, and the next job runs on a fresh worker. Does nothing when no job is in flight or there
   * is no factory to make a fresh worker.
   */
  cancel(): void {
    if (!this.factory || this.pending.size === 0) return;
    this.drop(new CancelledError());
    if (this.eager) this.ensureWorker();
  }

  /** Stop the worker; pending jobs are rejected. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.rejectAll(new Error(`${this.label} engine terminated`));
  }

  close(): Promise<void> {
    this.terminate();
    return Promise.resolve();
  }

  private rejectAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  /** Terminate a replaceable worker and reject its jobs. */
  private drop(err: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.rejectAll(err);
  }

  private ensureWorker(): JobWorker<J, R, P> {
    if (this.worker) return this.worker;
    const worker = this.factory!();
    this.listen(worker);
    return (this.worker = worker);
  }

  private listen(worker: JobWorker<J, R, P>): void {
    worker.addEventListener("message", (ev: { data: WorkerReply<R, P> }) => {
      const reply = ev.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      if ("progress" in reply) return p.onProgress?.(reply.progress);
      this.pending.delete(reply.id);
      if ("error" in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.result);
    });
    worker.addEventListener("error", (ev: { message?: string }) => {
      if (worker !== this.worker) return;
      const err = new Error(`${this.label} worker failed: ${ev.message ?? "unknown error"}`);
      if (this.factory) this.drop(err);
      else this.rejectAll(err);
    });
  }
}

/** The part of the dedicated-worker global scope a worker module uses (the DOM lib types `self` as a window). */
interface WorkerScope<J, R, P> {
  onmessage: ((ev: MessageEvent<WorkerRequest<J>>) => void) | null;
  postMessage(message: WorkerReply<R, P>, transfer: Transferable[]): void;
}

/**
 * Serve jobs in a worker module: run each with `handler`, post its progress and result (transferring the buffers
 * `transfer` names), or the error. A handler may be asynchronous (e.g. to load data a job needs first); jobs then
 * still run one at a time, in the order they arrived.
 * @param handler computes a job, reporting progress
 * @param transfer buffers of a result to move rather than copy
 * @param throttle wraps the progress sender (e.g. at most one report per 80 ms); default none
 */
export function serveJobs<J, R, P = never>(
  handler: (job: J, onProgress: (p: P) => void) => R | Promise<R>,
  transfer: (result: R) => ArrayBuffer[] = () => [],
  throttle: (send: (p: P) => void) => (p: P) => void = (send) => send,
): void {
  const scope = globalThis as unknown as WorkerScope<J, R, P>;
  let queue: Promise<void> = Promise.resolve();
  const serve = async ({ id, job }: WorkerRequest<J>) => {
    try {
      const result = await handler(
        job,
        throttle((progress) => scope.postMessage({ id, progress }, [])),
      );
      scope.postMessage({ id, result }, transfer(result));
    } catch (e) {
      scope.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }, []);
    }
  };
  scope.onmessage = (ev) => {
    queue = queue.then(() => serve(ev.data));
  };
}

/**
 * An in-process stand-in for a worker, for tests and for browsers without module workers: jobs run on the calling
 * thread a macrotask later, cloned as structured cloning would, with the worker message protocol (progress
 * unthrottled).
 */
export class InProcessJobWorker<J, R, P = never> implements JobWorker<J, R, P> {
  private listeners: Array<(ev: { data: WorkerReply<R, P> }) => void> = [];
  private terminated = false;

  constructor(private readonly handler: (job: J, onProgress: (p: P) => void) => R | Promise<R>) {}

  postMessage(message: WorkerRequest<J>): void {
    setTimeout(() => {
      if (this.terminated) return;
      const emit = (reply: WorkerReply<R, P>) => {
        if (!this.terminated) for (const l of this.listeners) l({ data: reply });
      };
      const fail = (e: unknown) => emit({ id: message.id, error: e instanceof Error ? e.message : String(e) });
      try {
        const result = this.handler(structuredClone(message.job), (progress) =>
          emit({ id: message.id, progress: structuredClone(progress) }),
        );
        if (result instanceof Promise) result.then((r) => emit({ id: message.id, result: r }), fail);
        else emit({ id: message.id, result });
      } catch (e) {
        fail(e);
      }
    }, 0);
  }

  addEventListener(type: "message" | "error", listener: (ev: never) => void): void {
    if (type === "message") this.listeners.push(listener as (ev: { data: WorkerReply<R, P> }) => void);
  }

  terminate(): void {
    this.terminated = true;
  }
}
