/**
 * Browser tests of the workbench: Vite builds the app into a temporary folder, a static server (no API) and the real
 * `seceq serve` app (with the API) serve it, and headless Chromium drives it through playwright-core. Figures shown
 * in the page are checked against `evaluate()` run here in Node on the same scenario, to the displayed precision.
 * Screenshots of each main view go to the harness's SHOTS_DIR: a new folder `seceq-shots-XXXXXX` under the system
 * temporary folder, or SECEQ_SHOTS_DIR when set.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { evaluate, parseScenario, type ScenarioInput } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { encodeShareHash } from "../share/share-link.js";
import { importScenario } from "../share/scenario-file.js";
import { setAt } from "../model/scenario-path.js";
import { SHOTS_DIR } from "./harness.js";
import { loadStartServer, useBrowserApp, waitForRun, type BrowserApp, type RunningServer } from "./page-helpers.js";

const SHOTS = SHOTS_DIR;
const PAIR = "us-ru";
const LAUNCHERS = "parties-0-forces-0-launchers-deployed";

let app: BrowserApp;

/** Figures of a scenario computed in Node, formatted as the page shows them. */
function nodeFigures(doc: unknown): { combined: string; fssA: string; fssB: string } {
  const p = evaluate(parseScenario(doc), { sensitivities: false }).stability.pairs[0]!;
  return { combined: p.combined.toFixed(3), fssA: p.fssA.toFixed(3), fssB: p.fssB.toFixed(3) };
}

async function shownFigures(page: Page): Promise<{ combined: string; fssA: string; fssB: string }> {
  return {
    combined: (await page.getByTestId(`combined-${PAIR}`).textContent()) ?? "",
    fssA: (await page.getByTestId(`fss-${PAIR}-us`).textContent()) ?? "",
    fssB: (await page.getByTestId(`fss-${PAIR}-ru`).textContent()) ?? "",
  };
}

/** Wait until the slow analyses (crisis, sensitivities, compliance) are up to date. */
async function waitForExtras(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("[data-testid=results] .spinner"), undefined, {
    timeout: 60_000,
  });
}

async function openApp(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await app.browser.newPage({ viewport, acceptDownloads: true });
  page.on("pageerror", (e) => assert.fail(`page error: ${e.message}`));
  await page.goto(url);
  await waitForRun(page);
  return page;
}

describe("web workbench in Chromium", { timeout: 180_000 }, () => {
  app = useBrowserApp("seceq-web-e2e-");

  test("loads the default preset and shows the figures evaluate() computes in Node", async () => {
    const page = await openApp(app.url);
    const preset = getPresetInput(DEFAULT_PRESET_ID)!;
    assert.deepEqual(await shownFigures(page), nodeFigures(preset));
    assert.match((await page.getByTestId(`card-${PAIR}`).textContent()) ?? "", /(robust|moderate|fragile)/);
    await waitForExtras(page);
    assert.equal(await page.locator("#crisis-chart svg").count(), 1, "crisis timeline drawn");
    assert.ok((await page.locator("[data-testid=compliance-table] tbody tr").count()) >= 6, "New START rows");
    await page.screenshot({ path: join(SHOTS, "workbench.png") });
    await page.close();
  });

  test("moving a slider with the keyboard changes the stability figure and the draw-down chart", async () => {
    const page = await openApp(app.url);
    const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
    const before = await shownFigures(page);
    const chartBefore = await page.locator("#drawdown-chart svg").innerHTML();
    const slider = page.locator(`input[type=range][data-key="${LAUNCHERS}"]`);
    await slider.focus();
    await page.keyboard.press("End");
    await waitForRun(page, run);
    const max = Number(await slider.getAttribute("max"));
    assert.equal(await slider.inputValue(), String(max));
    const after = await shownFigures(page);
    const expected = nodeFigures(
      setAt(getPresetInput(DEFAULT_PRESET_ID)!, ["parties", 0, "forces", 0, "launchers", "deployed"], max),
    );
    assert.deepEqual(after, expected);
    assert.notDeepEqual(after, before, "the figures moved");
    assert.notEqual(
      await page.locator("#drawdown-chart svg").innerHTML(),
      chartBefore,
      "the chart was redrawn with new data",
    );
    assert.equal(await page.getByTestId("changed-count").textContent(), "1 changed");
    await page.screenshot({ path: join(SHOTS, "slider-moved.png") });
    // The chart downloads as a standalone SVG and as a PNG.
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Draw-down.* as SVG/ }).click(),
    ]);
    const svgText = await readFile(await svg.path(), "utf8");
    assert.match(svgText, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svgText, /chosen strike/);
    // Exports are titled: the chart, the scenario with its date, the export date and the engine version.
    assert.match(svgText, /<text[^>]*>Draw-down: United States strikes Russia first<\/text>/);
    assert.match(
      svgText,
      /US and Russia after New START \(5 Feb 2026\) \(us-russia-2026, as of 2026-02-05\) · exported \d{4}-\d{2}-\d{2} · seceq engine \d+\.\d+\.\d+/,
    );
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Draw-down.* as PNG/ }).click(),
    ]);
    const pngBytes = await readFile(await png.path());
    assert.deepEqual([...pngBytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "PNG signature");
    assert.match(png.suggestedFilename(), /^drawdown-us-ru\.png$/);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Parity by party as CSV" }).click(),
    ]);
    const csvText = await readFile(await csv.path(), "utf8");
    assert.match(csvText.split("\r\n")[0]!, /^Party,Posture,Deployed launchers,Deployed warheads/);
    await page.close();
  });

  test("compare lists the preset, pinned and current scenarios and every changed setting", async () => {
    const page = await openApp(app.url);
    const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
    await page.locator('label[for="ctl-parties-0-posture-generated"]').click();
    await waitForRun(page, run);
    // A tab names the panel it controls only when that panel is in the page.
    assert.equal(await page.getByTestId("tab-compare").getAttribute("aria-controls"), null);
    await page.getByTestId("tab-compare").click();
    assert.equal(await page.getByTestId("tab-compare").getAttribute("aria-controls"), "panel-compare");
    assert.equal(await page.locator("#panel-compare").count(), 1);
    await page.getByTestId("pin").click();
    await page.getByTestId("tab-workbench").click();
    const run2 = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
    await page.locator(`input[type=range][data-key="${LAUNCHERS}"]`).fill("150");
    await waitForRun(page, run2);
    await page.getByTestId("tab-compare").click();
    const headers = await page.locator("[data-testid=compare-table] thead th").allTextContents();
    assert.deepEqual(headers.slice(1), [
      `Preset: ${getPresetInput(DEFAULT_PRESET_ID)!.name}`,
      "Pinned (modified)",
      "Current",
      "Change (current − preset)",
    ]);
    const diff = await page.locator("[data-testid=diff-current] tbody tr").allTextContents();
    // Settings by their names and labels, not scenario-file paths.
    assert.deepEqual(diff, [
      "United States · Alert posturedayToDaygenerated",
      "United States · Minuteman III, Mk21 / W87 · Deployed launchers200150",
    ]);
    const pinned = await page.locator("[data-testid=diff-pinned] tbody tr").allTextContents();
    assert.deepEqual(pinned, ["United States · Alert posturedayToDaygenerated"]);
    const combinedRow = await page.locator('[data-metric="combined-us-ru"] td').allTextContents();
    const current = setAt(
      setAt(getPresetInput(DEFAULT_PRESET_ID)!, ["parties", 0, "posture"], "generated"),
      ["parties", 0, "forces", 0, "launchers", "deployed"],
      150,
    );
    assert.equal(combinedRow[0], nodeFigures(getPresetInput(DEFAULT_PRESET_ID)).combined);
    assert.equal(combinedRow[2], nodeFigures(current).combined);
    await page.screenshot({ path: join(SHOTS, "compare.png"), fullPage: true });
    await page.close();
  });

  test("a scenario exported as YAML imports back with the same figures", async () => {
    const page = await openApp(app.url);
    const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
    await page.locator(`input[type=range][data-key="${LAUNCHERS}"]`).fill("120");
    const edited = await waitForRun(page, run);
    const figures = await shownFigures(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-yaml").click()]);
    assert.equal(download.suggestedFilename(), `${DEFAULT_PRESET_ID}.yaml`);
    const file = join(app.tmp, "exported.yaml");
    await download.saveAs(file);
    const text = await readFile(file, "utf8");
    const imported = importScenario(text, "exported.yaml");
    assert.ok(imported.ok, "the exported file is a valid scenario");
    assert.equal(imported.scenario.parties[0]!.forces[0]!.launchers.deployed, 120);
    await page.getByTestId("reset-all").click();
    const reset = await waitForRun(page, edited);
    assert.deepEqual(await shownFigures(page), nodeFigures(getPresetInput(DEFAULT_PRESET_ID)));
    await page.getByTestId("import-file").setInputFiles(file);
    await waitForRun(page, reset);
    assert.deepEqual(await shownFigures(page), figures);
    assert.deepEqual(await shownFigures(page), nodeFigures(imported.scenario));
    assert.match((await page.getByTestId("status").textContent()) ?? "", /Imported exported\.yaml/);
    // A broken file is refused with located issues, and the figures stay.
    await page.getByTestId("import-file").setInputFiles({
      name: "bad.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from("schemaVersion: 1\nid: Bad Id\n"),
    });
    await page.getByTestId("import-issues").waitFor();
    assert.match((await page.getByTestId("import-issues").textContent()) ?? "", /bad\.yaml:\d+:\d+/);
    assert.deepEqual(await shownFigures(page), figures);
    await page.close();
  });

  test("a shared URL opens the same scenario and shows the figures evaluate() gives in Node", async () => {
    let doc: ScenarioInput = getPresetInput(DEFAULT_PRESET_ID)!;
    doc = setAt(doc, ["parties", 1, "options"], { launchUnderAttack: false, holdBackFraction: 0.1 });
    doc = setAt(doc, ["parties", 0, "forces", 2, "launchers", "deployed"], 120);
    doc = setAt(doc, ["assumptions", "costWeight"], 0.5);
    const hash = await encodeShareHash({
      v: 1,
      preset: DEFAULT_PRESET_ID,
      scenario: doc,
      options: { samples: 0, crisisDays: 10, assumeBinding: true },
    });
    const page = await openApp(app.url + hash);
    assert.deepEqual(await shownFigures(page), nodeFigures(doc));
    assert.match((await page.getByTestId("status").textContent()) ?? "", /Opened a shared scenario/);
    assert.equal(await page.getByLabel("Treat limits as binding").isChecked(), true, "the link's options apply");
    // The skip link moves focus to the results without replacing the share link in the address bar.
    await page.locator("a.skip").focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    assert.equal(await page.evaluate(() => location.hash), hash);
    assert.equal(
      await page.getByTestId("changed-count").textContent(),
      "4 changed",
      "LUA, hold-back, launchers, cost weight",
    );
    // The page's own share link reproduces the scenario too.
    await page.getByTestId("share").click();
    const link = await page.getByTestId("share-link").inputValue();
    const again = await openApp(link);
    assert.deepEqual(await shownFigures(again), nodeFigures(doc));
    await page.screenshot({ path: join(SHOTS, "shared-link.png") });
    await again.close();
    await page.close();
    // A damaged, hand-edited link (parties without forces) opens the default preset and says why.
    const damaged = await encodeShareHash({ v: 1, preset: null, scenario: { parties: [{ id: "us" }] } }, false);
    const fallback = await openApp(app.url + damaged);
    assert.deepEqual(await shownFigures(fallback), nodeFigures(getPresetInput(DEFAULT_PRESET_ID)));
    assert.match(
      (await fallback.getByTestId("status").textContent()) ?? "",
      /the link's scenario is not valid: .*; showing the default preset\./,
    );
    await fallback.close();
  });

  test("uncertainty bands, the scope view, and a narrow window", async () => {
    const page = await openApp(app.url);
    await waitForExtras(page);
    await page.getByTestId("samples-toggle").check();
    await page.locator("#band-chart svg").waitFor({ timeout: 60_000 });
    const card = (await page.getByTestId(`card-${PAIR}`).textContent()) ?? "";
    assert.match(card, /90 % band \d\.\d{3}–\d\.\d{3}/);
    await page.locator("#band-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "bands.png") });
    await page.getByTestId("tab-about").click();
    await page.getByTestId("scope").waitFor(); // the tab's code loads on first open
    assert.ok((await page.locator("[data-testid=sources-table] tbody tr").count()) > 10);
    assert.match(
      (await page.getByTestId("scope").textContent()) ?? "",
      /Deaths by blast, burns in the open and one week of fallout only/,
    );
    await page.screenshot({ path: join(SHOTS, "scope.png") });
    // Provenance on hover: every lever of the first element names a source.
    await page.getByTestId("tab-workbench").click();
    const title = await page.locator(`.control:has(input[data-key="${LAUNCHERS}"])`).getAttribute("title");
    assert.match(title ?? "", /Source/);
    // …and, without a mouse, as the slider's description.
    const described = (await page.locator(`input[data-key="${LAUNCHERS}"]`).getAttribute("aria-describedby")) ?? "";
    const descriptions = await Promise.all(
      described.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    assert.ok(
      descriptions.some((d) => d === title),
      `aria-describedby ${described} names the provenance`,
    );
    await page.setViewportSize({ width: 420, height: 900 });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling on a narrow window (overflow ${overflow} px)`);
    await page.screenshot({ path: join(SHOTS, "narrow.png") });
    await page.close();
  });

  test("without an API, saving explains itself; with seceq serve, a scenario saves and loads", async () => {
    const page = await openApp(app.url);
    await page.getByText("Saved…").click();
    await page.getByRole("button", { name: "Save to server" }).click();
    await page
      .getByText(/No scenario API here/)
      .first()
      .waitFor();
    await page.close();

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
      const p = await openApp(api.url.replace("[::1]", "127.0.0.1"));
      const run = (await p.getByTestId("results").getAttribute("data-run-id")) ?? "";
      await p.locator(`input[type=range][data-key="${LAUNCHERS}"]`).fill("100");
      const edited = await waitForRun(p, run);
      const figures = await shownFigures(p);
      await p.getByText("Saved…").click();
      await p.getByLabel("Name").fill("Fewer Minuteman");
      await p.getByRole("button", { name: "Save to server" }).click();
      await p.getByText(/Saved “Fewer Minuteman”/).waitFor();
      await p.getByTestId("reset-all").click();
      await waitForRun(p, edited);
      assert.notDeepEqual(await shownFigures(p), figures);
      const loaded = (await p.getByTestId("results").getAttribute("data-run-id")) ?? "";
      await p.locator(".saved-list li", { hasText: "Fewer Minuteman" }).getByRole("button", { name: "Load" }).click();
      await waitForRun(p, loaded);
      assert.deepEqual(await shownFigures(p), figures);
      await p.close();
    } finally {
      await api?.close();
    }
  });
});
