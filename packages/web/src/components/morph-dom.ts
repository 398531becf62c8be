/**
 * Update a drawn chart in place: make the DOM already on the page look like a freshly drawn copy (same tags,
 * attributes and text), keeping every node whose tag matches and touching only the attributes and text that differ.
 * A chart redrawn after a slider step mostly moves a few paths and labels; replacing its whole SVG instead makes the
 * browser restyle, lay out and paint every node again, and re-read the `<style>` element Plot puts in each chart (a
 * change of the document's style sheets). Only for charts without event listeners or properties on their nodes
 * (Plot's pointer and tip marks have both): those are kept from the old nodes, so they would follow stale data.
 */

const ELEMENT_NODE = 1;

/**
 * Make `target` equal to `source` in tag, attributes, text and children, reusing `target`'s nodes where the tags
 * match; children of `source` that have no counterpart are moved into `target` (`source` is not used afterwards).
 * @returns true when `target` was updated in place, false when the two differ in kind (node type or tag) and the
 *   caller must replace `target` with `source`
 */
export function morphNode(target: Node, source: Node): boolean {
  if (target.nodeType !== source.nodeType || target.nodeName !== source.nodeName) return false;
  if (target.nodeType !== ELEMENT_NODE) {
    if (target.nodeValue !== source.nodeValue) target.nodeValue = source.nodeValue;
    return true;
  }
  const t = target as Element;
  const s = source as Element;
  if (t.namespaceURI !== s.namespaceURI) return false;
  morphAttributes(t, s);
  morphChildren(t, s);
  return true;
}

/** Set the attributes of `s` on `t`, and remove those `s` has not. */
function morphAttributes(t: Element, s: Element): void {
  const sa = s.attributes;
  for (let i = 0; i < sa.length; i++) {
    const a = sa[i]!;
    const ns = a.namespaceURI;
    if (ns === null) {
      if (t.getAttribute(a.name) !== a.value) t.setAttribute(a.name, a.value);
    } else if (t.getAttributeNS(ns, a.localName) !== a.value) t.setAttributeNS(ns, a.name, a.value);
  }
  const ta = t.attributes;
  if (ta.length === sa.length) return; // every attribute of s is on t now: no extra ones
  for (let i = ta.length - 1; i >= 0; i--) {
    const a = ta[i]!;
    if (!s.hasAttributeNS(a.namespaceURI, a.localName)) t.removeAttributeNS(a.namespaceURI, a.localName);
  }
}

/** Match the children of `t` to those of `s`, pairwise by position. */
function morphChildren(t: Element, s: Element): void {
  let tn = t.firstChild;
  let sn = s.firstChild;
  while (tn && sn) {
    // Taken before a replacement moves `sn` out of `s`.
    const tNext = tn.nextSibling;
    const sNext = sn.nextSibling;
    if (!morphNode(tn, sn)) t.replaceChild(sn, tn);
    tn = tNext;
    sn = sNext;
  }
  while (tn) {
    const next = tn.nextSibling;
    t.removeChild(tn);
    tn = next;
  }
  while (sn) {
    const next = sn.nextSibling;
    t.appendChild(sn);
    sn = next;
  }
}

/**
 * Show `chart` in `host`: updates the chart already there in place when it is of the same kind, else replaces the
 * host's content.
 */
export function showChart(host: Element, chart: Element): void {
  const old = host.childNodes.length === 1 ? host.firstChild : null;
  if (old && morphNode(old, chart)) return;
  host.replaceChildren(chart);
}
