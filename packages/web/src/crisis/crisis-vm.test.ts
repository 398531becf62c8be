import { test } from "node:test";
import assert from "node:assert/strict";
import { crisisTimeline, parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { packCrisis, unpackCrisis } from "../engine/crisis-buffer.js";
import { crisisVm } from "./crisis-vm.js";

const names = { blue: "Blue", red: "Red" };

test("the crisis view model names the worst day and tabulates generation and stability per day", () => {
  const t = crisisTimeline(parseScenario(fixtureScenarioInput()), 10);
  const vm = crisisVm(unpackCrisis(packCrisis(t)), names);
  assert.equal(vm.lines.length, 1);
  assert.equal(vm.lines[0]!.label, "Blue–Red");
  assert.equal(vm.worstDay, t.worstDay);
  assert.equal(
    vm.caption,
    `Most dangerous day: ${t.worstDay} (combined stability ${t.worstCombined.toFixed(3)}); day 0: ${t.days[0]!.minCombined.toFixed(3)}, day 10: ${t.days[10]!.minCombined.toFixed(3)}.`,
  );
  assert.deepEqual(vm.columns, ["Day", "Blue generated", "Red generated", "Blue–Red combined"]);
  // Blue generates linearly over 7 days (fixture schedule): 3/7 on day 3.
  assert.equal(vm.raw[3]![1], 3 / 7);
  assert.deepEqual(vm.rows[7]!.slice(0, 2), ["7", "100 %"]);
  // One row per day (0–10), the combined index of each day in the last column at full precision.
  assert.equal(vm.rows.length, 11);
  assert.deepEqual(
    vm.raw.map((r) => r[3]),
    t.days.map((d) => d.pairs[0]!.combined),
  );
});

test("a crisis with no generation schedules reads as flat", () => {
  const input = fixtureScenarioInput();
  for (const p of input.parties) delete p.generation;
  const t = crisisTimeline(parseScenario(input), 5);
  const vm = crisisVm(unpackCrisis(packCrisis(t)), names);
  assert.match(vm.caption, /^Stability stays at \d\.\d{3} through day 5/);
});

test("line labels are short: names up to 8 characters, else upper-case ids", () => {
  const t = crisisTimeline(parseScenario(fixtureScenarioInput()), 2);
  const c = unpackCrisis(packCrisis(t));
  assert.equal(crisisVm(c, names).lines[0]!.short, "Blue–Red");
  assert.equal(crisisVm(c, { blue: "Blue Federation", red: "Red" }).lines[0]!.short, "BLUE–Red");
});
