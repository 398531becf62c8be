import { test } from "node:test";
import assert from "node:assert/strict";
import type { Site } from "../geo/types.js";
import { aimPointSites, layoutCount, layoutSite, MAX_LAYOUT_POINTS } from "./aim-points.js";
import { greatCircleKm } from "./great-circle.js";
import { validateScenario } from "../schema/validate-scenario.js";

const source = { source: "test", asOf: "2026-01-01", confidence: "notional" as const };
const point: Site = { name: "base", latDeg: 55, lonDeg: 40, share: 0.4, source };
const field: Site = { name: "field", latDeg: 51, lonDeg: 45, share: 0.6, aimPoints: 60, radiusKm: 40, source };

test("a site without an extent stays one point, and a list without extents is returned as its canonical list", () => {
  assert.equal(layoutCount(point), 1);
  assert.equal(layoutCount({ ...point, aimPoints: 10 }), 1, "no radius: one point");
  assert.equal(layoutCount({ ...point, radiusKm: 30 }), 1, "one aim point: one point");
  const own = { ...point, latDeg: 55.123 };
  const list = [own];
  assert.equal(aimPointSites(list), list, "the first list of its geometry is the canonical one");
  // A list of the same geometry (a document parsed anew; names and citations may differ) gets that same list.
  assert.equal(aimPointSites([{ ...own, name: "other", source: { ...source, source: "other" } }]), list);
  assert.notEqual(aimPointSites([{ ...own, share: 0.5 }]), list, "another share is another geometry");
});

test("a field is laid out on min(aimPoints, MAX_LAYOUT_POINTS) points inside its radius, shares summing to the site's", () => {
  const pts = layoutSite(field);
  assert.equal(pts.length, Math.min(60, MAX_LAYOUT_POINTS));
  assert.equal(layoutSite({ ...field, aimPoints: 3 }).length, 3);
  const total = pts.reduce((t, p) => t + p.share, 0);
  assert.ok(Math.abs(total - field.share) < 1e-12, `${total}`);
  let far = 0;
  let near = Infinity;
  for (const p of pts) {
    const d = greatCircleKm(field.latDeg, field.lonDeg, p.latDeg, p.lonDeg);
    far = Math.max(far, d);
    near = Math.min(near, d);
  }
  assert.ok(far <= 40 * 1.01 && far > 30, `farthest ${far.toFixed(1)} km`);
  assert.ok(near < 15, `nearest ${near.toFixed(1)} km`);
  // Points are distinct and spread: the smallest spacing is a sizeable part of R·√(π/m).
  let minGap = Infinity;
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++)
      minGap = Math.min(minGap, greatCircleKm(pts[i]!.latDeg, pts[i]!.lonDeg, pts[j]!.latDeg, pts[j]!.lonDeg));
  assert.ok(minGap > 0.3 * 40 * Math.sqrt(Math.PI / pts.length), `closest pair ${minGap.toFixed(1)} km`);
});

test("the layout is deterministic and the same list object always gives the same result object", () => {
  const list = [point, field];
  const a = aimPointSites(list);
  assert.equal(aimPointSites(list), a);
  assert.equal(a.length, 1 + MAX_LAYOUT_POINTS);
  assert.equal(a[0], point);
  assert.deepEqual(aimPointSites([point, { ...field }]), a);
  assert.equal(aimPointSites([{ ...point }, { ...field }]), a, "lists of the same geometry share the result object");
});

test("a field near the antimeridian wraps its longitudes into [−180, 180]", () => {
  for (const p of layoutSite({ ...field, lonDeg: 179.9 })) assert.ok(p.lonDeg >= -180 && p.lonDeg <= 180);
});

test("a site's extent is checked by the scenario schema, with errors located at the field", () => {
  const siteWith = (extent: Record<string, unknown>) => ({ ...point, ...extent });
  const doc = (extent: Record<string, unknown>) => {
    const r = validateScenario({
      schemaVersion: 1,
      parties: [{ id: "p", forces: [{ id: "f", basing: { sites: [siteWith(extent)] } }] }],
    });
    return r.issues.filter((i) => i.path.includes("aimPoints") || i.path.includes("radiusKm"));
  };
  assert.deepEqual(doc({ aimPoints: 20, radiusKm: 30 }), []);
  for (const [bad, field] of [
    [{ aimPoints: 0 }, "aimPoints"],
    [{ aimPoints: 2.5 }, "aimPoints"],
    [{ aimPoints: 5000 }, "aimPoints"],
    [{ radiusKm: -1 }, "radiusKm"],
    [{ radiusKm: 500 }, "radiusKm"],
  ] as const) {
    const issues = doc(bad);
    assert.equal(issues.length, 1, JSON.stringify(bad));
    assert.equal(issues[0]!.path.join("."), `parties.0.forces.0.basing.sites.0.${field}`);
  }
});
