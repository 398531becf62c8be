import { test } from "node:test";
import assert from "node:assert/strict";
import { deepEqual, diffDocuments, formatDiffValue, getAt, pathLabel, setAt } from "./scenario-path.js";

const doc = {
  id: "x",
  parties: [
    {
      id: "us",
      forces: [
        { id: "mm3", launchers: { deployed: 400 } },
        { id: "d5", launchers: { deployed: 240 } },
      ],
    },
    { id: "ru", forces: [{ id: "ss18", launchers: { deployed: 46 } }] },
  ],
};

test("getAt reads nested values and returns undefined for missing steps", () => {
  assert.equal(getAt(doc, ["parties", 0, "forces", 1, "launchers", "deployed"]), 240);
  assert.equal(getAt(doc, ["parties", 5, "forces"]), undefined);
  assert.equal(getAt(doc, ["id", "deeper"]), undefined);
  assert.equal(getAt(doc, []), doc);
});

test("setAt copies only the objects along the path (structural sharing)", () => {
  const next = setAt(doc, ["parties", 0, "forces", 0, "launchers", "deployed"], 350);
  assert.equal(getAt(next, ["parties", 0, "forces", 0, "launchers", "deployed"]), 350);
  assert.equal(doc.parties[0]!.forces[0]!.launchers.deployed, 400, "the original is untouched");
  assert.notEqual(next.parties[0], doc.parties[0]);
  assert.equal(next.parties[1], doc.parties[1], "the other party is shared");
  assert.equal(next.parties[0]!.forces[1], doc.parties[0]!.forces[1], "the other element is shared");
});

test("setAt creates missing objects and deletes keys set to undefined", () => {
  const a = setAt({ parties: [{ id: "us" }] }, ["parties", 0, "options", "launchUnderAttack"], true);
  assert.deepEqual(a, { parties: [{ id: "us", options: { launchUnderAttack: true } }] });
  const b = setAt(a, ["parties", 0, "options", "launchUnderAttack"], undefined);
  assert.deepEqual(b, { parties: [{ id: "us", options: {} }] });
});

test("diffDocuments lists every changed leaf, matching array items by id", () => {
  const changed = setAt(setAt(doc, ["parties", 1, "forces", 0, "launchers", "deployed"], 40), ["id"], "y");
  const reordered = { ...changed, parties: [changed.parties[1]!, changed.parties[0]!] };
  const d = diffDocuments(doc, reordered);
  assert.deepEqual(
    d.map((e) => [e.label, e.before, e.after]),
    [
      ["id", "x", "y"],
      ["parties[ru].forces[ss18].launchers.deployed", 46, 40],
    ],
  );
  assert.deepEqual(
    d[1]!.path,
    ["parties", 0, "forces", 0, "launchers", "deployed"],
    "path points into the second document",
  );
});

test("diffDocuments reports added and removed elements and scalar arrays as one setting", () => {
  const withNew = setAt(doc, ["parties", 1, "forces", 1], { id: "yars", launchers: { deployed: 10 } });
  const removed = { ...doc, parties: [doc.parties[0]!] };
  assert.deepEqual(
    diffDocuments(doc, withNew).map((e) => [e.label, e.before, e.after]),
    [["parties[ru].forces[yars]", undefined, { id: "yars", launchers: { deployed: 10 } }]],
  );
  assert.deepEqual(
    diffDocuments(doc, removed).map((e) => [e.label, e.after]),
    [["parties[ru]", undefined]],
  );
  assert.deepEqual(
    diffDocuments({ engages: ["ballistic"] }, { engages: ["ballistic", "cruise"] }).map((e) => e.label),
    ["engages"],
  );
  assert.deepEqual(diffDocuments(doc, structuredClone(doc)), []);
});

test("deepEqual ignores keys whose value is undefined", () => {
  assert.ok(deepEqual({ a: 1, b: undefined }, { a: 1 }));
  assert.ok(!deepEqual({ a: 1 }, { a: 2 }));
  assert.ok(!deepEqual([1, 2], [1, 2, 3]));
});

test("pathLabel names array items by id and formatDiffValue shortens objects", () => {
  assert.equal(pathLabel(["parties", 1, "forces", 0, "cepM"], doc), "parties[ru].forces[ss18].cepM");
  assert.equal(pathLabel(["parties", 9], doc), "parties[9]");
  assert.equal(pathLabel([]), "(root)");
  assert.equal(formatDiffValue(undefined), "—");
  assert.equal(formatDiffValue(0.25), "0.25");
  const long = formatDiffValue({ a: "x".repeat(100) });
  assert.ok(long.length <= 60 && long.endsWith("…"), long);
});
