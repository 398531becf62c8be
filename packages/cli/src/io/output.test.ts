import { test } from "node:test";
import assert from "node:assert/strict";
import { fmt, formatGrouped, table } from "./output.js";

/** The formatters fmt used to build, as the oracle. */
const intl = [0, 1, 2, 3].map((d) => new Intl.NumberFormat("en-US", { maximumFractionDigits: d }));

void test("formatGrouped writes what Intl.NumberFormat en-US writes", () => {
  const special = [
    0,
    -0,
    1,
    -1,
    7,
    999,
    1000,
    -1000,
    1234567,
    100.25,
    100.35,
    -100.25,
    999.95,
    99.95,
    0.05,
    0.15,
    9.995,
    123.45,
    1e21,
    2 ** 70,
    -(2 ** 53),
    1.5e300,
    5e-7,
    1.25e-5,
    0.000999,
    123456789.96,
    Number.MAX_SAFE_INTEGER,
  ];
  // A fixed pseudo-random sequence (no clock, no Math.random): integers and fractions over many magnitudes.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values = [...special];
  for (let i = 0; i < 4000; i++) {
    const magnitude = 10 ** Math.floor(next() * 16 - 4);
    const v = (next() - 0.5) * 2 * magnitude;
    values.push(v, Math.round(v), Math.round(v * 100) / 100, Math.round(v * 20) / 20);
  }
  for (const v of values)
    for (let d = 0; d < intl.length; d++) assert.equal(formatGrouped(v, d), intl[d]!.format(v), `${v} with ${d}`);
});

void test("fmt: integers grouped, large decimals to tenths, small ones to 2 or 3 places", () => {
  assert.equal(fmt(1234567), "1,234,567");
  assert.equal(fmt(-0), "-0");
  assert.equal(fmt(1234.56), "1,234.6");
  assert.equal(fmt(100.04), "100");
  assert.equal(fmt(12.345), "12.35");
  assert.equal(fmt(0.1234), "0.123");
  assert.equal(fmt(Number.NaN), "NaN");
  assert.equal(fmt(-Infinity), "-Infinity");
});

void test("table right-aligns numeric columns", () => {
  assert.equal(
    table(
      ["a", "n"],
      [
        ["x", 1000],
        ["yy", 5],
      ],
    ),
    "a       n\n--  -----\nx   1,000\nyy      5",
  );
});
