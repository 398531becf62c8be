import { test } from "node:test";
import assert from "node:assert/strict";
import { csvRow, csvTable, explicitNonFinite, NON_FINITE_COLUMN } from "./csv.js";

test("csvRow quotes fields with commas, quotes or line breaks (RFC 4180) and keeps full precision", () => {
  assert.equal(
    csvRow(["plain", 'say "hi", then', "two\nlines", "cr\r"]),
    'plain,"say ""hi"", then","two\nlines","cr\r"',
  );
  assert.equal(csvRow([0.7057546815028746, 1e21, -0, 3]), "0.7057546815028746,1e+21,0,3");
  assert.equal(csvRow([NaN, Infinity, -Infinity, true, false, null, undefined]), "NaN,Infinity,-Infinity,true,false,,");
  assert.equal(csvRow([]), "");
  assert.equal(csvRow([""]), "");
});

test("csvTable writes the header and every row, each with the chosen line end", () => {
  const rows = [
    [1, "x,y"],
    [2, null],
  ];
  assert.equal(csvTable(["a", "b"], rows), 'a,b\n1,"x,y"\n2,\n');
  assert.equal(csvTable(["a", "b"], rows, "\r\n"), 'a,b\r\n1,"x,y"\r\n2,\r\n');
  assert.equal(csvTable(["only"], []), "only\n");
});

test("explicitNonFinite: NaN and ±Infinity become empty fields, named with their values in a last column", () => {
  const columns = ["cell", "x", "y", "z", "label"];
  const bad = explicitNonFinite(columns, [3, NaN, 0.5, -Infinity, "a"]);
  assert.deepEqual(bad, { fields: [3, null, 0.5, null, "a", "x=NaN; z=-Infinity"], nonFinite: 2 });
  assert.equal(
    csvTable([...columns, NON_FINITE_COLUMN], [bad.fields]),
    "cell,x,y,z,label,non_finite\n3,,0.5,,a,x=NaN; z=-Infinity\n",
  );
  const good = explicitNonFinite(columns, [1, 2, -0, 4, null]);
  assert.deepEqual(good, { fields: [1, 2, -0, 4, null, ""], nonFinite: 0 });
  assert.deepEqual(explicitNonFinite(["a"], [Infinity, NaN]).fields, [null, null, "a=Infinity; #2=NaN"]);
});
