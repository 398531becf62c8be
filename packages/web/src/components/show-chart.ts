/**
 * Show a freshly drawn chart in its host by updating the chart already there in place (`morphdom`, MIT, a maintained
 * DOM-diffing package): a chart redrawn after a slider step mostly moves a few paths and labels, and replacing its
 * whole SVG instead makes the browser restyle, lay out and paint every node again, and re-read the `<style>` element
 * Plot puts in each chart. Only for charts without event listeners or properties on their nodes (Plot's pointer and
 * tip marks have both): the old nodes are kept, so those would follow stale data.
 */
import morphdom from "morphdom";

/**
 * Skip subtrees equal to the new ones (the browser's own comparison, `isEqualNode`, as morphdom's documentation
 * suggests): a slider step leaves a chart's axes, grid, ghost curves and most labels as they were, and walking them
 * attribute by attribute in script costs more than the native comparison. Node equality covers names, attributes and
 * children, not properties set from script, which these charts have none of (see above).
 */
const MORPH_OPTIONS = {
  onBeforeElUpdated: (from: Element, to: Element) => !from.isEqualNode(to),
};

/**
 * Show `chart` in `host`: the chart already there (one element of the same tag) is updated in place to match it;
 * anything else is replaced. `chart` is not used afterwards.
 * @param host the chart's container
 * @param chart the freshly drawn chart
 */
export function showChart(host: Element, chart: Element): void {
  const old = host.childNodes.length === 1 ? host.firstChild : null;
  if (old instanceof Element && old.nodeName === chart.nodeName) morphdom(old, chart, MORPH_OPTIONS);
  else host.replaceChildren(chart);
}
