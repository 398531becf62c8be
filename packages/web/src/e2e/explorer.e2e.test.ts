/**
 * Browser tests of the Explorer: Vite builds the app into a temporary folder, a static server (no API) and the real
 * `seceq serve` app (with the API) serve it, and headless Chromium drives it through playwright-core. The search the
 * page runs in its worker is run here in Node too, and the page's frontier, the point it opens and the share link
 * are checked against it. The frontier chart's content (every mark's accessible name) is compared with a snapshot
 * file; screenshots go to the harness's SHOTS_DIR: a new folder `seceq-shots-XXXXXX` under the system temporary
 * folder, or SECEQ_SHOTS_DIR when set.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { evaluate, negotiate, parseNegotiationSpec, parseScenario } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { negotiationForm, negotiationSpecInput } from "../explorer/negotiation-vm.js";
import { negotiationPointDocument } from "../explorer/point-document.js";
import { decodeShareHash } from "../share/share-link.js";
import { matchFileSnapshot } from "../test-support/file-snapshot.js";
import { SHOTS_DIR } from "./harness.js";
import { loadStartServer, useBrowserApp, waitForRun, type BrowserApp, type RunningServer } from "./page-helpers.js";

const SHOTS = SHOTS_DIR;
const SNAPSHOT = fileURLToPath(new URL("./__snapshots__/explorer-frontier.txt", import.meta.url));
const PAIR = "us-ru";

/** The small search the tests set in the page: the built-in space, 6 samples, one refinement run of 6. */
const SEARCH = { samples: 6, refineStarts: 1, refineIterations: 6 };
const preset = getPresetInput(DEFAULT_PRESET_ID)!;
const form = { ...negotiationForm(preset, DEFAULT_PRESET_ID), ...SEARCH };
const specInput = negotiationSpecInput(form, preset);
const resolved = parseNegotiationSpec(specInput).value!;
const result = negotiate(resolved);

let app: BrowserApp;

async function openExplorer(url: string): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  page.on("pageerror", (e) => assert.fail(`page error: ${e.message}`));
  await page.goto(url);
  await waitForRun(page);
  await page.getByTestId("tab-explorer").click();
  await page.getByTestId("negotiation-form").waitFor();
  return page;
}

/** Set the page's search to {@link SEARCH}. */
async function smallSearch(page: Page): Promise<void> {
  await page.getByTestId("neg-samples").fill(String(SEARCH.samples));
  await page.getByTestId("neg-refine-starts").fill(String(SEARCH.refineStarts));
  await page.getByTestId("neg-refine-iterations").fill(String(SEARCH.refineIterations));
  assert.match((await page.getByTestId("neg-size").textContent()) ?? "", /^Up to 14 frameworks to score/);
}

/** Every mark of a chart with the accessible names of its elements: the chart's content, independent of its size. */
async function chartContent(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((svg) => {
    const lines = [`chart: ${svg.getAttribute("aria-label") ?? ""}`];
    for (const g of Array.from(svg.querySelectorAll(":scope > g[aria-label]"))) {
      // Ticks and grid lines depend on the chart's width; the marks do not.
      if (/axis tick|grid/.test(g.getAttribute("aria-label") ?? "")) continue;
      const items = Array.from(g.querySelectorAll("[aria-label]")).map((e) => e.getAttribute("aria-label"));
      // Marks without accessible names per element (texts, axis labels) are listed by their text.
      const shown = items.length > 0 ? items : Array.from(g.querySelectorAll("text")).map((t) => t.textContent);
      lines.push(`${g.getAttribute("aria-label") ?? ""} (${shown.length})`);
      for (const s of shown) lines.push(`  ${s ?? ""}`);
    }
    return lines.join("\n") + "\n";
  });
}

describe("Explorer in Chromium", { timeout: 120_000 }, () => {
  app = useBrowserApp("seceq-explorer-e2e-");

  test("a search runs in the worker, and a frontier point opens in the Workbench with its stability", async () => {
    const page = await openExplorer(app.url);
    assert.equal(await page.getByTestId("run-negotiation-server").count(), 0, "no API here: no server run offered");
    // The progress live region is there before the first run, so its first announcement is heard.
    assert.equal(await page.locator('[role=status][data-testid="explorer-progress"]').count(), 1);
    // A large search shows its progress and can be cancelled.
    await page.getByTestId("neg-samples").fill("400");
    assert.match((await page.getByTestId("neg-size").textContent()) ?? "", /A large search \(up to 474 frameworks/);
    await page.getByTestId("run-negotiation").click();
    await page.waitForFunction(
      () =>
        /^Scored [1-9]\d* of 474 frameworks/.test(
          document.querySelector("[data-testid=explorer-progress]")?.textContent ?? "",
        ),
      undefined,
      { timeout: 30_000 },
    );
    await page.getByTestId("cancel-run").click();
    assert.match(
      (await page.getByTestId("explorer-progress").textContent()) ?? "",
      /^Cancelled after \d+ of 474 frameworks\.$/,
    );
    await smallSearch(page);
    await page.getByTestId("run-negotiation").click();
    await page.locator("#frontier-chart svg").waitFor({ timeout: 30_000 });
    assert.match(
      (await page.getByTestId("explorer-progress").textContent()) ?? "",
      new RegExp(`^Scored ${result.evaluations.scored} frameworks in [\\d.]+ s in the browser\\.$`),
    );

    // The scatter: every feasible point, the frontier ringed, the status quo marked and labelled.
    const chart = page.locator("#frontier-chart svg").first();
    const feasible = result.points.filter((p) => p.score.feasible).length;
    assert.equal(await chart.locator("circle[aria-label]").count(), feasible - 1);
    assert.equal(await chart.locator('circle[aria-label^="frontier point"]').count(), result.frontier.length - 1);
    const sq = chart.locator('[aria-label^="status quo 0:"]');
    assert.equal(await sq.count(), 1);
    assert.match((await chart.textContent()) ?? "", /status quo/);
    matchFileSnapshot(SNAPSHOT, await chartContent(page, "#frontier-chart svg"));
    const rows = await page.locator("[data-testid=points-table] tbody tr").count();
    assert.equal(rows, result.frontier.length);

    // Pick the frontier point farthest from any other, so the pointer cannot pick a neighbour.
    const dots = await chart.locator("circle[aria-label], [aria-label^='status quo 0:']").evaluateAll((els) =>
      els.map((e) => {
        const b = e.getBoundingClientRect();
        return { label: e.getAttribute("aria-label") ?? "", x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }),
    );
    const frontier = dots.filter((d) => d.label.startsWith("frontier point") && !/, 0 warheads removed$/.test(d.label));
    assert.ok(frontier.length > 0, "a frontier point with reductions");
    const gap = (d: (typeof dots)[number]) =>
      Math.min(...dots.filter((o) => o !== d).map((o) => Math.hypot(o.x - d.x, o.y - d.y)));
    const target = frontier.reduce((a, b) => (gap(b) > gap(a) ? b : a));
    const index = Number(/^frontier point (\d+):/.exec(target.label)![1]);
    const point = result.points[index]!;

    // Hovering shows the framework and who gives what.
    await page.mouse.move(target.x, target.y);
    const tip = chart.locator('g[aria-label="tip"]');
    await tip.locator("text").first().waitFor();
    const tipText = (await tip.textContent()) ?? "";
    assert.ok(tipText.includes(point.label), `tip names the framework: ${tipText}`);
    assert.match(tipText, /(us|ru) gives/);
    await page.locator("#frontier-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "explorer.png") });

    // Clicking opens the point as the Workbench's scenario.
    const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
    await page.mouse.click(target.x, target.y);
    await page.getByTestId("tab-workbench").and(page.locator('[aria-selected="true"]')).waitFor();
    await waitForRun(page, run);
    const expected = negotiationPointDocument(preset, resolved, { framework: point.framework, caps: point.caps });
    assert.ok(expected.ok);
    const shown = (await page.getByTestId(`combined-${PAIR}`).textContent()) ?? "";
    assert.equal(shown, point.score.combined.toFixed(3), "the Workbench shows the point's stability");
    assert.equal(
      shown,
      evaluate(parseScenario(expected.scenario), { sensitivities: false }).stability.pairs[0]!.combined.toFixed(3),
    );
    assert.equal(
      (await page.getByTestId("status").textContent()) ?? "",
      `Opened framework “${point.label}” from the Explorer: stability ${shown}, ${point.score.totalWarheadsRemoved.toLocaleString("en-US")} warheads removed.` +
        // The presets carry whole-warhead loads, so nothing needs rounding unless a scenario has average loads.
        (expected.rounded.length > 0
          ? ` Average loads of ${expected.rounded.length} elements are rounded to whole warheads, as the search scores them.`
          : ""),
    );
    assert.ok(Number((await page.getByTestId("changed-count").textContent())?.split(" ")[0]) >= 8);

    // The address bar becomes a share link carrying exactly that scenario.
    await page.waitForFunction(() => location.hash.startsWith("#s="), undefined, { timeout: 5_000 });
    const shared = await decodeShareHash(await page.evaluate(() => location.hash));
    assert.ok(shared?.ok);
    assert.deepEqual(shared.payload.scenario, expected.scenario);
    await page.screenshot({ path: join(SHOTS, "explorer-opened.png") });
    await page.close();
  });

  test("a sweep of one lever draws a line, exports CSV, and a cell opens in the Workbench", async () => {
    const page = await openExplorer(app.url);
    await page.getByTestId("explorer-mode-sweep").check();
    await page.getByTestId("lever-levels-0").fill("5");
    assert.match((await page.getByTestId("sweep-size").textContent()) ?? "", /^5 cells/);
    await page.getByTestId("run-sweep").click();
    await page.locator("#sweep-chart svg").waitFor({ timeout: 30_000 });
    const cells = page.locator('#sweep-chart svg circle[aria-label^="cell "]');
    assert.equal(await cells.count(), 5);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Sweep results as CSV" }).click(),
    ]);
    const lines = (await readFile(await csv.path(), "utf8")).trim().split("\r\n");
    assert.equal(lines.length, 6);
    assert.match(
      lines[0]!,
      /^Cell,"United States · Minuteman III, Mk21 \/ W87 · Deployed launchers","Combined stability, United States–Russia",/,
    );
    await page.locator("#sweep-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "explorer-sweep.png") });
    // A narrow window stacks the form above the results, without horizontal scrolling.
    await page.setViewportSize({ width: 420, height: 900 });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling on a narrow window (overflow ${overflow} px)`);
    await page.screenshot({ path: join(SHOTS, "explorer-narrow.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 860 });
    const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
    await page.getByRole("button", { name: "Open sweep cell 4 in the Workbench" }).click();
    await waitForRun(page, run);
    const deployed = Number(lines[5]!.split(",")[1]);
    const slider = page.locator('input[type=range][data-key="parties-0-forces-0-launchers-deployed"]');
    assert.equal(Number(await slider.inputValue()), deployed);
    const output = Number(lines[5]!.split(",")[2]);
    assert.equal(await page.getByTestId(`combined-${PAIR}`).textContent(), output.toFixed(3));
    await page.close();
  });

  test("with seceq serve, the search is offered and runs on the server", async () => {
    let api: RunningServer | undefined;
    try {
      const startServer = await loadStartServer();
      api = await startServer({
        port: 0,
        dbPath: ":memory:",
        staticDir: app.dist,
        workers: "inline",
        log: () => undefined,
      });
      const page = await openExplorer(api.url.replace("[::1]", "127.0.0.1"));
      await smallSearch(page);
      await page.getByTestId("run-negotiation-server").click();
      await page.locator("#frontier-chart svg").waitFor({ timeout: 30_000 });
      assert.match(
        (await page.getByTestId("explorer-progress").textContent()) ?? "",
        new RegExp(`^Scored ${result.evaluations.scored} frameworks in [\\d.]+ s on the server\\.$`),
      );
      assert.equal(
        await page.locator('#frontier-chart svg circle[aria-label^="frontier point"]').count(),
        result.frontier.length - 1,
      );
      await page.close();
    } finally {
      await api?.close();
    }
  });
});
