/**
 * Browser tests of the strike map: Vite builds the workbench and the map's test page (src/e2e/map-page, drawing a
 * fixed exchange with population effects) into a temporary folder, a static server serves them, and headless
 * Chromium renders the map at 1280×800 and at 420 px wide. Screenshots go to the harness's SHOTS_DIR: a new folder
 * `seceq-shots-XXXXXX` under the system temporary folder, or SECEQ_SHOTS_DIR when set.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { hasChromium, WEB_ROOT, SHOTS_DIR } from "./harness.js";
import { plain, useBrowserApp, type BrowserApp } from "./page-helpers.js";
import { FIXTURE_EXCHANGE } from "../map/map-fixture.js";

const SHOTS = SHOTS_DIR;
const MAP_PAGE = "src/e2e/map-page/index.html";

let app: BrowserApp;

/** Build the app and the map test page in one Vite run. */
async function buildWithMapPage(outDir: string): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: join(WEB_ROOT, "vite.config.ts"),
    root: WEB_ROOT,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { input: { app: join(WEB_ROOT, "index.html"), map: join(WEB_ROOT, MAP_PAGE) } },
    },
  });
}

async function openMapPage(width: number, height: number, view = "victim"): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width, height } });
  await page.goto(`${app.url}${MAP_PAGE}?view=${view}`);
  await page.waitForSelector("body[data-ready]", { timeout: 60_000 });
  return page;
}

describe("strike map in headless Chromium", { skip: hasChromium() ? false : "no Chromium" }, () => {
  app = useBrowserApp("seceq-map-e2e-", { build: buildWithMapPage });

  for (const [width, height] of [
    [1280, 800],
    [420, 860],
  ] as const) {
    test(`at ${width} px the places struck are drawn with their rings, inside the frame, with title and date`, async (t) => {
      const page = await openMapPage(width, height);
      t.diagnostic(`one map draw took ${await page.evaluate(() => document.body.dataset.drawMs)} ms`);
      await page.screenshot({ path: join(SHOTS, `map-${width}.png`), fullPage: true });
      const svg = page.locator("#map svg").first();
      const box = (await svg.boundingBox())!;
      assert.ok(box.width <= width + 1, `map ${box.width} px wide in a ${width} px window`);
      const struck = FIXTURE_EXCHANGE.population!.onVictim.places;
      // One dot per place struck, each inside the drawn map.
      const dots = page.locator("g.map-target circle");
      assert.equal(await dots.count(), struck.length);
      for (let i = 0; i < struck.length; i++) {
        const b = (await dots.nth(i).boundingBox())!;
        assert.ok(b.x >= box.x && b.x + b.width <= box.x + box.width + 1, `dot ${i} x inside`);
        assert.ok(b.y >= box.y && b.y + b.height <= box.y + box.height + 1, `dot ${i} y inside`);
      }
      // The largest place (most fatalities) gets the largest dot.
      const radii = await dots.evaluateAll((els) => els.map((e) => Number(e.getAttribute("r"))));
      const ny = struck.findIndex((p) => p.name === "New York City");
      assert.equal(Math.max(...radii), radii[ny]);
      // Labels, rings (2 per place) and the header drawn into the SVG (so exports carry them).
      const text = plain(await svg.textContent());
      for (const p of struck) assert.ok(text.includes(p.name), `label ${p.name}`);
      for (const want of ["Russia strikes United States", "2026-02-05", "GeoNames", "5 psi"]) {
        assert.ok(text.includes(want), `${want} in: ${text.slice(0, 300)}`);
      }
      const rings = await page.locator('#map svg g[stroke="#b91c1c"] path').count();
      assert.ok(rings >= 2 * struck.length, `${rings} ring paths`);
      // Bases (triangles) of the victim are drawn too.
      assert.ok((await page.locator("#map svg g.map-base path").count()) > 5);
      await page.close();
    });
  }

  test("hovering a place shows its population, warheads, fatalities and sources", async () => {
    const page = await openMapPage(1280, 800);
    const dot = page.locator("g.map-target circle").first();
    const b = (await dot.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    const tip = page.locator('#map svg g[aria-label="tip"]').filter({ hasText: "New York City" });
    await tip.waitFor({ timeout: 10_000 });
    const tipText = plain(await tip.textContent());
    assert.match(tipText, /New York City \(United States\)/);
    assert.match(tipText, /Population 8,175,133/);
    assert.match(tipText, /Fatalities 3\.9 million \(model estimate\)/);
    assert.match(tipText, /UN WPP 2024/);
    await page.screenshot({ path: join(SHOTS, "map-hover.png") });
    await page.close();
  });

  test("the retaliation view shows the striker's places; the workbench maps the default scenario's strike", async () => {
    const page = await openMapPage(1280, 800, "striker");
    const text = plain(await page.locator("#map svg").first().textContent());
    assert.ok(text.includes("Moscow") && text.includes("Saint Petersburg"));
    assert.equal(await page.locator("g.map-target circle").count(), 2);
    await page.screenshot({ path: join(SHOTS, "map-retaliation.png") });
    await page.close();

    const workbench = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await workbench.goto(app.url);
    const map = workbench.getByTestId("strike-map");
    await map.locator("g.map-target circle").first().waitFor({ timeout: 60_000 });
    // The default scenario uses the population model: the engine's places struck are on the map, with bases.
    const places = await map.locator("g.map-target circle").count();
    assert.ok(places >= 10, `${places} places struck drawn`);
    assert.ok((await map.locator("svg g.map-base path").count()) > 5, "bases drawn");
    assert.match(plain(await map.locator("svg").first().textContent()), /prompt fatalities/);
    assert.match(plain(await map.locator("figcaption").textContent()), /Places struck \(\d+/);
    const [download] = await Promise.all([
      workbench.waitForEvent("download"),
      map.getByRole("button", { name: "Download Strike map as SVG" }).click(),
    ]);
    const svgText = plain(await readFile(await download.path(), "utf8"));
    assert.match(svgText, /strikes .* first — chosen strike/);
    assert.match(svgText, /as of 2026-02-05/);
    await map.screenshot({ path: join(SHOTS, "map-workbench.png") });
    await workbench.setViewportSize({ width: 420, height: 860 });
    await map.scrollIntoViewIfNeeded();
    const box = (await map.locator("svg").first().boundingBox())!;
    assert.ok(box.width <= 420, `map ${box.width} px wide at 420 px`);
    await map.screenshot({ path: join(SHOTS, "map-workbench-420.png") });
    await workbench.close();
  });
});
