import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Party } from "@seceq/core";
import { parseScenario } from "@seceq/core";
import { RU_2026, US_2026 } from "./us-russia-2026.js";
import { US_RUSSIA_CHINA_2026 } from "./us-russia-china-2026.js";

const s = parseScenario(US_RUSSIA_CHINA_2026);
const cn = s.parties.find((p) => p.id === "cn")!;
const warheads = (p: Party, pred: (f: Party["forces"][number]) => boolean): number =>
  p.forces.filter((f) => f.nuclear && pred(f)).reduce((t, f) => t + f.launchers.deployed * f.warheadsPerLauncher, 0);

describe("us-russia-china-2026", () => {
  it("reuses the US and Russian party objects of the default scenario", () => {
    assert.equal(US_RUSSIA_CHINA_2026.parties[0], US_2026);
    assert.equal(US_RUSSIA_CHINA_2026.parties[1], RU_2026);
  });

  it("carries the three Suh inter-capital distances", () => {
    assert.deepEqual(
      s.distancesKm.map((d) => [d.between.join("-"), d.km]),
      [
        ["us-ru", 7826],
        ["us-cn", 11152],
        ["ru-cn", 5795],
      ],
    );
  });

  it("China assigns 568 warheads of ~600 (FAS 2025): 376 land-based, 72 SLBM, 20 bomber, 100 in new silos", () => {
    assert.equal(
      warheads(cn, () => true),
      568,
    );
    assert.ok(warheads(cn, () => true) <= 600);
    assert.equal(
      warheads(
        cn,
        (f) => ["icbm-silo", "icbm-mobile", "ground-ballistic"].includes(f.category) && f.id !== "silo-icbm-df31-class",
      ),
      376,
    );
    assert.equal(
      warheads(cn, (f) => f.category === "slbm"),
      72,
    );
    assert.equal(
      warheads(cn, (f) => f.category === "bomber"),
      20,
    );
    assert.equal(
      warheads(cn, (f) => f.id === "silo-icbm-df31-class"),
      100,
    );
  });

  it("China: 250 DF-26 launchers in all, at least 300 new silos, no strategic missile defence", () => {
    const df26 = cn.forces.filter((f) => f.id.startsWith("df-26"));
    assert.equal(
      df26.reduce((t, f) => t + f.launchers.deployed, 0),
      250,
    );
    const silo = cn.forces.find((f) => f.id === "silo-icbm-df31-class")!;
    assert.equal(silo.launchers.deployed + silo.launchers.nonDeployed, 300);
    assert.deepEqual(cn.defenses, []);
    assert.equal(cn.generation?.at(-1)?.day, 14);
  });

  it("H-6N (~6,000 km) reaches Moscow (5,795 km) but not Washington (11,152 km) under range ≥ distance", () => {
    const h6 = cn.forces.find((f) => f.id === "h-6n")!;
    const km = (a: string, b: string) => s.distancesKm.find((d) => d.between.includes(a) && d.between.includes(b))!.km;
    assert.equal(h6.rangeKm, 6000);
    assert.ok(h6.rangeKm >= km("ru", "cn"));
    assert.ok(h6.rangeKm < km("us", "cn"));
    assert.match(h6.fieldSources?.["rangeKm"]?.note ?? "", /reaches Moscow/);
  });

  it("labels the DF-5C yield and CEP as estimates carried over from Suh's DF-5", () => {
    const f = cn.forces.find((x) => x.id === "df-5c")!;
    assert.equal(f.fieldSources?.["yieldKt"]?.confidence, "estimate");
    assert.equal(f.fieldSources?.["cepM"]?.confidence, "estimate");
  });
});
