import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, type Report } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset, getPresetInput, listPresets } from "@seceq/data";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../test-utils/run-cli.js";

test("evaluate with no scenario runs the default preset; --json equals the library's report", async () => {
  const r = await runCli(["evaluate", "--json", "--no-sensitivities"]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.scenario.id, DEFAULT_PRESET_ID);
  const direct = JSON.parse(JSON.stringify(evaluate(getPreset(DEFAULT_PRESET_ID), { sensitivities: false }))) as Report;
  assert.deepEqual(report, direct);
  assert.ok(report.stability.pairs[0]!.combined > 0 && report.stability.pairs[0]!.combined <= 1);
});

test("--preset names a preset as the argument does; with the argument too, or naming a file, it is refused (exit 2)", async () => {
  const byOption = await runCli(["evaluate", "--preset", "us-russia-china-2026", "--json", "--no-sensitivities"]);
  assert.equal(byOption.code, 0, byOption.stderr);
  const byArgument = await runCli(["evaluate", "us-russia-china-2026", "--json", "--no-sensitivities"]);
  assert.equal(byArgument.code, 0, byArgument.stderr);
  assert.equal((JSON.parse(byOption.stdout) as Report).scenario.id, "us-russia-china-2026");
  assert.deepEqual(JSON.parse(byOption.stdout), JSON.parse(byArgument.stdout));
  const both = await runCli(["crisis", "us-russia-2026", "--preset", "us-russia-2026", "--days", "1"]);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /give the scenario once/);
  assert.equal(both.stdout, "");
  const file = await runCli(["treaty", "check", "--preset", "examples/scenarios/minimal.yaml"]);
  assert.equal(file.code, 2);
  assert.match(file.stderr, /unknown preset "examples\/scenarios\/minimal.yaml"/);
  assert.doesNotMatch(file.stderr, /\n\s+at /);
});

test("the readable report names stability, exchanges, parity and sources", async () => {
  const r = await runCli(["evaluate", "examples/scenarios/minimal.yaml"]);
  assert.equal(r.code, 0, r.stderr);
  for (const heading of [
    "FIRST-STRIKE EXCHANGES",
    "FIRST-STRIKE STABILITY",
    "PARITY BY DYAD",
    "ARMS-RACE SENSITIVITIES",
    "SOURCES",
  ])
    assert.match(r.stdout, new RegExp(heading));
  // Each side's own C1 and C2 on its own row, so the ratio read across a row is that side's index.
  assert.match(r.stdout, /C1 \(strikes first\)\s+C2 \(struck first\)\s+FSS = C1\/C2/);
  assert.match(r.stdout, /blue–red\s+blue\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/);
  assert.match(r.stdout, /\n\s+red\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/);
  assert.doesNotMatch(r.stdout, /C1 striker|C2 victim/);
});

test("with samples, the reading follows the 90 % band (robust only when the whole band is)", async () => {
  const r = await runCli(["evaluate", "--samples", "200", "--seed", "1", "--no-sensitivities"]);
  assert.equal(r.code, 0, r.stderr);
  const j = await runCli(["evaluate", "--json", "--samples", "200", "--seed", "1", "--no-sensitivities"]);
  const report = JSON.parse(j.stdout) as Report;
  const key = "stability.us-ru.combined";
  const b = report.monteCarlo!.bands[key]!;
  const shares = report.monteCarlo!.readings[key]!;
  assert.ok(Math.abs(shares.robust + shares.moderate + shares.fragile - 1) < 1e-12);
  const row = r.stdout.split("\n").find((l) => l.startsWith("us–ru"))!;
  if (b.p5 >= 0.75) assert.match(row, /robust \(whole 90 % band/);
  else if (b.p5 >= 0.45 && b.p95 < 0.75) assert.match(row, /moderate \(whole 90 % band/);
  else {
    assert.match(row, /(robust|moderate|fragile) in \d+ % of samples/);
    assert.doesNotMatch(row, /\brobust\s*$/);
  }
});

test("a degenerate posture (every US launcher at 0) is a warning, not a silent 1.000 robust", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-degenerate-"));
  try {
    const doc = structuredClone(getPresetInput(DEFAULT_PRESET_ID)!);
    for (const f of doc.parties[0]!.forces) f.launchers.deployed = 0;
    const file = join(dir, "zero-us.json");
    writeFileSync(file, JSON.stringify(doc));
    const r = await runCli(["evaluate", file, "--no-sensitivities"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /us–ru .*not a reading: degenerate posture \(see WARNINGS\)/);
    assert.match(r.stdout, /⚠ United States has no deployed nuclear warheads/);
    const j = JSON.parse((await runCli(["evaluate", file, "--json", "--no-sensitivities"])).stdout) as Report;
    assert.ok(j.warnings.some((w) => w.code === "degenerate_posture" && /United States/.test(w.message)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Monte Carlo from the CLI is reproducible and reports bands", async () => {
  const args = [
    "evaluate",
    "examples/scenarios/minimal.yaml",
    "--json",
    "--samples",
    "20",
    "--seed",
    "5",
    "--no-sensitivities",
  ];
  const a = await runCli(args);
  const b = await runCli(args);
  assert.equal(a.code, 0, a.stderr);
  const ra = JSON.parse(a.stdout) as Report;
  assert.deepEqual(ra.monteCarlo, (JSON.parse(b.stdout) as Report).monteCarlo);
  assert.equal(ra.monteCarlo?.samples, 20);
  assert.ok(ra.monteCarlo?.bands["stability.blue-red.combined"]);
});

test("bad options and bad files are user errors (exit 2)", async () => {
  assert.equal((await runCli(["evaluate", "--samples", "-3"])).code, 2);
  assert.equal((await runCli(["evaluate", "--samples", "abc"])).code, 2);
  assert.equal((await runCli(["evaluate", "no-such-preset"])).code, 2);
  assert.equal((await runCli(["evaluate", "--bogus"])).code, 2);
});

test("every preset exported with `data show` validates, in YAML and JSON; sources travel with it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-rt-"));
  try {
    for (const p of listPresets()) {
      for (const format of ["yaml", "json"]) {
        const shown = await runCli(["data", "show", p.id, "--format", format]);
        assert.equal(shown.code, 0, shown.stderr);
        const file = join(dir, `${p.id}.${format}`);
        writeFileSync(file, shown.stdout);
        const v = await runCli(["validate", file]);
        assert.equal(v.code, 0, `${p.id} ${format}: ${v.stderr}`);
      }
      const json = JSON.parse((await runCli(["data", "show", p.id, "--json"])).stdout) as {
        parties: { forces: { source?: { source: string; asOf: string; confidence: string } }[] }[];
      };
      for (const party of json.parties)
        for (const f of party.forces) assert.ok(f.source?.source && f.source.asOf && f.source.confidence, p.id);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("crisis prints a day-by-day timeline and marks the worst day", async () => {
  const r = await runCli(["crisis", "examples/scenarios/minimal.yaml", "--days", "6"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /◀ worst/);
  const j = JSON.parse(
    (await runCli(["crisis", "examples/scenarios/minimal.yaml", "--days", "6", "--json"])).stdout,
  ) as {
    days: unknown[];
    worstDay: number;
  };
  assert.equal(j.days.length, 7);
  assert.ok(j.worstDay >= 0 && j.worstDay <= 6);
});

test("--budget stops a long evaluation with exit code 2, a clear message and no output", async () => {
  const r = await runCli([
    "evaluate",
    "examples/scenarios/minimal.yaml",
    "--json",
    "--samples",
    "400",
    "--budget",
    "0.001",
  ]);
  assert.equal(r.code, 2);
  const doc = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; message: string }[] };
  assert.equal(doc.ok, false);
  assert.equal(doc.issues[0]?.code, "budget_exceeded");
  assert.match(r.stderr, /over the --budget of 0\.001 s/);
  assert.match(r.stderr, /budget exceeded; nothing was written/);
  const bad = await runCli(["evaluate", "examples/scenarios/minimal.yaml", "--budget", "soon"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--budget must be a number of seconds/);
  const ok = await runCli(["evaluate", "examples/scenarios/minimal.yaml", "--json", "--budget", "600"]);
  assert.equal(ok.code, 0, ok.stderr);
});

test("one Ctrl-C (SIGINT) stops a long evaluation at once, with nothing on stdout", async () => {
  // The engine runs synchronously: no JavaScript signal handler could run before it returns, so the CLI installs none
  // and SIGINT ends the process at once (a shell reports 130). A handler installed by anyone (a progress bar's
  // "graceful exit", say) would hold the stop until the evaluation ends: this test would then time out.
  const bin = fileURLToPath(new URL("../bin.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    ["--conditions=@seceq/source", "--import", "tsx", bin, "evaluate", "--samples", "20000", "--no-sensitivities"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  // Wait until the engine is at work (the progress bar shows after about a second).
  const deadline = Date.now() + 120_000;
  while (!/evaluate \[/.test(err)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      assert.fail(`the evaluation did not start:\n${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGINT");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  const end = await exited;
  clearTimeout(timer);
  assert.deepEqual(end, { code: null, signal: "SIGINT" }, "ended by the one SIGINT, not by the fallback SIGKILL");
  assert.equal(out, "");
});
