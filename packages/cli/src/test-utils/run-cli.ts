/**
 * Run the CLI in-process for tests, capturing stdout and stderr.
 */
import assert from "node:assert/strict";
import { main } from "../main.js";

/** Output of one in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `seceq` with arguments in-process and capture its output. */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const ow = process.stdout.write.bind(process.stdout);
  const ew = process.stderr.write.bind(process.stderr);
  // node:test's child processes report to their parent through stdout as binary frames: pass those through and
  // capture only the text the CLI writes.
  const capture =
    (into: string[], original: typeof process.stdout.write) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      if (typeof chunk !== "string") return (original as (c: Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
      into.push(chunk);
      return true;
    };
  process.stdout.write = capture(out, ow);
  process.stderr.write = capture(err, ew);
  try {
    const code = await main(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}

/** Run `seceq` in-process, assert that it exits 0 (showing its stderr otherwise) and parse its stdout as JSON. */
export async function runCliJson(args: string[]): Promise<Record<string, unknown>> {
  const r = await runCli(args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}
