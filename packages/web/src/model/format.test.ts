import { test } from "node:test";
import assert from "node:assert/strict";
import {
  deltaTone,
  formatCount,
  formatDelta,
  formatForStep,
  formatIndex,
  formatPercent,
  formatEstimate,
  formatSig,
  formatSigned,
} from "./format.js";

test("formatIndex shows three decimals and a dash for non-finite values", () => {
  assert.equal(formatIndex(0.70575468), "0.706");
  assert.equal(formatIndex(1), "1.000");
  assert.equal(formatIndex(Number.NaN), "—");
});

test("formatCount groups thousands and rounds", () => {
  assert.equal(formatCount(1549.6), "1,550");
  assert.equal(formatCount(1549.64, 1), "1,549.6");
  assert.equal(formatCount(Infinity), "∞");
});

test("formatPercent, formatSig and formatSigned", () => {
  assert.equal(formatPercent(0.675), "68 %");
  assert.equal(formatPercent(0.675, 1), "67.5 %");
  assert.equal(formatSig(470.775), "471");
  assert.equal(formatSig(12.345), "12.3");
  assert.equal(formatSig(0.012345), "0.0123");
  assert.equal(formatSig(27663.3), "27,663");
  assert.equal(formatSigned(0.000137), "+1.37e-4");
  assert.equal(formatSigned(-0.25), "-0.250");
  assert.equal(formatSigned(0), "0");
});

test("formatEstimate rounds modelled counts of people to three significant digits", () => {
  assert.equal(formatEstimate(69_390_735), "69.4 million");
  assert.equal(formatEstimate(5_150_000), "5.15 million");
  assert.equal(formatEstimate(143_997_393), "144 million");
  assert.equal(formatEstimate(946_357), "946,000");
  assert.equal(formatEstimate(12_345), "12,300");
  assert.equal(formatEstimate(0.4), "0");
  assert.equal(formatEstimate(0), "0");
  assert.equal(formatEstimate(Number.NaN), "—");
});

test("formatForStep uses the step's decimals", () => {
  assert.equal(formatForStep(1.25, 0.1), "1.3");
  assert.equal(formatForStep(400, 1), "400");
  assert.equal(formatForStep(0.675, 0.01), "0.68");
});

test("deltas read in plain decimals with a sign, and their tone depends on which way is better", () => {
  assert.equal(formatDelta(0.0123), "+0.012");
  assert.equal(formatDelta(-0.00618), "−0.006");
  assert.equal(formatDelta(6.18e-5), "+0.0000618");
  assert.equal(formatDelta(0), "0.000");
  assert.equal(formatDelta(0.002, 1), "+0.00200");
  assert.equal(deltaTone(0.01, "higher"), "good");
  assert.equal(deltaTone(0.002, "lower"), "bad", "more damage to a side is bad for it");
  assert.equal(deltaTone(-0.01, "lower"), "good");
  assert.equal(deltaTone(0.0001, "higher"), "neutral");
  assert.equal(deltaTone(5, "none"), "neutral");
});
