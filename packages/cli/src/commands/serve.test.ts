import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { get as httpGet, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RunningServer } from "@seceq/server";
import { runCli } from "../test-utils/run-cli.js";
import { DEFAULT_DB_PATH } from "../io/store-path.js";
import { serve, WEB_DIST_DIR, type ServeCliOptions } from "./serve.js";
import { buildProgram } from "../program.js";

/** Start `serve` in the background; resolves once it listens, with a way to stop it and its output. */
async function background(opts: ServeCliOptions) {
  let stopServer!: () => void;
  const stop = new Promise<void>((r) => (stopServer = r));
  const lines: string[] = [];
  let running: RunningServer | undefined;
  const done = serve(opts, {
    stop,
    onStarted: (s) => (running = s),
    print: (l, stream) => lines.push(`${stream}: ${l}`),
  });
  let failed: unknown;
  done.catch((e: unknown) => (failed = e));
  while (!running && failed === undefined) await new Promise((r) => setTimeout(r, 10));
  if (failed !== undefined) throw failed instanceof Error ? failed : new Error("serve failed to start");
  // Idempotent, so a test can stop the server itself and still stop it again in its cleanup.
  const stopAndWait = (): Promise<void> => {
    stopServer();
    return done;
  };
  return { server: running!, lines, stop: stopAndWait };
}

test(
  "seceq serve starts the API with its database, prints the URL, and shuts down cleanly",
  { timeout: 120_000 },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "seceq-serve-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const db = join(dir, "state", "store.db");
    const { server, lines, stop } = await background({ port: "0", host: "127.0.0.1", db, workers: "0" });
    try {
      assert.equal(lines[0], `out: Security Equation: http://127.0.0.1:${server.port}/`);
      assert.match(lines[1]!, new RegExp(`^err: seceq serve: API under http://127\\.0\\.0\\.1:${server.port}/api`));
      assert.equal((await fetch(`${server.url}api/health`)).status, 200);
      const page = await fetch(server.url);
      assert.equal(page.status, 200);
      if (!existsSync(join(WEB_DIST_DIR, "index.html"))) {
        assert.match(await page.text(), /web workbench has not been built/);
        assert.ok(lines.some((l) => l.includes("npm run build:web")));
      }
      assert.ok(existsSync(db));
      await stop();
      assert.equal(lines.at(-1), "err: seceq serve: shutting down");
      await assert.rejects(fetch(`${server.url}api/health`));
    } finally {
      await stop();
    }
  },
);

test(
  "seceq serve refuses bad options, an unusable database and a taken port with exit 2",
  { timeout: 120_000 },
  async (t) => {
    assert.equal(DEFAULT_DB_PATH, join(".seceq", "store.db"));
    const bad = await runCli(["serve", "--port", "http"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--port must be a whole number between 0 and 65535, got "http"/);
    const dir = mkdtempSync(join(tmpdir(), "seceq-serve-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "file");
    writeFileSync(file, "not a folder");
    const badDb = await runCli(["serve", "--port", "0", "--workers", "0", "--db", join(file, "store.db")]);
    assert.equal(badDb.code, 2);
    assert.match(badDb.stderr, /cannot open the database/);

    const first = await background({ port: "0", host: "127.0.0.1", db: join(dir, "a.db"), workers: "0" });
    try {
      const taken = await runCli([
        "serve",
        "--port",
        String(first.server.port),
        "--workers",
        "0",
        "--db",
        join(dir, "b.db"),
      ]);
      assert.equal(taken.code, 2);
      assert.match(
        taken.stderr,
        new RegExp(`port ${first.server.port} on 127\\.0\\.0\\.1 is in use; choose another with --port`),
      );
    } finally {
      await first.stop();
    }
  },
);

test(
  "seceq serve on another loopback address (127.0.0.2) answers requests addressed to it",
  { timeout: 120_000 },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "seceq-serve-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const { server, stop } = await background({ port: "0", host: "127.0.0.2", db: join(dir, "s.db"), workers: "0" });
    try {
      assert.equal(server.url, `http://127.0.0.2:${server.port}/`);
      const health = await fetch(`${server.url}api/health`);
      assert.equal(health.status, 200, await health.clone().text());
      // Other names are still refused (DNS-rebinding protection); fetch cannot set Host, node:http can.
      const evil = await new Promise<{ status: number | undefined }>((resolve, reject) => {
        const req = httpGet(
          { host: "127.0.0.2", port: server.port, path: "/api/health", headers: { host: "evil.example" } },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode });
          },
        );
        req.once("error", reject);
      });
      assert.equal(evil.status, 403);
    } finally {
      await stop();
    }
  },
);

test("seceq serve takes its options from SECEQ_* environment variables; the command line wins", async (t) => {
  const env = { SECEQ_PORT: "9090", SECEQ_HOST: "0.0.0.0", SECEQ_DB: "/data/store.db", SECEQ_WORKERS: "3" };
  const saved = Object.fromEntries(Object.keys({ ...env, SECEQ_WEB_DIR: "" }).map((k) => [k, process.env[k]]));
  t.after(() => {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });
  Object.assign(process.env, env, { SECEQ_WEB_DIR: "/srv/web" });
  /** Parse `seceq serve …` and return the options the action would get (without starting a server). */
  const parse = async (args: string[]) => {
    const program = await buildProgram(["serve"]);
    let got: ServeCliOptions | undefined;
    program.commands.find((c) => c.name() === "serve")!.action((...args) => void (got = args[0] as ServeCliOptions));
    await program.parseAsync(["serve", ...args], { from: "user" });
    return got!;
  };
  assert.deepEqual(await parse([]), {
    port: "9090",
    host: "0.0.0.0",
    db: "/data/store.db",
    workers: "3",
    webDir: "/srv/web",
  });
  const cli = await parse(["--port", "0", "--db", "x.db"]);
  assert.equal(cli.port, "0");
  assert.equal(cli.db, "x.db");
  assert.equal(cli.host, "0.0.0.0");
  for (const k of Object.keys(saved)) delete process.env[k];
  assert.deepEqual(await parse([]), { port: "8080", host: "127.0.0.1", db: DEFAULT_DB_PATH });
});

/** Start `seceq serve` from source in a child process; resolves with it, its URL and its exit. */
async function serveProcess(db: string) {
  const bin = fileURLToPath(new URL("../bin.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    ["--conditions=@seceq/source", "--import", "tsx", bin, "serve", "--port", "0", "--workers", "0", "--db", db],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 60_000;
  while (!/Security Equation: http:\S+/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`seceq serve did not start:\n${out}\n${err}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, url: /Security Equation: (http:\S+)/.exec(out)![1]!, exited, stderr: () => err };
}

/** Open a request whose body never arrives: without a bounded shutdown it holds the server for 120 s. */
function hangingRequest(url: string): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest(`${url}api/validate`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "100000" },
    });
    req.on("error", () => undefined);
    req.write("{", () => setTimeout(resolve, 200));
  });
}

test(
  "one Ctrl-C (SIGINT) stops seceq serve with an open request: clean message, exit 130; two do not kill it mid-close",
  { timeout: 180_000 },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "seceq-serve-sigint-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    // Within this deadline, not the 120 s an open request could otherwise hold the shutdown for.
    const within = <T>(p: Promise<T>, ms: number) =>
      Promise.race([p, new Promise<never>((_, no) => setTimeout(() => no(new Error(`no exit within ${ms} ms`)), ms))]);

    const a = await serveProcess(join(dir, "a.db"));
    await hangingRequest(a.url);
    a.child.kill("SIGINT");
    assert.deepEqual(await within(a.exited, 20_000), { code: 130, signal: null });
    assert.match(a.stderr(), /seceq serve: SIGINT: shutting down\n$/);
    assert.doesNotMatch(a.stderr(), /internal error|\n\s+at /);
    await assert.rejects(fetch(`${a.url}api/health`));

    // The same Ctrl-C passed on twice (a terminal and npm, or pressed again): still a clean exit 130, not a death by
    // signal half-way through closing the store.
    const b = await serveProcess(join(dir, "b.db"));
    await hangingRequest(b.url);
    b.child.kill("SIGINT");
    b.child.kill("SIGINT");
    assert.deepEqual(await within(b.exited, 20_000), { code: 130, signal: null });
    assert.doesNotMatch(b.stderr(), /internal error|\n\s+at /);
  },
);
