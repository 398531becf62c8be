/**
 * Browser test of a slider drag (issue 11's fast path): headless Chromium drags the first deployed-launchers slider
 * with the mouse, and afterwards the figures shown equal `evaluate()` run here in Node for the value the slider ended
 * on. While dragging, every look at the page finds figures on the cards (never an empty card) and never charts newer
 * than the figures (the cards render first, the charts after them). Correctness only: no timing is asserted here
 * (the latency is `npm run bench web`). Screenshots during and after the drag go to the harness's shots folder
 * (SECEQ_SHOTS_DIR, else a new temporary folder).
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { evaluate, parseScenario } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { setAt } from "../model/scenario-path.js";
import { SHOTS_DIR } from "./harness.js";
import { useBrowserApp, type BrowserApp } from "./page-helpers.js";

const SHOTS = SHOTS_DIR;
const PAIR = "us-ru";
const LAUNCHERS = "parties-0-forces-0-launchers-deployed";
const LAUNCHERS_PATH = ["parties", 0, "forces", 0, "launchers", "deployed"];

let app: BrowserApp;

/** Figures of a scenario computed in Node, formatted as the page shows them. */
function nodeFigures(doc: unknown): { combined: string; fssA: string; fssB: string } {
  const p = evaluate(parseScenario(doc), { sensitivities: false }).stability.pairs[0]!;
  return { combined: p.combined.toFixed(3), fssA: p.fssA.toFixed(3), fssB: p.fssB.toFixed(3) };
}

/** What the page shows at one moment: the figures, and which run the cards and the charts belong to. */
async function look(page: Page) {
  // No named helper functions in the page function: tsx's keepNames would wrap them in `__name`, unknown there.
  return page.evaluate((pair) => {
    const results = document.querySelector<HTMLElement>("[data-testid=results]")!;
    return {
      combined: document.querySelector(`[data-testid="combined-${pair}"]`)?.textContent ?? "",
      fssA: document.querySelector(`[data-testid="fss-${pair}-us"]`)?.textContent ?? "",
      fssB: document.querySelector(`[data-testid="fss-${pair}-ru"]`)?.textContent ?? "",
      numberRun: Number(results.dataset.numberRun ?? 0),
      chartsRun: Number(results.dataset.runId ?? 0),
      drawdownDrawn: document.querySelector("#drawdown-chart svg") !== null,
      busy: document.querySelector("main")?.getAttribute("aria-busy") === "true",
    };
  }, PAIR);
}

describe("slider drag in Chromium", { timeout: 240_000 }, () => {
  app = useBrowserApp("seceq-web-slider-");

  test("after a mouse drag the figures equal the engine's for the slider's value; none go empty or stale meanwhile", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => assert.fail(`page error: ${e.message}`));
    await page.goto(app.url);
    await page.waitForSelector("[data-testid=results][data-run-id]", { timeout: 120_000 });
    const slider = page.locator(`input[type=range][data-key="${LAUNCHERS}"]`);
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const start = Number(await slider.inputValue());
    const min = Number(await slider.getAttribute("min"));
    const max = Number(await slider.getAttribute("max"));
    // Press on the thumb, then drag left in small steps, looking at the page after each.
    // The draw-down chart as drawn before the drag: its SVG node is tagged, to tell an update in place (the node
    // kept, show-chart.ts) from a replacement.
    const markupBefore = await page.evaluate(() => {
      const svg = document.querySelector<SVGElement & { seceqTag?: number }>("#drawdown-chart svg");
      if (svg) svg.seceqTag = 1;
      return svg?.outerHTML ?? "";
    });
    assert.ok(markupBefore.length > 0, "the draw-down chart is drawn before the drag");
    const y = box.y + box.height / 2;
    const x0 = box.x + ((start - min) / (max - min)) * box.width;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    const seen: Array<Awaited<ReturnType<typeof look>>> = [];
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x0 - (i * box.width * 0.4) / steps, y, { steps: 2 });
      seen.push(await look(page));
      if (i % 4 === 0) await page.screenshot({ path: join(SHOTS, `slider-drag-${i / 4}.png`) });
    }
    await page.mouse.up();
    for (const [i, s] of seen.entries()) {
      assert.match(s.combined, /^\d\.\d{3}$/, `look ${i}: the combined figure is shown (${JSON.stringify(s)})`);
      assert.match(s.fssA, /^\d\.\d{3}$/, `look ${i}: the first side's figure is shown`);
      assert.match(s.fssB, /^\d\.\d{3}$/, `look ${i}: the second side's figure is shown`);
      assert.ok(s.drawdownDrawn, `look ${i}: the draw-down chart is on the page`);
      assert.ok(s.numberRun >= s.chartsRun, `look ${i}: the charts are not newer than the figures`);
    }
    // Settled: no run pending, and the cards and the charts show the same (last) run.
    await page.waitForFunction(
      () => {
        const r = document.querySelector<HTMLElement>("[data-testid=results]")!;
        return (
          document.querySelector("main")?.getAttribute("aria-busy") === "false" &&
          r.dataset.numberRun !== undefined &&
          r.dataset.numberRun === r.dataset.runId
        );
      },
      undefined,
      { timeout: 60_000 },
    );
    const value = Number(await slider.inputValue());
    assert.ok(value < start, `the drag moved the slider (${start} → ${value})`);
    const shown = await look(page);
    const expected = nodeFigures(setAt(getPresetInput(DEFAULT_PRESET_ID)!, LAUNCHERS_PATH, value));
    assert.deepEqual({ combined: shown.combined, fssA: shown.fssA, fssB: shown.fssB }, expected);
    assert.notDeepEqual(expected, nodeFigures(getPresetInput(DEFAULT_PRESET_ID)!), "the figures moved");
    // The draw-down chart was redrawn for the new run by updating the same SVG node in place.
    const after = await page.evaluate(() => {
      const svg = document.querySelector<SVGElement & { seceqTag?: number }>("#drawdown-chart svg");
      return { kept: svg?.seceqTag === 1, markup: svg?.outerHTML ?? "" };
    });
    assert.ok(after.kept, "the chart's SVG node was kept (updated in place, not replaced)");
    assert.notEqual(after.markup, markupBefore, "the chart shows the new run");
    await page.screenshot({ path: join(SHOTS, "slider-drag-after.png") });
    await page.close();
  });
});
