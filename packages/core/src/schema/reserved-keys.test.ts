import { test } from "node:test";
import assert from "node:assert/strict";
import { findReservedKeys } from "./reserved-keys.js";

/** Plain data with `__proto__` as an own key (as YAML and JSON.parse make it). */
const parsed = (json: string): unknown => JSON.parse(json);

test("findReservedKeys locates every __proto__ key, outermost first, with its full path", () => {
  const data = parsed(
    '{"a":[1,{"b":{"__proto__":{"__proto__":1}}},null],"__proto__":2,"c":{"d":[[{"__proto__":"x"}]]},"e":"__proto__"}',
  );
  assert.deepEqual(
    findReservedKeys(data).map((i) => i.path),
    [["a", 1, "b", "__proto__"], ["__proto__"], ["c", "d", 0, 0, "__proto__"]],
  );
  assert.ok(findReservedKeys(data).every((i) => i.code === "reserved_key" && i.message.includes("__proto__")));
});

test("findReservedKeys finds nothing in ordinary data and stops at its limit", () => {
  assert.deepEqual(findReservedKeys({ a: [1, { b: "c" }], d: null, e: [[]] }), []);
  assert.deepEqual(findReservedKeys(42), []);
  const many = parsed(`[${Array.from({ length: 10 }, () => '{"__proto__":0}').join(",")}]`);
  assert.equal(findReservedKeys(many, 3).length, 3);
  assert.deepEqual(findReservedKeys(many, 3)[2]!.path, [2, "__proto__"]);
});
