/**
 * Browser tests of a workbench people understand (issue 13), at 1280×800 and 420 px: the explanation sentence, the
 * preset delta after a slider move, the summary bar in view while editing on a narrow screen, tables without
 * horizontal clipping, links in the sources table, a degenerate posture's warning, and the guided tour end to end.
 * Screenshots of each view go to the harness's SHOTS_DIR: a new folder `seceq-shots-XXXXXX` under the system
 * temporary folder, or SECEQ_SHOTS_DIR when set.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { evaluate, parseScenario } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { encodeShareHash } from "../share/share-link.js";
import { setAt } from "../model/scenario-path.js";
import { TOUR_STEPS } from "../tour/tour-steps.js";
import { SHOTS_DIR } from "./harness.js";
import { useBrowserApp, waitForRun, type BrowserApp } from "./page-helpers.js";

const SHOTS = SHOTS_DIR;
const PAIR = "us-ru";
const LAUNCHERS = "parties-0-forces-0-launchers-deployed";
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 420, height: 900 };

let app: BrowserApp;

async function openApp(url: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await app.browser.newPage({ viewport });
  page.on("pageerror", (e) => assert.fail(`page error: ${e.message}`));
  page.on("console", (m) => process.env.SECEQ_E2E_CONSOLE && console.log("console:", m.text()));
  await page.goto(url);
  await waitForRun(page);
  return page;
}

/** Tables wider than the box that holds them (horizontal clipping or scrolling), as "caption: px" strings. */
async function clippedTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableElement>("table")]
      .filter((t) => t.offsetParent !== null)
      .map((t) => {
        const box = t.parentElement!;
        return {
          id: t.closest("[data-testid]")?.getAttribute("data-testid") ?? "?",
          over: t.scrollWidth - box.clientWidth,
        };
      })
      .filter((x) => x.over > 1)
      .map((x) => `${x.id}: ${x.over}px`),
  );
}

describe("a workbench people understand, in Chromium", { timeout: 300_000 }, () => {
  app = useBrowserApp("seceq-web-understand-");

  for (const viewport of [WIDE, NARROW]) {
    test(`${viewport.width} px: the card explains the number, and a slider move shows the change from the preset`, async () => {
      const page = await openApp(app.url, viewport);
      const preset = getPresetInput(DEFAULT_PRESET_ID)!;
      const p = evaluate(parseScenario(preset), { sensitivities: false }).stability.pairs[0]!;
      const sentence = page.getByTestId(`explain-${PAIR}`);
      assert.ok(await sentence.isVisible());
      const text = (await sentence.textContent()) ?? "";
      assert.match(text, new RegExp(`^Combined stability ${p.combined.toFixed(3)} on a scale where 1 means`));
      assert.match(text, /retaliation after a (United States|Russia) first strike would still destroy \d+ % of/);
      // C1 and C2 are defined where they are shown.
      assert.match((await page.getByTestId(`card-${PAIR}`).textContent()) ?? "", /C1 \d\.\d{3} if it strikes first/);
      assert.equal(
        await page.getByTestId(`delta-${PAIR}`).textContent(),
        `preset ${p.combined.toFixed(3)} · no change`,
      );
      // The decomposition opens in place.
      await page.getByTestId(`why-${PAIR}`).locator("summary").click();
      assert.match(
        (await page.getByTestId(`why-${PAIR}`).textContent()) ?? "",
        /If United States strikes first \(its C1 = /,
      );
      // Provenance: a badge per lever and the banner on notional inputs.
      assert.ok((await page.locator(".editor .conf").count()) > 20);
      assert.match((await page.getByTestId("provenance-banner").textContent()) ?? "", /rests on notional inputs/);
      await page.screenshot({ path: join(SHOTS, `understand-card-${viewport.width}.png`) });

      // Edit a lever: on a narrow screen the levers come after the results, and the summary bar stays in view.
      const slider = page.locator(`input[type=range][data-key="${LAUNCHERS}"]`);
      await slider.scrollIntoViewIfNeeded();
      const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
      await slider.fill("100");
      await waitForRun(page, run);
      const moved = evaluate(parseScenario(setAt(preset, ["parties", 0, "forces", 0, "launchers", "deployed"], 100)), {
        sensitivities: false,
      }).stability.pairs[0]!;
      const d = moved.combined - p.combined;
      const delta = `${d > 0 ? "+" : "−"}${Math.abs(d).toFixed(3)}`;
      if (viewport === NARROW) {
        const bar = page.getByTestId("mini-summary");
        const box = await bar.boundingBox();
        assert.ok(
          box && box.y >= -1 && box.y + box.height <= viewport.height,
          `summary bar in view: ${JSON.stringify(box)}`,
        );
        assert.match((await bar.textContent()) ?? "", new RegExp(`${moved.combined.toFixed(3)}\\s*${delta}`));
        const cardTop = (await page.getByTestId(`card-${PAIR}`).boundingBox())!.y;
        const leversTop = (await page.locator("#levers").boundingBox())!.y;
        assert.ok(cardTop < leversTop, "results first on a narrow screen");
        await page.screenshot({ path: join(SHOTS, "understand-editing-420.png") });
        await page.getByTestId(`card-${PAIR}`).scrollIntoViewIfNeeded();
      }
      const shown = page.getByTestId(`delta-${PAIR}`);
      assert.equal(await shown.textContent(), `preset ${p.combined.toFixed(3)} · ${delta}`);
      const tone = (await shown.locator(".delta").getAttribute("class")) ?? "";
      assert.match(tone, d > 5e-4 ? /good/ : d < -5e-4 ? /bad/ : /neutral/);
      await page.screenshot({ path: join(SHOTS, `understand-delta-${viewport.width}.png`) });
      await page.close();
    });

    test(`${viewport.width} px: no table is clipped sideways, and sources are links`, async () => {
      const page = await openApp(app.url, viewport);
      await page.waitForFunction(() => !document.querySelector("[data-testid=results] .spinner"), undefined, {
        timeout: 120_000,
      });
      assert.deepEqual(await clippedTables(page), [], "workbench tables");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `no horizontal scrolling (overflow ${overflow} px)`);
      await page.screenshot({ path: join(SHOTS, `understand-workbench-${viewport.width}.png`), fullPage: true });
      const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
      await page.locator(`input[type=range][data-key="${LAUNCHERS}"]`).fill("150");
      await waitForRun(page, run);
      await page.getByTestId("tab-compare").click();
      assert.deepEqual(await clippedTables(page), [], "compare tables");
      // The compare view lists changes once the preset's baseline run is in (it can finish after the current run).
      await page.locator("[data-testid=diff-current] tbody th").first().waitFor({ timeout: 60_000 });
      const diff = await page.locator("[data-testid=diff-current] tbody th").allTextContents();
      assert.deepEqual(diff, ["United States · Minuteman III, Mk21 / W87 · Deployed launchers"]);
      await page.screenshot({ path: join(SHOTS, `understand-compare-${viewport.width}.png`), fullPage: true });
      await page.getByTestId("tab-about").click();
      assert.deepEqual(await clippedTables(page), [], "sources table");
      const links = page.locator("[data-testid=sources-table] tbody a[href^='http']");
      await links.nth(5).waitFor({ timeout: 60_000 });
      assert.ok((await links.count()) > 5, "source URLs are links");
      assert.equal(await links.first().getAttribute("target"), "_blank");
      const items = await page.locator("[data-testid=sources-table] tbody tr").allTextContents();
      assert.ok(!items.some((t) => /mm3-w87/.test(t)), "items by name, not id");
      await page.screenshot({ path: join(SHOTS, `understand-sources-${viewport.width}.png`), fullPage: true });
      await page.getByTestId("tab-explorer").click();
      // The explorer is loaded when first opened: shoot it once it is there, not its "Loading…".
      await page.getByTestId("explorer").waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(SHOTS, `understand-explorer-${viewport.width}.png`), fullPage: true });
      await page.close();
    });
  }

  test("a degenerate posture (every US launcher at 0) is a warning on the card, not 1.000 robust", async () => {
    let doc = getPresetInput(DEFAULT_PRESET_ID)!;
    doc.parties[0]!.forces.forEach(
      (_, i) => (doc = setAt(doc, ["parties", 0, "forces", i, "launchers", "deployed"], 0)),
    );
    const hash = await encodeShareHash({ v: 1, preset: DEFAULT_PRESET_ID, scenario: doc, options: { samples: 0 } });
    const page = await openApp(app.url + hash, WIDE);
    const warning = page.getByTestId(`degenerate-${PAIR}`);
    await warning.waitFor();
    assert.match((await warning.textContent()) ?? "", /United States has no deployed nuclear warheads/);
    const reading = (await page.getByTestId(`reading-${PAIR}`).textContent()) ?? "";
    assert.match(reading, /not a stability reading/);
    assert.doesNotMatch(reading, /robust/);
    await page.screenshot({ path: join(SHOTS, "understand-degenerate.png") });
    await page.close();
  });

  test("the guided tour runs end to end from its URL, each step with the literature's and the engine's direction", async () => {
    const page = await openApp(`${app.url}?tour=1`, WIDE);
    const tour = page.getByTestId("tour");
    for (let i = 0; i < TOUR_STEPS.length; i++) {
      const step = TOUR_STEPS[i]!;
      assert.match((await tour.locator("h2").textContent()) ?? "", new RegExp(`step ${i + 1} of ${TOUR_STEPS.length}`));
      assert.match((await tour.textContent()) ?? "", /\[[a-z]+-[a-z0-9-]+/, "cites the literature by key");
      await page.getByTestId("tour-do").click();
      const verdict = page.getByTestId("tour-verdict");
      await verdict.waitFor({ timeout: 30_000 });
      const v = (await verdict.textContent()) ?? "";
      assert.match(
        v,
        new RegExp(`Expected from the literature: .* stability ${step.expected === "down" ? "falls" : "rises"}\\.`),
      );
      assert.match(v, /The engine: \d\.\d{3} → \d\.\d{3} .*(agrees|disagrees)/);
      if (/disagrees/.test(v)) assert.match(v, /Why: /, "a disagreement is explained");
      assert.equal(await page.evaluate(() => location.search), `?tour=${i + 1}`);
      if (i === 0 || i === TOUR_STEPS.length - 1)
        await page.screenshot({ path: join(SHOTS, `understand-tour-${i + 1}.png`) });
      if (i < TOUR_STEPS.length - 1) await page.getByTestId("tour-next").click();
    }
    await page.getByTestId("tour-finish").click();
    assert.equal(await tour.count(), 0);
    assert.equal(await page.evaluate(() => location.search), "");
    await page.close();
  });
});
