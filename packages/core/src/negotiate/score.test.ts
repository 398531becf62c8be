import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Party, Scenario } from "../schema/scenario.js";
import { scenarioStability } from "../stability/pair-stability.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { parseFramework } from "../treaty/load-framework.js";
import { elementChanges, givesLine, scoreFramework } from "./score.js";

// Per side: 100 silos × 3 warheads (not survivable) + 100 tubes × 4 SLBM warheads (0.6 / 0.9 at sea) = 700.
const toy = toyScenario({ mirv: 3, slbmWarheads: 400, seaShare: [0.6, 0.9] });
const warheads = (ceiling: { max: number } | { perParty: Record<string, number> }) => ({
  framework: parseFramework({
    id: "f",
    name: "F",
    citation: "test",
    parties: ["a", "b"],
    limits: [{ id: "w", name: "w", quantity: "warheads", rule: "new-start-warheads", ...ceiling, citation: "test" }],
  }),
  caps: [],
});

describe("scoreFramework", () => {
  it("scores the status quo with the engine's own stability and exchange figures", () => {
    const sq = scoreFramework(toy, ["a", "b"], undefined);
    const ref = scenarioStability(toy);
    assert.equal(sq.feasible, true);
    assert.equal(sq.message, "status quo");
    assert.equal(sq.sides[0].fss, ref.pairs[0]!.fssA);
    assert.equal(sq.sides[1].fss, ref.pairs[0]!.fssB);
    assert.equal(sq.combined, ref.pairs[0]!.combined);
    const bOnA = ref.exchanges.find((e) => e.striker === "b" && e.victim === "a")!;
    assert.equal(sq.sides[0].retaliation, bOnA.outcome.retaliationArriving);
    assert.deepEqual(
      sq.sides.map((s) => [
        s.deployedWarheads,
        s.deliverableWarheads,
        s.deployedLaunchers,
        s.warheadsRemoved,
        s.launchersRemoved,
        s.gives,
      ]),
      [
        [700, 700, 200, 0, 0, "a gives nothing"],
        [700, 700, 200, 0, 0, "b gives nothing"],
      ],
    );
    assert.equal(sq.parityRatio, 1);
    assert.equal(sq.parityGap, 0);
    assert.equal(sq.totalWarheadsRemoved, 0);
  });

  it("restructures both sides under a common ceiling and scores the result", () => {
    const r = scoreFramework(toy, ["a", "b"], warheads({ max: 500 }));
    assert.equal(r.feasible, true);
    // Each side keeps its 400 SLBM warheads and 100 silo warheads: 200 removed each.
    assert.deepEqual(
      r.sides.map((s) => [s.deployedWarheads, s.warheadsRemoved]),
      [
        [500, 200],
        [500, 200],
      ],
    );
    assert.equal(r.totalWarheadsRemoved, 400);
    assert.equal(r.sides[0].changes.length, 1);
    assert.equal(r.sides[0].changes[0]!.id, "silo");
    assert.deepEqual(r.sides[0].changes[0]!.warheads, [300, 100]);
    assert.match(r.sides[0].gives, /^a gives 200 warheads(, \d+ deployed launchers)?: silo: /);
    // The figures are the engine's on the restructured pair.
    const after: Scenario = {
      ...toy,
      parties: toy.parties.map((p) => ({
        ...p,
        forces: p.forces.map((e) => {
          const c = r.sides.find((s) => s.party === p.id)!.changes.find((x) => x.id === e.id);
          return c
            ? {
                ...e,
                launchers: { ...e.launchers, deployed: c.deployedLaunchers[1] },
                warheadsPerLauncher:
                  c.deployedLaunchers[1] > 0 ? c.warheads[1] / c.deployedLaunchers[1] : e.warheadsPerLauncher,
              }
            : e;
        }),
      })),
    };
    assert.ok(Math.abs(scenarioStability(after).pairs[0]!.combined - r.combined) < 1e-9);
  });

  it("measures parity as max(r, 1/r) − 1 of deliverable warheads", () => {
    const r = scoreFramework(toy, ["a", "b"], warheads({ perParty: { a: 500, b: 600 } }));
    assert.ok(Math.abs(r.parityRatio - 500 / 600) < 1e-12);
    assert.ok(Math.abs(r.parityGap - 0.2) < 1e-12);
    const swapped = scoreFramework(toy, ["b", "a"], warheads({ perParty: { a: 500, b: 600 } }));
    assert.ok(Math.abs(swapped.parityRatio - 1.2) < 1e-12);
    assert.ok(Math.abs(swapped.parityGap - 0.2) < 1e-12);
    assert.equal(swapped.sides[0].party, "b");
  });

  it("marks a framework a party cannot meet by reductions as infeasible, with NaN figures", () => {
    const converted: Scenario = {
      ...toy,
      parties: toy.parties.map((p) => ({
        ...p,
        forces: p.forces.map((e) => (e.id === "silo" ? { ...e, treaty: { convertedNonNuclear: 20 } } : e)),
      })),
    };
    const f = parseFramework({
      id: "f",
      name: "F",
      citation: "test",
      limits: [
        {
          id: "l",
          name: "l",
          quantity: "launchers",
          selector: { categories: ["icbm-silo"], status: "deployed" },
          max: 10,
          citation: "t",
        },
      ],
    });
    const r = scoreFramework(converted, ["a", "b"], { framework: f, caps: [] });
    assert.equal(r.feasible, false);
    assert.match(r.message, /cannot be met by reductions/);
    assert.ok(Number.isNaN(r.combined) && Number.isNaN(r.parityGap) && Number.isNaN(r.sides[0].fss));
    assert.throws(() => scoreFramework(toy, ["a", "zz"], undefined), /unknown party "zz"/);
  });
});

describe("elementChanges and givesLine", () => {
  const before: Party = toy.parties[0]!;
  const withAbm: Party = {
    ...before,
    defenses: [
      {
        id: "abm",
        name: "ABM",
        interceptors: 40,
        pk: 0.7,
        tracking: 1,
        doctrine: { type: "barrage", shots: 1 },
        engages: ["ballistic"],
        covers: ["forces"],
        source: before.value.source,
      },
    ],
  };

  it("describes launchers moved out of deployment, eliminated, downloaded, and interceptors cut", () => {
    const after: Party = {
      ...withAbm,
      forces: withAbm.forces.map((e) =>
        e.id === "silo"
          ? { ...e, launchers: { deployed: 60, nonDeployed: 30, test: 0 }, warheadsPerLauncher: 1 }
          : { ...e, warheadsPerLauncher: 3.5 },
      ),
      defenses: withAbm.defenses.map((l) => ({ ...l, interceptors: 10 })),
    };
    const ch = elementChanges(withAbm, after);
    assert.deepEqual(
      ch.map((c) => c.description),
      [
        "silo: 100 → 60 deployed launchers (30 kept non-deployed, 10 eliminated), −240 warheads (download 3 → 1 per launcher)",
        "ssbn: −50 warheads (download 4 → 3.5 per launcher (50 at 4, 50 at 3))",
        "abm: 40 → 10 interceptors",
      ],
    );
    assert.deepEqual(ch[0]!.deployedLaunchers, [100, 60]);
    assert.equal(ch[0]!.launchersEliminated, 10);
    assert.deepEqual(ch[2]!.interceptors, [40, 10]);
    assert.equal(
      givesLine("a", 290, 40, 30, ch),
      "a gives 290 warheads, 40 deployed launchers, 30 interceptors: " + ch.map((c) => c.description).join("; "),
    );
    assert.deepEqual(elementChanges(withAbm, withAbm), []);
  });
});
