/**
 * `seceq negotiate [spec] [--json] [--seed S] [--print-spec]`: search a space of frameworks for the zone of possible
 * agreement and the Pareto frontier of stability, reductions and parity (built-in space of the default preset when no
 * spec is given).
 */
import type { Command } from "@commander-js/extra-typings";
import { stringify } from "yaml";
import {
  builtinNegotiationSpace,
  BUILTIN_NEGOTIATION_PRESETS,
  closest,
  decodeDocumentBytes,
  loadNegotiationSpec,
  negotiate,
  parseNegotiationSpec,
  type NegotiationPoint,
  type NegotiationResult,
  type NegotiationSpecInput,
  type ResolvedNegotiationSpec,
  type Scenario,
} from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset, listPresets } from "@seceq/data";
import { UserError } from "../errors.js";
import { isFileArg } from "../io/file-arg.js";
import { readFileBytes } from "../io/read-input.js";
import { fmt, note, printJson, printText, table } from "../io/output.js";
import { parseIntOption } from "../io/options.js";
import { withProgress } from "../io/progress.js";

/** Most frontier rows the text report prints (the JSON has all). */
const MAX_ROWS = 20;

const presetIds = () => listPresets().map((p) => p.id);
const resolvePreset = (id: string): Scenario | undefined => (presetIds().includes(id) ? getPreset(id) : undefined);

/** A spec from the command line: a file, a preset id with a built-in space, or (absent) the default preset's. */
function loadSpec(arg: string | undefined): { spec: ResolvedNegotiationSpec; input?: NegotiationSpecInput } {
  if (arg !== undefined && isFileArg(arg)) {
    const text = decodeDocumentBytes(readFileBytes(arg), arg);
    if (text.value === undefined) throw new UserError(text.issues);
    const r = loadNegotiationSpec(text.value, { file: arg, resolvePreset, presetIds: presetIds() });
    if (!r.value) throw new UserError(r.issues);
    return { spec: r.value };
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
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      },
    ]);
  }
  const r = parseNegotiationSpec(input, { resolvePreset, presetIds: presetIds() });
  if (!r.value) throw new UserError(r.issues);
  return { spec: r.value, input };
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "—");
const n0 = (x: number) => (Number.isFinite(x) ? fmt(Math.round(x)) : "—");

/** Pick at most `max` rows spread evenly over a sorted list, keeping its ends and the status quo (index 0). */
export function pickRows(indices: readonly number[], max: number): number[] {
  if (indices.length <= max) return [...indices];
  const picked = new Set<number>();
  const span = Math.max(1, max - 2);
  for (let k = 0; k < max - 1; k++) picked.add(indices[Math.round((k * (indices.length - 1)) / span)]!);
  if (indices.includes(0)) picked.add(0);
  return indices.filter((i) => picked.has(i));
}

function spaceLine(r: NegotiationResult): string {
  return r.spec.coordinates
    .map(
      (c) =>
        `${c.key} ${fmt(c.min)}–${fmt(c.max)}${c.step !== 1 ? ` step ${fmt(c.step)}` : ""}${c.party === undefined ? " (both)" : ""}`,
    )
    .join(" · ");
}

function pointRow(p: NegotiationPoint, sqOnFrontier: boolean): (string | number)[] {
  const s = p.score;
  const mark = p.origin === "status-quo" ? (sqOnFrontier ? "◀ status quo" : "◀ status quo (dominated)") : "";
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
    mark,
  ];
}

/** Render a negotiation result for a terminal. */
export function renderNegotiation(r: NegotiationResult): string {
  const [a, b] = r.spec.parties;
  const sq = r.points[0]!;
  const s = sq.score;
  const out: string[] = [];
  const t = r.spec.tolerances;
  out.push(
    `NEGOTIATION SEARCH — ${r.spec.name ?? r.spec.id} on ${r.spec.scenario.name} [${r.spec.scenario.id}, as of ${r.spec.scenario.asOf}]`,
    `space: ${spaceLine(r)}`,
    `search: loosest framework + ${r.spec.samples} ${r.spec.sampling} points (seed ${r.spec.seed}) + ${r.refinements.length} Nelder–Mead ` +
      `run${r.refinements.length === 1 ? "" : "s"} of ≤ ${r.spec.refine.iterations} evaluations; ${r.evaluations.scored} frameworks scored` +
      (r.evaluations.infeasible ? ` (${r.evaluations.infeasible} cannot be met by reductions)` : ""),
    `each party restructures to comply keeping the most survivable warheads (path to compliance), then the exchanges are recomputed`,
    "",
    `STATUS QUO: first-strike stability ${a} ${f3(s.sides[0].fss)} · ${b} ${f3(s.sides[1].fss)} · combined ${f3(s.combined)}; ` +
      `retaliation ${a} ${n0(s.sides[0].retaliation)} · ${b} ${n0(s.sides[1].retaliation)} warheads arriving; ` +
      `deliverable warheads ${a} ${n0(s.sides[0].deliverableWarheads)} · ${b} ${n0(s.sides[1].deliverableWarheads)} (parity gap ${f3(s.parityGap)})`,
    "",
    `ZONE OF POSSIBLE AGREEMENT: ${r.zopa.length} of ${r.evaluations.scored} frameworks leave both sides' stability ≥ status quo − ${t.stability}, ` +
      `retaliation ≥ status quo − ${100 * t.retaliation} %, with parity gap ≤ ${t.parity}`,
  );
  const sqOnFrontier = !r.statusQuoDominated;
  const rows = pickRows(r.frontier, MAX_ROWS);
  out.push(
    "",
    `PARETO FRONTIER (combined stability ↑, warheads removed ↑, parity gap ↓): ${r.frontier.length} points` +
      (rows.length < r.frontier.length ? `, ${rows.length} shown (--json lists all)` : "") +
      (r.statusQuoDominated ? "; the status quo is dominated and listed for reference" : ""),
    table(
      [
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
        "",
      ],
      rows.map((i) => pointRow(r.points[i]!, sqOnFrontier)),
    ),
    "FSS: Kent–Thaler C1/C2 per side (1 = no gain from striking first); removes: deployed warheads; retal.: warheads arriving after the other strikes first.",
  );
  out.push("", "WHO GIVES WHAT (frontier points shown above)");
  for (const i of rows) {
    const p = r.points[i]!;
    if (p.origin === "status-quo") continue;
    out.push(`#${p.index} ${p.label}${p.zopa.inZopa ? "  [ZOPA]" : ""}`);
    for (const side of p.score.sides) out.push(`   ${side.gives}`);
  }
  if (r.zopa.length > 0) {
    out.push("", "BEST IN THE ZONE (by the search objective)");
    out.push(
      table(
        ["#", "framework", "combined", "warheads removed", "parity gap"],
        r.zopa.slice(0, 5).map((i) => {
          const p = r.points[i]!;
          return [
            `#${p.index}`,
            p.label,
            f3(p.score.combined),
            n0(p.score.totalWarheadsRemoved),
            f3(p.score.parityGap),
          ];
        }),
      ),
    );
  } else out.push("", "No framework of the space is in the zone; the frontier shows the trade-offs.");
  return out.join("\n");
}

/** A resolved spec as a spec file again: the preset id rather than the preset, no derived coordinates. */
function specInput(spec: ResolvedNegotiationSpec): NegotiationSpecInput {
  const { coordinates: _coordinates, base, ...rest } = spec;
  return { ...rest, base: base.preset !== undefined ? { preset: base.preset } : { scenario: base.scenario } };
}

/** Register `negotiate`. */
export function registerNegotiate(program: Command): void {
  program
    .command("negotiate")
    .description(
      "search a space of frameworks: each party complies, then stability, retaliation, reductions and parity are scored; " +
        "reports the zone of possible agreement and the Pareto frontier (built-in space of the default preset when none given)",
    )
    .argument("[spec]", "negotiation spec file (YAML/JSON), or a preset id with a built-in space")
    .option("--json", "print the result as one JSON document")
    .option("--seed <s>", "seed of the coarse sample (overrides the spec's)")
    .option("--print-spec", "print the spec (the built-in one when no file is given) as YAML and exit")
    .action((arg: string | undefined, opts: { json?: boolean; seed?: string; printSpec?: boolean }) => {
      if (opts.printSpec && opts.json)
        throw new UserError("--print-spec prints the spec as YAML; it cannot be combined with --json (drop one)");
      const { spec: loaded, input } = loadSpec(arg);
      const spec =
        opts.seed !== undefined ? { ...loaded, seed: parseIntOption("--seed", opts.seed, 0, 4_294_967_295) } : loaded;
      if (opts.printSpec) {
        printText(stringify(input ?? specInput(spec), { lineWidth: 0 }));
        return;
      }
      const total = 2 + spec.samples + spec.refine.starts * spec.refine.iterations;
      const started = performance.now();
      const result = withProgress("Negotiation search", total, (update) =>
        negotiate(spec, { onProgress: (p) => update(p.done) }),
      );
      note(
        `seceq negotiate: ${result.evaluations.scored} frameworks scored in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      if (opts.json) printJson(result);
      else printText(renderNegotiation(result));
    });
}
