/**
 * Coalescing run scheduler (after SDEverywhere's model scheduler): a burst of input changes (a
 * slider drag, a reset) becomes one run, the latest inputs always win, and at most one run is in flight.
 *
 * Two flags drive it. `runNeeded` is set by every {@link CoalescingScheduler.update}; `runInProgress` is set while the
 * asynchronous run executes. A run is started on the next tick (through the injected `schedule` function), never
 * synchronously inside `update`, so several updates in the same tick share one run. The inputs are snapshotted when
 * the run starts; updates arriving during the run only set `runNeeded`, and when the run finishes one more run starts
 * with whatever inputs are latest then — scheduled before the finished run's result is delivered, so the next run
 * computes while the caller draws. Results of a run are delivered even when newer inputs are pending (the screen
 * shows the newest finished result), tagged with the run's sequence number so callers can tell they are stale.
 */

/** Called with each finished run's result. */
export interface RunOutcome<I, O> {
  /** Inputs the run was started with (the snapshot). */
  input: I;
  /** Result of the run. */
  output: O;
  /** Sequence number of the run, 1, 2, 3… */
  runId: number;
  /** True when newer inputs arrived while the run was in progress (another run follows). */
  stale: boolean;
}

/** Options of {@link CoalescingScheduler}. */
export interface SchedulerOptions<I, O> {
  /** Execute one run (e.g. post to a Web Worker and await the reply). */
  run: (input: I, runId: number) => Promise<O>;
  /** Receive a finished run. */
  onResult: (outcome: RunOutcome<I, O>) => void;
  /** Receive a failed run; the scheduler keeps working. Default: ignore. */
  onError?: (error: unknown, input: I, runId: number) => void;
  /**
   * Defer a callback to the next tick. Default `setTimeout(cb, 0)`, which lets every input event of the current
   * task (and of the microtasks after it) arrive before the run starts.
   */
  schedule?: (cb: () => void) => void;
}

/** A coalescing scheduler for one kind of run; see the module comment. */
export class CoalescingScheduler<I, O> {
  private readonly opts: SchedulerOptions<I, O>;
  private readonly schedule: (cb: () => void) => void;
  private latest: I | undefined;
  private hasInput = false;
  private runNeeded = false;
  private runInProgress = false;
  private tickPending = false;
  private seq = 0;
  private disposed = false;
  private idleWaiters: Array<() => void> = [];

  /** Create a scheduler around a run function. */
  constructor(opts: SchedulerOptions<I, O>) {
    this.opts = opts;
    this.schedule = opts.schedule ?? ((cb) => void setTimeout(cb, 0));
  }

  /** Record new inputs and make sure a run with them (or later ones) happens. */
  update(input: I): void {
    if (this.disposed) return;
    this.latest = input;
    this.hasInput = true;
    this.runNeeded = true;
    this.kick();
  }

  /**
   * Start the due run now rather than on the next tick, with the inputs given so far (later updates wait for the
   * next run). For the end of an input handler: React re-renders a controlled input's change synchronously, before
   * any microtask, so a run scheduled on a microtask would be posted only after that render.
   */
  flush(): void {
    if (this.disposed || !this.tickPending || this.runInProgress) return;
    // The scheduled tick still comes, and finds the run in progress (or nothing due).
    void this.tick();
  }

  /** Number of runs started so far. */
  get runsStarted(): number {
    return this.seq;
  }

  /** True while a run is executing or one is due. */
  get busy(): boolean {
    return this.runInProgress || this.runNeeded;
  }

  /** Resolve once no run is in progress and none is due. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stop scheduling runs; a run in progress finishes but its result is dropped. */
  dispose(): void {
    this.disposed = true;
    this.runNeeded = false;
    this.flushIdle();
  }

  private kick(): void {
    if (this.tickPending || this.runInProgress) return;
    this.tickPending = true;
    this.schedule(() => {
      this.tickPending = false;
      void this.tick();
    });
  }

  private async tick(): Promise<void> {
    if (this.disposed || this.runInProgress || !this.runNeeded || !this.hasInput) return;
    const input = this.latest as I;
    this.runNeeded = false;
    this.runInProgress = true;
    const runId = ++this.seq;
    let outcome: { ok: true; output: O } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, output: await this.opts.run(input, runId) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    this.runInProgress = false;
    // Newer inputs arrived during the run: start their run before delivering this result, so the engine computes
    // the next figures while the page draws these (with a microtask schedule the job is posted before the render).
    const stale = this.runNeeded && !this.disposed;
    if (stale) this.kick();
    if (!this.disposed) {
      if (outcome.ok) this.opts.onResult({ input, output: outcome.output, runId, stale });
      else this.opts.onError?.(outcome.error, input, runId);
    }
    if (!this.busy) this.flushIdle();
  }

  private flushIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
