// `seceq evaluate --samples` on a scenario whose Monte Carlo draws would overflow: exit 2 with the distribution
// located at file:line:col (it was "internal error (a bug)" and then a hang), and --json carries the issue.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./test-utils/run-cli.js";

void test("an overflowing lognormal is exit 2 at file:line:col, in text and in --json", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-nonfinite-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "mc.yaml");
  writeFileSync(
    file,
    readFileSync(new URL("../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8").replace(
      "distancesKm:",
      "uncertainty:\n  - { parameter: yieldKt, distribution: { type: lognormal, mu: 710, sigma: 1 } }\ndistancesKm:",
    ),
  );
  const text = await runCli(["evaluate", file, "--samples", "20"]);
  assert.equal(text.code, 2);
  assert.match(
    text.stderr,
    new RegExp(`${file}:67:\\d+: error \\[non_finite_draw\\] uncertainty\\[0\\]\\.distribution`),
  );
  assert.doesNotMatch(text.stderr, /internal error/);
  const json = await runCli(["evaluate", file, "--samples", "20", "--json"]);
  assert.equal(json.code, 2);
  const body = JSON.parse(json.stdout) as { ok: boolean; issues: { code: string; line: number }[] };
  assert.deepEqual(
    body.issues.map((i) => [i.code, i.line]),
    [["non_finite_draw", 67]],
  );
});
