import { test } from "node:test";
import assert from "node:assert/strict";
import { humanPathLabel, nameIds } from "./path-names.js";

const doc = {
  parties: [
    {
      id: "us",
      name: "United States",
      forces: [{ id: "mm3-w87", name: "Minuteman III, Mk21 / W87", launchers: { deployed: 200 } }],
      defenses: [{ id: "gmd", name: "Ground-based Midcourse Defense", interceptors: 44 }],
    },
  ],
  assumptions: { costWeight: 0.3 },
};

test("paths read as names and labelled fields with units, not ids", () => {
  assert.equal(
    humanPathLabel(["parties", 0, "forces", 0, "launchers", "deployed"], doc),
    "United States · Minuteman III, Mk21 / W87 · Deployed launchers",
  );
  assert.equal(humanPathLabel(["parties", 0, "posture"], doc), "United States · Alert posture");
  assert.equal(
    humanPathLabel(["parties", 0, "defenses", 0, "interceptors"], doc),
    "United States · Ground-based Midcourse Defense · Interceptors",
  );
  assert.equal(humanPathLabel(["assumptions", "costWeight"], doc), "Cost weight (adversary's undestroyed value)");
  assert.equal(
    humanPathLabel(["parties", 0, "forces", 0, "yieldKt"], doc),
    "United States · Minuteman III, Mk21 / W87 · Yield (kt)",
  );
  // Unknown fields fall back to their words; an element that is gone keeps its id.
  assert.equal(humanPathLabel(["parties", 0, "someNewField"], doc), "United States · some new field");
  assert.equal(humanPathLabel(["parties", 0, "forces", 3], doc), "United States · #4");
  assert.equal(humanPathLabel(["parties", 0, "forces"], doc), "United States · forces");
});

test("ids in engine text are replaced by names, whole tokens only", () => {
  const names = { us: "United States", "mm3-w87": "Minuteman III (W87)", mm3: "MM3" };
  assert.equal(
    nameIds("us gives 545 warheads: mm3-w87: 200 → 0; mm3: 1; mm3-w87-b stays; bus", names),
    "United States gives 545 warheads: Minuteman III (W87): 200 → 0; MM3: 1; mm3-w87-b stays; bus",
  );
});
