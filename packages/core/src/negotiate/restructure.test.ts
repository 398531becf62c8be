import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Scenario } from "../schema/scenario.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { checkCompliance } from "../treaty/compliance.js";
import { parseFramework } from "../treaty/load-framework.js";
import { restructureParty, wholeWarheadLoads } from "./restructure.js";

/** Toy with SLBMs at a fractional average load: 100 tubes × 4.5 = 450 warheads per side, all at sea. */
const fractional = (): Scenario => toyScenario({ slbmWarheads: 450 });

const limit = (id: string, quantity: "warheads" | "deployed-launchers" | "launchers", max: number, selector = {}) => ({
  id,
  name: id,
  quantity,
  ...(quantity === "warheads" ? { rule: "new-start-warheads" as const } : {}),
  selector,
  max,
  citation: "test",
});
const framework = (...limits: ReturnType<typeof limit>[]) =>
  parseFramework({ id: "f", name: "F", citation: "test", parties: ["a", "b"], limits });

describe("wholeWarheadLoads", () => {
  it("rounds each element's loaded warheads to a whole number and leaves whole ones alone", () => {
    const s = toyScenario({ silos: 3, mirv: 1.5, slbmWarheads: 450 });
    const w = wholeWarheadLoads(s);
    const silo = w.parties[0]!.forces[0]!;
    assert.equal(silo.launchers.deployed * silo.warheadsPerLauncher, 5); // 4.5 rounds to 5
    assert.equal(w.parties[0]!.forces[1], s.parties[0]!.forces[1]); // 450 is whole: same object
  });
});

describe("restructureParty", () => {
  it("meets a warhead limit on fractional loads exactly, keeping the survivable SLBM warheads", () => {
    const s = fractional();
    const f = framework(limit("warheads", "warheads", 400));
    const r = restructureParty(s, { framework: f, caps: [] }, "a");
    assert.equal(r.status, "solved");
    assert.deepEqual(
      r.party.forces.map((e) => e.id),
      ["silo", "ssbn"],
    );
    const [silo, ssbn] = r.party.forces;
    // The silos carry no survivable warheads: out of deployment first (kept non-deployed); then 50 SLBM warheads
    // are downloaded, keeping all 100 tubes.
    assert.deepEqual(silo!.launchers, { deployed: 0, nonDeployed: 100, test: 0 });
    assert.equal(ssbn!.launchers.deployed, 100);
    assert.ok(Math.abs(ssbn!.launchers.deployed * ssbn!.warheadsPerLauncher - 400) < 1e-9);
    const after = { ...s, parties: [r.party, s.parties[1]!] };
    const rows = checkCompliance(after, f, { assumeBinding: true }).checks.filter((c) => c.party === "a");
    assert.deepEqual(
      rows.map((c) => [c.counted, c.status]),
      [[400, "compliant"]],
    );
  });

  it("counts both halves of a split element under a limit that selects it by id", () => {
    const s = fractional();
    const f = framework(limit("slbm", "warheads", 300, { elements: ["ssbn"] }));
    const r = restructureParty(s, { framework: f, caps: [] }, "a");
    const ssbn = r.party.forces.find((e) => e.id === "ssbn")!;
    assert.ok(Math.abs(ssbn.launchers.deployed * ssbn.warheadsPerLauncher - 300) < 1e-9);
    assert.equal(r.party.forces.find((e) => e.id === "silo")!.launchers.deployed, 100);
  });

  it("applies per-launcher caps before the limits", () => {
    const s = toyScenario({ mirv: 3 });
    const caps = [{ id: "m", name: "m", party: "a", selector: { categories: ["icbm-silo" as const] }, cap: 1 }];
    const only = restructureParty(s, { framework: framework(limit("warheads", "warheads", 1000)), caps }, "a");
    assert.equal(only.status, "capped-only");
    assert.equal(only.party.forces[0]!.warheadsPerLauncher, 1);
    // With the cap, 200 warheads (100 silo + 100 SLBM) already meet 200: nothing else changes.
    const both = restructureParty(s, { framework: framework(limit("warheads", "warheads", 200)), caps }, "a");
    assert.equal(both.status, "capped-only");
    const tighter = restructureParty(s, { framework: framework(limit("warheads", "warheads", 150)), caps }, "a");
    assert.equal(tighter.status, "solved");
    assert.equal(tighter.party.forces[0]!.launchers.deployed, 50);
  });

  it("returns the party itself when nothing binds, and reports a framework it cannot meet by reductions", () => {
    const s = toyScenario();
    const loose = restructureParty(s, { framework: framework(limit("warheads", "warheads", 1000)), caps: [] }, "a");
    assert.equal(loose.status, "unchanged");
    assert.equal(loose.party, s.parties[0]);
    const converted: Scenario = {
      ...s,
      parties: s.parties.map((p) => ({
        ...p,
        forces: p.forces.map((e) => (e.id === "silo" ? { ...e, treaty: { convertedNonNuclear: 20 } } : e)),
      })),
    };
    const r = restructureParty(
      converted,
      {
        framework: framework(limit("l", "launchers", 10, { categories: ["icbm-silo"], status: "deployed" })),
        caps: [],
      },
      "a",
    );
    assert.equal(r.status, "infeasible");
    assert.match(r.message, /cannot be met by reductions/);
    assert.throws(() => restructureParty(s, { framework: framework(), caps: [] }, "zz"), /unknown party "zz"/);
  });
});
