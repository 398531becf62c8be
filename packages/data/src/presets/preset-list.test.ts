import { test } from "node:test";
import assert from "node:assert/strict";
import { getPresetInput } from "./index.js";
import { DEFAULT_PRESET_ID, isPresetId, listPresets, PRESET_LIST } from "./preset-list.js";

void test("the preset list matches the presets it names (id, name, description, date, parties)", () => {
  for (const info of PRESET_LIST) {
    const p = getPresetInput(info.id);
    assert.ok(p, info.id);
    assert.deepEqual(
      {
        id: p.id,
        name: p.name,
        description: p.description ?? "",
        asOf: p.asOf,
        parties: p.parties.map((x) => x.id),
      },
      info,
    );
  }
});

void test("the default preset is listed first; unknown ids are not presets", () => {
  assert.equal(PRESET_LIST[0]!.id, DEFAULT_PRESET_ID);
  assert.ok(isPresetId("start1-1990"));
  assert.ok(!isPresetId("no-such-preset"));
  assert.ok(!isPresetId("constructor"));
});

void test("listPresets returns copies", () => {
  const a = listPresets();
  a[0]!.parties.push("xx");
  assert.deepEqual(listPresets()[0]!.parties, ["us", "ru"]);
});
