import { test } from "node:test";
import assert from "node:assert/strict";
import { combinedKey, costKey, exchangeKey, fssKey, parseMetricKey, treatyKey } from "./metric-keys.js";

test("metric keys have the documented shape", () => {
  assert.equal(combinedKey("us", "ru"), "stability.us-ru.combined");
  assert.equal(fssKey("us", "ru", "ru"), "stability.us-ru.fss.ru");
  assert.equal(costKey("us", "ru", "c2", "us"), "stability.us-ru.c2.us");
  assert.equal(exchangeKey("ru", "us", "warheadsUsed"), "exchange.ru>us.warheadsUsed");
  assert.equal(treatyKey("deployed-warheads", "us", "headroom"), "treaty.deployed-warheads.us.headroom");
});

test("keys parse back, also with party ids containing - and .", () => {
  const ids = ["a-b", "c.d", "e"];
  assert.deepEqual(parseMetricKey(fssKey("a-b", "c.d", "c.d"), ids), { kind: "fss", a: "a-b", b: "c.d", party: "c.d" });
  assert.deepEqual(parseMetricKey(combinedKey("c.d", "e"), ids), { kind: "combined", a: "c.d", b: "e" });
  assert.deepEqual(parseMetricKey(exchangeKey("e", "a-b", "damageToVictim"), ids), {
    kind: "exchange",
    striker: "e",
    victim: "a-b",
    field: "damageToVictim",
  });
  assert.deepEqual(parseMetricKey(treatyKey("x.y", "e", "counted"), ids), {
    kind: "treaty",
    limit: "x.y",
    party: "e",
    field: "counted",
  });
  assert.deepEqual(parseMetricKey("stability.min", ids), { kind: "stability-min" });
  assert.equal(parseMetricKey("stability.zz-e.combined", ids), undefined);
});
