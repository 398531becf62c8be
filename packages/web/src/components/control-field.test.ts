import { test } from "node:test";
import assert from "node:assert/strict";
import { sameControlProps, type ControlActions } from "./control-field.js";
import type { NumberControl } from "../model/controls.js";

const actions: ControlActions = { edit: () => undefined, reset: () => undefined };
const control = (value: number): NumberControl => ({
  kind: "number",
  key: "parties-1-posture",
  path: ["parties", 1, "posture"],
  label: "Deployed launchers",
  title: "Source: …",
  changed: false,
  value,
  min: 0,
  max: 400,
  limit: 1000,
  step: 1,
});

test("a rebuilt control equal in value skips its render; a changed value, path or action set does not", () => {
  assert.equal(sameControlProps({ c: control(200), actions }, { c: control(200), actions }), true);
  assert.equal(sameControlProps({ c: control(200), actions }, { c: control(199), actions }), false);
  assert.equal(
    sameControlProps(
      { c: control(200), actions },
      { c: { ...control(200), path: ["parties", 0, "posture"] }, actions },
    ),
    false,
  );
  assert.equal(sameControlProps({ c: control(200), actions }, { c: control(200), actions: { ...actions } }), false);
});
