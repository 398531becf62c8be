import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { connect } from "node:net";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset, getPresetInput } from "@seceq/data";
import { SqliteResultStore } from "@seceq/store";
import { isLoopback, startServer } from "./server.js";

const SECRET = "SECRET-NEXT-TO-THE-WEB-APP";

/** One raw HTTP exchange (no client-side URL normalisation); resolves with status and body. */
function raw(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: (write: (b: Buffer) => boolean) => void;
  },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    if (options.body) options.body((b) => req.write(b));
    req.end();
  });
}

/** Send raw bytes on a socket and collect everything the server answers until it closes (or 5 s pass). */
function rawSocket(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    const sock = connect(port, "127.0.0.1", () => sock.write(bytes));
    const timer = setTimeout(() => sock.destroy(), 5000);
    sock.on("data", (d: Buffer) => (data += d.toString("utf8")));
    sock.on("close", () => {
      clearTimeout(timer);
      resolve(data);
    });
    sock.on("error", reject);
  });
}

test(
  "a real server: loopback bind, limits on the wire, static safety, worker evaluations, persistence",
  { timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "seceq-server-"));
    const dist = join(dir, "web", "dist");
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>seceq</title>");
    writeFileSync(join(dir, "web", "package.json"), SECRET);
    const dbPath = join(dir, "state", "store.db");
    const logs: string[] = [];
    const server = await startServer({
      port: 0,
      dbPath,
      staticDir: dist,
      workers: { size: 1 },
      log: (l) => logs.push(l),
    });
    try {
      assert.equal(server.host, "127.0.0.1");
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const health = await fetch(`${server.url}api/health`);
      assert.equal(health.status, 200);

      // Traversal attempts sent verbatim.
      for (const path of [
        "/../package.json",
        "/%2e%2e/package.json",
        "/..%2fpackage.json",
        "/..%2f..%2fetc/passwd",
        "/%2e%2e%2f%2e%2e%2fpackage.json",
      ]) {
        const r = await raw(server.port, { path });
        assert.ok(r.status < 500, `${path} gave ${r.status}`);
        assert.ok(!r.body.includes(SECRET), `${path} leaked`);
      }

      // A chunked upload without Content-Length is cut off past 1 MB; a declared 5 MB is refused unread.
      const chunked = await raw(server.port, {
        method: "POST",
        path: "/api/evaluate",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
        body: (write) => {
          for (let i = 0; i < 40; i++) write(Buffer.alloc(64 * 1024, 0x20));
        },
      });
      assert.equal(chunked.status, 413);
      const declared = await rawSocket(
        server.port,
        "POST /api/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
          `Content-Length: ${5 * 1024 * 1024}\r\n\r\n{}`,
      );
      assert.match(declared, /^HTTP\/1\.1 413 /);
      assert.match(declared, /"error":"payload_too_large"/);

      // DNS-rebinding protection on a loopback bind.
      const rebound = await raw(server.port, { path: "/api/health", headers: { host: "attacker.example" } });
      assert.equal(rebound.status, 403);

      // Evaluations run in worker threads and equal the direct call.
      const r = await fetch(`${server.url}api/evaluate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scenario: getPresetInput(DEFAULT_PRESET_ID), sensitivities: false }),
      });
      assert.equal(r.status, 200);
      assert.deepEqual(
        await r.json(),
        JSON.parse(JSON.stringify(evaluate(getPreset(DEFAULT_PRESET_ID), { sensitivities: false }))),
      );
      const big = await fetch(`${server.url}api/evaluate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scenario: getPresetInput(DEFAULT_PRESET_ID), samples: 100_000 }),
      });
      assert.equal(big.status, 422);

      // The port is taken now: a second server fails cleanly.
      await assert.rejects(
        startServer({ port: server.port, dbPath: join(dir, "other.db"), workers: "inline" }),
        /EADDRINUSE/,
      );
    } finally {
      await server.close();
      await server.close();
    }
    const reopened = SqliteResultStore.open(dbPath);
    assert.equal((await reopened.listRuns()).total, 1);
    await reopened.close();
    assert.deepEqual(logs, []);
    rmSync(dir, { recursive: true, force: true });
  },
);

test("loopback addresses are recognised", () => {
  for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1"]) assert.equal(isLoopback(h), true, h);
  for (const h of ["0.0.0.0", "::", "192.168.1.4", "example.com"]) assert.equal(isLoopback(h), false, h);
});
