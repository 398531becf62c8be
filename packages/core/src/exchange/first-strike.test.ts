import { test } from "node:test";
import assert from "node:assert/strict";
import { firstStrike } from "./first-strike.js";
import { forceState } from "./force-state.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { warheadKill } from "../physics/index.js";
import { kentThalerCost } from "../stability/kent-thaler.js";
import { ForceElement } from "../schema/scenario.js";

const close = (a: number, b: number, tol: number, what: string) =>
  assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b} (tol ${tol})`);

test("counterforce kills follow the SSKP algebra: one shot per silo kills TKP of them", () => {
  const s = toyScenario({ slbmWarheads: 0, seaShare: [1, 1] });
  s.assumptions.maxWarheadsPerAimPoint = 1;
  s.parties[0]!.forces[1]!.launchers.deployed = 0; // striker has only its 100 silo warheads
  const [A, B] = s.parties as [(typeof s.parties)[0], (typeof s.parties)[0]];
  const r = firstStrike(forceState(A), forceState(B), { assumptions: s.assumptions });
  const tkp = warheadKill(A.forces[0]!, 2000, "brown-1976").tkp;
  const last = r.drawdown[r.drawdown.length - 1]!;
  close(last.warheadsUsed, 100, 1e-9, "all 100 warheads used at the end of the draw-down");
  close(last.victimWarheadsDestroyed, 100 * tkp, 1e-9, "kills = 100 × TKP");
  close(tkp, 0.947 * 0.8, 0.002, "W87-like TKP ([brown-1976]: SSKP 0.947 × R 0.8)");
});

test("at most maxWarheadsPerAimPoint warheads per aim point; second shots follow 1 − (1 − p)²", () => {
  const s = toyScenario({ slbmWarheads: 0 });
  s.parties[0]!.forces[0]!.launchers.deployed = 300; // 300 warheads against 100 silos, cap 2 per silo
  const [A, B] = s.parties as [(typeof s.parties)[0], (typeof s.parties)[0]];
  const r = firstStrike(forceState(A), forceState(B), { assumptions: s.assumptions });
  const last = r.drawdown[r.drawdown.length - 1]!;
  close(last.warheadsUsed, 200, 1e-9, "two per silo");
  const p = warheadKill(A.forces[0]!, 2000, "brown-1976").tkp;
  close(last.victimWarheadsDestroyed, 100 * (1 - (1 - p) ** 2), 1e-9, "two-shot kill");
});

test("the striker stops at its lowest-cost point of the draw-down", () => {
  const s = toyScenario();
  const [A, B] = s.parties as [(typeof s.parties)[0], (typeof s.parties)[0]];
  const r = firstStrike(forceState(A), forceState(B), { assumptions: s.assumptions });
  const min = Math.min(...r.drawdown.map((d) => d.costToStriker));
  close(r.outcome.costToStriker, min, 1e-12, "chosen cost is the minimum");
  assert.ok(r.drawdown.length > 5, "a draw-down curve with several points");
  // Costs stay within Kent–Thaler's range [0, 1 + w].
  for (const d of r.drawdown) assert.ok(d.costToStriker >= 0 && d.costToStriker <= 1.3 + 1e-12);
});

test("defences covering forces reduce counterforce kills", () => {
  const open = toyScenario();
  const defended = toyScenario({ defenseB: 50 });
  const run = (s: typeof open) =>
    firstStrike(forceState(s.parties[0]!), forceState(s.parties[1]!), { assumptions: s.assumptions });
  const a = run(open).drawdown.at(-1)!;
  const b = run(defended).drawdown.at(-1)!;
  assert.ok(
    b.victimWarheadsDestroyed < a.victimWarheadsDestroyed - 5,
    `${b.victimWarheadsDestroyed} < ${a.victimWarheadsDestroyed}`,
  );
});

test("launch under attack saves luaFraction of fixed prompt warheads", () => {
  const s = toyScenario({ lua: true, slbmWarheads: 0 });
  const r = firstStrike(forceState(s.parties[0]!), forceState(s.parties[1]!), { assumptions: s.assumptions });
  const last = r.drawdown.at(-1)!;
  assert.ok(last.victimWarheadsSurviving >= 0.9 * 100 - 1e-9, `≥ 90 survive: ${last.victimWarheadsSurviving}`);
});

test("systems that cannot reach are neither used nor targeted", () => {
  const s = toyScenario();
  s.parties[0]!.forces[0]!.rangeKm = 3000;
  const r = firstStrike(forceState(s.parties[0]!), forceState(s.parties[1]!), {
    assumptions: s.assumptions,
    distanceKm: 8000,
  });
  assert.ok(r.allocation.every((x) => x.weapon !== "silo"));
  close(r.strikerAvailable, 100 * 0.9, 1e-9, "only the SLBM warheads (90 % of survivable)");
});

test("results do not depend on the order in which a file lists forces (ties and finite defences)", () => {
  const s = toyScenario({ defenseB: 60, mirv: 3, seaShare: [0.4, 0.9] });
  s.parties[1]!.forces.push({ ...s.parties[1]!.forces[0]!, id: "silo-b", decoysPerWarhead: 3 });
  s.parties[1]!.defenses[0]!.covers = ["forces", "value"];
  const run = (sc: typeof s) => [
    firstStrike(forceState(sc.parties[0]!), forceState(sc.parties[1]!), { assumptions: sc.assumptions }),
    firstStrike(forceState(sc.parties[1]!), forceState(sc.parties[0]!), { assumptions: sc.assumptions }),
  ];
  const reversed = structuredClone(s);
  for (const p of reversed.parties) p.forces.reverse();
  assert.deepEqual(run(reversed), run(s));
});

test("launchers converted to non-nuclear roles carry no nuclear warheads", () => {
  const s = toyScenario({ slbmWarheads: 0 });
  s.parties[1]!.forces[0]!.treaty = { convertedNonNuclear: 50 };
  const st = forceState(s.parties[1]!);
  assert.equal(st.elements[0]!.warheads, 50);
  const r = firstStrike(forceState(s.parties[0]!), st, { assumptions: s.assumptions });
  assert.equal(r.victimWarheadsBefore, 50);
});

/** Toy with a prompt conventional weapon (penetrator class) on side a. */
function withConventional(s: ReturnType<typeof toyScenario>, n: number) {
  const cps = ForceElement.parse({
    id: "cps",
    name: "Conventional prompt strike",
    category: "conventional-strike",
    nuclear: false,
    launchers: { deployed: n },
    warheadsPerLauncher: 1,
    yieldKt: 0.001,
    cepM: 3,
    reliability: 0.9,
    rangeKm: 13000,
    basing: { hardnessPsi: 10, survivableFraction: { dayToDay: 1, generated: 1 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.9, warheadClass: "heavy-penetrator" },
    source: { source: "test", asOf: "2026-01-01", confidence: "notional" },
  });
  s.parties[0]!.forces.push(cps);
  return s;
}

test("opportunity cost: conventional weapons take counterforce aim points and free nuclear warheads for value", () => {
  // Value is far from saturated (w80 = 1,000), so each nuclear warhead kept for value is worth something; the
  // conventional weapons have no value role (opportunity cost 0) and a good hard-target kill probability.
  const base = toyScenario({ w80: 1000, slbmWarheads: 100 });
  const conv = withConventional(toyScenario({ w80: 1000, slbmWarheads: 100 }), 100);
  const run = (s: typeof base) =>
    firstStrike(forceState(s.parties[0]!), forceState(s.parties[1]!), { assumptions: s.assumptions });
  const r0 = run(base);
  const r1 = run(conv);
  const nuclearOnForces = (r: typeof r0) =>
    r.allocation.filter((e) => !e.conventional).reduce((t, e) => t + e.warheads, 0);
  const cpsUse = r1.allocation.filter((e) => e.weapon === "cps").reduce((t, e) => t + e.warheads, 0);
  assert.ok(cpsUse > 50, `conventional warheads in the chosen strike: ${cpsUse}`);
  assert.ok(nuclearOnForces(r1) < nuclearOnForces(r0) - 10, `${nuclearOnForces(r1)} < ${nuclearOnForces(r0)}`);
  assert.ok(r1.outcome.strikerArriving > r0.outcome.strikerArriving, "freed nuclear warheads reach value");
  assert.ok(r1.outcome.costToStriker < r0.outcome.costToStriker, "the striker's cost falls");
  // Conventional shots are capped apart from the nuclear fratricide cap.
  for (const e of r1.allocation) assert.ok(e.warheads <= 100 * (e.conventional ? 4 : 2) + 1e-9);
});

test("a blast-fragmentation conventional warhead against silos is barely worth a shot (hardness-aware Pk)", () => {
  const s = withConventional(toyScenario({ w80: 1000 }), 100);
  s.parties[0]!.forces.at(-1)!.conventional = { vulnerableRadiusM: 5, pDefeatGivenHit: 0.9 };
  const r = firstStrike(forceState(s.parties[0]!), forceState(s.parties[1]!), { assumptions: s.assumptions });
  const kills = r.allocation.filter((e) => e.weapon === "cps").reduce((t, e) => t + e.kills, 0);
  const shots = r.allocation.filter((e) => e.weapon === "cps").reduce((t, e) => t + e.warheads, 0);
  assert.ok(shots === 0 || kills / shots < 0.03, `kills per conventional warhead ${kills / Math.max(1, shots)}`);
});

test("every draw-down point's costs are the Kent–Thaler costs of its damages (the exchange splits the formula's terms)", () => {
  const s = toyScenario({ defenseB: 40, lua: true });
  s.assumptions.costExponent = 0.6;
  s.assumptions.costWeight = 0.45;
  const r = firstStrike(forceState(s.parties[0]!), forceState(s.parties[1]!), { assumptions: s.assumptions });
  assert.ok(r.drawdown.length > 5);
  for (const p of r.drawdown) {
    const a = s.assumptions;
    assert.equal(p.costToStriker, kentThalerCost(p.damageToStriker, p.damageToVictim, a.costExponent, a.costWeight));
    assert.equal(p.costToVictim, kentThalerCost(p.damageToVictim, p.damageToStriker, a.costExponent, a.costWeight));
  }
});
