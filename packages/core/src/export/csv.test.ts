import { test } from "node:test";
import assert from "node:assert/strict";
import { csvRow, csvTable } from "./csv.js";

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
