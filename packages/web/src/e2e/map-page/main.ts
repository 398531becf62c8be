/**
 * Browser-test page of the strike map (built only by map.e2e.test.ts, not part of the app): draws the fixture
 * exchange with the default preset's sites at the window's width, for the view named in `?view=`, and marks
 * `body[data-ready]` when the SVG is in the page.
 */
import { getPresetInput } from "@seceq/data";
import { loadBorders } from "../../map/borders.js";
import { mapChart } from "../../map/map-chart.js";
import { FIXTURE_EXCHANGE } from "../../map/map-fixture.js";
import { MAP_VIEWS, mapVm, partyCountries, scenarioSites, type MapView } from "../../map/map-vm.js";

async function main(): Promise<void> {
  const scenario = getPresetInput("us-russia-2026")!;
  const asked = new URLSearchParams(location.search).get("view");
  const view: MapView = MAP_VIEWS.find((v) => v === asked) ?? "victim";
  const model = mapVm({
    scenarioName: scenario.name,
    asOf: scenario.asOf,
    exchange: FIXTURE_EXCHANGE,
    partyNames: { us: "United States", ru: "Russia" },
    partyCountries: partyCountries(scenario, FIXTURE_EXCHANGE),
    sites: scenarioSites(scenario),
    view,
  });
  const borders = await loadBorders();
  const host = document.getElementById("map")!;
  const t0 = performance.now();
  host.replaceChildren(mapChart(model, borders, Math.max(280, document.documentElement.clientWidth)));
  // Time of one draw, ms (read by the browser test, which reports it).
  document.body.dataset.drawMs = (performance.now() - t0).toFixed(1);
  document.body.dataset.ready = "1";
}

void main();
