import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { MINIMAL_SCENARIO_YAML } from "./minimal-scenario.js";
import { deepFlowYaml, manyUnknownForceKeysYaml, wideJson } from "./hostile-documents.js";

test("the embedded minimal scenario equals examples/scenarios/minimal.yaml", () => {
  assert.equal(MINIMAL_SCENARIO_YAML, readFileSync("examples/scenarios/minimal.yaml", "utf8"));
});

test("generated hostile documents have the sizes the issue measured", () => {
  const kb = (s: string) => Buffer.byteLength(s) / 1024;
  assert.ok(kb(manyUnknownForceKeysYaml()) > 250 && kb(manyUnknownForceKeysYaml()) < 400);
  assert.ok(kb(deepFlowYaml()) > 350 && kb(deepFlowYaml()) < 450);
  assert.ok(kb(wideJson()) > 750 && kb(wideJson()) < 950);
});
