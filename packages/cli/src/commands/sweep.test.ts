import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { cellCount, runChunk, type CellResult } from "@seceq/core";
import { openDatabase, SweepStore } from "@seceq/store";
import { startWorker } from "@seceq/runners";
import { fixtureSpec, fixtureSpecYaml, freePort, startRedis, type RedisFixture } from "@seceq/runners/test-utils";
import { runCli } from "../test-utils/run-cli.js";
import { readSweepSpec, renderSweep, type SweepJson } from "./sweep.js";

const BIN = fileURLToPath(new URL("../bin.ts", import.meta.url));

/** Spawn the CLI from source as a separate process. */
function spawnCli(args: string[]) {
  return spawn(process.execPath, ["--conditions=@seceq/source", "--import", "tsx", BIN, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Wait for a spawned CLI to exit; fails the test when it is still running after `ms` milliseconds. */
function exitWithin(child: ReturnType<typeof spawnCli>, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the CLI was still running after ${ms} ms (a hang)`));
    }, ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Read every stored cell of the only sweep in a store file. */
function storedCells(dbPath: string): { id: string; cells: CellResult[] } {
  const db = openDatabase(dbPath);
  try {
    const store = new SweepStore(db);
    const [sweep] = store.listSweeps();
    return { id: sweep!.id, cells: [...store.cells(sweep!.id)] };
  } finally {
    db.close();
  }
}

describe("seceq sweep", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "seceq-sweep-cli-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("runs in-process into the store, prints one JSON document, resumes with nothing to do, exports CSV", async () => {
    const specFile = join(dir, "small.yaml");
    writeFileSync(specFile, fixtureSpecYaml({ n: 12 }));
    const db = join(dir, "a.db");
    const r = await runCli(["sweep", specFile, "--db", db, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout) as SweepJson;
    assert.equal(res.cells, 12);
    assert.equal(res.computed, 12);
    assert.match(res.sweepId, /^fixture-sweep-[0-9a-f]{16}$/);
    const combined = res.outputs["stability.blue-red.combined"]!;
    assert.equal(combined.cells, 12);
    assert.ok(combined.min <= combined.overCells.p5 && combined.overCells.p95 <= combined.max);
    assert.match(r.stderr, /12\/12 cells/);
    const reference = runChunk(
      fixtureSpec({ n: 12 }),
      Array.from({ length: 12 }, (_, i) => i),
    );
    assert.deepEqual(storedCells(db).cells, reference);

    const again = await runCli(["sweep", specFile, "--db", db, "--json", "--no-progress"]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal((JSON.parse(again.stdout) as SweepJson).computed, 0);
    assert.match(again.stderr, /12 already stored \(resuming\); nothing left to compute/);

    const csv = await runCli(["sweep", "export", res.sweepId.slice(0, 16), "--csv", "--db", db]);
    assert.equal(csv.code, 0, csv.stderr);
    const lines = csv.stdout.trimEnd().split("\n");
    assert.equal(lines.length, 13);
    assert.equal(lines[0]!.split(",")[0], "cell");
    assert.equal(lines[1]!.split(",").length, 1 + 3 + 4 + 1, "cell, 3 parameters, 4 outputs, non_finite");
    assert.equal(lines[0]!.split(",").at(-1), "non_finite");
    assert.doesNotMatch(csv.stderr, /not finite/);
    assert.equal(Number(lines[3]!.split(",")[4]), reference[2]!.outputs["stability.blue-red.combined"]);

    const list = await runCli(["sweep", "list", "--db", db, "--json"]);
    assert.equal((JSON.parse(list.stdout) as { sweeps: { done: number }[] }).sweeps[0]!.done, 12);
  });

  it("NaN and ±Infinity are never dropped silently: empty CSV fields named in non_finite, a warning, a report note", async () => {
    const db = join(dir, "nan.db");
    const spec = fixtureSpec({ n: 3, id: "nan-test" });
    const [p, q] = spec.parameters.map((x) => x.name);
    const [x, y] = spec.outputs;
    const handle = openDatabase(db);
    try {
      const store = new SweepStore(handle);
      store.createSweep({ id: "nan-test-1", spec, cells: 3 });
      store.putCells("nan-test-1", [
        { index: 0, params: { [p!]: 1, [q!]: 2 }, outputs: { [x!]: 0.5, [y!]: NaN } },
        { index: 1, params: { [p!]: 1, [q!]: 3 }, outputs: { [x!]: Infinity, [y!]: 0.25 } },
        { index: 2, params: { [p!]: 1, [q!]: 4 }, outputs: { [x!]: 0.75, [y!]: 0.5 } },
      ]);
    } finally {
      handle.close();
    }
    const csv = await runCli(["sweep", "export", "nan-test-1", "--db", db]);
    assert.equal(csv.code, 0, csv.stderr);
    const rows = csv.stdout.trimEnd().split("\n");
    const header = rows[0]!.split(",");
    const at = (row: number, col: string) => rows[row]!.split(",")[header.indexOf(col)];
    assert.equal(at(1, y!), "");
    assert.equal(at(1, "non_finite"), `${y}=NaN`);
    assert.equal(at(2, x!), "");
    assert.equal(at(2, "non_finite"), `${x}=Infinity`);
    assert.equal(at(3, "non_finite"), "");
    assert.doesNotMatch(csv.stdout, /NaN,|Infinity,/);
    assert.match(csv.stderr, /warning: 2 of 3 cells hold 2 values that are not finite numbers .*non_finite column/);

    // The text report of a run of this sweep whose only output, y, has the summary given.
    const report = (output: SweepJson["outputs"][string]) =>
      renderSweep({
        ok: true,
        sweepId: "nan-test-1",
        name: null,
        db,
        runner: "in-process",
        cells: 3,
        computed: 3,
        seconds: 1,
        parameters: [p!, q!],
        outputs: { [y!]: output },
      });
    const yPattern = y!.replace(/[.]/g, "\\.");
    const summary = { cells: 2, min: 0.25, max: 0.5, overCells: { mean: 0.375, p5: 0.26, p50: 0.375, p95: 0.49 } };
    const text = report(summary);
    assert.match(text, new RegExp(`Not a number \\(NaN\\) in some cells[^]*${yPattern}: 1 of 3 cells`));
    assert.doesNotMatch(text, /Monte Carlo samples left out/);
    // Monte Carlo samples in which the output is NaN are left out of the cells' bands, and said.
    const band = { mean: 0.4, p5: 0.3, p50: 0.4, p95: 0.5 };
    const mc = report({
      ...summary,
      meanBand: band,
      droppedSamples: 7,
      warning: "7 Monte Carlo samples were not a number (NaN) and left out of the bands of 2 of 3 cells",
    });
    assert.match(
      mc,
      new RegExp(
        `Monte Carlo samples left out of the bands \\(MC columns\\):\\n  ${yPattern}: 7 Monte Carlo samples were not a number \\(NaN\\) and left out of the bands of 2 of 3 cells`,
      ),
    );
  });

  it("export --out writes the file whole (via a temporary file); a failure is exit 2 and leaves nothing", async () => {
    const specFile = join(dir, "out.yaml");
    writeFileSync(specFile, fixtureSpecYaml({ n: 5, id: "out-test" }));
    const db = join(dir, "out.db");
    const run = await runCli(["sweep", specFile, "--db", db, "--json", "--no-progress"]);
    assert.equal(run.code, 0, run.stderr);
    const { sweepId } = JSON.parse(run.stdout) as SweepJson;
    const outDir = join(dir, "exports");
    mkdirSync(outDir);
    const target = join(outDir, "cells.csv");
    const ok = await runCli(["sweep", "export", sweepId, "--out", target, "--db", db]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout, "");
    assert.match(ok.stderr, new RegExp(`5 cells of ${sweepId} written to .*cells\\.csv`));
    assert.equal(readFileSync(target, "utf8").trimEnd().split("\n").length, 6);
    assert.deepEqual(readdirSync(outDir), ["cells.csv"], "no temporary file left behind");

    const missing = join(dir, "no-such-folder", "cells.csv");
    const bad = await runCli(["sweep", "export", sweepId, "--out", missing, "--db", db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /cannot write .*no-such-folder.*ENOENT/);
    assert.doesNotMatch(bad.stderr, /internal error|\n\s+at /);
    assert.equal(existsSync(join(dir, "no-such-folder")), false);
    // A folder in the way: the existing folder is untouched and no temporary file is left.
    const blocked = await runCli(["sweep", "export", sweepId, "--out", outDir, "--db", db]);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /cannot write/);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith(".tmp")),
      [],
    );
    assert.deepEqual(readdirSync(outDir), ["cells.csv"]);
  });

  it("export and list read an existing store only: no store at PATH is exit 2 and creates nothing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "seceq-sweep-empty-"));
    try {
      const db = join(empty, ".seceq", "store.db");
      for (const args of [
        ["sweep", "list", "--db", db],
        ["sweep", "export", "abc", "--db", db],
      ]) {
        const r = await runCli(args);
        assert.equal(r.code, 2, args.join(" "));
        assert.match(r.stderr, /no store at .*store\.db/);
      }
      assert.deepEqual(readdirSync(empty), [], "nothing created");
      // A store file that only `seceq serve` has used yet: no sweep tables, so no sweeps (and still nothing written).
      const served = join(empty, "served.db");
      openDatabase(served).close();
      const list = await runCli(["sweep", "list", "--db", served]);
      assert.equal(list.code, 0, list.stderr);
      assert.equal(list.stdout, `no sweeps in ${served}\n`);
      const listJson = await runCli(["sweep", "list", "--db", served, "--json"]);
      assert.deepEqual(JSON.parse(listJson.stdout), { ok: true, sweeps: [] });
      const exp = await runCli(["sweep", "export", "abc", "--db", served]);
      assert.equal(exp.code, 2);
      assert.match(exp.stderr, /no sweep "abc" in the store \(it is empty\)/);
      const raw = new Database(served, { readonly: true });
      try {
        assert.equal(raw.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sweeps'").pluck().get(), 0);
      } finally {
        raw.close();
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("export --json is refused (it writes CSV) with one JSON document on stdout", async () => {
    const r = await runCli(["sweep", "export", "abc", "--json", "--db", join(dir, "none.db")]);
    assert.equal(r.code, 2);
    const doc = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; message: string }[] };
    assert.equal(doc.ok, false);
    assert.match(doc.issues[0]!.message, /writes CSV, not JSON/);
  });

  it("a store path that cannot be opened is exit 2 with the reason", async () => {
    const specFile = join(dir, "small-db.yaml");
    writeFileSync(specFile, fixtureSpecYaml({ n: 3 }));
    const notFolder = join(dir, "plain-file");
    writeFileSync(notFolder, "x");
    const r = await runCli(["sweep", specFile, "--db", join(notFolder, "store.db"), "--no-progress"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot open the store/);
    const notDb = join(dir, "not-a-db.db");
    writeFileSync(notDb, "this is not SQLite ".repeat(100));
    const r2 = await runCli(["sweep", specFile, "--db", notDb, "--no-progress"]);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /cannot open the store: file is not a database/);
    const r3 = await runCli(["sweep", "list", "--db", notDb]);
    assert.equal(r3.code, 2);
    assert.match(r3.stderr, /cannot open the store: file is not a database/);
  });

  it("the example spec resolves against the default preset: 48 grid cells, whole launchers", () => {
    const example = fileURLToPath(new URL("../../../../examples/sweeps/us-russia-silos.yaml", import.meta.url));
    const spec = readSweepSpec(example);
    assert.equal(spec.base.preset, "us-russia-2026");
    assert.deepEqual(
      spec.parameters.map((p) => [p.name, p.integer]),
      [
        ["parties.us.forces.mm3-w87.launchers.deployed", true],
        ["parties.ru.forces.yars-silo.launchers.deployed", true],
        ["assumptions.costWeight", false],
      ],
    );
    assert.equal(cellCount(spec), 48);
  });

  it("reports a bad spec with file:line:col and exit code 2, writing nothing", async () => {
    const specFile = join(dir, "bad.yaml");
    writeFileSync(specFile, fixtureSpecYaml().replace("forces.silo.launchers", "forces.siloo.launchers"));
    const db = join(dir, "bad.db");
    const r = await runCli(["sweep", specFile, "--db", db]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /bad\.yaml:\d+:\d+: error \[unknown_path\] parameters\[0\]\.path: .*did you mean "parties\.blue\.forces\.silo"/,
    );
    assert.equal(existsSync(db), false);
    const bad = await runCli(["sweep", specFile.replace("bad", "none"), "--workers", "0"]);
    assert.equal(bad.code, 2);
  });

  it("resume: killed with SIGKILL, then interrupted with SIGINT, run again: every cell stored exactly once, right values", async () => {
    const n = 30;
    const specFile = join(dir, "slow.yaml");
    // Monte Carlo samples make each cell take tens of milliseconds, so the kill lands mid-sweep.
    writeFileSync(specFile, fixtureSpecYaml({ n, samples: 40, id: "resume-test" }));
    const db = join(dir, "resume.db");
    const child = spawnCli(["sweep", specFile, "--db", db, "--no-progress"]);
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_c, sig) => resolve(sig)));
    const count = () => {
      if (!existsSync(db)) return 0;
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true });
        try {
          return (reader.prepare("SELECT COUNT(*) AS c FROM sweep_cells").get() as { c: number }).c;
        } finally {
          reader.close();
        }
      } catch {
        return 0; // tables not created yet
      }
    };
    const deadline = Date.now() + 30_000;
    while (count() < 3) {
      assert.ok(Date.now() < deadline, `no cells stored in 30 s:\n${stderr}`);
      assert.equal(child.exitCode, null, `the sweep ended before it could be killed:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    assert.equal(await exited, "SIGKILL");
    const atKill = count();
    assert.ok(atKill >= 3 && atKill < n, `killed after ${atKill} of ${n} cells`);

    // Interrupted politely (SIGINT) part-way through the rest: exit 130, what is stored stays stored.
    const second = spawnCli(["sweep", specFile, "--db", db, "--no-progress"]);
    let stderr2 = "";
    second.stderr.on("data", (d: Buffer) => (stderr2 += d.toString()));
    const exited2 = new Promise<number | null>((resolve) => second.once("exit", (code) => resolve(code)));
    while (count() < atKill + 2) {
      assert.ok(Date.now() < deadline + 30_000, `no progress after resuming:\n${stderr2}`);
      assert.equal(second.exitCode, null, `the sweep ended before it could be interrupted:\n${stderr2}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    second.kill("SIGINT");
    assert.equal(await exited2, 130, stderr2);
    assert.match(stderr2, /resuming/);
    assert.match(stderr2, /interrupted by SIGINT; \d+ of 30 cells stored\. Run the same command again to resume\./);
    const atInt = count();
    assert.ok(atInt > atKill && atInt < n, `interrupted after ${atInt} of ${n}`);

    const r = await runCli(["sweep", specFile, "--db", db, "--json", "--no-progress"]);
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout) as SweepJson;
    assert.equal(res.computed, n - atInt);
    assert.ok(res.tornado, "Monte Carlo sweeps report tornado data");
    const { cells } = storedCells(db);
    assert.deepEqual(
      cells.map((c) => c.index),
      Array.from({ length: n }, (_, i) => i),
    );
    assert.deepEqual(
      cells,
      runChunk(
        fixtureSpec({ n, samples: 40, id: "resume-test" }),
        cells.map((c) => c.index),
      ),
    );
    const raw = new Database(db, { readonly: true });
    try {
      const dup = raw
        .prepare("SELECT cell_index FROM sweep_cells GROUP BY sweep_id, cell_index HAVING COUNT(*) > 1")
        .all();
      assert.deepEqual(dup, []);
    } finally {
      raw.close();
    }
  });
});

describe("seceq sweep --queue / seceq worker", () => {
  let redis: RedisFixture;
  let dir: string;
  before(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), "seceq-sweep-queue-"));
  });
  after(async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a `seceq worker` process computes the chunks; the stored cells equal an in-process run", async () => {
    const specFile = join(dir, "q.yaml");
    writeFileSync(specFile, fixtureSpecYaml({ n: 20, seed: 3 }));
    const worker = spawnCli(["worker", "--queue", redis.url, "--prefix", "cli", "--threads", "1"]);
    let log = "";
    worker.stderr.on("data", (d: Buffer) => (log += d.toString()));
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    try {
      const db = join(dir, "q.db");
      const r = await runCli([
        "sweep",
        specFile,
        "--queue",
        redis.url,
        "--prefix",
        "cli",
        "--chunk-size",
        "6",
        "--db",
        db,
        "--json",
        "--no-progress",
      ]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as SweepJson).runner, "bullmq");
      const { cells } = storedCells(db);
      assert.deepEqual(
        cells,
        runChunk(
          fixtureSpec({ n: 20, seed: 3 }),
          Array.from({ length: 20 }, (_, i) => i),
        ),
      );
      assert.match(log, /waiting for sweep chunks/);
      assert.match(log, /chunk 3: 2 cells in/);
    } finally {
      worker.kill("SIGTERM");
    }
    assert.equal(await exited, 0, log);
    assert.match(log, /stopping after the current chunk/);
    assert.ok(readFileSync(specFile, "utf8").length > 0);
  });

  it("`seceq worker` without --queue, or with a bad URL, is a usage error", async () => {
    assert.equal((await runCli(["worker"])).code, 2);
    assert.equal((await runCli(["worker", "--queue", "http://x"])).code, 2);
    assert.equal((await runCli(["sweep", "x.yaml", "--queue", "http://x"])).code, 2);
    // Malformed URLs are usage errors with a message, not stack traces.
    for (const url of ["redis://127.0.0.1:99999", "redis://a b"]) {
      for (const args of [
        ["worker", "--queue", url],
        ["sweep", join(dir, "q.yaml"), "--queue", url],
      ]) {
        const r = await runCli(args);
        assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
        assert.match(r.stderr, /--queue: not a valid Redis URL/);
        assert.doesNotMatch(r.stderr, /internal error/);
      }
    }
    // Nothing listens on a port just freed by the OS: a clear message and exit 2, not a hang.
    const port = await freePort();
    const down = await runCli(["worker", "--queue", `redis://127.0.0.1:${port}`]);
    assert.equal(down.code, 2);
    assert.match(down.stderr, /cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
    const specFile = join(dir, "down.yaml");
    writeFileSync(specFile, fixtureSpecYaml({ n: 4 }));
    const sweepDown = await runCli([
      "sweep",
      specFile,
      "--queue",
      `redis://127.0.0.1:${port}`,
      "--db",
      join(dir, "down.db"),
    ]);
    assert.equal(sweepDown.code, 2, sweepDown.stderr);
    assert.match(sweepDown.stderr, /cannot reach Redis/);
    assert.equal(existsSync(join(dir, "down.db")), false, "nothing written");
  });

  it("with Redis up but an unusable --db, the sweep reports it and exits (no hang on the open connection)", async () => {
    const specFile = join(dir, "baddb.yaml");
    writeFileSync(specFile, fixtureSpecYaml({ n: 4 }));
    const notFolder = join(dir, "not-a-folder");
    writeFileSync(notFolder, "x");
    const child = spawnCli(["sweep", specFile, "--queue", redis.url, "--db", join(notFolder, "s.db")]);
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    assert.equal(await exitWithin(child, 30_000), 2, stderr);
    assert.match(stderr, /cannot open the store/);
  });

  it("a chunk that fails on every attempt is exit 2 with what failed; the other chunks are stored", async () => {
    const specFile = join(dir, "failing.yaml");
    writeFileSync(specFile, fixtureSpecYaml({ n: 6, seed: 17, id: "failing" }));
    const worker = await startWorker({
      queue: redis.url,
      prefix: "cli-fail",
      onChunk: (info) => {
        if (info.chunk === 1) throw new Error("out of memory on the worker");
      },
    });
    const db = join(dir, "failing.db");
    let r;
    try {
      r = await runCli([
        "sweep",
        specFile,
        "--queue",
        redis.url,
        "--prefix",
        "cli-fail",
        "--chunk-size",
        "2",
        "--db",
        db,
        "--no-progress",
      ]);
    } finally {
      await worker.close();
    }
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /error \[chunk_failed\] .*chunk 1 of sweep failing-[0-9a-f]+ \(cells 2–3\) failed on all 3 attempts: out of memory on the worker/,
    );
    assert.match(r.stderr, /seceq: 4 of 6 cells of sweep failing-[0-9a-f]+ are stored; the rest were not computed\./);
    assert.doesNotMatch(r.stderr, /internal error/);
    assert.deepEqual(
      storedCells(db).cells.map((c) => c.index),
      [0, 1, 4, 5],
    );
  });
});
