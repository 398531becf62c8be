import { test } from "node:test";
import assert from "node:assert/strict";
import { legendLine } from "./drawdown-chart.js";

/** Just enough of a document to build and print SVG elements. */
class FakeElement {
  attrs: Array<[string, string]> = [];
  children: FakeElement[] = [];
  textContent = "";
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) {
    this.attrs.push([name, value]);
  }
  appendChild(c: FakeElement) {
    this.children.push(c);
    return c;
  }
  get outerHTML(): string {
    const attrs = this.attrs.map(([k, v]) => ` ${k}="${v}"`).join("");
    return `<${this.tagName}${attrs}>${this.textContent}${this.children.map((c) => c.outerHTML).join("")}</${this.tagName}>`;
  }
}
const doc = { createElementNS: (_ns: string, tag: string) => new FakeElement(tag) } as unknown as Document;

test("a legend line is the markup Plot makes of a one-line text mark at the frame's top-left corner", () => {
  // As Plot 0.6 draws Plot.text(["…"], { frameAnchor: "top-left", dx: -40, dy: -55, fill, textAnchor: "start" })
  // in a chart with marginLeft 48 and marginTop 76.
  const line = legendLine(doc, "↑ Kent–Thaler cost", "#0f172a", "normal", { x: 48, y: 76, dx: -40, dy: -55 });
  assert.equal(
    (line as unknown as FakeElement).outerHTML,
    '<g aria-label="text" fill="#0f172a" text-anchor="start" font-weight="normal" transform="translate(-39.5,-54.5)">' +
      '<text y="0.71em" transform="translate(48,76)">↑ Kent–Thaler cost</text></g>',
  );
});
