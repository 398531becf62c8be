import { test } from "node:test";
import assert from "node:assert/strict";
import { getPreset, getPresetInput } from "./index.js";
import { loadPreset, loadPresetInput } from "./load-preset.js";
import { PRESET_LIST } from "./preset-list.js";

void test("every preset loads on demand exactly as the synchronous registry gives it", async () => {
  for (const { id } of PRESET_LIST) {
    assert.deepEqual(await loadPresetInput(id), getPresetInput(id), id);
    assert.deepEqual(await loadPreset(id), getPreset(id), id);
  }
});

void test("loadPresetInput returns independent copies; unknown ids are undefined or rejected", async () => {
  const a = await loadPresetInput("new-start-2020-09");
  const b = await loadPresetInput("new-start-2020-09");
  assert.ok(a && b);
  a.parties[0]!.forces[0]!.launchers.deployed = 0;
  assert.notEqual(b.parties[0]!.forces[0]!.launchers.deployed, 0);
  assert.equal(await loadPresetInput("no-such-preset"), undefined);
  assert.equal(await loadPresetInput("toString"), undefined);
  await assert.rejects(loadPreset("no-such-preset"), /unknown preset "no-such-preset"/);
});
