/**
 * `npm run bench`: every benchmark the issues ask for, printed as one table (and JSON with --json).
 * Sections whose module is absent are reported as skipped.
 */
import { existsSync } from "node:fs";

type BenchFn = () => Promise<Record<string, number>>;

const sections: { name: string; file: string; fn: string }[] = [
  { name: "cli", file: "./cli-start.ts", fn: "benchCliStart" },
  { name: "engine", file: "./engine.ts", fn: "benchEngine" },
  { name: "sweep", file: "./sweep.ts", fn: "benchSweep" },
  { name: "api", file: "./api-throughput.ts", fn: "benchApiThroughput" },
  { name: "web", file: "./web-slider.ts", fn: "benchSliderLatency" },
  { name: "web-load", file: "./web-load.ts", fn: "benchWebLoad" },
];

const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const results: Record<string, Record<string, number> | string> = {};
for (const s of sections) {
  if (only.length && !only.includes(s.name)) continue;
  if (!existsSync(new URL(s.file, import.meta.url))) {
    results[s.name] = "skipped (not built)";
    continue;
  }
  process.stderr.write(`bench: ${s.name}…\n`);
  try {
    const mod = (await import(s.file)) as Record<string, BenchFn>;
    results[s.name] = await mod[s.fn]!();
  } catch (e) {
    results[s.name] = `failed: ${(e as Error).message}`;
  }
}
if (process.argv.includes("--json")) console.log(JSON.stringify(results, null, 2));
else
  for (const [name, r] of Object.entries(results)) {
    console.log(`\n== ${name}`);
    if (typeof r === "string") console.log(`  ${r}`);
    else for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(48)} ${v.toFixed(v >= 100 ? 0 : 2)}`);
  }
