import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCompliance, getRulePack, parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { complianceVm } from "./compliance-vm.js";

/** The fixture with the party ids New START binds. */
function usRu() {
  const input = fixtureScenarioInput();
  const ids: Record<string, string> = { blue: "us", red: "ru" };
  for (const p of input.parties) {
    p.id = ids[p.id]!;
    for (const f of p.forces) f.id = f.id.replace(/^blue/, "us").replace(/^red/, "ru");
  }
  for (const p of input.parties) for (const d of p.defenses ?? []) d.id = d.id.replace(/^red/, "ru");
  return parseScenario(input);
}

test("compliance rows mirror the check: counted, limit, headroom and status per party and limit", () => {
  const s = usRu();
  const r = checkCompliance(s, getRulePack("new-start")!, { date: "2018-02-05" });
  const vm = complianceVm(r, { us: "United States", ru: "Russia" });
  assert.equal(vm.rows.length, r.checks.length);
  assert.ok(vm.rows.length >= 6, "three central limits for two parties");
  r.checks.forEach((c, i) => {
    assert.equal(vm.raw[i]![2], c.counted);
    assert.equal(vm.raw[i]![3], c.limit);
    assert.equal(vm.statuses[i], c.status);
    assert.match(vm.titles[i]!, new RegExp(c.rule));
  });
  assert.equal(vm.title, `${r.framework.name} on 2018-02-05`);
  assert.equal(vm.statuses.filter((x) => x === "violation").length, r.violations);
  // Fixture: Blue (us) deploys 700 launchers and 1,660 warheads; New START caps deployed launchers at 700.
  const launchers = r.checks.find((c) => c.party === "us" && c.limit === 700);
  assert.ok(launchers);
  assert.equal(launchers.counted, 700);
  assert.equal(
    vm.summary,
    r.violations === 0
      ? `All ${r.checks.length} limits met on 2018-02-05.`
      : `${r.violations} of ${r.checks.length} limits exceeded on 2018-02-05.`,
  );
});

test("an expired framework is shown for reference unless limits are assumed binding", () => {
  const s = usRu();
  const expired = complianceVm(checkCompliance(s, getRulePack("new-start")!, { date: "2026-03-01" }), {});
  assert.match(expired.summary, /is expired at this date \(2026-03-01\): limits shown for reference/);
  assert.ok(expired.statuses.every((x) => x === "not-in-force"));
  const binding = complianceVm(
    checkCompliance(s, getRulePack("new-start")!, { date: "2026-03-01", assumeBinding: true }),
    {},
  );
  assert.ok(binding.statuses.every((x) => x !== "not-in-force"));
});
