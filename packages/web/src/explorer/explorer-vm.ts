/**
 * View model shared by the Explorer's two modes: the state of a run (in the browser's worker or on the server), its
 * progress line, time estimates, and when to suggest running on the server.
 */
import { formatCount } from "../model/format.js";

/** Where a run happens. */
export type RunWhere = "browser" | "server";

/** State of a run. */
export interface RunState {
  status: "idle" | "running" | "done" | "failed" | "cancelled";
  where: RunWhere;
  /** Steps done and their upper bound (frameworks scored, or cells computed). */
  done: number;
  total: number;
  /** Current phase as the engine names it (`status-quo`, `sample`, `refine`, `cells`). */
  phase: string;
  /** Start and end times, ms (the store's clock). */
  startedAt: number;
  finishedAt: number;
  /** Why the run failed, for a person. */
  error: string;
  /** Problems with the spec, one line each (path: message). */
  issues: string[];
}

/** A run that has not started. */
export const IDLE_RUN: RunState = {
  status: "idle",
  where: "browser",
  done: 0,
  total: 0,
  phase: "",
  startedAt: 0,
  finishedAt: 0,
  error: "",
  issues: [],
};

/** Names of the steps of a mode, for progress lines. */
export interface StepNoun {
  /** Past-tense verb, e.g. "Scored". */
  verb: string;
  /** Plural noun, e.g. "frameworks". */
  many: string;
}

/** The progress line of a run. */
export interface ProgressVm {
  /** Text shown (and announced). */
  text: string;
  /** Fraction done 0–1, or null when unknown (a server run) or not running. */
  fraction: number | null;
  running: boolean;
}

const PHASES: Readonly<Record<string, string>> = {
  "status-quo": "status quo",
  sample: "sampling",
  refine: "refining",
};

/** Seconds as "2.4 s", "38 s" or "2 min 5 s". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - 60 * m)} s`;
}

/**
 * The progress line of a run.
 * @param run the run
 * @param noun what a step is
 * @param now current time, ms (same clock as the run's times)
 */
export function progressVm(run: RunState, noun: StepNoun, now: number): ProgressVm {
  const where = run.where === "server" ? "on the server" : "in the browser";
  switch (run.status) {
    case "idle":
      return { text: "", fraction: null, running: false };
    case "running": {
      const elapsed = formatDuration(now - run.startedAt);
      if (run.where === "server") return { text: `Running on the server… ${elapsed}`, fraction: null, running: true };
      const phase = PHASES[run.phase];
      return {
        text: `${noun.verb} ${formatCount(run.done)} of ${formatCount(run.total)} ${noun.many}${phase ? ` (${phase})` : ""} · ${elapsed}`,
        fraction: run.total > 0 ? Math.min(1, run.done / run.total) : 0,
        running: true,
      };
    }
    case "done":
      return {
        text: `${noun.verb} ${formatCount(run.done)} ${noun.many} in ${formatDuration(run.finishedAt - run.startedAt)} ${where}.`,
        fraction: 1,
        running: false,
      };
    case "cancelled":
      return {
        text:
          run.where === "server"
            ? "Cancelled (the server finishes the run within its time budget, then discards it)."
            : `Cancelled after ${formatCount(run.done)} of ${formatCount(run.total)} ${noun.many}.`,
        fraction: null,
        running: false,
      };
    case "failed":
      return { text: run.error || "The run failed.", fraction: null, running: false };
  }
}

/** Rough engine time per framework scored, ms (two restructurings and two exchanges; measured on the presets). */
export const NEGOTIATION_MS_PER_STEP = 40;

/** Rough engine time per sweep cell, ms (both exchanges of each pair; measured on the presets). */
export const SWEEP_MS_PER_CELL = 20;

/** Searches of more steps than this are "large": the server is suggested when it offers the search. */
export const LARGE_NEGOTIATION_STEPS = 400;

/** "about 4 s" for a number of steps at a time per step. */
export function estimateText(steps: number, msPerStep: number): string {
  return `about ${formatDuration(Math.max(1, steps) * msPerStep)}`;
}

/** Whether the server can run negotiations: not yet known, yes, or no. */
export type ServerAvailability = "unknown" | "available" | "unavailable";

/** What the view offers for running a search of `steps` frameworks. */
export interface ServerAdvice {
  /** Show a "Run on server" button. */
  offer: boolean;
  /** The search is large. */
  large: boolean;
  /** A sentence for the person, or "". */
  note: string;
}

/**
 * Decide whether to offer running a search on the server: only when the server has the endpoint; recommended for
 * searches above {@link LARGE_NEGOTIATION_STEPS} steps.
 */
export function serverAdvice(steps: number, server: ServerAvailability): ServerAdvice {
  const large = steps > LARGE_NEGOTIATION_STEPS;
  const time = estimateText(steps, NEGOTIATION_MS_PER_STEP);
  if (server === "available")
    return {
      offer: true,
      large,
      note: large
        ? `A large search (up to ${formatCount(steps)} frameworks, ${time} in the browser): running it on the server keeps this page free.`
        : "",
    };
  return {
    offer: false,
    large,
    note: large
      ? `A large search (up to ${formatCount(steps)} frameworks, ${time} in the browser); it runs in a background worker and can be cancelled.`
      : "",
  };
}
