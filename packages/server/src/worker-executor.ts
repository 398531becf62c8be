/**
 * Run engine jobs in a pool of worker threads (node:worker_threads), so evaluations use several cores, the event
 * loop keeps answering light requests while they run, and a job over its time budget is stopped by terminating its
 * worker (the pool then starts a fresh one). Each worker also has a heap ceiling, so one huge job cannot take the
 * server's memory.
 *
 * From TypeScript sources (the `@seceq/source` development mode) each worker first registers tsx, since Node 20 does
 * not pass `--import` loaders on to worker threads; from the build it loads `engine-worker.js` directly.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { InputError, type Issue } from "@seceq/core";
import type { Executor, RunOptions } from "./executor.js";
import { BudgetExceededError, type EngineJob, type JobResult } from "./jobs.js";
import type { WorkerRequest, WorkerResponse } from "./engine-worker.js";
import { HttpError } from "./http-errors.js";

/** Options of {@link WorkerExecutor}. */
export interface WorkerExecutorOptions {
  /** Worker threads. Default: the available parallelism (cores), at least 1, at most 8. */
  size?: number;
  /** Longest a job may run, ms; then its worker is terminated and the job fails with 503 `timeout`. Default 30,000. */
  timeoutMs?: number;
  /** Heap ceiling of each worker, MB. Default 1,024. */
  maxOldGenerationSizeMb?: number;
  /** Told of each worker crash (also those with no job running, e.g. at start-up). Default: nothing. */
  onCrash?: (error: Error) => void;
}

/** Default time budget of one job, ms. */
export const DEFAULT_JOB_TIMEOUT_MS = 30_000;

/** Consecutive worker crashes (not timeouts) after which the pool gives up restarting workers. */
const MAX_CRASHES = 5;

interface Pending {
  id: number;
  job: EngineJob;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: (Pending & { timer: NodeJS.Timeout }) | undefined;
}

/** Rebuild an error sent from a worker: engine input errors keep their issues; others keep message and stack. */
function reviveError(data: { name: string; message: string; stack?: string; issues?: unknown }): Error {
  if (data.name === "InputError" && Array.isArray(data.issues)) return new InputError(data.issues as Issue[]);
  if (data.name === "BudgetExceededError") return new BudgetExceededError(data.message);
  const e = new Error(data.message);
  e.name = data.name;
  if (data.stack) e.stack = data.stack;
  return e;
}

/** A fixed-size pool of engine worker threads. */
export class WorkerExecutor implements Executor {
  readonly parallelism: number;
  readonly #timeoutMs: number;
  readonly #heapMb: number;
  readonly #onCrash: ((error: Error) => void) | undefined;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;
  /** Worker crashes since the last job that succeeded; at {@link MAX_CRASHES} the pool stops restarting them. */
  #crashes = 0;

  constructor(options: WorkerExecutorOptions = {}) {
    this.parallelism = Math.max(1, Math.floor(options.size ?? Math.min(8, availableParallelism())));
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    this.#heapMb = options.maxOldGenerationSizeMb ?? 1024;
    this.#onCrash = options.onCrash;
    for (let i = 0; i < this.parallelism; i++) this.#slots.push(this.#spawn());
  }

  #spawn(): Slot {
    const resourceLimits = { maxOldGenerationSizeMb: this.#heapMb };
    let worker: Worker;
    if (import.meta.url.endsWith(".ts")) {
      const tsx = import.meta.resolve("tsx/esm/api");
      const entry = new URL("./engine-worker.ts", import.meta.url).href;
      const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
      worker = new Worker(code, { eval: true, resourceLimits });
    } else {
      worker = new Worker(new URL("./engine-worker.js", import.meta.url), { resourceLimits });
    }
    const slot: Slot = { worker, current: undefined };
    worker.unref();
    worker.on("message", (msg: WorkerResponse) => {
      const cur = slot.current;
      if (!cur || cur.id !== msg.id) return;
      this.#finish(slot);
      this.#crashes = 0;
      if (msg.ok) cur.resolve(msg.value);
      else cur.reject(reviveError(msg.error));
      this.#pump();
    });
    worker.on("error", (err) => {
      const oom = (err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#fail(
        slot,
        oom
          ? new HttpError(
              503,
              "out_of_memory",
              `the computation needed more than this server's ${this.#heapMb} MB per job`,
            )
          : err,
        true,
      );
    });
    worker.on("exit", (code) => {
      if (!this.#closed && this.#slots.includes(slot))
        this.#fail(slot, new Error(`engine worker exited unexpectedly (code ${code})`), true);
    });
    return slot;
  }

  /** Clear a slot's job and let the worker idle without holding the process open. */
  #finish(slot: Slot): void {
    if (slot.current) clearTimeout(slot.current.timer);
    slot.current = undefined;
    slot.worker.unref();
  }

  /**
   * The slot's worker crashed or was stopped: fail its job, replace the worker, carry on. After
   * {@link MAX_CRASHES} crashes in a row (e.g. workers that cannot start) no replacement is started, and once no
   * worker is left, waiting and new jobs fail rather than wait forever.
   */
  #fail(slot: Slot, err: Error, crash = false): void {
    const cur = slot.current;
    this.#finish(slot);
    if (crash) {
      this.#crashes++;
      this.#onCrash?.(err);
    }
    const i = this.#slots.indexOf(slot);
    if (i >= 0) {
      this.#slots.splice(i, 1);
      slot.worker.removeAllListeners("exit");
      void slot.worker.terminate();
      if (!this.#closed && this.#crashes < MAX_CRASHES) this.#slots.push(this.#spawn());
    }
    cur?.reject(err);
    if (this.#slots.length === 0)
      for (const p of this.#queue.splice(0)) p.reject(new Error(`engine workers keep failing: ${err.message}`));
    this.#pump();
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (slot.current) continue;
      const next = this.#queue.shift();
      if (!next) return;
      slot.current = {
        ...next,
        timer: setTimeout(
          () =>
            this.#fail(
              slot,
              new HttpError(
                503,
                "timeout",
                `the computation exceeded this server's time budget of ${next.timeoutMs / 1000} s and was stopped; ` +
                  "use fewer samples, or run it with the seceq CLI",
                undefined,
                { "Retry-After": "5" },
              ),
            ),
          next.timeoutMs,
        ),
      };
      slot.worker.ref();
      slot.worker.postMessage({ id: next.id, job: next.job } satisfies WorkerRequest);
    }
  }

  run<J extends EngineJob>(job: J, options: RunOptions = {}): Promise<JobResult<J>> {
    if (this.#closed) return Promise.reject(new Error("executor is closed"));
    if (this.#slots.length === 0) return Promise.reject(new Error("engine workers keep failing to start; see the log"));
    return new Promise<JobResult<J>>((resolve, reject) => {
      this.#queue.push({
        id: this.#nextId++,
        job,
        timeoutMs: options.timeoutMs ?? this.#timeoutMs,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#queue.splice(0)) p.reject(new Error("executor is closed"));
    const slots = this.#slots.splice(0);
    for (const s of slots) {
      const cur = s.current;
      this.#finish(s);
      cur?.reject(new Error("executor is closed"));
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
