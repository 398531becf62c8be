import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  getPreset
} from "./chunk-HGX77QSL.js";
import "./chunk-6N5FZQWW.js";
import "./chunk-BTSYSKZD.js";
import "./chunk-AFHUO6GM.js";
import "./chunk-QSAFBHGA.js";
import {
  withProgress
} from "./chunk-CXQQFCHD.js";
import {
  isFileArg
} from "./chunk-XTBLRET6.js";
import {
  parseDomainOption
} from "./chunk-COACYP2P.js";
import {
  DEFAULT_PRESET_ID,
  listPresets
} from "./chunk-VFJJYWYL.js";
import "./chunk-E2RVYJI7.js";
import "./chunk-YJ2BOZGL.js";
import "./chunk-7QWLCKED.js";
import "./chunk-2R2QFW4W.js";
import "./chunk-SJQYRQDR.js";
import "./chunk-SLYOZQH6.js";
import "./chunk-NYQCOKSK.js";
import "./chunk-KH3G6G5M.js";
import "./chunk-F53KMMGD.js";
import "./chunk-L7JI5VNB.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-YADZZQJS.js";
import "./chunk-GM6B6TUQ.js";
import "./chunk-AUD5JZRV.js";
import "./chunk-RRP66DYV.js";
import "./chunk-K6R4XSAA.js";
import "./chunk-VTZTK2HB.js";
import "./chunk-PXX2UYWN.js";
import "./chunk-4LN6R5KY.js";
import {
  readFileBytes
} from "./chunk-TAVVANR4.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  fmt,
  note,
  printJson,
  printText,
  table
} from "./chunk-S5PDL7IM.js";
import {
  BUILTIN_NEGOTIATION_PRESETS,
  Seed,
  builtinNegotiationSpace,
  closest,
  decodeDocumentBytes,
  loadNegotiationSpec,
  negotiate,
  parseNegotiationSpec,
  require_dist
} from "./chunk-GM5MLEME.js";
import "./chunk-HHSNIQSI.js";
import "./chunk-GBSWOPFD.js";
import "./chunk-SYM3FMUH.js";
import "./chunk-WSDFJJWY.js";
import {
  __toESM
} from "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/negotiate.js
var import_yaml = __toESM(require_dist(), 1);
var MAX_ROWS = 20;
var presetIds = () => listPresets().map((p) => p.id);
var resolvePreset = (id) => presetIds().includes(id) ? getPreset(id) : void 0;
function loadSpec(arg) {
  if (arg !== void 0 && isFileArg(arg)) {
    const text = decodeDocumentBytes(readFileBytes(arg), arg);
    if (text.value === void 0)
      throw new UserError(text.issues);
    const r2 = loadNegotiationSpec(text.value, { file: arg, resolvePreset, presetIds: presetIds() });
    if (!r2.value)
      throw new UserError(r2.issues);
    return { spec: r2.value };
  }
  const id = arg ?? DEFAULT_PRESET_ID;
  const input = builtinNegotiationSpace(id);
  if (!input) {
    const guess = closest(id, BUILTIN_NEGOTIATION_PRESETS);
    throw new UserError([
      {
        code: "unknown_preset",
        path: [],
        message: `no built-in negotiation space for "${id}" (built-in: ${BUILTIN_NEGOTIATION_PRESETS.join(", ")}); write a spec file (see examples/negotiation/)`,
        ...guess ? { hint: `did you mean "${guess}"?` } : {}
      }
    ]);
  }
  const r = parseNegotiationSpec(input, { resolvePreset, presetIds: presetIds() });
  if (!r.value)
    throw new UserError(r.issues);
  return { spec: r.value, input };
}
var f3 = (x) => Number.isFinite(x) ? x.toFixed(3) : "\u2014";
var n0 = (x) => Number.isFinite(x) ? fmt(Math.round(x)) : "\u2014";
function pickRows(indices, max) {
  if (indices.length <= max)
    return [...indices];
  const picked = /* @__PURE__ */ new Set();
  const span = Math.max(1, max - 2);
  for (let k = 0; k < max - 1; k++)
    picked.add(indices[Math.round(k * (indices.length - 1) / span)]);
  if (indices.includes(0))
    picked.add(0);
  return indices.filter((i) => picked.has(i));
}
function spaceLine(r) {
  return r.spec.coordinates.map((c) => `${c.key} ${fmt(c.min)}\u2013${fmt(c.max)}${c.step !== 1 ? ` step ${fmt(c.step)}` : ""}${c.party === void 0 ? " (both)" : ""}`).join(" \xB7 ");
}
function pointRow(p, sqOnFrontier) {
  const s = p.score;
  const mark = p.origin === "status-quo" ? sqOnFrontier ? "\u25C0 status quo" : "\u25C0 status quo (dominated)" : "";
  return [
    `#${p.index}`,
    p.label,
    s.sides[0].fss,
    s.sides[1].fss,
    s.combined,
    Math.round(s.sides[0].warheadsRemoved),
    Math.round(s.sides[1].warheadsRemoved),
    Math.round(s.sides[0].retaliation),
    Math.round(s.sides[1].retaliation),
    s.parityGap,
    p.zopa.inZopa ? "yes" : "no",
    mark
  ];
}
function renderNegotiation(r) {
  const [a, b] = r.spec.parties;
  const sq = r.points[0];
  const s = sq.score;
  const out = [];
  const t = r.spec.tolerances;
  out.push(`NEGOTIATION SEARCH \u2014 ${r.spec.name ?? r.spec.id} on ${r.spec.scenario.name} [${r.spec.scenario.id}, as of ${r.spec.scenario.asOf}]`, `space: ${spaceLine(r)}`, `search: loosest framework + ${r.spec.samples} ${r.spec.sampling} points (seed ${r.spec.seed}) + ${r.refinements.length} Nelder\u2013Mead run${r.refinements.length === 1 ? "" : "s"} of \u2264 ${r.spec.refine.iterations} evaluations; ${r.evaluations.scored} frameworks scored` + (r.evaluations.infeasible ? ` (${r.evaluations.infeasible} cannot be met by reductions)` : ""), `each party restructures to comply keeping the most survivable warheads (path to compliance), then the exchanges are recomputed`, "", `STATUS QUO: first-strike stability ${a} ${f3(s.sides[0].fss)} \xB7 ${b} ${f3(s.sides[1].fss)} \xB7 combined ${f3(s.combined)}; retaliation ${a} ${n0(s.sides[0].retaliation)} \xB7 ${b} ${n0(s.sides[1].retaliation)} warheads arriving; deliverable warheads ${a} ${n0(s.sides[0].deliverableWarheads)} \xB7 ${b} ${n0(s.sides[1].deliverableWarheads)} (parity gap ${f3(s.parityGap)})`, "", `ZONE OF POSSIBLE AGREEMENT: ${r.zopa.length} of ${r.evaluations.scored} frameworks leave both sides' stability \u2265 status quo \u2212 ${t.stability}, retaliation \u2265 status quo \u2212 ${100 * t.retaliation} %, with parity gap \u2264 ${t.parity}`);
  const sqOnFrontier = !r.statusQuoDominated;
  const rows = pickRows(r.frontier, MAX_ROWS);
  out.push("", `PARETO FRONTIER (combined stability \u2191, warheads removed \u2191, parity gap \u2193): ${r.frontier.length} points` + (rows.length < r.frontier.length ? `, ${rows.length} shown (--json lists all)` : "") + (r.statusQuoDominated ? "; the status quo is dominated and listed for reference" : ""), table([
    "#",
    "framework",
    `FSS ${a}`,
    `FSS ${b}`,
    "combined",
    `${a} removes`,
    `${b} removes`,
    `retal. ${a}`,
    `retal. ${b}`,
    "parity gap",
    "ZOPA",
    ""
  ], rows.map((i) => pointRow(r.points[i], sqOnFrontier))), "FSS: Kent\u2013Thaler C1/C2 per side (1 = no gain from striking first); removes: deployed warheads; retal.: warheads arriving after the other strikes first.");
  out.push("", "WHO GIVES WHAT (frontier points shown above)");
  for (const i of rows) {
    const p = r.points[i];
    if (p.origin === "status-quo")
      continue;
    out.push(`#${p.index} ${p.label}${p.zopa.inZopa ? "  [ZOPA]" : ""}`);
    for (const side of p.score.sides)
      out.push(`   ${side.gives}`);
  }
  if (r.zopa.length > 0) {
    out.push("", "BEST IN THE ZONE (by the search objective)");
    out.push(table(["#", "framework", "combined", "warheads removed", "parity gap"], r.zopa.slice(0, 5).map((i) => {
      const p = r.points[i];
      return [
        `#${p.index}`,
        p.label,
        f3(p.score.combined),
        n0(p.score.totalWarheadsRemoved),
        f3(p.score.parityGap)
      ];
    })));
  } else
    out.push("", "No framework of the space is in the zone; the frontier shows the trade-offs.");
  return out.join("\n");
}
function specInput(spec) {
  const { coordinates: _coordinates, base, ...rest } = spec;
  return { ...rest, base: base.preset !== void 0 ? { preset: base.preset } : { scenario: base.scenario } };
}
function registerNegotiate(program) {
  program.command("negotiate").description("search a space of frameworks: each party complies, then stability, retaliation, reductions and parity are scored; reports the zone of possible agreement and the Pareto frontier (built-in space of the default preset when none given)").argument("[spec]", "negotiation spec file (YAML/JSON), or a preset id with a built-in space").option("--json", "print the result as one JSON document").option("--seed <s>", "seed of the coarse sample (overrides the spec's)").option("--print-spec", "print the spec (the built-in one when no file is given) as YAML and exit").action((arg, opts) => {
    if (opts.printSpec && opts.json)
      throw new UserError("--print-spec prints the spec as YAML; it cannot be combined with --json (drop one)");
    const { spec: loaded, input } = loadSpec(arg);
    const spec = opts.seed !== void 0 ? { ...loaded, seed: parseDomainOption("--seed", opts.seed, Seed) } : loaded;
    if (opts.printSpec) {
      printText((0, import_yaml.stringify)(input ?? specInput(spec), { lineWidth: 0 }));
      return;
    }
    const total = 2 + spec.samples + spec.refine.starts * spec.refine.iterations;
    const started = performance.now();
    const result = withProgress("Negotiation search", total, (update) => negotiate(spec, { onProgress: (p) => update(p.done) }));
    note(`seceq negotiate: ${result.evaluations.scored} frameworks scored in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
    if (opts.json)
      printJson(result);
    else
      printText(renderNegotiation(result));
  });
}
export {
  pickRows,
  registerNegotiate,
  renderNegotiation
};
