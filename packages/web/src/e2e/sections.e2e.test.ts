/**
 * Browser tests of the sections that follow the engine's whole equation (issues 9 and 10): "Entanglement and
 * warning", "Third parties" and the population assumptions in the editor, on the default preset (two parties) and on
 * us-russia-china-2026, at 1280×800 and at 420 px wide. Figures shown are checked against `evaluate()` run here in
 * Node on the same scenario, at the displayed precision. Screenshots go to the harness's SHOTS_DIR: a new folder
 * `seceq-shots-XXXXXX` under the system temporary folder, or SECEQ_SHOTS_DIR when set.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { evaluate, parseScenario, type Report, type ScenarioInput } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { encodeShareHash } from "../share/share-link.js";
import { setAt } from "../model/scenario-path.js";
import { formatIndex, formatPercent } from "../model/format.js";
import { fullEffects, populationParties } from "../population/population-editor-vm.js";
import { hasChromium, SHOTS_DIR } from "./harness.js";
import { plain, useBrowserApp, waitForRun, type BrowserApp } from "./page-helpers.js";

const SHOTS = SHOTS_DIR;
const THREE = "us-russia-china-2026";
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 420, height: 860 };

let app: BrowserApp;
const reports = new Map<string, Report>();

/** The preset's report computed here (cached: the three-party one takes seconds). */
function nodeReport(id: string): Report {
  let r = reports.get(id);
  if (!r) reports.set(id, (r = evaluate(parseScenario(getPresetInput(id)), { sensitivities: false })));
  return r;
}

/** Open a preset from a share link (uncertainty bands off: the slow analyses are not what these tests check). */
async function openPreset(id: string, viewport: { width: number; height: number }): Promise<Page> {
  const hash = await encodeShareHash({ v: 1, preset: id, scenario: getPresetInput(id)!, options: { samples: 0 } });
  const page = await app.browser.newPage({ viewport });
  page.on("pageerror", (e) => assert.fail(`page error: ${e.message}`));
  await page.goto(app.url + hash);
  await waitForRun(page, undefined, 180_000);
  await page.getByTestId("entanglement").waitFor({ timeout: 60_000 });
  return page;
}

/** Screenshot a section whole: the page made tall enough for it, then the viewport put back. */
async function shoot(page: Page, testId: string, file: string): Promise<void> {
  const vp = page.viewportSize()!;
  const el = page.getByTestId(testId);
  const h = Math.ceil((await el.evaluate((e) => e.getBoundingClientRect().height)) + 200);
  await page.setViewportSize({ width: vp.width, height: Math.max(vp.height, h) });
  await el.scrollIntoViewIfNeeded();
  await el.screenshot({ path: join(SHOTS, file) });
  await page.setViewportSize(vp);
}

/** Elements of a section wider than the window (clipped or scrolling sideways), as "tag: px". */
async function overflowing(page: Page, testId: string, width: number): Promise<string[]> {
  return page.getByTestId(testId).evaluate(
    (root, w) =>
      [root, ...root.querySelectorAll<HTMLElement>("figure, svg, p, ul, .chart-head")]
        .map((e) => ({ tag: e.tagName.toLowerCase(), right: e.getBoundingClientRect().right }))
        .filter((x) => x.right > w + 1)
        .map((x) => `${x.tag}: ${Math.round(x.right - w)}px`),
    width,
  );
}

describe(
  "entanglement, third parties and population assumptions in Chromium",
  {
    skip: hasChromium() ? false : "no Chromium",
    timeout: 900_000,
  },
  () => {
    app = useBrowserApp("seceq-web-sections-");

    for (const viewport of [WIDE, NARROW]) {
      test(`${viewport.width} px, default preset: warning before → after each strike, C3 sites struck, no third parties`, async () => {
        const report = nodeReport(DEFAULT_PRESET_ID);
        const page = await openPreset(DEFAULT_PRESET_ID, viewport);
        const section = page.getByTestId("entanglement");
        // The US first strike: conventional strikes on Russia's warning cut its launch under attack, as computed here.
        const e = report.exchanges.find((x) => x.striker === "us" && x.victim === "ru")!;
        assert.ok(e.warning.luaAfter < e.warning.luaBefore - 0.1, "the preset's US strike degrades Russia's warning");
        const sentence = plain(await page.getByTestId("warning-us-ru").textContent());
        assert.match(
          sentence,
          /^If United States strikes first, its conventional strikes on Russia's early-warning radars/,
        );
        assert.ok(
          sentence.includes(
            `cut Russia's chance to launch under attack from ${formatPercent(e.warning.luaBefore)} to ${formatPercent(e.warning.luaAfter)}.`,
          ),
          sentence,
        );
        assert.match(sentence, /Entangled: /);
        // The chart: one row per exchange with the figures written in the SVG (so exports carry them).
        const chart = plain(await section.locator("#warning-chart svg").first().textContent());
        assert.ok(
          chart.includes(
            `United States strikes Russia first: ${formatPercent(e.warning.luaBefore)} → ${formatPercent(e.warning.luaAfter)}`,
          ),
          chart,
        );
        assert.equal(await section.locator("#warning-chart svg g[aria-label=arrow] path").count(), 1);
        // Tables: one warning row per exchange, one C3 row per site class struck.
        assert.equal(await page.locator("[data-testid=warning-table] tbody tr").count(), report.exchanges.length);
        const struck = report.exchanges.reduce((t, x) => t + x.c3Strikes.length, 0);
        assert.ok(struck > 0);
        assert.equal(await page.locator("[data-testid=c3-table] tbody tr").count(), struck);
        const firstRow = plain(await page.locator("[data-testid=warning-table] tbody tr").first().textContent());
        assert.ok(firstRow.includes(formatPercent(e.warning.shareAfter)), firstRow);
        // Two parties: the third-party section says why it is empty, and draws nothing.
        const third = page.getByTestId("third-party");
        assert.match(plain(await third.textContent()), /This scenario has two parties: no one outside the pair/);
        assert.equal(await third.locator("svg").count(), 0);
        assert.deepEqual(await overflowing(page, "entanglement", viewport.width), []);
        await shoot(page, "entanglement", `sections-entanglement-${viewport.width}.png`);
        await shoot(page, "third-party", `sections-third-party-two-${viewport.width}.png`);
        await page.close();
      });

      test(`${viewport.width} px, ${THREE}: each pair's shift from the others, hold-back and vulnerability by side`, async () => {
        const report = nodeReport(THREE);
        assert.equal(report.thirdParty.length, 3);
        const page = await openPreset(THREE, viewport);
        const names = Object.fromEntries(report.parties.map((p) => [p.id, p.name]));
        for (const t of report.thirdParty) {
          const text = plain(await page.getByTestId(`third-party-${t.a}-${t.b}`).textContent());
          const others = t.thirdParties.map((id) => names[id]).join(" and ");
          assert.ok(text.startsWith(`${others} `), text);
          assert.ok(
            text.includes(
              `the ${names[t.a]} – ${names[t.b]} index from ${formatIndex(t.withoutThird)} (the two alone) to ${formatIndex(t.withThird)}`,
            ),
            text,
          );
          assert.ok(text.includes(`${names[t.a]} keeps ${formatPercent(t.holdBack[t.a]!, 1)}`), text);
        }
        assert.equal(await page.locator("[data-testid=third-party-table] tbody tr").count(), 3);
        assert.equal(await page.locator("[data-testid=hold-back-table] tbody tr").count(), 6);
        const chart = plain(await page.locator("#third-party-chart svg").first().textContent());
        const usRu = report.thirdParty.find((t) => t.a === "us" && t.b === "ru")!;
        assert.ok(
          chart.includes(`United States – Russia: ${formatIndex(usRu.withoutThird)} → ${formatIndex(usRu.withThird)}`),
          chart,
        );
        assert.equal(await page.locator("#third-party-chart svg g[aria-label=dot] circle").count(), 6);
        // Six exchanges in the warning section; China does not launch under attack.
        assert.equal(await page.locator("[data-testid=warning-table] tbody tr").count(), 6);
        assert.match(
          plain(await page.getByTestId("warning-us-cn").textContent()),
          /^China does not launch under attack/,
        );
        assert.deepEqual(await overflowing(page, "third-party", viewport.width), []);
        assert.deepEqual(await overflowing(page, "entanglement", viewport.width), []);
        await shoot(page, "third-party", `sections-third-party-${viewport.width}.png`);
        await shoot(page, "entanglement", `sections-entanglement-three-${viewport.width}.png`);
        await page.close();
      });
    }

    test("population assumptions: bounds from the schema, and the figures follow a ring's slider", async () => {
      const preset = getPresetInput(DEFAULT_PRESET_ID)!;
      const page = await openPreset(DEFAULT_PRESET_ID, WIDE);
      const editor = page.getByTestId("population-editor");
      await editor.locator("summary").click();
      const block = page.getByTestId("population-all");
      assert.match(plain(await block.textContent()), /^All parties \(United States, Russia\)/);
      const slider = block.locator('input[type=range][data-key="population-all-rings-1-fatality"]');
      assert.deepEqual(
        [await slider.getAttribute("min"), await slider.getAttribute("max"), await slider.inputValue()],
        ["0", "100", "50"],
      );
      const psi = block.locator('input[type=range][data-key="population-all-rings-0-psi"]');
      assert.equal(await psi.getAttribute("min"), "0.5", "positive(): one step above 0");
      assert.equal(
        await block.locator('input[type=number][data-key="population-all-rings-0-psi-num"]').getAttribute("max"),
        "10000",
      );
      const run = (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
      await slider.fill("80");
      await waitForRun(page, run, 180_000);
      // Wait for the run of this edit (a run of an intermediate value may come first).
      let doc: ScenarioInput = preset;
      for (const p of populationParties(preset)) {
        const e = fullEffects(undefined);
        e.rings[1]!.fatality = 0.8;
        doc = setAt(doc, ["parties", p.index, "value", "effects"], e);
      }
      const want = evaluate(parseScenario(doc), { sensitivities: false }).stability.pairs[0]!.combined;
      await page.waitForFunction(
        (w) => document.querySelector("[data-testid=combined-us-ru]")?.textContent === w,
        formatIndex(want),
        { timeout: 180_000 },
      );
      assert.match(plain(await page.getByTestId("population-changed-count").textContent()), /^1 changed$/);
      assert.equal(await slider.inputValue(), "80");
      await shoot(page, "population-editor", "sections-population-1280.png");
      // Reset puts the preset back (both parties).
      await block.getByRole("button", { name: /^Reset Ring 2 \(5–12 psi\): share killed/ }).click();
      const base = nodeReport(DEFAULT_PRESET_ID).stability.pairs[0]!.combined;
      await page.waitForFunction(
        (w) => document.querySelector("[data-testid=combined-us-ru]")?.textContent === w,
        formatIndex(base),
        { timeout: 180_000 },
      );
      assert.equal(await page.getByTestId("population-changed-count").count(), 0);
      await page.close();
    });
  },
);
