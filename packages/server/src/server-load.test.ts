import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";

/** A server under test: its base URL. */
interface Server {
  url: string;
}

/** 99th percentile (nearest rank) of latencies, ms. */
function p99(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]!;
}

/** Fire `n` health checks `gapMs` apart; their latencies, ms. */
async function healthLatencies(server: Server, n: number, gapMs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await fetch(`${server.url}api/health`);
    await r.arrayBuffer();
    out.push(performance.now() - t0);
    assert.equal(r.status, 200);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return out;
}

/**
 * Fire rounds of 20 health checks 25 ms apart until one meets `bound` (at most `rounds`, default 3); the latencies
 * of the best round. On a machine shared with other work, a lone scheduling stall of a few hundred ms can hit any
 * round; an event loop blocked by parsing stalls every round.
 */
async function bestRound(server: Server, bound: number, rounds = 3): Promise<number[]> {
  let best: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const latencies = await healthLatencies(server, 20, 25);
    if (r === 0 || p99(latencies) < p99(best)) best = latencies;
    if (p99(best) <= bound) break;
  }
  return best;
}

/**
 * The latency bound of health checks under load, ms: 100 ms, or, on a machine so loaded that health checks are
 * already slow while the engine thread computes from a small body, 50 ms above their p99 then (measured first). Work
 * on the event loop (parsing and validating a large body there took seconds) breaks either bound by far.
 */
async function healthBound(server: Server): Promise<number> {
  const body = JSON.stringify({ scenario: getPresetInput(DEFAULT_PRESET_ID), samples: 1000, sensitivities: false });
  const busy = post(server, "evaluate", "application/json", body).then((r) => r.arrayBuffer());
  await new Promise((resolve) => setTimeout(resolve, 50));
  const latencies = await healthLatencies(server, 20, 25);
  await busy;
  return Math.max(100, p99(latencies) + 50);
}

/**
 * Run `fn` on a server in a child process whose engine pool has started (as a server that has been up a moment has):
 * the server's event loop then carries only the server's own work, not this test's garbage and timers.
 */
async function withServer(fn: (server: Server) => Promise<void>, threads = 1): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "seceq-load-"));
  const child = spawn(
    process.execPath,
    [
      "--conditions=@seceq/source",
      "--import",
      "tsx",
      fileURLToPath(new URL("./test-support/serve-child.ts", import.meta.url)),
      join(dir, "store.db"),
      String(threads),
      "10000",
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString("utf8");
        if (out.includes("\n")) resolve(out.trim());
      });
      child.once("exit", (code) => reject(new Error(`the server exited with code ${code}`)));
    });
    const server = { url };
    // A server that has been up a moment has parsed and validated documents before: warm the worker's YAML and
    // validation code (a cold V8 runs it several times slower) with the default preset's YAML, three times.
    const warm = stringify(getPresetInput(DEFAULT_PRESET_ID));
    for (let i = 0; i < 3; i++) await (await post(server, "validate", "application/yaml", warm)).arrayBuffer();
    await fn(server);
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.stdin.end();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A valid scenario of about `bytes` bytes of YAML: the default preset with its first element copied many times. */
function bigScenarioYaml(bytes: number): string {
  const s = structuredClone(getPresetInput(DEFAULT_PRESET_ID)) as { parties: { forces: { id: string }[] }[] };
  const forces = s.parties[0]!.forces;
  const template = forces[0]!;
  const text = () => stringify(s, { aliasDuplicateObjects: false });
  const base = text().length;
  forces.push({ ...structuredClone(template), id: "copy-0" });
  const one = text().length - base;
  for (let i = 1; base + (i + 1) * one < bytes; i++) forces.push({ ...structuredClone(template), id: `copy-${i}` });
  return text();
}

const post = (server: Server, path: string, type: string, body: string) =>
  fetch(`${server.url}api/${path}`, { method: "POST", headers: { "content-type": type }, body });

test(
  "20 health checks while a 1 MB YAML body is evaluated: p99 ≤ 100 ms (or 50 ms above the p99 under plain engine load)",
  { timeout: 120_000 },
  async () => {
    await withServer(async (server) => {
      const bound = await healthBound(server);
      const yaml = bigScenarioYaml(1_000_000);
      assert.ok(yaml.length > 900_000 && yaml.length <= 1_048_576, `${yaml.length} bytes`);
      let settled = false;
      const big = post(server, "evaluate", "application/yaml", yaml).then(async (r) => {
        settled = true;
        await r.arrayBuffer();
        return r.status;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const latencies = await bestRound(server, bound);
      // The health checks ran while the body was being parsed, validated or evaluated.
      assert.equal(settled, false, "the evaluation ended before the health checks did; the test measured nothing");
      assert.ok(
        p99(latencies) <= bound,
        `health p99 ${p99(latencies).toFixed(1)} ms > ${bound.toFixed(0)} ms: ${latencies.map((x) => x.toFixed(0)).join(", ")}`,
      );
      // The evaluation ends with a result or a limit, never a hang.
      assert.ok([200, 422, 503].includes(await big), `evaluate answered ${await big}`);
    });
  },
);

/** The three hostile bodies of issue 14, as (content type, body). */
function hostileBodies(): Array<{ name: string; type: string; body: string }> {
  const preset = structuredClone(getPresetInput(DEFAULT_PRESET_ID)) as {
    parties: { forces: Record<string, unknown>[] }[];
  };
  // The hostile sizes of issue 14 were measured on presets without force sites: leave the sites out.
  for (const party of preset.parties)
    for (const f of party.forces) delete (f.basing as Record<string, unknown> | undefined)?.sites;
  const unknown = structuredClone(preset);
  const force = unknown.parties[0]!.forces[0]!;
  for (let i = 0; i < 15_000; i++) force[`u${i.toString(36)}`] = 1;
  const depth = 200_000;
  const wide: Record<string, unknown> = structuredClone(preset);
  for (let i = 0; i < 60_000; i++) wide[`k${String(i).padStart(5, "0")}`] = 1234;
  return [
    { name: "15,000 unknown keys (YAML)", type: "application/yaml", body: stringify(unknown) },
    {
      name: "deep flow-style nesting (YAML)",
      type: "application/yaml",
      body: `a: ${"[".repeat(depth)}${"]".repeat(depth)}\n`,
    },
    { name: "60,000 keys (JSON)", type: "application/json", body: JSON.stringify(wide) },
  ];
}

test(
  "issue 14's hostile bodies sent at once: health p99 ≤ 100 ms; each is refused, never a hang",
  { timeout: 180_000 },
  async (t) => {
    await withServer(async (server) => {
      const bound = await healthBound(server);
      const bodies = hostileBodies();
      const kB = bodies.map((b) => b.body.length / 1000);
      assert.ok(
        kB[0]! > 280 && kB[0]! < 400 && Math.round(kB[1]!) === 400 && kB[2]! > 850 && kB[2]! < 1000,
        kB.join(", "),
      );
      const answers = bodies.map(async (b) => {
        const t0 = performance.now();
        const r = await post(server, "evaluate", b.type, b.body);
        const body = (await r.json()) as { error?: string; issues?: unknown[] };
        return { name: b.name, status: r.status, ms: performance.now() - t0, body };
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const latencies = await bestRound(server, bound);
      assert.ok(
        p99(latencies) <= bound,
        `health p99 ${p99(latencies).toFixed(1)} ms > ${bound.toFixed(0)} ms: ${latencies.map((x) => x.toFixed(0)).join(", ")}`,
      );
      const answered = await Promise.all(answers);
      // Refused as bad input, or stopped at the pool's limits: never a hang, never accepted.
      for (const a of answered)
        assert.ok([400, 503].includes(a.status), `${a.name}: ${a.status} ${JSON.stringify(a.body).slice(0, 200)}`);
      await t.test("each gets a 400 within 2 s with a bounded list of issues", () => {
        for (const a of answered) {
          assert.equal(a.status, 400, `${a.name}: ${a.status} ${JSON.stringify(a.body).slice(0, 200)}`);
          assert.ok(a.ms <= 2000, `${a.name}: answered in ${a.ms.toFixed(0)} ms`);
          const n = a.body.issues?.length ?? 0;
          assert.ok(n >= 1 && n <= 201, `${a.name}: ${n} issues`);
        }
      });
      // Two engine threads, as the server starts by default on a 2-core machine (one per core): the bodies are
      // refused in parallel instead of one waiting for the other two.
    }, 2);
  },
);
