import { test } from "node:test";
import assert from "node:assert/strict";
import { CrisisDays, Samples, Seed } from "@seceq/core";
import { UserError } from "../errors.js";
import { parseDomainOption } from "./options.js";

test("seed, samples and days options take their bounds from the protocol's domains", () => {
  // A seed the API accepts (3e9) re-runs from the CLI.
  assert.equal(parseDomainOption("--seed", "3000000000", Seed), 3e9);
  assert.throws(
    () => parseDomainOption("--seed", "-1", Seed),
    (e: unknown) => e instanceof UserError && /0 and 4294967295/.test(e.message),
  );
  assert.equal(parseDomainOption("--samples", "100000", Samples), 100_000);
  assert.throws(() => parseDomainOption("--samples", "100001", Samples), UserError);
  assert.throws(() => parseDomainOption("--days", "366", CrisisDays), UserError);
});
