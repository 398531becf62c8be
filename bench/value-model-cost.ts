/**
 * Issue 9's cost of the population value model: `evaluate` (no sensitivities) of the default preset against the same
 * scenario on the notional damage curves, with and without force sites, each variant timed in a process of its own.
 *
 * Why not in one process, interleaved: the variants share the engine's code, so the optimising compiler sees the
 * shapes of both and the population variant's garbage collection (it allocates more) runs while the others are timed;
 * timed interleaved in one process (December 2026) the population variant measured 3.41 ms CPU and the notional one
 * 1.68 ms (ratio 2.03), where processes of their own give 3.18–3.20 and 2.19–2.38 ms (1.34–1.46), run after run.
 * A user runs one of them, so each gets a fresh process: warm-up, then the median of rounds.
 *
 * Run as a script (`node --import tsx bench/value-model-cost.ts <variant>`) it prints one variant's figures as JSON;
 * {@link valueModelCost} spawns those runs, alternating the variants, and reports the medians.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { evaluate, type Scenario } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset } from "@seceq/data";
import { cpuMs } from "./cpu-time.js";

/** The scenarios compared: the preset as shipped, and on its notional damage curves with and without force sites. */
const VALUE_MODEL_VARIANTS = ["population", "notional", "notional-sites"] as const;
type ValueModelVariant = (typeof VALUE_MODEL_VARIANTS)[number];

/** The default preset as the variant's engine sees it. */
function variantScenario(variant: ValueModelVariant): Scenario {
  const s = structuredClone(getPreset(DEFAULT_PRESET_ID));
  if (variant === "population") return s;
  // The notional curves (the value model before issue 9) in place of the population model; without sites, reach is
  // capital distance as it was then.
  for (const p of s.parties) {
    p.value = { damageCurve: p.value.damageCurve!, source: p.value.source };
    if (variant === "notional") for (const f of p.forces) delete f.basing.sites;
  }
  return s;
}

/** One variant's figures: CPU ms per evaluate (median of rounds), and the greedy steps of its two exchanges. */
interface VariantFigures {
  cpuMs: number;
  steps: number;
}

/** Time one variant in this process: 100 warm-up evaluations, then the median of 15 rounds of 20. */
function measureVariant(variant: ValueModelVariant): VariantFigures {
  const s = variantScenario(variant);
  const run = () => evaluate(s, { sensitivities: false });
  let steps = 0;
  for (let i = 0; i < 100; i++) steps = run().exchanges.reduce((t, e) => t + e.drawdown.length, 0);
  const rounds: number[] = [];
  for (let r = 0; r < 15; r++)
    rounds.push(
      cpuMs(() => {
        for (let i = 0; i < 20; i++) run();
      }) / 20,
    );
  rounds.sort((a, b) => a - b);
  return { cpuMs: rounds[7]!, steps };
}

/**
 * Evaluate CPU ms of each variant in processes of their own (`alternations` processes per variant, alternating),
 * medians, and the greedy steps of each variant's two exchanges.
 * @param alternations processes per variant (default 3)
 */
export function valueModelCost(alternations = 3): Record<ValueModelVariant, VariantFigures> {
  const runs = new Map<ValueModelVariant, VariantFigures[]>(VALUE_MODEL_VARIANTS.map((v) => [v, []]));
  for (let a = 0; a < alternations; a++)
    for (const v of VALUE_MODEL_VARIANTS) {
      const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), v], {
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`value-model-cost ${v} failed: ${r.stderr}`);
      runs.get(v)!.push(JSON.parse(r.stdout.trim().split("\n").pop()!) as VariantFigures);
    }
  const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
  const out = {} as Record<ValueModelVariant, VariantFigures>;
  for (const [v, xs] of runs) out[v] = { cpuMs: median(xs.map((x) => x.cpuMs)), steps: xs[0]!.steps };
  return out;
}

const variant = process.argv[2] as ValueModelVariant | undefined;
if (process.argv[1] === fileURLToPath(import.meta.url) && variant && VALUE_MODEL_VARIANTS.includes(variant))
  console.log(JSON.stringify(measureVariant(variant)));
