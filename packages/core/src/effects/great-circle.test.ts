import { test } from "node:test";
import assert from "node:assert/strict";
import { EARTH_RADIUS_KM, greatCircleKm } from "./great-circle.js";

test("Washington–Moscow is within 0.5 % of the 7,826 km Suh's data note uses", () => {
  const d = greatCircleKm(38.9072, -77.0369, 55.7558, 37.6173);
  assert.ok(Math.abs(d - 7826) / 7826 < 0.005, `${d.toFixed(0)} km`);
});

test("a quarter meridian is πR/2; antipodes half the circumference (to 1 m); same point 0; NaN propagates", () => {
  assert.ok(Math.abs(greatCircleKm(0, 0, 90, 0) - (Math.PI * EARTH_RADIUS_KM) / 2) < 1e-6);
  // The haversine loses digits near antipodes (asin near 1): about 0.2 m here.
  assert.ok(Math.abs(greatCircleKm(10, 20, -10, -160) - Math.PI * EARTH_RADIUS_KM) < 1e-3);
  assert.equal(greatCircleKm(12, 34, 12, 34), 0);
  assert.ok(Number.isNaN(greatCircleKm(Number.NaN, 0, 0, 0)));
});
