import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  resolveScenario
} from "./chunk-BDFUYSRV.js";
import "./chunk-XTBLRET6.js";
import {
  parseDomainOption,
  parseIntOption
} from "./chunk-COACYP2P.js";
import "./chunk-O55QCBDD.js";
import "./chunk-VFJJYWYL.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-TAVVANR4.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  printJson,
  printText,
  table
} from "./chunk-S5PDL7IM.js";
import {
  CrisisDays,
  crisisTimeline
} from "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/crisis.js
function bar(x, w = 30) {
  const n = Math.round(Math.min(1, Math.max(0, x)) * w);
  return "\u2588".repeat(n) + "\xB7".repeat(w - n);
}
function renderCrisis(t) {
  const first = t.days[0];
  const parties = Object.keys(first.generated);
  const pairs = first.pairs.map((p) => `${p.a}\u2013${p.b}`);
  const rows = t.days.map((d) => [
    d.day,
    ...parties.map((p) => `${Math.round(100 * d.generated[p])} %`),
    ...d.pairs.map((p) => p.combined),
    bar(d.minCombined) + (d.day === t.worstDay ? " \u25C0 worst" : "")
  ]);
  return [
    "CRISIS TIMELINE: combined first-strike stability per day (1 = no side gains by striking first)",
    table(["day", ...parties.map((p) => `${p} generated`), ...pairs, "lowest pair"], rows),
    "",
    `Most dangerous day: ${t.worstDay} (combined stability ${t.worstCombined.toFixed(3)}).`
  ].join("\n");
}
function registerCrisis(program) {
  program.command("crisis").description("stability per day through a crisis as forces are generated (each party's `generation` schedule)").argument("[scenario]", "scenario file (YAML/JSON) or preset id").option("--days <n>", "days to compute", "14").option("--upload <party[:day]>", "a party that uploads stored warheads from the given day (default 0); repeatable", (v, acc) => [...acc, v], []).option("--json", "print one JSON document").action(async (file, opts) => {
    const days = parseDomainOption("--days", opts.days, CrisisDays);
    const scenario = await resolveScenario(file);
    const ids = scenario.parties.map((p) => p.id);
    const uploads = opts.upload.map((u) => {
      const [party = "", day] = u.split(":");
      if (!ids.includes(party))
        throw new UserError(`--upload: unknown party "${party}" in scenario "${scenario.id}"; known: ${ids.join(", ")}`);
      return { party, startDay: day === void 0 ? 0 : parseIntOption("--upload day", day, 0, 365) };
    });
    const t = crisisTimeline(scenario, days, uploads);
    if (opts.json)
      printJson(t);
    else
      printText(renderCrisis(t));
  });
}
export {
  registerCrisis,
  renderCrisis
};
