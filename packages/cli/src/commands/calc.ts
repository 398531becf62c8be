/**
 * `seceq calc sskp|defense|parity`: the single formulas of the engine as calculators.
 *
 * Every number is checked before use; a bad number, an unknown model or convention, or malformed `--layer` /
 * `--system` text is a {@link UserError} (exit 2, no stack trace). With `--json` the result is one JSON document.
 */
import type { Command } from "@commander-js/extra-typings";
import {
  calcDefense,
  calcParity,
  InputError,
  LETHAL_RADIUS_MODELS,
  lethalRadiusM,
  lethalRadiusWarnings,
  sskp,
  terminalKillProbability,
  type CalcDefenseLayer,
  type CmpConvention,
  type Issue,
  type LethalRadiusModelName,
  type ParitySystem,
} from "@seceq/core";
import { UserError } from "../errors.js";
import { fmt, printJson, printText, table } from "../io/output.js";

/** Decimal number: digits with an optional fraction and exponent (no hex, no Infinity, no empty text). */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

interface NumberRule {
  /** Smallest allowed value. */
  min: number;
  /** Whether `min` itself is allowed. Default true. */
  minInclusive?: boolean;
  /** Largest allowed value. */
  max?: number;
  /** Require a whole number. */
  integer?: boolean;
}

function issue(path: Issue["path"], message: string, hint?: string): Issue {
  return hint === undefined
    ? { code: "invalid_option", path, message }
    : { code: "invalid_option", path, message, hint };
}

function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? "a whole number" : "a number";
  const lower = `${rule.minInclusive === false ? ">" : "≥"} ${rule.min}`;
  return rule.max === undefined ? `${kind} ${lower}` : `${kind} ${lower} and ≤ ${rule.max}`;
}

/** Parse one number or throw a UserError naming where it came from. */
function parseNumber(path: Issue["path"], label: string, text: string, rule: NumberRule): number {
  const t = text.trim();
  const x = NUMBER_TEXT.test(t) ? Number(t) : Number.NaN;
  const ok =
    Number.isFinite(x) &&
    (rule.minInclusive === false ? x > rule.min : x >= rule.min) &&
    (rule.max === undefined || x <= rule.max) &&
    (!rule.integer || Number.isInteger(x));
  if (!ok) throw new UserError([issue(path, `${label} must be ${describeRule(rule)} (got "${text}")`)]);
  return x;
}

const PROBABILITY: NumberRule = { min: 0, max: 1 };
const POSITIVE: NumberRule = { min: 0, minInclusive: false };

/**
 * Parse `key=value,key=value` text into a record, refusing unknown, repeated, missing and malformed entries.
 * @param path issue path of the option occurrence, e.g. `["--layer", 0]`
 * @param text the option text
 * @param keys allowed keys
 * @param required keys that must be present
 */
function parseKeyValues(
  path: Issue["path"],
  text: string,
  keys: readonly string[],
  required: readonly string[],
): Record<string, string> {
  const example = keys.map((k) => `${k}=…`).join(",");
  const out: Record<string, string> = {};
  const parts = text.split(",").map((p) => p.trim());
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (part === "" || eq <= 0)
      throw new UserError([issue(path, `malformed entry "${part}" in "${text}"`, `write ${example}`)]);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!keys.includes(key))
      throw new UserError([issue(path, `unknown key "${key}" in "${text}"`, `allowed keys: ${keys.join(", ")}`)]);
    if (key in out) throw new UserError([issue(path, `key "${key}" given twice in "${text}"`)]);
    out[key] = value;
  }
  const missing = required.filter((k) => !(k in out));
  if (missing.length > 0)
    throw new UserError([issue(path, `missing ${missing.join(", ")} in "${text}"`, `write ${example}`)]);
  return out;
}

/** Run a calculation, turning the core's InputError into a UserError (exit 2). */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError) throw new UserError(e.issues);
    throw e;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const p4 = (x: number): string => x.toFixed(4);

//// sskp ////

interface SskpOptions {
  yieldKt: string;
  cepM: string;
  hardnessPsi: string;
  reliability: string;
  model: string;
  json?: boolean;
}

function runSskp(opts: SskpOptions): void {
  const yieldKt = parseNumber(["--yield-kt"], "--yield-kt", opts.yieldKt, POSITIVE);
  const cepM = parseNumber(["--cep-m"], "--cep-m", opts.cepM, POSITIVE);
  const hardnessPsi = parseNumber(["--hardness-psi"], "--hardness-psi", opts.hardnessPsi, POSITIVE);
  const reliability = parseNumber(["--reliability"], "--reliability", opts.reliability, PROBABILITY);
  const models = Object.keys(LETHAL_RADIUS_MODELS);
  if (!models.includes(opts.model))
    throw new UserError([
      issue(["--model"], `unknown lethal-radius model "${opts.model}"`, `use one of ${models.join(", ")}`),
    ]);
  const model = opts.model as LethalRadiusModelName;
  const r = guarded(() => {
    const lr = lethalRadiusM(model, yieldKt, hardnessPsi);
    const p = sskp(lr, cepM);
    return {
      lethalRadiusM: lr,
      sskp: p,
      tkp: terminalKillProbability(p, reliability),
      warnings: lethalRadiusWarnings(model, yieldKt, hardnessPsi),
    };
  });
  if (opts.json) {
    printJson({ ok: true, model, ...r });
    return;
  }
  const lines = [
    `lethal radius  ${r.lethalRadiusM.toFixed(1)} m (${model}; ${fmt(yieldKt)} kt vs ${fmt(hardnessPsi)} psi)`,
    `SSKP           ${p4(r.sskp)} (CEP ${fmt(cepM)} m)`,
    `TKP            ${p4(r.tkp)} (reliability ${fmt(reliability)})`,
    ...r.warnings.map((w) => `warning: ${w}`),
  ];
  printText(lines.join("\n"));
}

//// defense ////

interface DefenseOptions {
  tkp: string;
  layer: string[];
  warheads: string;
  json?: boolean;
}

const LAYER_KEYS = ["interceptors", "pk", "tracking", "shots"] as const;

/** Parse one `--layer` text: `interceptors=N,pk=P,tracking=Q[,shots=n]` (pk required; tracking defaults to 1). */
function parseLayer(text: string, index: number): CalcDefenseLayer {
  const path = ["--layer", index];
  const kv = parseKeyValues(path, text, LAYER_KEYS, ["pk"]);
  const at = (key: string): Issue["path"] => [...path, key];
  const layer: CalcDefenseLayer = {
    pk: parseNumber(at("pk"), `--layer ${index + 1} pk`, kv.pk!, PROBABILITY),
    tracking:
      kv.tracking === undefined
        ? 1
        : parseNumber(at("tracking"), `--layer ${index + 1} tracking`, kv.tracking, PROBABILITY),
  };
  if (kv.interceptors !== undefined)
    layer.interceptors = parseNumber(at("interceptors"), `--layer ${index + 1} interceptors`, kv.interceptors, {
      min: 0,
      integer: true,
    });
  if (kv.shots !== undefined)
    layer.shots = parseNumber(at("shots"), `--layer ${index + 1} shots`, kv.shots, { min: 1, max: 10, integer: true });
  return layer;
}

function runDefense(opts: DefenseOptions): void {
  const tkp = parseNumber(["--tkp"], "--tkp", opts.tkp, PROBABILITY);
  const warheads = parseNumber(["--warheads"], "--warheads", opts.warheads, { min: 0, integer: true });
  const layers = opts.layer.map(parseLayer);
  const r = guarded(() => calcDefense(tkp, layers, warheads));
  if (opts.json) {
    printJson({ ok: true, ...r });
    return;
  }
  const rows = layers.map((l, i) => [
    i + 1,
    l.interceptors === undefined ? "unlimited" : fmt(l.interceptors),
    l.pk,
    l.tracking,
    l.shots ?? 1,
  ]);
  const lines = [
    layers.length === 0 ? "no defence layers" : table(["layer", "interceptors", "pk", "tracking", "shots"], rows),
    "",
    `penetration        ${p4(r.penetration)} (one warhead through every layer)`,
    `P(target survives) ${p4(r.pTargetSurvives)} (${fmt(warheads)} warhead${warheads === 1 ? "" : "s"}, TKP ${fmt(tkp)})`,
  ];
  printText(lines.join("\n"));
}

//// parity ////

interface ParityOptions {
  system: string[];
  cmpConvention: string;
  json?: boolean;
}

const SYSTEM_KEYS = ["count", "yieldKt", "cepM"] as const;

/** Parse one `--system` text: `count=N,yieldKt=Y,cepM=C`. */
function parseSystem(text: string, index: number): ParitySystem {
  const path = ["--system", index];
  const kv = parseKeyValues(path, text, SYSTEM_KEYS, SYSTEM_KEYS);
  const label = (k: string): string => `--system ${index + 1} ${k}`;
  return {
    count: parseNumber([...path, "count"], label("count"), kv.count!, { min: 0 }),
    yieldKt: parseNumber([...path, "yieldKt"], label("yieldKt"), kv.yieldKt!, POSITIVE),
    cepM: parseNumber([...path, "cepM"], label("cepM"), kv.cepM!, POSITIVE),
  };
}

function runParity(opts: ParityOptions): void {
  const conventions: CmpConvention[] = ["richelson", "suh"];
  if (!(conventions as string[]).includes(opts.cmpConvention))
    throw new UserError([
      issue(["--cmp-convention"], `unknown CMP convention "${opts.cmpConvention}"`, "use richelson or suh"),
    ]);
  const convention = opts.cmpConvention as CmpConvention;
  if (opts.system.length === 0)
    throw new UserError([issue(["--system"], 'give at least one --system "count=N,yieldKt=Y,cepM=C"')]);
  const systems = opts.system.map(parseSystem);
  const r = guarded(() => calcParity(systems, convention));
  if (opts.json) {
    printJson({ ok: true, convention, ...r });
    return;
  }
  const unit = convention === "suh" ? "CEP in km; Y^(4/5) below 0.2 Mt" : "CEP in nmi";
  printText(
    [
      `deliverable warheads  ${fmt(r.deliverableWarheads)}`,
      `EMT                   ${fmt(r.emt)} Mt-equivalent`,
      `CMP                   ${fmt(r.cmp)} (${convention}: ${unit})`,
    ].join("\n"),
  );
}

/** Register `calc` with its `sskp`, `defense` and `parity` subcommands. */
export function registerCalc(program: Command): void {
  const calc = program.command("calc").description("single formulas as calculators: sskp, defense, parity");

  calc
    .command("sskp")
    .description("lethal radius, single-shot and terminal kill probability of one warhead against one target")
    .requiredOption("--yield-kt <kt>", "warhead yield, kt (> 0)")
    .requiredOption("--cep-m <m>", "circular error probable, m (> 0)")
    .requiredOption("--hardness-psi <psi>", "target hardness, psi of peak overpressure (> 0)")
    .option("--reliability <p>", "launch × flight × detonation reliability, 0–1", "1")
    .option("--model <name>", `lethal-radius model: ${Object.keys(LETHAL_RADIUS_MODELS).join(" | ")}`, "brown-1976")
    .option("--json", "print one JSON document {lethalRadiusM, sskp, tkp, warnings}")
    .action((opts: SskpOptions) => runSskp(opts));

  calc
    .command("defense")
    .description("penetration of layered defences and the chance a target survives W warheads")
    .requiredOption("--tkp <p>", "terminal kill probability of one arriving warhead, 0–1")
    .option(
      "--layer <spec>",
      'a defence layer "interceptors=N,pk=P,tracking=Q[,shots=n]" in the order met (repeatable; pk required, ' +
        "tracking defaults to 1, shots to 1, interceptors to unlimited)",
      collect,
      [],
    )
    .option("--warheads <n>", "warheads aimed at the target (whole number ≥ 0)", "1")
    .option("--json", "print one JSON document {penetration, pTargetSurvives}")
    .action((opts: DefenseOptions) => runDefense(opts));

  calc
    .command("parity")
    .description("deliverable warheads, equivalent megatonnage and counter-military potential")
    .option("--system <spec>", 'a system "count=N,yieldKt=Y,cepM=C" (repeatable; count is warheads)', collect, [])
    .option("--cmp-convention <name>", "CMP convention: richelson (CEP in nmi) | suh (CEP in km)", "richelson")
    .option("--json", "print one JSON document {deliverableWarheads, emt, cmp}")
    .action((opts: ParityOptions) => runParity(opts));
}
