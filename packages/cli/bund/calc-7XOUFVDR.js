import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  fmt,
  printJson,
  printText,
  table
} from "./chunk-S5PDL7IM.js";
import {
  InputError,
  LETHAL_RADIUS_MODELS,
  calcDefense,
  calcParity,
  lethalRadiusM,
  lethalRadiusWarnings,
  sskp,
  terminalKillProbability
} from "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/calc.js
var NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function issue(path, message, hint) {
  return hint === void 0 ? { code: "invalid_option", path, message } : { code: "invalid_option", path, message, hint };
}
function describeRule(rule) {
  const kind = rule.integer ? "a whole number" : "a number";
  const lower = `${rule.minInclusive === false ? ">" : "\u2265"} ${rule.min}`;
  return rule.max === void 0 ? `${kind} ${lower}` : `${kind} ${lower} and \u2264 ${rule.max}`;
}
function parseNumber(path, label, text, rule) {
  const t = text.trim();
  const x = NUMBER_TEXT.test(t) ? Number(t) : Number.NaN;
  const ok = Number.isFinite(x) && (rule.minInclusive === false ? x > rule.min : x >= rule.min) && (rule.max === void 0 || x <= rule.max) && (!rule.integer || Number.isInteger(x));
  if (!ok)
    throw new UserError([issue(path, `${label} must be ${describeRule(rule)} (got "${text}")`)]);
  return x;
}
var PROBABILITY = { min: 0, max: 1 };
var POSITIVE = { min: 0, minInclusive: false };
function parseKeyValues(path, text, keys, required) {
  const example = keys.map((k) => `${k}=\u2026`).join(",");
  const out = {};
  const parts = text.split(",").map((p) => p.trim());
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (part === "" || eq <= 0)
      throw new UserError([issue(path, `malformed entry "${part}" in "${text}"`, `write ${example}`)]);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!keys.includes(key))
      throw new UserError([issue(path, `unknown key "${key}" in "${text}"`, `allowed keys: ${keys.join(", ")}`)]);
    if (key in out)
      throw new UserError([issue(path, `key "${key}" given twice in "${text}"`)]);
    out[key] = value;
  }
  const missing = required.filter((k) => !(k in out));
  if (missing.length > 0)
    throw new UserError([issue(path, `missing ${missing.join(", ")} in "${text}"`, `write ${example}`)]);
  return out;
}
function guarded(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError)
      throw new UserError(e.issues);
    throw e;
  }
}
function collect(value, previous) {
  return [...previous, value];
}
var p4 = (x) => x.toFixed(4);
function runSskp(opts) {
  const yieldKt = parseNumber(["--yield-kt"], "--yield-kt", opts.yieldKt, POSITIVE);
  const cepM = parseNumber(["--cep-m"], "--cep-m", opts.cepM, POSITIVE);
  const hardnessPsi = parseNumber(["--hardness-psi"], "--hardness-psi", opts.hardnessPsi, POSITIVE);
  const reliability = parseNumber(["--reliability"], "--reliability", opts.reliability, PROBABILITY);
  const models = Object.keys(LETHAL_RADIUS_MODELS);
  if (!models.includes(opts.model))
    throw new UserError([
      issue(["--model"], `unknown lethal-radius model "${opts.model}"`, `use one of ${models.join(", ")}`)
    ]);
  const model = opts.model;
  const r = guarded(() => {
    const lr = lethalRadiusM(model, yieldKt, hardnessPsi);
    const p = sskp(lr, cepM);
    return {
      lethalRadiusM: lr,
      sskp: p,
      tkp: terminalKillProbability(p, reliability),
      warnings: lethalRadiusWarnings(model, yieldKt, hardnessPsi)
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
    ...r.warnings.map((w) => `warning: ${w}`)
  ];
  printText(lines.join("\n"));
}
var LAYER_KEYS = ["interceptors", "pk", "tracking", "shots"];
function parseLayer(text, index) {
  const path = ["--layer", index];
  const kv = parseKeyValues(path, text, LAYER_KEYS, ["pk"]);
  const at = (key) => [...path, key];
  const layer = {
    pk: parseNumber(at("pk"), `--layer ${index + 1} pk`, kv.pk, PROBABILITY),
    tracking: kv.tracking === void 0 ? 1 : parseNumber(at("tracking"), `--layer ${index + 1} tracking`, kv.tracking, PROBABILITY)
  };
  if (kv.interceptors !== void 0)
    layer.interceptors = parseNumber(at("interceptors"), `--layer ${index + 1} interceptors`, kv.interceptors, {
      min: 0,
      integer: true
    });
  if (kv.shots !== void 0)
    layer.shots = parseNumber(at("shots"), `--layer ${index + 1} shots`, kv.shots, { min: 1, max: 10, integer: true });
  return layer;
}
function runDefense(opts) {
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
    l.interceptors === void 0 ? "unlimited" : fmt(l.interceptors),
    l.pk,
    l.tracking,
    l.shots ?? 1
  ]);
  const lines = [
    layers.length === 0 ? "no defence layers" : table(["layer", "interceptors", "pk", "tracking", "shots"], rows),
    "",
    `penetration        ${p4(r.penetration)} (one warhead through every layer)`,
    `P(target survives) ${p4(r.pTargetSurvives)} (${fmt(warheads)} warhead${warheads === 1 ? "" : "s"}, TKP ${fmt(tkp)})`
  ];
  printText(lines.join("\n"));
}
var SYSTEM_KEYS = ["count", "yieldKt", "cepM"];
function parseSystem(text, index) {
  const path = ["--system", index];
  const kv = parseKeyValues(path, text, SYSTEM_KEYS, SYSTEM_KEYS);
  const label = (k) => `--system ${index + 1} ${k}`;
  return {
    count: parseNumber([...path, "count"], label("count"), kv.count, { min: 0 }),
    yieldKt: parseNumber([...path, "yieldKt"], label("yieldKt"), kv.yieldKt, POSITIVE),
    cepM: parseNumber([...path, "cepM"], label("cepM"), kv.cepM, POSITIVE)
  };
}
function runParity(opts) {
  const conventions = ["richelson", "suh"];
  if (!conventions.includes(opts.cmpConvention))
    throw new UserError([
      issue(["--cmp-convention"], `unknown CMP convention "${opts.cmpConvention}"`, "use richelson or suh")
    ]);
  const convention = opts.cmpConvention;
  if (opts.system.length === 0)
    throw new UserError([issue(["--system"], 'give at least one --system "count=N,yieldKt=Y,cepM=C"')]);
  const systems = opts.system.map(parseSystem);
  const r = guarded(() => calcParity(systems, convention));
  if (opts.json) {
    printJson({ ok: true, convention, ...r });
    return;
  }
  const unit = convention === "suh" ? "CEP in km; Y^(4/5) below 0.2 Mt" : "CEP in nmi";
  printText([
    `deliverable warheads  ${fmt(r.deliverableWarheads)}`,
    `EMT                   ${fmt(r.emt)} Mt-equivalent`,
    `CMP                   ${fmt(r.cmp)} (${convention}: ${unit})`
  ].join("\n"));
}
function registerCalc(program) {
  const calc = program.command("calc").description("single formulas as calculators: sskp, defense, parity");
  calc.command("sskp").description("lethal radius, single-shot and terminal kill probability of one warhead against one target").requiredOption("--yield-kt <kt>", "warhead yield, kt (> 0)").requiredOption("--cep-m <m>", "circular error probable, m (> 0)").requiredOption("--hardness-psi <psi>", "target hardness, psi of peak overpressure (> 0)").option("--reliability <p>", "launch \xD7 flight \xD7 detonation reliability, 0\u20131", "1").option("--model <name>", `lethal-radius model: ${Object.keys(LETHAL_RADIUS_MODELS).join(" | ")}`, "brown-1976").option("--json", "print one JSON document {lethalRadiusM, sskp, tkp, warnings}").action((opts) => runSskp(opts));
  calc.command("defense").description("penetration of layered defences and the chance a target survives W warheads").requiredOption("--tkp <p>", "terminal kill probability of one arriving warhead, 0\u20131").option("--layer <spec>", 'a defence layer "interceptors=N,pk=P,tracking=Q[,shots=n]" in the order met (repeatable; pk required, tracking defaults to 1, shots to 1, interceptors to unlimited)', collect, []).option("--warheads <n>", "warheads aimed at the target (whole number \u2265 0)", "1").option("--json", "print one JSON document {penetration, pTargetSurvives}").action((opts) => runDefense(opts));
  calc.command("parity").description("deliverable warheads, equivalent megatonnage and counter-military potential").option("--system <spec>", 'a system "count=N,yieldKt=Y,cepM=C" (repeatable; count is warheads)', collect, []).option("--cmp-convention <name>", "CMP convention: richelson (CEP in nmi) | suh (CEP in km)", "richelson").option("--json", "print one JSON document {deliverableWarheads, emt, cmp}").action((opts) => runParity(opts));
}
export {
  registerCalc
};
