import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli as run, runCliJson } from "../test-utils/run-cli.js";

/** Run `seceq <args> --json` and parse its output. */
const json = (args: string[]) => runCliJson([...args, "--json"]);

/** `calc sskp` arguments: yield (kt), CEP (m), target hardness (psi), then any further options. */
const sskp = (yieldKt: string, cepM: string, hardnessPsi: string, ...more: string[]): string[] => [
  "calc",
  "sskp",
  "--yield-kt",
  yieldKt,
  "--cep-m",
  cepM,
  "--hardness-psi",
  hardnessPsi,
  ...more,
];

const close = (a: unknown, b: number, tol: number, what = ""): void =>
  assert.ok(typeof a === "number" && Math.abs(a - b) <= tol, `${what} got ${String(a)}, expected ${b} ± ${tol}`);

void test("calc sskp --json: [brown-1976] [D] W87 at 120 m vs 2,000 psi (LR 247 m, SSKP 0.947, TKP 0.758)", async () => {
  const r = await json(sskp("300", "120", "2000", "--reliability", "0.8"));
  close(r.lethalRadiusM, 247, 1);
  close(r.sskp, 0.947, 0.001);
  close(r.tkp, 0.758, 0.001);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.model, "brown-1976");
});

void test("calc sskp: models, reliability default 1, warnings for soft targets", async () => {
  const cube = await json(sskp("300", "120", "5000", "--model", "cube-root-2.62"));
  close(cube.sskp, 0.824, 0.001);
  assert.equal(cube.tkp, cube.sskp);
  const soft = await json(sskp("1000", "1852", "5"));
  assert.equal((soft.warnings as string[]).length, 1);
  assert.match((soft.warnings as string[])[0]!, /poor below 100 psi/);
  const op = await json(sskp("1000", "1852", "5", "--model", "overpressure"));
  close(op.lethalRadiusM, 4537, 5);
  assert.deepEqual(op.warnings, []);
});

void test("calc sskp: readable text without --json", async () => {
  const r = await run(sskp("455", "90", "2000"));
  assert.equal(r.code, 0);
  assert.match(r.stdout, /lethal radius\s+284\.2 m \(brown-1976/);
  assert.match(r.stdout, /SSKP\s+0\.9990/);
  assert.match(r.stdout, /TKP\s+0\.9990/);
});

void test("calc defense --json: layer products, shots, and finite inventories", async () => {
  const one = await json(["calc", "defense", "--tkp", "0.8", "--layer", "pk=0.8,tracking=0.9,shots=2"]);
  close(one.penetration, 0.136, 1e-12);
  close(one.pTargetSurvives, 1 - 0.8 * 0.136, 1e-12);
  const two = await json([
    "calc",
    "defense",
    "--tkp",
    "0.758",
    "--layer",
    "pk=0.8,tracking=0.9,shots=2",
    "--layer",
    "pk=0.5,tracking=1",
    "--warheads",
    "3",
  ]);
  close(two.penetration, 0.068, 1e-12);
  close(two.pTargetSurvives, (1 - 0.758 * 0.068) ** 3, 1e-12);
  // 10 interceptors, barrage 2, 10 warheads → half engaged.
  const inv = await json([
    "calc",
    "defense",
    "--tkp",
    "0.9",
    "--layer",
    "interceptors=10,pk=1,tracking=1,shots=2",
    "--warheads",
    "10",
  ]);
  close(inv.penetration, 0.5, 1e-12);
  close(inv.pTargetSurvives, 0.55 ** 10, 1e-12);
  const none = await json(["calc", "defense", "--tkp", "0.5", "--warheads", "2"]);
  assert.deepEqual(none, { ok: true, penetration: 1, pTargetSurvives: 0.25 });
});

void test("calc defense: readable text", async () => {
  const r = await run([
    "calc",
    "defense",
    "--tkp",
    "0.8",
    "--layer",
    "interceptors=10,pk=1,tracking=1,shots=2",
    "--warheads",
    "10",
  ]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /penetration\s+0\.5000/);
  assert.match(r.stdout, /P\(target survives\)\s+0\.0060 \(10 warheads/);
});

void test("calc parity --json: Richelson and Suh conventions (Suh's CEP in km)", async () => {
  const rich = await json(["calc", "parity", "--system", "count=10,yieldKt=40,cepM=457"]);
  assert.equal(rich.deliverableWarheads, 10);
  close(rich.emt, 1.1696, 0.0001); // [richelson-1980] Poseidon
  close(rich.cmp, (10 * 0.04 ** (2 / 3)) / (457 / 1852) ** 2, 1e-9);
  const suh = await json([
    "calc",
    "parity",
    "--system",
    "count=1,yieldKt=1000,cepM=1000",
    "--system",
    "count=1,yieldKt=25000,cepM=1000",
    "--system",
    "count=2,yieldKt=100,cepM=1000",
    "--cmp-convention",
    "suh",
  ]);
  assert.equal(suh.deliverableWarheads, 4);
  close(suh.emt, 1 + 5 + 2 * 0.1 ** (2 / 3), 1e-9);
  close(suh.cmp, 1 + 25 ** (2 / 3) + 2 * 0.1 ** 0.8, 1e-9);
  const r = await run(["calc", "parity", "--system", "count=1,yieldKt=1000,cepM=1852"]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /deliverable warheads\s+1\n/);
  assert.match(r.stdout, /CMP\s+1 \(richelson/);
});

void test("bad numbers and text exit 2 with a clear message and no stack trace", async () => {
  const cases: { args: string[]; message: RegExp }[] = [
    {
      args: sskp("-300", "120", "2000"),
      message: /--yield-kt must be a number > 0 \(got "-300"\)/,
    },
    {
      args: sskp("abc", "120", "2000"),
      message: /--yield-kt must be a number/,
    },
    {
      args: sskp("300", "NaN", "2000"),
      message: /--cep-m must be a number > 0/,
    },
    {
      args: sskp("300", "0", "2000"),
      message: /--cep-m must be a number > 0/,
    },
    {
      args: sskp("300", "120", "2000", "--reliability", "1.5"),
      message: /--reliability must be a number ≥ 0 and ≤ 1/,
    },
    {
      args: sskp("300", "120", "2000", "--model", "tsipis"),
      message: /unknown lethal-radius model "tsipis"/,
    },
    { args: ["calc", "defense", "--tkp", "1.2"], message: /--tkp must be a number ≥ 0 and ≤ 1/ },
    { args: ["calc", "defense", "--tkp", "0.5", "--layer", "pk=0.5,tracking"], message: /malformed entry "tracking"/ },
    { args: ["calc", "defense", "--tkp", "0.5", "--layer", "interceptors=10"], message: /missing pk/ },
    { args: ["calc", "defense", "--tkp", "0.5", "--layer", "pk=0.5,range=3"], message: /unknown key "range"/ },
    { args: ["calc", "defense", "--tkp", "0.5", "--layer", "pk=0.5,pk=0.6"], message: /key "pk" given twice/ },
    {
      args: ["calc", "defense", "--tkp", "0.5", "--layer", "pk=0.5,interceptors=-4"],
      message: /interceptors must be a whole number ≥ 0/,
    },
    {
      args: ["calc", "defense", "--tkp", "0.5", "--layer", "pk=0.5,shots=0"],
      message: /shots must be a whole number ≥ 1 and ≤ 10/,
    },
    { args: ["calc", "defense", "--tkp", "0.5", "--warheads", "2.5"], message: /--warheads must be a whole number/ },
    { args: ["calc", "parity", "--system", "count=1,yieldKt=100"], message: /missing cepM/ },
    { args: ["calc", "parity", "--system", "count=1,yieldKt=100,cepM=-5"], message: /cepM must be a number > 0/ },
    {
      args: ["calc", "parity", "--system", "count=1,yieldKt=100,cepM=5", "--cmp-convention", "collins"],
      message: /unknown CMP convention "collins"/,
    },
    { args: ["calc", "parity"], message: /at least one --system/ },
  ];
  for (const c of cases) {
    const r = await run(c.args);
    assert.equal(r.code, 2, `${c.args.join(" ")} → ${r.code}\n${r.stderr}`);
    assert.match(r.stderr, c.message, c.args.join(" "));
    assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
    assert.doesNotMatch(r.stderr, /internal error/);
  }
});

void test("with --json a user error still prints one JSON document with the issues", async () => {
  const r = await run(["calc", "defense", "--tkp", "0.5", "--layer", "pk=2", "--json"]);
  assert.equal(r.code, 2);
  const doc = JSON.parse(r.stdout) as { ok: boolean; issues: { path: unknown[]; message: string }[] };
  assert.equal(doc.ok, false);
  assert.deepEqual(doc.issues[0]!.path, ["--layer", 0, "pk"]);
  assert.match(doc.issues[0]!.message, /--layer 1 pk must be a number ≥ 0 and ≤ 1 \(got "2"\)/);
});

void test("missing required options are usage errors (exit 2)", async () => {
  const r = await run(["calc", "sskp", "--yield-kt", "300"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /required option '--cep-m <m>' not specified/);
});
