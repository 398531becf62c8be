import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { builtinNegotiationSpace, type NegotiationResult } from "@seceq/core";
import { runCli } from "../test-utils/run-cli.js";
import { pickRows } from "./negotiate.js";

describe("seceq negotiate", () => {
  let dir: string;
  let small: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "seceq-negotiate-"));
    // The built-in us-russia-2026 space with a smaller search, so the test stays fast.
    small = join(dir, "small.yaml");
    writeFileSync(
      small,
      stringify({ ...builtinNegotiationSpace("us-russia-2026"), samples: 6, refine: { starts: 1, iterations: 8 } }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("searches the built-in us-russia-2026 space: a non-empty frontier listing the status quo, with who gives what", async () => {
    const r = await runCli(["negotiate", small, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout) as NegotiationResult;
    assert.equal(res.spec.preset, "us-russia-2026");
    assert.deepEqual(res.spec.parties, ["us", "ru"]);
    assert.ok(res.frontier.length >= 2, `frontier ${res.frontier.length}`);
    const sq = res.points[0]!;
    assert.equal(sq.origin, "status-quo");
    assert.ok(res.frontier.includes(0));
    // Status quo figures of the default scenario: both sides' stability in (0, 1], retaliation > 0, near parity.
    for (const s of sq.score.sides) {
      assert.ok(s.fss > 0.5 && s.fss <= 1, `${s.party} fss ${s.fss}`);
      assert.ok(s.retaliation > 100, `${s.party} retaliation ${s.retaliation}`);
    }
    assert.ok(sq.score.parityGap < 0.1, `gap ${sq.score.parityGap}`);
    // Every scored framework restructured both sides within the ceilings: never more warheads than before.
    for (const p of res.points.slice(1)) {
      assert.equal(p.score.feasible, true, p.score.message);
      for (const s of p.score.sides)
        assert.ok(s.warheadsRemoved >= -1e-6, `${p.label}: ${s.party} ${s.warheadsRemoved}`);
    }
    // Frameworks that cut: who gives what names elements.
    const cut = res.frontier.map((i) => res.points[i]!).find((p) => p.score.totalWarheadsRemoved > 0)!;
    assert.ok(cut, "a frontier point with reductions");
    assert.match(cut.score.sides.map((s) => s.gives).join("\n"), /^(us|ru) gives \d[\d,.]* warheads.*: [a-z0-9-]+: /m);
    assert.equal(res.zopa.length, res.points.filter((p) => p.index > 0 && p.zopa.inZopa).length);
    assert.match(r.stderr, /frameworks scored in \d+\.\d s/);
  });

  it("prints a readable frontier table with the status quo marked, and who gives what", async () => {
    const r = await runCli(["negotiate", small, "--seed", "3"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^NEGOTIATION SEARCH — US–Russia central limits after New START on /);
    assert.match(r.stdout, /seed 3\)/);
    assert.match(r.stdout, /ZONE OF POSSIBLE AGREEMENT: \d+ of \d+ frameworks/);
    assert.match(r.stdout, /PARETO FRONTIER \(combined stability ↑, warheads removed ↑, parity gap ↓\): \d+ points/);
    assert.match(r.stdout, /#0 +status quo .*◀ status quo/);
    assert.match(r.stdout, /WHO GIVES WHAT/);
    assert.match(r.stdout, /^ {3}(us|ru) gives /m);
  });

  it("prints the built-in spec as YAML", async () => {
    const r = await runCli(["negotiate", "--print-spec"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^id: us-russia-2026-ceilings$/m);
    assert.match(r.stdout, /preset: us-russia-2026/);
  });

  it("refuses --print-spec with --json (the spec is YAML): exit 2, one JSON document on stdout", async () => {
    const r = await runCli(["negotiate", "--print-spec", "--json"]);
    assert.equal(r.code, 2);
    const doc = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; message: string }[] };
    assert.equal(doc.ok, false);
    assert.equal(doc.issues[0]!.code, "usage");
    assert.match(doc.issues[0]!.message, /--print-spec prints the spec as YAML; it cannot be combined with --json/);
  });

  it("refuses a bad spec with exit 2 and every problem at file:line:col", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      [
        "base:",
        "  preset: us-rusia-2026",
        "dimensions:",
        "  - id: warheads",
        "    limit: { quantity: warheads }",
        "    range: [1550, 800]",
        "samples: -1",
        "",
      ].join("\n"),
    );
    const r = await runCli(["negotiate", bad]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /bad\.yaml:6:12: error \[custom\] dimensions\[0\]\.range: min 1550 is above max 800/);
    assert.match(r.stderr, /bad\.yaml:7:10: error \[[a-z_]+\] samples: /);
    assert.match(r.stderr, /problems found; nothing was written/);

    // After the schema passes, references are checked, still located.
    writeFileSync(
      bad,
      [
        "base:",
        "  preset: us-rusia-2026",
        "dimensions:",
        "  - id: warheads",
        "    limit: { quantity: warheads }",
        "    range: [800, 1550]",
        "",
      ].join("\n"),
    );
    const ref = await runCli(["negotiate", bad, "--json"]);
    assert.equal(ref.code, 2);
    assert.match(
      ref.stderr,
      /bad\.yaml:2:11: error \[unknown_reference\] base\.preset: unknown preset "us-rusia-2026".*\(did you mean "us-russia-2026"\?\)/,
    );
    assert.equal((JSON.parse(ref.stdout) as { ok: boolean }).ok, false);
  });

  it("refuses a preset without a built-in space and a bad seed", async () => {
    const r = await runCli(["negotiate", "start1-1990"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no built-in negotiation space for "start1-1990"/);
    const s = await runCli(["negotiate", small, "--seed", "x"]);
    assert.equal(s.code, 2);
    assert.match(s.stderr, /--seed must be a whole number/);
  });
});

describe("pickRows", () => {
  it("keeps short lists, and spreads long ones keeping both ends and the status quo", () => {
    assert.deepEqual(pickRows([3, 0, 5], 20), [3, 0, 5]);
    const long = Array.from({ length: 50 }, (_, i) => (i === 37 ? 0 : i + 100));
    const rows = pickRows(long, 10);
    assert.ok(rows.length <= 10);
    assert.equal(rows[0], long[0]);
    assert.equal(rows.at(-1), long.at(-1));
    assert.ok(rows.includes(0));
  });
});
