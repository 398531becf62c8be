// Every command that takes a preset, framework, party or space id refuses prototype names cleanly (exit 2, no stack
// trace) and evaluates a scenario whose ids are prototype names like any other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./test-utils/run-cli.js";

const KEYS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

void test("preset, framework, party and space ids that name prototype members are refused with exit 2", async () => {
  const cases: [string[], RegExp][] = [];
  for (const k of KEYS)
    cases.push(
      [["evaluate", k], /unknown preset/],
      [["data", "show", k], /unknown preset/],
      [["crisis", k], /unknown preset/],
      [["treaty", "check", k], /unknown preset/],
      [["treaty", "show", k], /unknown framework/],
      [["treaty", "check", "us-russia-2026", "--framework", k], /unknown framework/],
      [["treaty", "comply", "us-russia-2026", "--framework", "new-start", "--party", k], /unknown party/],
      [["negotiate", k], /no built-in negotiation space/],
    );
  for (const [args, message] of cases) {
    const r = await runCli(args);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(" "));
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, args.join(" "));
  }
});

void test("seceq evaluate: minimal.yaml with red renamed to constructor prints the original numbers", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-proto-"));
  try {
    const original = readFileSync(new URL("../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8");
    const file = join(dir, "constructor.yaml");
    writeFileSync(file, original.replace(/\bred\b/g, "constructor"));
    const a = await runCli(["evaluate", "examples/scenarios/minimal.yaml", "--json"]);
    const b = await runCli(["evaluate", file, "--json"]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const ra = JSON.parse(a.stdout) as { stability: { minCombined: number; pairs: { reading: string }[] } };
    const rb = JSON.parse(b.stdout) as typeof ra;
    assert.equal(rb.stability.minCombined, ra.stability.minCombined);
    assert.equal(rb.stability.pairs[0]!.reading, "fragile");
    assert.equal(b.stdout.replace(/constructor/g, "red"), a.stdout, "every number and name alike");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
