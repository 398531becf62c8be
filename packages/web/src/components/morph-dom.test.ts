import { test } from "node:test";
import assert from "node:assert/strict";
import { morphNode, showChart } from "./morph-dom.js";

/** The part of the DOM that morphNode uses, enough to run it without a browser. */
class FakeNode {
  parentNode: FakeNode | null = null;
  childNodes: FakeNode[] = [];
  attrs = new Map<string, string>();
  /** Attribute writes and removals, and child moves, seen on this node. */
  writes = 0;
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    public nodeValue: string | null = null,
    readonly namespaceURI: string | null = "http://www.w3.org/2000/svg",
  ) {}
  get attributes() {
    return [...this.attrs].map(([name, value]) => ({ name, localName: name, namespaceURI: null, value }));
  }
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  getAttribute(name: string) {
    return this.attrs.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.setAttributeNS(null, name, value);
  }
  getAttributeNS(_ns: string | null, name: string) {
    return this.attrs.get(name) ?? null;
  }
  hasAttributeNS(_ns: string | null, name: string) {
    return this.attrs.has(name);
  }
  setAttributeNS(_ns: string | null, name: string, value: string) {
    this.writes++;
    this.attrs.set(name, value);
  }
  removeAttributeNS(_ns: string | null, name: string) {
    this.writes++;
    this.attrs.delete(name);
  }
  appendChild(c: FakeNode) {
    c.parentNode?.removeChild(c);
    c.parentNode = this;
    this.childNodes.push(c);
    this.writes++;
    return c;
  }
  removeChild(c: FakeNode) {
    this.childNodes.splice(this.childNodes.indexOf(c), 1);
    c.parentNode = null;
    this.writes++;
    return c;
  }
  replaceChild(n: FakeNode, old: FakeNode) {
    n.parentNode?.removeChild(n);
    this.childNodes[this.childNodes.indexOf(old)] = n;
    old.parentNode = null;
    n.parentNode = this;
    this.writes++;
    return old;
  }
  replaceChildren(...cs: FakeNode[]) {
    for (const c of [...this.childNodes]) this.removeChild(c);
    for (const c of cs) this.appendChild(c);
  }
}

type Spec = string | [string, Record<string, string>, ...Spec[]];
/** Build a tree: a string is a text node, an array an element (tag, attributes, children). */
function h(spec: Spec): FakeNode {
  if (typeof spec === "string") return new FakeNode(3, "#text", spec, null);
  const [tag, attrs, ...kids] = spec;
  const el = new FakeNode(1, tag);
  for (const [k, v] of Object.entries(attrs)) el.attrs.set(k, v);
  for (const k of kids) el.appendChild(h(k));
  el.writes = 0;
  return el;
}
/** A tree back as a spec, to compare. */
function spec(n: FakeNode): Spec {
  if (n.nodeType === 3) return n.nodeValue ?? "";
  return [n.nodeName, Object.fromEntries(n.attrs), ...n.childNodes.map(spec)];
}
const morph = (a: FakeNode, b: FakeNode) => morphNode(a as unknown as Node, b as unknown as Node);

const chart = (d: string, label: string, extra: Spec[] = []): Spec => [
  "svg",
  { class: "plot", width: "400" },
  ["style", {}, ".plot { font: 10px }"],
  ["g", { "aria-label": "line" }, ["path", { d, stroke: "red" }]],
  ["text", { x: "4" }, label],
  ...extra,
];

test("a chart morphed into a newer drawing equals that drawing, keeping its nodes and unchanged attributes", () => {
  const old = h(chart("M0,0L1,1", "cost 0.5"));
  const path = old.childNodes[1]!.childNodes[0]!;
  const style = old.childNodes[0]!;
  const fresh = chart("M0,0L2,2", "cost 0.6");
  assert.equal(morph(old, h(fresh)), true);
  assert.deepEqual(spec(old), fresh);
  // The same path element, with only its `d` rewritten; the style element untouched.
  assert.equal(old.childNodes[1]!.childNodes[0], path);
  assert.equal(path.writes, 1);
  assert.equal(old.childNodes[0], style);
  assert.equal(style.writes + style.childNodes[0]!.writes, 0);
});

test("attributes gone from the newer drawing are removed, added ones set", () => {
  const old = h(["svg", { a: "1", b: "2" }]);
  assert.equal(morph(old, h(["svg", { b: "3", c: "4" }])), true);
  assert.deepEqual(spec(old), ["svg", { b: "3", c: "4" }]);
});

test("children of another tag are replaced; extra ones removed or appended", () => {
  const old = h(["g", {}, ["path", { d: "M0" }], ["circle", { r: "1" }], ["text", {}, "x"]]);
  const fresh: Spec = ["g", {}, ["path", { d: "M1" }], ["rect", { width: "2" }]];
  assert.equal(morph(old, h(fresh)), true);
  assert.deepEqual(spec(old), fresh);
  const grow = h(["g", {}, ["path", { d: "M0" }]]);
  const more: Spec = ["g", {}, ["path", { d: "M0" }], ["path", { d: "M2" }], "label"];
  assert.equal(morph(grow, h(more)), true);
  assert.deepEqual(spec(grow), more);
});

test("nodes of another kind are not morphed; showChart then replaces the host's content", () => {
  assert.equal(morph(h(["svg", {}]), h(["figure", {}])), false);
  const host = h(["div", {}, chart("M0", "a")]);
  const figure = h(["figure", {}, chart("M0", "a")]);
  showChart(host as unknown as Element, figure as unknown as Element);
  assert.equal(host.childNodes[0], figure);
  const svg = host.childNodes[0];
  showChart(host as unknown as Element, h(["figure", {}, chart("M1", "b")]) as unknown as Element);
  assert.equal(host.childNodes[0], svg, "same kind: updated in place");
  assert.deepEqual(spec(svg), ["figure", {}, chart("M1", "b")]);
});
