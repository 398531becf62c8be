/**
 * `seceq crisis [scenario] [--days N] [--upload party[:day]] [--json]`: first-strike stability per day as each side
 * generates its forces and, optionally, uploads stored warheads.
 */
import type { Command } from "@commander-js/extra-typings";
import { CrisisDays, crisisTimeline, type CrisisTimeline, type CrisisUpload } from "@seceq/core";
import { UserError } from "../errors.js";
import { resolveScenarioInput, scenarioInput, type ScenarioOptions } from "../io/scenario-arg.js";
import { printJson, printText, table } from "../io/output.js";
import { parseDomainOption, parseIntOption } from "../io/options.js";

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
  scenarioInput(
    program
      .command("crisis")
      .description("stability per day through a crisis as forces are generated (each party's `generation` schedule)"),
  )
    .option("--days <n>", "days to compute", "14")
    .option(
      "--upload <party[:day]>",
      "a party that uploads stored warheads from the given day (default 0); repeatable",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--json", "print one JSON document")
    .action(
      async (file: string | undefined, opts: { days: string; upload: string[]; json?: boolean } & ScenarioOptions) => {
        const days = parseDomainOption("--days", opts.days, CrisisDays);
        const scenario = await resolveScenarioInput(file, opts);
        const ids = scenario.parties.map((p) => p.id);
        const uploads: CrisisUpload[] = opts.upload.map((u) => {
          const [party = "", day] = u.split(":");
          if (!ids.includes(party))
            throw new UserError(
              `--upload: unknown party "${party}" in scenario "${scenario.id}"; known: ${ids.join(", ")}`,
            );
          return { party, startDay: day === undefined ? 0 : parseIntOption("--upload day", day, 0, 365) };
        });
        const t = crisisTimeline(scenario, days, uploads);
        if (opts.json) printJson(t);
        else printText(renderCrisis(t));
      },
    );
}
