// Non-finite numbers over the API: overflowing Monte Carlo inputs are a 400 with a path into the document; infinite
// quantities in a report arrive as null together with a warning that explains them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { SqliteResultStore } from "@seceq/store";
import { createApp } from "./app.js";

const MINIMAL = readFileSync(new URL("../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8");
const app = createApp({ store: SqliteResultStore.open(":memory:"), log: () => undefined });
const post = (path: string, body: unknown) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

interface Body {
  error?: string;
  issues?: { code: string; path: (string | number)[]; line?: number }[];
  warnings?: { code: string; path: (string | number)[]; message: string }[];
  dyads?: { warheadRatio: number | null }[];
}

void test("a lognormal whose draws overflow is a 400 with the path of the distribution (and its line from text)", async () => {
  const text = MINIMAL.replace(
    "distancesKm:",
    "uncertainty:\n  - { parameter: yieldKt, distribution: { type: lognormal, mu: 710, sigma: 1 } }\ndistancesKm:",
  );
  const r = await post("/api/evaluate", { text, samples: 10 });
  assert.equal(r.status, 400);
  const body = (await r.json()) as Body;
  assert.deepEqual(
    body.issues!.map((i) => [i.code, i.path.join("."), i.line]),
    [["non_finite_draw", "uncertainty.0.distribution", 67]],
  );
});

void test("an infinite dyad ratio arrives as null with a non_finite warning at its dyad", async () => {
  const text = MINIMAL.replace(
    "rangeKm: 11000\n        basing:\n          hardnessPsi: 3000",
    "rangeKm: 100\n        basing:\n          hardnessPsi: 3000",
  );
  const r = await post("/api/evaluate", { text });
  assert.equal(r.status, 200);
  const body = (await r.json()) as Body;
  assert.equal(body.dyads![0]!.warheadRatio, null);
  const w = body.warnings!.find((x) => x.code === "non_finite");
  assert.deepEqual(w?.path, ["dyads", 0]);
  assert.match(w.message, /warheadRatio is infinite/);
});
