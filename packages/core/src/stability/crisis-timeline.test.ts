import { test } from "node:test";
import assert from "node:assert/strict";
import { crisisTimeline } from "./crisis-timeline.js";
import { generationAt } from "../exchange/force-state.js";
import { toyScenario } from "../test-utils/toy-scenario.js";

test("generation schedules interpolate linearly and hold at the ends", () => {
  const sched = [
    { day: 1, generated: 0 },
    { day: 3, generated: 0.5 },
    { day: 5, generated: 1 },
  ];
  assert.equal(generationAt(sched, 0), 0);
  assert.equal(generationAt(sched, 2), 0.25);
  assert.equal(generationAt(sched, 4), 0.75);
  assert.equal(generationAt(sched, 9), 1);
});

test("an asymmetric generation schedule opens a window of danger", () => {
  const s = toyScenario({ seaShare: [0.3, 0.9], mirv: 3 });
  // a generates fast, b slowly: stability is lowest early, before b's submarines have sailed.
  s.parties[0]!.generation = [
    { day: 0, generated: 0 },
    { day: 2, generated: 1 },
  ];
  s.parties[1]!.generation = [
    { day: 0, generated: 0 },
    { day: 10, generated: 1 },
  ];
  const t = crisisTimeline(s, 12);
  assert.equal(t.days.length, 13);
  assert.equal(t.days[5]!.generated["b"], 0.5);
  const last = t.days[12]!.minCombined;
  assert.ok(t.worstCombined < last, "the worst day is worse than the fully generated end");
  assert.ok(t.worstDay < 10);
});

test("a crisis in which one side uploads: its warheads grow day by day and the index moves with them", () => {
  const s = toyScenario({ seaShare: [0.3, 0.9], mirv: 1 });
  const a = s.parties[0]!;
  a.forces[0]!.maxWarheadsPerLauncher = 3;
  a.forces[0]!.treaty = { storedWarheads: 200 };
  s.assumptions.upload.days["icbm-silo"] = 10;
  const flat = crisisTimeline(s, 12);
  const up = crisisTimeline(s, 12, [{ party: "a", startDay: 2 }]);
  // Before the upload starts nothing changes; after it completes a has 200 more silo warheads.
  assert.equal(up.days[2]!.minCombined, flat.days[2]!.minCombined);
  assert.notEqual(up.days[12]!.minCombined, flat.days[12]!.minCombined);
  const c1 = (d: (typeof up.days)[0]) => d.pairs[0]!.c1A;
  assert.ok(c1(up.days[12]!) !== c1(flat.days[12]!), "a's cost of striking first changes with its uploaded warheads");
});
