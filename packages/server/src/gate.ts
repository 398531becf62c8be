/**
 * Admission control for heavy endpoints: at most `maxConcurrent` jobs run at once, at most `maxQueue` wait, and none
 * waits longer than `queueTimeoutMs`. A request that cannot be admitted is refused at once with 503 `busy` rather
 * than piling up, so a burst of evaluations cannot exhaust the server's memory or starve the light endpoints.
 */
import { HttpError } from "./http-errors.js";

/** Limits of a {@link Gate}. */
export interface GateOptions {
  /** Jobs running at once (≥ 1). */
  maxConcurrent: number;
  /** Jobs waiting for a slot (≥ 0); one more is refused with 503 at once. */
  maxQueue: number;
  /** Longest wait for a slot, ms; a job still waiting then is refused with 503. */
  queueTimeoutMs: number;
}

/** A 503 `busy` refusal with a `Retry-After` hint, s. */
export function busyError(message: string, retryAfterS = 1): HttpError {
  return new HttpError(503, "busy", message, undefined, { "Retry-After": String(retryAfterS) });
}

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

/** A counting semaphore with a bounded, time-limited queue (first come, first served). */
export class Gate {
  readonly options: GateOptions;
  #active = 0;
  readonly #queue: Waiter[] = [];

  constructor(options: GateOptions) {
    if (!(options.maxConcurrent >= 1) || !(options.maxQueue >= 0) || !(options.queueTimeoutMs > 0))
      throw new RangeError("gate needs maxConcurrent ≥ 1, maxQueue ≥ 0 and queueTimeoutMs > 0");
    this.options = { ...options };
  }

  /** Jobs running now. */
  get active(): number {
    return this.#active;
  }

  /** Jobs waiting now. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Run `job` when a slot is free. Rejects with a 503 {@link HttpError} `busy` when the queue is full or the wait
   * exceeds the budget; otherwise settles as `job` does. The slot is released however the job ends.
   */
  async run<T>(job: () => Promise<T>): Promise<T> {
    await this.#acquire();
    try {
      return await job();
    } finally {
      this.#release();
    }
  }

  #acquire(): Promise<void> {
    if (this.#active < this.options.maxConcurrent) {
      this.#active++;
      return Promise.resolve();
    }
    if (this.#queue.length >= this.options.maxQueue)
      return Promise.reject(
        busyError(`the server is busy (${this.#active} running, ${this.#queue.length} waiting); retry shortly`),
      );
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.#queue.indexOf(waiter);
          if (i >= 0) this.#queue.splice(i, 1);
          reject(
            busyError(`the server is busy: no slot freed within ${this.options.queueTimeoutMs} ms; retry shortly`),
          );
        }, this.options.queueTimeoutMs),
      };
      this.#queue.push(waiter);
    });
  }

  #release(): void {
    const next = this.#queue.shift();
    // Hand the slot straight to the next waiter; the active count stays the same.
    if (next) next.admit();
    else this.#active--;
  }
}
