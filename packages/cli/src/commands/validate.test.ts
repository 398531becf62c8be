import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../test-utils/run-cli.js";

const corpus = fileURLToPath(new URL("../../test-fixtures/bad-scenarios/", import.meta.url));
const files = readdirSync(corpus).sort();
const located = /^.+:\d+:\d+: error \[[a-z_]+\] /;

test("the bad-scenario corpus has at least 30 files", () => {
  assert.ok(files.length >= 30, `${files.length} files`);
});

for (const name of files) {
  test(`bad scenario ${name}: exit 2, every message located at file:line:col, no stack trace`, async () => {
    const r = await runCli(["validate", join(corpus, name)]);
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stderr.trim().split("\n");
    const issues = lines.slice(0, -1);
    assert.ok(issues.length >= 1, r.stderr);
    for (const l of issues) assert.match(l, located);
    assert.match(lines.at(-1)!, /problems? found: .+ is not a valid scenario\.$/);
    assert.doesNotMatch(r.stderr, /nothing was written/);
    assert.doesNotMatch(r.stderr, /\n\s+at .+\(.+:\d+:\d+\)/);
    assert.equal(r.stdout, "");
  });
}

test("specific refusals name the problem", async () => {
  const msg = async (f: string) => (await runCli(["validate", join(corpus, f)])).stderr;
  assert.match(await msg("fuzz-too-many-unknown-keys.yaml"), /and 100 more issues[^]*300 problems found/);
  assert.match(await msg("fuzz-deep-flow-nesting.yaml"), /:4:70: error \[too_deep\] .*nests deeper than 64 levels/);
  assert.match(await msg("fuzz-uncertainty-lognormal-overflow.yaml"), /:70:38: .*non_finite_draw.*can draw Infinity/);
  assert.match(await msg("unknown-field-typo.yaml"), /:20:9: .*reliabilty.*did you mean "reliability"/);
  assert.match(await msg("yield-zero.yaml"), /:18:18: .*yieldKt: must be > 0 kt/);
  assert.match(await msg("negative-count.yaml"), /launchers\.deployed: must not be negative/);
  assert.match(await msg("fractional-count.yaml"), /:16:32: .*launchers\.deployed: must be a whole number \(a count\)/);
  assert.match(await msg("probability-above-one.yaml"), /reliability: must be a probability in \[0, 1\]/);
  assert.match(await msg("nan-cep.yaml"), /cepM: expected number, got NaN/);
  assert.match(await msg("duplicate-party-id.yaml"), /duplicate party id "blue"/);
  assert.match(await msg("unknown-party-reference.yaml"), /unknown party "rde".*did you mean "red"/);
  assert.match(await msg("binary-garbage.yaml"), /binary/);
  assert.match(await msg("empty.yaml"), /file is empty/);
  assert.match(await msg("deep-nesting.yaml"), /nests deeper than 64/);
  assert.match(await msg("alias-bomb.yaml"), /alias/i);
  assert.match(
    await msg("unknown-damage-model.yaml"),
    /expected one of: exponential-w80, emt-area.*did you mean "exponential-w80"/,
  );
});

test("files over 5 MB and missing files are refused with exit 2", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-big-"));
  try {
    const big = join(dir, "big.yaml");
    writeFileSync(big, "notes: " + "x".repeat(5 * 1024 * 1024 + 10) + "\n");
    const r = await runCli(["validate", big]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /big\.yaml:1:1: .*the limit is 5 MB/);
    const m = await runCli(["validate", join(dir, "nope.yaml")]);
    assert.equal(m.code, 2);
    assert.match(m.stderr, /no such file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--json puts the issues in one JSON document on stdout", async () => {
  const r = await runCli(["validate", join(corpus, "yield-zero.yaml"), "--json"]);
  assert.equal(r.code, 2);
  const doc = JSON.parse(r.stdout) as { ok: boolean; issues: { path: unknown[]; line: number; col: number }[] };
  assert.equal(doc.ok, false);
  assert.deepEqual(doc.issues[0]!.path, ["parties", 0, "forces", 0, "yieldKt"]);
  assert.equal(doc.issues[0]!.line, 18);
});

test("the real binary exits 2 on a bad file without a stack trace, and 0 on a good one", () => {
  const bin = fileURLToPath(new URL("../../bin/seceq.mjs", import.meta.url));
  const bad = spawnSync(process.execPath, [bin, "validate", join(corpus, "wrong-type-count.yaml")], {
    encoding: "utf8",
  });
  assert.equal(bad.status, 2);
  assert.doesNotMatch(bad.stderr, /at .+\.ts:\d+/);
  const example = fileURLToPath(new URL("../../../../examples/scenarios/minimal.yaml", import.meta.url));
  const good = spawnSync(process.execPath, [bin, "validate", example], { encoding: "utf8" });
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /valid scenario "minimal"/);
});

test("a valid file with defence layers in reversed order passes with a located defense_order warning", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-order-"));
  try {
    const example = fileURLToPath(new URL("../../../../examples/scenarios/minimal.yaml", import.meta.url));
    const source = 'source: { source: "notional", asOf: 2026-01-01, confidence: notional }';
    const text = readFileSync(example, "utf8").replace(
      "    defenses: []\n",
      "    defenses:\n" +
        `      - { id: pac3, name: Patriot, interceptors: 60, pk: 0.7, doctrine: { type: barrage, shots: 2 }, ${source} }\n` +
        `      - { id: gmd, name: GMD, interceptors: 44, pk: 0.5, doctrine: { type: barrage, shots: 2 }, ${source} }\n`,
    );
    const file = join(dir, "order.yaml");
    writeFileSync(file, text);
    const r = await runCli(["validate", file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /valid scenario "minimal" \(blue, red\), 1 warning/);
    assert.match(
      r.stderr,
      /order\.yaml:\d+:\d+: warning \[defense_order\] parties\[0\]\.defenses\[0\]: layer "pac3" \(terminal\)/,
    );
    const j = await runCli(["validate", file, "--json"]);
    assert.equal(j.code, 0);
    const doc = JSON.parse(j.stdout) as { valid: boolean; issues: { code: string; severity: string }[] };
    assert.equal(doc.valid, true);
    assert.deepEqual(
      doc.issues.map((i) => [i.code, i.severity]),
      [["defense_order", "warning"]],
    );
    assert.equal(j.stderr, "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
