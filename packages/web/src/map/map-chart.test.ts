import { test } from "node:test";
import assert from "node:assert/strict";
import { domainOf, labelAnchors, labelPlaces, mixColor, wrapText, type MapFrame } from "./map-chart.js";
import type { Borders } from "./borders.js";
import { geoCentroid } from "d3-geo";
import type { MapModel, MapTarget } from "./map-vm.js";

test("text wraps at spaces to the given width; a long word stays whole", () => {
  assert.deepEqual(wrapText("Russia strikes the United States first", 16), [
    "Russia strikes",
    "the United",
    "States first",
  ]);
  assert.deepEqual(wrapText("short", 40), ["short"]);
  assert.deepEqual(wrapText("Supercalifragilistic x", 5), ["Supercalifragilistic", "x"]);
  assert.deepEqual(wrapText("  ", 10), []);
});

test("base fill mixes red to green by the share surviving, clamped", () => {
  assert.equal(mixColor("#000000", "#ffffff", 0.5), "#808080");
  assert.equal(mixColor("#b91c1c", "#15803d", 0), "#b91c1c");
  assert.equal(mixColor("#b91c1c", "#15803d", 1), "#15803d");
  assert.equal(mixColor("#b91c1c", "#15803d", 7), "#15803d");
  assert.equal(mixColor("#b91c1c", "#15803d", Number.NaN), "#b91c1c");
});

test("labels go to the most lethal places first, skipping near neighbours", () => {
  const t = (name: string, lat: number, lon: number, fatalities: number) =>
    ({ name, latDeg: lat, lonDeg: lon, fatalities }) as MapTarget;
  const places = [
    t("Moscow", 55.75, 37.62, 3e6),
    t("Khimki", 55.9, 37.43, 1e5),
    t("Saint Petersburg", 59.94, 30.31, 1e6),
    t("Novosibirsk", 55.03, 82.92, 5e5),
  ];
  assert.deepEqual(
    labelPlaces(places, 8, 1).map((p) => p.name),
    ["Moscow", "Saint Petersburg", "Novosibirsk"],
  );
  assert.deepEqual(
    labelPlaces(places, 2, 1).map((p) => p.name),
    ["Moscow", "Saint Petersburg"],
  );
  assert.deepEqual(
    labelPlaces(places, 8, 10).map((p) => p.name),
    ["Moscow", "Novosibirsk"],
  );
});

test("labels at the map's west and east edges run inward (start / end anchored); others stay centred", () => {
  const t = (name: string, lat: number, lon: number) =>
    ({ name, latDeg: lat, lonDeg: lon, fatalities: 1e5 }) as MapTarget;
  // US cities: Los Angeles and New York bound the domain west and east; Chicago lies inside.
  const places = [t("Los Angeles", 34.05, -118.24), t("Chicago", 41.88, -87.63), t("New York City", 40.71, -74.01)];
  const domain = domainOf({ targets: places, focus: [], countries: [] } as unknown as MapModel, {} as Borders);
  const centre = geoCentroid(domain);
  for (const width of [1280, 420]) {
    const frame: MapFrame = {
      width,
      height: Math.round(width * 0.62) + 60,
      marginTop: 60,
      marginBottom: 30,
      marginLeft: 8,
      marginRight: 8,
      inset: width < 560 ? 16 : 28,
    };
    assert.deepEqual(labelAnchors(places, domain, centre, frame), ["start", "middle", "end"], `${width} px`);
  }
  // A short name at the edge of a wide frame fits centred: only labels that would cross the frame move.
  const wide: MapFrame = {
    width: 1280,
    height: 900,
    marginTop: 60,
    marginBottom: 30,
    marginLeft: 8,
    marginRight: 8,
    inset: 80,
  };
  assert.deepEqual(labelAnchors([t("LA", 34.05, -118.24)], domain, centre, wide), ["middle"]);
});
