import fc from "fast-check";
import { evaluate, loadScenarioText } from "@seceq/core";
import { fuzzBases, mutantText } from "./fuzz.js";
import { mutantArbitrary } from "./mutate.js";
const cases = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 20261205);
const only = process.argv[4] ? new Set(process.argv[4].split(",").map(Number)) : undefined;
const capMs = Number(process.argv[5] ?? 120000);
const bases = fuzzBases();
const mutants = fc.sample(mutantArbitrary(bases.length), { numRuns: cases, seed });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
mutants.forEach((m, i) => {
  if (only && !only.has(i)) return;
  const text = mutantText(bases, m);
  const r = loadScenarioText(text, "fuzz.yaml");
  if (!r.value) return;
  const s = r.value;
  const elements = s.parties.reduce((a, p) => a + p.forces.length, 0);
  const layers = s.parties.reduce((a, p) => a + p.defenses.length, 0);
  const c0 = cpu(), w0 = performance.now();
  let units = 0, total = 0, stopped = false;
  try {
    evaluate(s, { samples: 4, seed: 1, sensitivities: true, drawdown: false, onWork: (d, t) => { units = d; total = t; if (cpu() - c0 > capMs) { stopped = true; throw new Error("cap"); } } });
  } catch (e) { if (!stopped) console.error(i, "threw", (e as Error).message); }
  const c1 = cpu(), w1 = performance.now();
  console.log(JSON.stringify({ i, base: bases[m.base]!.name, kinds: m.mutations.map((x) => x.kind + ("factor" in x ? "x" + x.factor : "")).join("+"), parties: s.parties.length, elements, layers, unc: s.uncertainty.length, units: `${units}/${total}`, cpuMs: Math.round(c1 - c0), wallMs: Math.round(w1 - w0), stopped }));
});
