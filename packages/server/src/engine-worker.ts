/**
 * Worker-thread entry of {@link WorkerExecutor}: receives `{id, job}`, runs the job with the engine, and posts back
 * `{id, ok: true, value}` or `{id, ok: false, error}`. Errors travel as plain data (name, message, stack, issues).
 */
import { parentPort } from "node:worker_threads";
import { runJob, type EngineJob } from "./jobs.js";
// Place tables for the population value model (fills the engine registry; worker threads do not share it).
import "@seceq/data/places";

/** Message from the executor to a worker. */
export interface WorkerRequest {
  id: number;
  job: EngineJob;
}

/** An error as plain data. */
export interface WorkerErrorData {
  name: string;
  message: string;
  stack?: string;
  issues?: unknown;
}

/** Message from a worker to the executor. */
export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerErrorData };

function errorData(e: unknown): WorkerErrorData {
  if (!(e instanceof Error)) return { name: "Error", message: String(e) };
  const issues = (e as { issues?: unknown }).issues;
  return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}), ...(issues ? { issues } : {}) };
}

const port = parentPort;
if (port) {
  port.on("message", (msg: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id: msg.id, ok: true, value: runJob(msg.job) };
    } catch (e) {
      response = { id: msg.id, ok: false, error: errorData(e) };
    }
    try {
      port.postMessage(response);
    } catch (e) {
      port.postMessage({ id: msg.id, ok: false, error: errorData(e) } satisfies WorkerResponse);
    }
  });
}
