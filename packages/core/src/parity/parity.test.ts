import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { ForceElement, type ForceElement as ForceElementT } from "../schema/scenario.js";
import { cmpPerWarhead } from "./cmp.js";
import { emtPerWarhead } from "./emt.js";
import { calcParity, partyParity } from "./parity.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

function element(over: Record<string, unknown>): ForceElementT {
  return ForceElement.parse({
    id: "icbm",
    name: "ICBM",
    category: "icbm-silo",
    launchers: { deployed: 400, nonDeployed: 50 },
    warheadsPerLauncher: 1,
    yieldKt: 300,
    cepM: 120,
    reliability: 0.8,
    rangeKm: 13000,
    basing: { hardnessPsi: 2000, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: { source: "test", asOf: "2025-01-01", confidence: "notional" },
    ...over,
  });
}

const forces = [
  element({}),
  element({
    id: "slbm",
    category: "slbm",
    launchers: { deployed: 240 },
    warheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 90,
    rangeKm: 7400,
    basing: { hardnessPsi: 5, survivableFraction: { dayToDay: 0.8, generated: 0.9 } },
  }),
  element({
    id: "bomber",
    category: "bomber",
    launchers: { deployed: 50 },
    warheadsPerLauncher: 6,
    yieldKt: 1200,
    cepM: 150,
    rangeKm: 12000,
    basing: { hardnessPsi: 5, survivableFraction: { dayToDay: 0, generated: 0.5 } },
  }),
  element({
    id: "short",
    category: "ground-ballistic",
    launchers: { deployed: 30 },
    warheadsPerLauncher: 1,
    yieldKt: 50,
    cepM: 300,
    rangeKm: 500,
  }),
  element({
    id: "cps",
    category: "conventional-strike",
    nuclear: false,
    launchers: { deployed: 20 },
    warheadsPerLauncher: 1,
    yieldKt: 0.001,
    cepM: 5,
    rangeKm: 3000,
    conventional: { vulnerableRadiusM: 3, pDefeatGivenHit: 0.5 },
  }),
];

void test("deliverable warheads = deployed launchers × warheads per launcher, nuclear elements only", () => {
  const p = partyParity(forces);
  assert.equal(p.deliverableWarheads, 400 + 960 + 300 + 30);
  assert.deepEqual(
    p.byElement.map((e) => e.id),
    ["icbm", "slbm", "bomber", "short"],
  );
  assert.ok(p.byElement.every((e) => e.reaches));
  close(
    p.emt,
    400 * emtPerWarhead(300) + 960 * emtPerWarhead(100) + 300 * Math.sqrt(1.2) + 30 * emtPerWarhead(50),
    1e-9,
  );
  const richelsonCmp =
    400 * cmpPerWarhead(300, 120, "richelson") +
    960 * cmpPerWarhead(100, 90, "richelson") +
    300 * cmpPerWarhead(1200, 150, "richelson") +
    30 * cmpPerWarhead(50, 300, "richelson");
  close(p.cmp, richelsonCmp, 1e-6);
});

void test("[suh-2022]: with reachKm only elements whose range reaches count; SLBMs always reach", () => {
  const p = partyParity(forces, { reachKm: 7826 }); // US–USSR inter-capital distance
  const by = Object.fromEntries(p.byElement.map((e) => [e.id, e]));
  assert.equal(by.slbm!.reaches, true); // 7,400 km, but an SLBM
  assert.equal(by.short!.reaches, false);
  assert.equal(by.icbm!.reaches, true);
  assert.equal(p.deliverableWarheads, 400 + 960 + 300);
  close(p.emt, by.icbm!.emt + by.slbm!.emt + by.bomber!.emt, 1e-9);
  // Elements that do not reach still report their own figures.
  assert.equal(by.short!.warheads, 30);
  close(by.short!.emt, 30 * emtPerWarhead(50), 1e-12);
  // The range equal to the distance counts.
  assert.equal(partyParity([element({ rangeKm: 7826 })], { reachKm: 7826 }).deliverableWarheads, 400);
});

void test("[suh-2022]: the Suh convention leaves gravity bombs out of CMP but in EMT and the warhead count", () => {
  const suh = partyParity(forces, { convention: "suh" });
  const rich = partyParity(forces);
  const bomber = suh.byElement.find((e) => e.id === "bomber")!;
  assert.equal(bomber.cmp, 0);
  assert.ok(bomber.emt > 0);
  assert.ok(rich.byElement.find((e) => e.id === "bomber")!.cmp > 0);
  assert.equal(suh.emt, rich.emt);
  assert.equal(suh.deliverableWarheads, rich.deliverableWarheads);
  close(
    suh.cmp,
    400 * cmpPerWarhead(300, 120, "suh") + 960 * cmpPerWarhead(100, 90, "suh") + 30 * cmpPerWarhead(50, 300, "suh"),
    1e-6,
  );
  // Air-launched cruise missiles keep their CMP under Suh.
  const alcm = element({ id: "alcm", category: "air-launched", yieldKt: 150, cepM: 30 });
  assert.ok(partyParity([alcm], { convention: "suh" }).cmp > 0);
});

void test("calcParity: Poseidon (16 boats × 16 tubes × 10 × 40 kt) and a mixed force", () => {
  const poseidon = calcParity([{ count: 2560, yieldKt: 40, cepM: 457 }], "richelson");
  assert.equal(poseidon.deliverableWarheads, 2560);
  close(poseidon.emt, 256 * 1.1696, 0.05);
  const mixed = calcParity(
    [
      { count: 400, yieldKt: 300, cepM: 120 },
      { count: 1, yieldKt: 25_000, cepM: 1852 },
    ],
    "suh",
  );
  assert.equal(mixed.deliverableWarheads, 401);
  close(mixed.emt, 400 * Math.pow(0.3, 2 / 3) + 5, 1e-9);
  close(mixed.cmp, (400 * Math.pow(0.3, 2 / 3)) / 0.12 ** 2 + Math.pow(25, 2 / 3) / 1.852 ** 2, 1e-6);
  assert.deepEqual(calcParity([], "richelson"), { deliverableWarheads: 0, emt: 0, cmp: 0 });
  // Default convention is Richelson.
  assert.deepEqual(calcParity([{ count: 1, yieldKt: 1000, cepM: 1852 }]), { deliverableWarheads: 1, emt: 1, cmp: 1 });
});

void test("parity refuses bad numbers", () => {
  assert.throws(() => calcParity([{ count: -1, yieldKt: 100, cepM: 100 }], "suh"), InputError);
  assert.throws(() => calcParity([{ count: 1, yieldKt: 100, cepM: 0 }], "suh"), InputError);
  assert.throws(() => partyParity(forces, { reachKm: -5 }), InputError);
});
