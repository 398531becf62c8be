/**
 * `seceq crisis [scenario] [--days N] [--json]`: first-strike stability per day as each side generates its forces.
 */
import type { Command } from "@commander-js/extra-typings";
import { crisisTimeline, type CrisisTimeline } from "@seceq/core";
import { resolveScenario } from "../io/scenario-arg.js";
import { printJson, printText, table } from "../io/output.js";
import { parseIntOption } from "../io/options.js";

/** Draw a value 0–1 as a bar of width `w` characters. */
function bar(x: number, w = 30): string {
  const n = Math.round(Math.min(1, Math.max(0, x)) * w);
  return "█".repeat(n) + "·".repeat(w - n);
}

/** Render a crisis timeline for a terminal, with a bar per day. */
export function renderCrisis(t: CrisisTimeline): string {
  const first = t.days[0]!;
  const parties = Object.keys(first.generated);
  const pairs = first.pairs.map((p) => `${p.a}–${p.b}`);
  const rows = t.days.map((d) => [
    d.day,
    ...parties.map((p) => `${Math.round(100 * d.generated[p]!)} %`),
    ...d.pairs.map((p) => p.combined),
    bar(d.minCombined) + (d.day === t.worstDay ? " ◀ worst" : ""),
  ]);
  return [
    "CRISIS TIMELINE: combined first-strike stability per day (1 = no side gains by striking first)",
    table(["day", ...parties.map((p) => `${p} generated`), ...pairs, "lowest pair"], rows),
    "",
    `Most dangerous day: ${t.worstDay} (combined stability ${t.worstCombined.toFixed(3)}).`,
  ].join("\n");
}

/** Register `crisis`. */
export function registerCrisis(program: Command): void {
  program
    .command("crisis")
    .description("stability per day through a crisis as forces are generated (each party's `generation` schedule)")
    .argument("[scenario]", "scenario file (YAML/JSON) or preset id")
    .option("--days <n>", "days to compute", "14")
    .option("--json", "print one JSON document")
    .action((file: string | undefined, opts: { days: string; json?: boolean }) => {
      const days = parseIntOption("--days", opts.days, 0, 365);
      const t = crisisTimeline(resolveScenario(file), days);
      if (opts.json) printJson(t);
      else printText(renderCrisis(t));
    });
}
