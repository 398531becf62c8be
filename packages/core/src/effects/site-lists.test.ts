import { test } from "node:test";
import assert from "node:assert/strict";
import type { Site } from "../geo/types.js";
import { internSites } from "./site-lists.js";

const source = { source: "test", asOf: "2026-01-01", confidence: "notional" as const };
const a: Site = { name: "a", latDeg: 61.25, lonDeg: 73.5, share: 0.25, source };
const b: Site = { name: "b", latDeg: 62, lonDeg: 74, share: 0.75, aimPoints: 20, radiusKm: 30, source };

test("site lists equal in geometry share one canonical list; any difference in geometry or order keeps them apart", () => {
  const first = [a, b];
  assert.equal(internSites(first), first);
  assert.equal(internSites(first), first, "the same object again");
  // Parsed anew: new objects, the same geometry; names and citations are not geometry.
  assert.equal(internSites([{ ...a }, { ...b }]), first);
  assert.equal(internSites([{ ...a, name: "x", source: { ...source, note: "n" } }, b]), first);
  for (const other of [
    [b, a],
    [{ ...a, latDeg: 61.2500001 }, b],
    [a, { ...b, aimPoints: 21 }],
    [a, { ...b, radiusKm: undefined }],
    [a],
  ])
    assert.notEqual(internSites(other), first, JSON.stringify(other.map((s) => [s.latDeg, s.aimPoints, s.radiusKm])));
});
