import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario, type ExchangeResult, type Report, type ScenarioInput } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { c3SiteNames, entanglementVm, formatSites, listWords } from "./entanglement-vm.js";

/** An exchange with only the fields the view model reads (the rest of ExchangeResult is not used). */
function exchange(partial: Partial<ExchangeResult> & Pick<ExchangeResult, "striker" | "victim">): ExchangeResult {
  return {
    allocation: [],
    c3Strikes: [],
    warning: { shareBefore: 1, shareAfter: 1, luaBefore: 0.9, luaAfter: 0.9 },
    ...partial,
  } as unknown as ExchangeResult;
}

const parties = [
  { id: "us", name: "United States" },
  { id: "ru", name: "Russia" },
] as Report["parties"];

// The default preset's US first strike on Russia (figures as the engine reports them, rounded).
const usOnRu = exchange({
  striker: "us",
  victim: "ru",
  warning: { shareBefore: 1, shareAfter: 0.38332, luaBefore: 0.9, luaAfter: 0.34499 },
  c3Strikes: [
    {
      site: "ru-command",
      kind: "command",
      dualUse: true,
      sites: 5,
      destroyed: 0.2019,
      conventionalWarheads: 20,
      nuclearWarheads: 0,
      entangled: true,
    },
    {
      site: "ru-don-2n",
      kind: "defense-radar",
      dualUse: true,
      sites: 1,
      destroyed: 0.988,
      conventionalWarheads: 4,
      nuclearWarheads: 2,
      entangled: true,
    },
    {
      site: "ru-early-warning",
      kind: "early-warning",
      dualUse: true,
      sites: 10,
      destroyed: 6.0055,
      conventionalWarheads: 40,
      nuclearWarheads: 0,
      entangled: true,
    },
  ],
  allocation: [
    { weapon: "b52h-conventional", target: "ru-early-warning", warheads: 40, kills: 6, targetKind: "early-warning" },
    { weapon: "b52h-conventional", target: "ru-command", warheads: 20, kills: 0.2, targetKind: "command" },
    { weapon: "d5-w76-2", target: "ru-don-2n", warheads: 1, kills: 0.85, targetKind: "defense-radar" },
    { weapon: "b52h-conventional", target: "ru-don-2n", warheads: 4, kills: 0.09, targetKind: "defense-radar" },
    { weapon: "mm3-w87", target: "ru-icbm", warheads: 100, kills: 50, targetKind: "force" },
  ],
});

test("the US first strike: conventional strikes on Russian warning cut Russia's launch under attack from 90 % to 34 %", () => {
  const vm = entanglementVm(
    { parties, exchanges: [usOnRu] },
    { "ru/ru-early-warning": "Early-warning radars (Voronezh family, Daryal)" },
    { "us/b52h-conventional": "B-52H (conventional)", "us/d5-w76-2": "Trident II D5 / W76-2" },
  );
  const [x] = vm.exchanges;
  assert.ok(x);
  assert.equal(x.label, "United States strikes Russia first");
  assert.equal(
    x.sentence,
    "If United States strikes first, its conventional strikes on Russia's early-warning radars (6.0 of 10 destroyed) and command centres (0.2 of 5) cut Russia's chance to launch under attack from 90 % to 34 %.",
  );
  assert.equal(x.entangled, true);
  assert.equal(x.launchesUnderAttack, true);
  assert.deepEqual(x.details, [
    "United States also strikes Russia's missile-defence radars (1.0 of 1 destroyed, with 2 nuclear and 4 conventional warheads), weakening the defence layers they guide.",
    "Entangled: these conventional warheads strike dual-use sites (command centres, missile-defence radars and early-warning radars) that also serve Russia's nuclear forces.",
  ]);
  // Tables: one warning row, one row per site class with names from the scenario (ids where it names none).
  assert.deepEqual(vm.warningTable.rows, [
    ["United States strikes Russia first", "100 %", "38 %", "90 %", "34 %", "3", "yes"],
  ]);
  assert.deepEqual(vm.warningTable.raw[0]!.slice(1, 5), [1, 0.38332, 0.9, 0.34499]);
  assert.deepEqual(
    vm.strikeTable.rows.map((r) => [r[1], r[2], r[4], r[5], r[6], r[9]]),
    [
      ["ru-command", "command", "0.2", "20", "0", "B-52H (conventional)"],
      ["ru-don-2n", "missile-defence radar", "1.0", "4", "2", "Trident II D5 / W76-2, B-52H (conventional)"],
      ["Early-warning radars (Voronezh family, Daryal)", "early warning", "6.0", "40", "0", "B-52H (conventional)"],
    ],
  );
  assert.equal(vm.anyStrikes, true);
  assert.equal(vm.anyLua, true);
});

test("sentences when the victim keeps its warning, has none to lose, or does not launch under attack", () => {
  const intact = exchange({ striker: "ru", victim: "us" });
  const barely = exchange({
    striker: "cn",
    victim: "ru",
    warning: { shareBefore: 1, shareAfter: 0.997, luaBefore: 0.9, luaAfter: 0.8972 },
    c3Strikes: [
      {
        site: "ru-early-warning",
        kind: "early-warning",
        dualUse: true,
        sites: 10,
        destroyed: 0.0295,
        conventionalWarheads: 40,
        nuclearWarheads: 0,
        entangled: true,
      },
    ],
  });
  const noLua = exchange({
    striker: "us",
    victim: "cn",
    warning: { shareBefore: 0.8, shareAfter: 0.8, luaBefore: 0, luaAfter: 0 },
  });
  const vm = entanglementVm({
    parties: [...parties, { id: "cn", name: "China" }] as Report["parties"],
    exchanges: [intact, barely, noLua],
  });
  assert.deepEqual(
    vm.exchanges.map((x) => x.sentence),
    [
      "If Russia strikes first, it leaves United States' early-warning radars and command centres alone: United States' chance to launch under attack stays at 90 %.",
      "If China strikes first, its conventional strikes on Russia's early-warning radars (0.03 of 10 destroyed) barely touch Russia's warning: its chance to launch under attack stays at 90 %.",
      "China does not launch under attack: when United States strikes first, warning plays no part in China's retaliation.",
    ],
  );
  assert.deepEqual(vm.exchanges[2]!.details, [
    "Before any strike, attacks on China's warning satellites and networks (ASAT, cyber) leave it 80 % of its warning.",
  ]);
  assert.deepEqual(vm.warningTable.rows[2]!.slice(3, 5), ["— (no LUA)", "— (no LUA)"]);
  assert.equal(vm.exchanges[0]!.entangled, false);
  // The chart is redrawn only when what it draws changes (to 1/1000).
  const again = entanglementVm({
    parties: [...parties, { id: "cn", name: "China" }] as Report["parties"],
    exchanges: [intact, { ...barely, warning: { ...barely.warning, luaAfter: 0.89721 } }, noLua],
  });
  assert.equal(again.chartKey, vm.chartKey);
});

test("small helpers: site counts and word lists", () => {
  assert.deepEqual([6.0055, 0.2019, 0.0295, 12.4, 0].map(formatSites), ["6.0", "0.2", "0.03", "12", "0"]);
  assert.equal(listWords([]), "");
  assert.equal(listWords(["a"]), "a");
  assert.equal(listWords(["a", "b", "c"]), "a, b and c");
});

test("read from the engine: a conventional strike on Red's warning radars lowers its launch-under-attack probability", () => {
  const doc = fixtureScenarioInput() as ScenarioInput & { parties: Array<Record<string, unknown>> };
  const blue = doc.parties[0]!;
  const red = doc.parties[1]!;
  const cite = { source: "Notional test data (seceq web tests)", asOf: "2026-01-01", confidence: "notional" } as const;
  (blue.forces as unknown[]).push({
    id: "blue-cruise",
    name: "Blue conventional cruise missile",
    category: "sea-cruise",
    nuclear: false,
    launchers: { deployed: 50 },
    warheadsPerLauncher: 4,
    yieldKt: 0.00045,
    cepM: 3,
    reliability: 0.9,
    rangeKm: 20000,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 10, survivableFraction: { dayToDay: 0.5, generated: 0.8 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.5 },
    source: cite,
  });
  red.options = { launchUnderAttack: true, holdBackFraction: 0 };
  red.c3 = {
    sites: [
      { id: "red-ew", name: "Red warning radars", kind: "early-warning", sites: 4, hardnessPsi: 10, source: cite },
    ],
  };
  const report = evaluate(parseScenario(doc), { sensitivities: false });
  const vm = entanglementVm(report, c3SiteNames(doc));
  const x = vm.exchanges.find((e) => e.key === "blue>red")!;
  const e = report.exchanges.find((r) => r.striker === "blue" && r.victim === "red")!;
  assert.equal(x.luaBefore, e.warning.luaBefore);
  assert.equal(x.luaAfter, e.warning.luaAfter);
  assert.equal(x.strikes.length, e.c3Strikes.length);
  assert.ok(e.warning.luaAfter < e.warning.luaBefore, `LUA ${e.warning.luaBefore} → ${e.warning.luaAfter}`);
  const ew = x.strikes.find((s) => s.site === "red-ew")!;
  assert.equal(ew.name, "Red warning radars");
  assert.ok(ew.conventionalWarheads > 0 && ew.entangled);
  assert.match(x.sentence, /^If Blue strikes first, its conventional strikes on Red's early-warning radars \(/);
  assert.match(x.sentence, /cut Red's chance to launch under attack from 90 % to \d+ %\.$/);
});
