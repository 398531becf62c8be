import { test } from "node:test";
import assert from "node:assert/strict";
import {
  axisScaleNote,
  legendAbove,
  layoutLegend,
  onChartPick,
  paddedExtent,
  stabilityDomain,
} from "./frontier-chart.js";

test("the stability axis pads the values' extent, spans at least 0.1 (no blown-up tiny changes), within 0–1", () => {
  const close = (a: number[], b: number[]) =>
    a.forEach((x, i) => assert.ok(Math.abs(x - b[i]!) < 1e-12, `${a.join()} vs ${b.join()}`));
  close(stabilityDomain([0.6, 0.8, 0.75]), [0.58, 0.82]);
  close(stabilityDomain([0.5, 0.5]), [0.45, 0.55]);
  close(stabilityDomain([0.785, 0.79]), [0.7375, 0.8375]);
  close(stabilityDomain([0.99, 0.995]), [0.9, 1]);
  close(stabilityDomain([0.001, 0.999]), [0, 1]);
  assert.deepEqual(stabilityDomain([]), [0, 1]);
  assert.equal(axisScaleNote([0.7, 0.8]), " (axis 0.70–0.80, not from 0)");
  assert.equal(axisScaleNote([0, 1]), "");
});

/** A stand-in for a rendered chart: an event target with Plot's `value`. */
class FakeChart extends EventTarget {
  value: { index: number } | null = null;
}

test("a click picks the datum that was under the pointer when the press started", () => {
  const chart = new FakeChart();
  const picked: number[] = [];
  onChartPick<{ index: number }>(chart as unknown as Element, (d) => picked.push(d.index));
  chart.value = { index: 3 };
  chart.dispatchEvent(new Event("click"));
  // Plot clears its value on the press that ends a sticky tip; the value at the press counts.
  chart.value = { index: 5 };
  chart.dispatchEvent(new Event("pointerdown"));
  chart.value = null;
  chart.dispatchEvent(new Event("click"));
  // Nothing under the pointer: nothing is picked.
  chart.dispatchEvent(new Event("pointerdown"));
  chart.dispatchEvent(new Event("click"));
  assert.deepEqual(picked, [3, 5]);
});

test("legend items share a row while they fit, then wrap", () => {
  // 6.6 px per character, 3 characters between items: "aaaa" is 26.4 px wide, the next starts at 46.2 px.
  const wide = layoutLegend(["aaaa", "bb", "cccccc"], 1000);
  assert.equal(wide.rows, 1);
  assert.deepEqual(
    wide.items.map((i) => i.row),
    [0, 0, 0],
  );
  assert.ok(Math.abs(wide.items[1]!.dx - 46.2) < 1e-9);
  const narrow = layoutLegend(["aaaa", "bb", "cccccc"], 70);
  assert.deepEqual(
    narrow.items.map((i) => [Math.round(i.dx * 10) / 10, i.row]),
    [
      [0, 0],
      [46.2, 0],
      [0, 1],
    ],
  );
  assert.equal(narrow.rows, 2);
  // An item wider than the whole width still gets a row (it overflows rather than vanishing).
  assert.deepEqual(layoutLegend(["x".repeat(50)], 70).items, [{ dx: 0, row: 0 }]);
  assert.equal(layoutLegend([], 70).rows, 0);
});

test("legend rows above the frame: the last row sits 14 px above it, earlier rows one row height (16 px) higher each", () => {
  const { items, rows } = legendAbove([{ text: "aaaa", fill: "red" }, { text: "bb" }, { text: "cccccc" }], 70);
  assert.equal(rows, 2);
  assert.deepEqual(
    items.map((i) => [i.text, Math.round(i.dx * 10) / 10, i.dy]),
    [
      ["aaaa", 0, -30],
      ["bb", 46.2, -30],
      ["cccccc", 0, -14],
    ],
  );
  assert.equal(items[0]!.fill, "red", "items keep their own members");
});

test("an extent is padded by a tenth of its span, then widened about its middle to the minimum span", () => {
  assert.deepEqual(paddedExtent(0, 10, 1), [-1, 11]);
  assert.deepEqual(paddedExtent(5, 5, 2), [4, 6]);
});
