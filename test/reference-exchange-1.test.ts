import { test } from "node:test";
import { compareWithReference, RANDOM_EXCHANGE } from "./reference-exchange.js";

void test(`fast exchange equals the frozen reference exchange (test/reference/), half 1 of every preset and ${RANDOM_EXCHANGE} random scenarios, a quarter also with defences of forces (1e-9)`, () =>
  compareWithReference(1));
