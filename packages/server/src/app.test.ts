import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { SqliteResultStore, type ResultStore } from "@seceq/store";
import { createApp } from "./app.js";
import type { Executor, Operation, OperationOutcome } from "@seceq/core";
import { QueueFullError } from "@seceq/runners";

const JSON_TYPE = { "content-type": "application/json" };
const SECRET = "SECRET-OUTSIDE-STATIC-DIR";

function quietApp(extra: Partial<Parameters<typeof createApp>[0]> = {}) {
  const lines: string[] = [];
  const app = createApp({ store: SqliteResultStore.open(":memory:"), log: (l) => lines.push(l), ...extra });
  return { app, lines };
}

/** A stream of `n` bytes of spaces in 64 kB chunks, with no declared length. */
function bigStream(n: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= n) return controller.close();
      const size = Math.min(65536, n - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

test("bodies over 1 MB are refused with 413, by declared length or by streamed size", async () => {
  const { app } = quietApp();
  const big = JSON.stringify({ text: "x".repeat(1024 * 1024) });
  for (const path of ["/api/evaluate", "/api/validate", "/api/scenarios", "/api/crisis"]) {
    const declared = await app.request(path, {
      method: "POST",
      headers: { ...JSON_TYPE, "content-length": String(Buffer.byteLength(big)) },
      body: big,
    });
    assert.equal(declared.status, 413, path);
    assert.deepEqual(await declared.json(), {
      error: "payload_too_large",
      message: "request body is larger than 1 MB",
    });
    const streamed = await app.request(path, {
      method: "POST",
      headers: JSON_TYPE,
      body: bigStream(3 * 1024 * 1024),
      duplex: "half",
    });
    assert.equal(streamed.status, 413, path);
  }
  // Just under the limit is read (and here refused for what it says, not for its size).
  const under = await app.request("/api/validate", {
    method: "POST",
    headers: JSON_TYPE,
    body: JSON.stringify({ text: "y".repeat(1024 * 1024 - 100) }),
  });
  assert.equal(under.status, 200);
  const small = quietApp({ limits: { maxBodyBytes: 100 } }).app;
  const r = await small.request("/api/validate", {
    method: "POST",
    headers: JSON_TYPE,
    body: JSON.stringify({ text: "z".repeat(200) }),
  });
  assert.equal(r.status, 413);
});

test("malformed JSON is 400 {error, issues}; other content types are 415", async () => {
  const { app } = quietApp();
  for (const body of ['{"scenario": ', "{'a': 1}", "", "[1, 2,]", "\u0000\u0001"]) {
    const r = await app.request("/api/evaluate", { method: "POST", headers: JSON_TYPE, body });
    assert.equal(r.status, 400, JSON.stringify(body));
    const j = (await r.json()) as { error: string; message: string; issues: { code: string; path: unknown[] }[] };
    assert.equal(j.error, "invalid_json");
    assert.ok(j.issues.length === 1 && Array.isArray(j.issues[0]!.path));
  }
  const plain = await app.request("/api/evaluate", {
    method: "POST",
    headers: { "content-type": "text/plain" },
    body: "{}",
  });
  assert.equal(plain.status, 415);
  const none = await app.request("/api/scenarios", { method: "POST", body: new Uint8Array([123, 125]) });
  assert.equal(none.status, 415);
  const nested = await app.request("/api/evaluate", {
    method: "POST",
    headers: JSON_TYPE,
    body: "[".repeat(100_000) + "]".repeat(100_000),
  });
  assert.equal(nested.status, 400);
  // Refused at the door, before the body is parsed (body-structure.ts): the request as a whole, located.
  const nestedAnswer = (await nested.json()) as {
    error: string;
    issues: { code: string; line: number; col: number }[];
  };
  assert.equal(nestedAnswer.error, "invalid_request");
  assert.deepEqual(
    nestedAnswer.issues.map((i) => [i.code, i.line, i.col]),
    [["too_deep", 1, 65]],
  );
  const deepWrapped = await app.request("/api/evaluate", {
    method: "POST",
    headers: JSON_TYPE,
    body: `{"scenario": ${"[".repeat(5000)}${"]".repeat(5000)}}`,
  });
  assert.equal(deepWrapped.status, 400);
});

test("unknown routes and methods are 404 JSON", async () => {
  const { app } = quietApp();
  for (const [method, path] of [
    ["GET", "/api/nope"],
    ["GET", "/api"],
    ["POST", "/api/nope"],
    ["POST", "/api/evaluate/extra"],
    ["PATCH", "/api/scenarios"],
    ["DELETE", "/"],
    ["POST", "/index.html"],
  ] as const) {
    const r = await app.request(path, { method });
    assert.equal(r.status, 404, `${method} ${path}`);
    assert.match(r.headers.get("content-type") ?? "", /application\/json/);
    assert.equal(((await r.json()) as { error: string }).error, "not_found");
  }
});

test("static files: SPA fallback, HEAD, and no traversal outside staticDir, never a 5xx", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-app-static-"));
  try {
    const dist = join(dir, "web", "dist");
    mkdirSync(join(dist, "assets"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>seceq</title>");
    writeFileSync(join(dist, "assets", "a.js"), "1");
    writeFileSync(join(dir, "package.json"), SECRET);
    writeFileSync(join(dir, "web", "package.json"), SECRET);
    const { app } = quietApp({ staticDir: dist });
    assert.equal(await (await app.request("/")).text(), "<!doctype html><title>seceq</title>");
    assert.equal(await (await app.request("/workbench/compare")).text(), "<!doctype html><title>seceq</title>");
    const head = await app.request("/assets/a.js", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), "");
    for (const path of [
      "/../package.json",
      "/../../package.json",
      "/%2e%2e/",
      "/%2e%2e/package.json",
      "/..%2fpackage.json",
      "/..%2f..%2fetc/passwd",
      "/assets/..%2f..%2fpackage.json",
      "/%2e%2e%2f%2e%2e%2fpackage.json",
      "/..%5c..%5cpackage.json",
      "/%00",
      "/index.html%00",
      "/%E0%A4%A",
      "/api/../package.json",
    ]) {
      const r = await app.request(path);
      assert.ok(r.status < 500, `${path} gave ${r.status}`);
      assert.ok(!(await r.text()).includes(SECRET), `${path} leaked a file outside staticDir`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("internal errors are 500 JSON without internals; the log gets the stack", async () => {
  const store = SqliteResultStore.open(":memory:");
  const broken: ResultStore = Object.assign(Object.create(store) as ResultStore, {
    listRuns: () => Promise.reject(new Error("disk exploded at /var/secret/store.db")),
  });
  const lines: string[] = [];
  const app = createApp({ store: broken, log: (l) => lines.push(l) });
  const r = await app.request("/api/runs");
  assert.equal(r.status, 500);
  const text = await r.text();
  const body = JSON.parse(text) as { error: string; message: string };
  assert.equal(body.error, "internal");
  assert.match(body.message, /^internal error \(reference [a-z0-9]+; details are in the server log\)$/);
  assert.ok(!text.includes("exploded") && !text.includes("/var/secret") && !text.includes(" at "));
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /disk exploded at \/var\/secret\/store\.db\n\s+at /);
  assert.ok(lines[0]!.includes(body.message.match(/reference (\w+)/)![1]!));

  // An engine failure (a bug) is also a clean 500.
  const failing: Executor = {
    run: () => Promise.reject(new TypeError("cannot read properties of undefined (reading 'x')")),
    close: () => Promise.resolve(),
  };
  const app2 = createApp({ store, executor: failing, log: () => undefined });
  const e = await app2.request("/api/evaluate", {
    method: "POST",
    headers: JSON_TYPE,
    body: JSON.stringify(getPresetInput(DEFAULT_PRESET_ID)),
  });
  assert.equal(e.status, 500);
  assert.ok(!(await e.text()).includes("undefined"));
});

test("CORS is off by default and on with cors: true; cross-origin writes are refused without it", async () => {
  const { app } = quietApp();
  const get = await app.request("/api/health", { headers: { origin: "https://elsewhere.example" } });
  assert.equal(get.status, 200);
  assert.equal(get.headers.get("access-control-allow-origin"), null);
  const preflight = await app.request("/api/evaluate", {
    method: "OPTIONS",
    headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
  });
  assert.equal(preflight.headers.get("access-control-allow-origin"), null);
  const cross = await app.request("/api/scenarios", {
    method: "POST",
    headers: { ...JSON_TYPE, origin: "https://elsewhere.example" },
    body: JSON.stringify(getPresetInput(DEFAULT_PRESET_ID)),
  });
  assert.equal(cross.status, 403);
  assert.equal(((await cross.json()) as { error: string }).error, "cross_origin");
  const same = await app.request("http://localhost/api/validate", {
    method: "POST",
    headers: { ...JSON_TYPE, origin: "http://localhost" },
    body: JSON.stringify(getPresetInput(DEFAULT_PRESET_ID)),
  });
  assert.equal(same.status, 200);

  const open = quietApp({ cors: true }).app;
  const corsGet = await open.request("/api/health", { headers: { origin: "https://elsewhere.example" } });
  assert.equal(corsGet.headers.get("access-control-allow-origin"), "*");
  const corsPre = await open.request("/api/evaluate", {
    method: "OPTIONS",
    headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
  });
  assert.equal(corsPre.status, 204);
  assert.match(corsPre.headers.get("access-control-allow-methods") ?? "", /POST/);
});

test("with an allowed-host list, other Host headers get 403", async () => {
  const { app } = quietApp({ allowedHosts: ["localhost", "127.0.0.1", "[::1]"] });
  assert.equal((await app.request("http://localhost:8080/api/health")).status, 200);
  assert.equal((await app.request("http://[::1]:8080/api/health")).status, 200);
  const r = await app.request("http://attacker.example/api/health");
  assert.equal(r.status, 403);
  assert.equal(((await r.json()) as { error: string }).error, "forbidden_host");
});

test("when the executor's queue is full, engine requests get 503 busy at once; light ones still answer", async () => {
  let release!: () => void;
  const stalled = new Promise<void>((r) => (release = r));
  const started: Operation[] = [];
  // Admits one operation and refuses the next, as the worker pool does with maxQueue 0 on one thread.
  const one: Executor = {
    async run(op: Operation): Promise<OperationOutcome> {
      if (started.length >= 1) throw new QueueFullError(1, 0);
      started.push(op);
      await stalled;
      return { ok: true, kind: op.kind, result: { days: [], worstDay: 0, worstCombined: 1 }, warnings: [] };
    },
    close: () => Promise.resolve(),
  };
  const { app } = quietApp({ executor: one, recordRuns: false });
  const body = JSON.stringify({ scenario: getPresetInput(DEFAULT_PRESET_ID), days: 1 });
  const send = () => app.request("/api/crisis", { method: "POST", headers: JSON_TYPE, body });
  const first = send();
  while (started.length < 1) await new Promise((r) => setTimeout(r, 5));
  const second = await send();
  assert.equal(second.status, 503);
  assert.equal(second.headers.get("retry-after"), "1");
  assert.equal(((await second.json()) as { error: string }).error, "busy");
  assert.equal((await app.request("/api/health")).status, 200);
  release();
  assert.equal((await first).status, 200);
  // The body went to the executor unparsed: parsing runs under the executor's limits.
  assert.deepEqual(started[0]!.body, { format: "json", text: body });
});

test("arbitrary JSON bodies and paths never produce a 5xx (property test, 300 cases per shape)", async () => {
  const fc = (await import("fast-check")).default;
  const { app, lines } = quietApp();
  const endpoints = [
    "/api/validate",
    "/api/evaluate",
    "/api/crisis",
    "/api/treaty/check",
    "/api/treaty/comply",
    "/api/scenarios",
  ];
  const ok = new Set([200, 201, 400, 404, 413, 415, 422]);
  const wrapper = fc.record(
    {
      scenario: fc.jsonValue({ maxDepth: 3 }),
      text: fc.string(),
      scenarioId: fc.jsonValue({ maxDepth: 1 }),
      samples: fc.jsonValue({ maxDepth: 1 }),
      framework: fc.jsonValue({ maxDepth: 2 }),
      party: fc.jsonValue({ maxDepth: 1 }),
      __proto__: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...endpoints),
      fc.oneof(fc.jsonValue({ maxDepth: 4 }), wrapper),
      async (path, value) => {
        const r = await app.request(path, {
          method: "POST",
          headers: JSON_TYPE,
          body: JSON.stringify(value) ?? "null",
        });
        await r.arrayBuffer();
        return ok.has(r.status);
      },
    ),
    { numRuns: 300 },
  );
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: "binary-ascii", maxLength: 40 }), async (suffix) => {
      let url: string;
      try {
        url = new URL(`http://localhost/${suffix}`).href;
      } catch {
        return true;
      }
      const r = await app.request(url);
      await r.arrayBuffer();
      return r.status < 500;
    }),
    { numRuns: 300 },
  );
  assert.deepEqual(lines, []);
});

test("responses are compressed for clients that accept it, and carry secure headers", async () => {
  const { app } = quietApp();
  const r = await app.request("/api/openapi.json", { headers: { "accept-encoding": "gzip, br" } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get("content-encoding") ?? "", /^(gzip|br)$/);
  const zipped = (await r.arrayBuffer()).byteLength;
  const plain = await app.request("/api/openapi.json");
  assert.equal(plain.headers.get("content-encoding"), null);
  assert.ok(zipped * 4 < (await plain.arrayBuffer()).byteLength, "compressed to under a quarter");
  const secure: Array<[string, string]> = [
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "no-referrer"],
    ["x-frame-options", "SAMEORIGIN"],
  ];
  for (const [h, v] of secure) assert.equal(plain.headers.get(h), v, h);
});
