import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("./bin.ts", import.meta.url));
const WRAPPER = fileURLToPath(new URL("../bin/seceq.mjs", import.meta.url));

/** Resolves with the exit code and signal of a child, or rejects after `ms` milliseconds. */
function exitOf(child: ChildProcessWithoutNullStreams, ms: number) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no exit within ${ms} ms`)), ms);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

test("a reader that closes the pipe early (| head -1) ends the CLI quietly with exit 0", async () => {
  // The preset's YAML (about 74 kB) is more than a pipe holds, so the CLI is still writing when the reader goes.
  const child = spawn(process.execPath, [
    "--conditions=@seceq/source",
    "--import",
    "tsx",
    BIN,
    "data",
    "show",
    "us-russia-2026",
  ]);
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let first = "";
  child.stdout.once("data", (d: Buffer) => {
    first = d.toString();
    child.stdout.destroy();
  });
  const { code } = await exitOf(child, 60_000);
  assert.match(first, /^# Security Equation scenario/);
  assert.equal(stderr, "");
  assert.equal(code, 0);
});

test("the seceq wrapper passes SIGTERM and SIGHUP to the CLI and exits with its code (or 128 + signal)", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-wrapper-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  /**
   * Start `seceq serve` through the wrapper; resolves with the process and the URL it prints. From source
   * (`SECEQ_FROM_SOURCE=1`) the wrapper runs the CLI in a child process and forwards signals; from the build it runs
   * the CLI in its own process.
   */
  const start = async (db: string, fromSource = true) => {
    const env = { ...process.env, SECEQ_FROM_SOURCE: fromSource ? "1" : "0" };
    const child = spawn(process.execPath, [WRAPPER, "serve", "--port", "0", "--workers", "0", "--db", db], { env });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.resume();
    const exited = exitOf(child, 90_000);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const m = /Security Equation: (http:\S+)/.exec(out);
      if (m) return { child, url: m[1]!, exited };
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`seceq serve did not start:\n${out}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  const a = await start(join(dir, "a.db"));
  assert.equal((await fetch(`${a.url}api/health`)).status, 200);
  a.child.kill("SIGTERM");
  // `seceq serve` shuts down cleanly on SIGTERM and exits 0; the wrapper waits for it and passes the code on.
  assert.deepEqual(await a.exited, { code: 0, signal: null });
  await assert.rejects(fetch(`${a.url}api/health`), "the server is gone with the wrapper");

  const b = await start(join(dir, "b.db"));
  b.child.kill("SIGHUP");
  // The CLI does not handle SIGHUP, so it dies of it: the wrapper reports 128 + 1.
  assert.deepEqual(await b.exited, { code: 129, signal: null });
  await assert.rejects(fetch(`${b.url}api/health`));

  // From the build (what `npm run build` and an installed package give): the same outcomes without a child process.
  const c = await start(join(dir, "c.db"), false);
  c.child.kill("SIGTERM");
  assert.deepEqual(await c.exited, { code: 0, signal: null });
  const d = await start(join(dir, "d.db"), false);
  d.child.kill("SIGHUP");
  assert.deepEqual(await d.exited, { code: null, signal: "SIGHUP" }, "a shell reports this as 129 too");
});
