import { test } from "node:test";
import assert from "node:assert/strict";
import { csvField, toCsv } from "./csv.js";

test("CSV quotes fields with commas, quotes or line breaks and keeps full precision", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField('say "hi", then'), '"say ""hi"", then"');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField(0.7057546815028746), "0.7057546815028746");
  assert.equal(csvField(null), "");
  assert.equal(csvField(Infinity), "Infinity");
  assert.equal(csvField(true), "true");
  assert.equal(
    toCsv(
      ["a", "b"],
      [
        [1, "x,y"],
        [2, null],
      ],
    ),
    'a,b\r\n1,"x,y"\r\n2,\r\n',
  );
});
