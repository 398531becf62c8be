import { test } from "node:test";
import assert from "node:assert/strict";
import { crisisTimeline, parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { packCrisis, unpackCrisis } from "./crisis-buffer.js";

test("a crisis timeline survives packing into one Float64 buffer and back", () => {
  const t = crisisTimeline(parseScenario(fixtureScenarioInput()), 10);
  const packed = packCrisis(t);
  assert.equal(packed.rows, 11);
  assert.equal(packed.stride, 2 + 2 + 3);
  assert.equal(packed.buffer.byteLength, 11 * 7 * 8);
  assert.deepEqual(packed.parties, ["blue", "red"]);
  assert.deepEqual(packed.pairs, [["blue", "red"]]);
  const c = unpackCrisis(structuredClone(packed));
  assert.deepEqual(
    Array.from(c.day),
    t.days.map((d) => d.day),
  );
  assert.deepEqual(
    Array.from(c.generated.red!),
    t.days.map((d) => d.generated.red),
  );
  assert.deepEqual(
    Array.from(c.pairs[0]!.combined),
    t.days.map((d) => d.pairs[0]!.combined),
  );
  assert.deepEqual(
    Array.from(c.pairs[0]!.fssA),
    t.days.map((d) => d.pairs[0]!.fssA),
  );
  assert.deepEqual(
    Array.from(c.minCombined),
    t.days.map((d) => d.minCombined),
  );
  assert.equal(c.worstDay, t.worstDay);
  assert.equal(c.worstCombined, t.worstCombined);
});

test("an empty timeline packs to zero rows", () => {
  const p = packCrisis({ days: [], worstDay: 0, worstCombined: 1 });
  assert.equal(p.rows, 0);
  assert.equal(unpackCrisis(p).day.length, 0);
});
