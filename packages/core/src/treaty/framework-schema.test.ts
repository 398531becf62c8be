import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  Framework,
  RULES_BY_QUANTITY,
  ceilingFor,
  frameworkJsonSchema,
  isUnequal,
  ruleOf,
  statusOf,
} from "./framework-schema.js";
import { CountingRuleName } from "./framework-schema.js";
import { COUNTING_RULES } from "./counting-rules.js";

describe("framework schema", () => {
  it("fills defaults: schema version 1, no events, no limits, open in-force period", () => {
    const f = Framework.parse({ id: "x", name: "X", citation: "test" });
    assert.equal(f.schemaVersion, 1);
    assert.deepEqual(f.events, []);
    assert.deepEqual(f.limits, []);
    assert.deepEqual(f.inForce, {});
  });

  it("rejects an unknown counting rule name with a zod issue", () => {
    const r = Framework.safeParse({
      id: "x",
      name: "X",
      citation: "t",
      limits: [{ id: "a", name: "a", quantity: "warheads", rule: "attributed", max: 1, citation: "t" }],
    });
    assert.equal(r.success, false);
    assert.deepEqual(r.error?.issues[0]!.path, ["limits", 0, "rule"]);
  });

  it("defaults the rule from the quantity and the status from deployed-launchers", () => {
    assert.equal(ruleOf({ quantity: "warheads" }), "loaded");
    assert.equal(ruleOf({ quantity: "interceptors" }), "interceptors");
    assert.equal(ruleOf({ quantity: "throw-weight-t", rule: "throw-weight" }), "throw-weight");
    assert.equal(statusOf({ quantity: "deployed-launchers", selector: {} }), "deployed");
    assert.equal(statusOf({ quantity: "launchers", selector: {} }), "all");
    assert.equal(statusOf({ quantity: "launchers", selector: { status: "non-deployed" } }), "non-deployed");
  });

  it("every rule is listed under some quantity and implemented", () => {
    const listed = new Set(Object.values(RULES_BY_QUANTITY).flat());
    for (const name of CountingRuleName.options) {
      assert.ok(listed.has(name), name);
      assert.ok(COUNTING_RULES[name], name);
    }
  });

  it("resolves per-party ceilings and flags unequal ones", () => {
    const l = { max: 1000, perParty: { us: 2000, ru: 2000 } };
    assert.equal(ceilingFor(l, "us"), 2000);
    assert.equal(ceilingFor(l, "cn"), 1000);
    assert.equal(isUnequal(l, ["us", "ru"]), false);
    assert.equal(isUnequal(l, ["us", "ru", "cn"]), true);
    assert.equal(isUnequal({ max: 5 }), false);
    assert.equal(isUnequal({ perParty: { us: 1, ru: 2 } }), true);
  });

  it("publishes a JSON Schema of framework files", () => {
    const js = frameworkJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    assert.deepEqual(js.required, ["id", "name", "citation"]);
    assert.ok("limits" in js.properties);
  });
});
