/**
 * View model of the posture editor: the policy levers of each party (forces by leg, defences, alert posture, launch
 * under attack, hold-back) and, apart from them, the technical assumptions. Builds {@link Control} descriptors from the edited scenario document and the preset it started from.
 */
import { DEFAULT_ASSUMPTIONS, type Category, type ScenarioInput } from "@seceq/core";
import {
  controlKey,
  niceCeil,
  type ChoiceControl,
  type Control,
  type NumberControl,
  type ToggleControl,
} from "../model/controls.js";
import { formatCount, formatForStep, formatPercent } from "../model/format.js";
import {
  ASSUMPTION_CONFIDENCE,
  assumptionProvenance,
  citationText,
  fieldCitation,
  type CitationLike,
} from "../model/provenance.js";
import type { DocPath } from "../model/scenario-path.js";
import { scenarioFieldBounds } from "./schema-bounds.js";

/** The legs the editor groups forces into. */
export type Leg = "icbm" | "slbm" | "bombers" | "non-strategic" | "conventional" | "defences";

/** Display names of the legs, in display order. */
export const LEG_LABELS: ReadonlyArray<[Leg, string]> = [
  ["icbm", "ICBMs"],
  ["slbm", "SLBMs"],
  ["bombers", "Bombers"],
  ["non-strategic", "Non-strategic"],
  ["conventional", "Conventional strike"],
  ["defences", "Defences"],
];

/** Display names of force categories. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  "icbm-silo": "silo ICBM",
  "icbm-mobile": "mobile ICBM",
  slbm: "SLBM",
  bomber: "heavy bomber",
  "air-launched": "air-launched missile",
  hgv: "hypersonic glide vehicle",
  "ground-cruise": "ground-launched cruise missile",
  "ground-ballistic": "ground-launched ballistic missile",
  "sea-cruise": "sea-launched cruise missile",
  "conventional-strike": "conventional strike",
  "non-strategic": "non-strategic",
};

/** Intercontinental range threshold, km (treaty convention: 5,500 km). */
export const INTERCONTINENTAL_KM = 5500;

/** Leg of a force element: conventional when not nuclear; otherwise by category (HGVs by range). */
export function legOf(e: {
  category: Category;
  nuclear?: boolean | undefined;
  rangeKm: number;
}): Exclude<Leg, "defences"> {
  if (e.nuclear === false || e.category === "conventional-strike") return "conventional";
  switch (e.category) {
    case "icbm-silo":
    case "icbm-mobile":
      return "icbm";
    case "slbm":
      return "slbm";
    case "bomber":
    case "air-launched":
      return "bombers";
    case "hgv":
      return e.rangeKm >= INTERCONTINENTAL_KM ? "icbm" : "non-strategic";
    case "ground-cruise":
    case "ground-ballistic":
    case "sea-cruise":
    case "non-strategic":
      return "non-strategic";
  }
}

/** One force element or defence layer with its controls. */
export interface ItemEditor {
  key: string;
  name: string;
  /** Category or kind, for display. */
  kind: string;
  /** Provenance of the item. */
  source: string;
  /** Confidence of the item's citation, for a badge. */
  confidence?: string;
  /** One-line summary (warheads, survivable share, interceptors). */
  summary: string;
  controls: NumberControl[];
  /** True when any control differs from the preset. */
  changed: boolean;
}

/** One leg of one party. */
export interface LegEditor {
  leg: Leg;
  label: string;
  items: ItemEditor[];
}

/** One party's levers. */
export interface PartyEditor {
  id: string;
  name: string;
  index: number;
  posture: ChoiceControl;
  launchUnderAttack: ToggleControl;
  holdBack: NumberControl;
  /** Legs that have at least one item, in display order. */
  legs: LegEditor[];
  /** Deployed nuclear warheads, for the party header. */
  deployedWarheads: number;
}

/** The technical-assumptions group. */
export interface AssumptionsEditor {
  /** Scenario-wide assumptions. */
  global: Control[];
  /** Per-party damage-curve parameters. */
  damage: Array<{ party: string; name: string; controls: NumberControl[] }>;
}

/** The whole editor. */
export interface PostureEditorVm {
  parties: PartyEditor[];
  assumptions: AssumptionsEditor;
  /** Number of settings that differ from the preset. */
  changedCount: number;
}

type PartyInput = ScenarioInput["parties"][number];
type ElementInput = PartyInput["forces"][number];
type LayerInput = NonNullable<PartyInput["defenses"]>[number];

function num(x: unknown, fallback: number): number {
  return typeof x === "number" && Number.isFinite(x) ? x : fallback;
}

function titleOf(
  label: string,
  citation: CitationLike,
  specific: boolean,
  changed: boolean,
  baselineText: string | undefined,
  help: string | undefined,
): string {
  const src = help ?? `${specific ? "Source" : "Source (whole item)"}: ${citationText(citation)}.`;
  const was = changed && baselineText !== undefined ? ` Preset value: ${baselineText}.` : "";
  return `${label}. ${src}${was}`;
}

interface NumberSpec {
  path: DocPath;
  label: string;
  value: number;
  baseline: number | undefined;
  /**
   * Least value of the input, above the schema's open lower bound (e.g. 0.1 for a `positive()` field); by default
   * the schema's own minimum, which must then be inclusive.
   */
  floor?: number;
  /** Slider maximum before growing to include the value and twice the preset. */
  maxFloor: number;
  /** Grow the slider to this multiple of the preset value. Default 2. */
  headroom?: number;
  /** A tighter upper limit than the schema's (e.g. an element's upload capacity); never above the schema's. */
  cap?: number;
  step: number;
  unit?: string;
  percent?: boolean;
  citation?: CitationLike;
  specific?: boolean;
  /** Help text shown instead of a citation (policy levers, assumptions). */
  help?: string;
  /** Fixed slider maximum (percent controls). */
  fixedMax?: number;
  /** Confidence badge when there is no citation (assumptions). */
  confidence?: string;
}

/**
 * The input bounds of a control: the scenario schema's (see `schema-bounds.ts`), narrowed by the spec's floor and cap.
 * @throws Error when the spec's bounds leave the schema's (a programming error)
 */
function inputBounds(spec: NumberSpec): { min: number; limit: number } {
  const b = scenarioFieldBounds(spec.path);
  const at = spec.path.join(".");
  if (b.maxExclusive || !Number.isFinite(b.max)) throw new Error(`${at}: the schema has no inclusive maximum`);
  if (spec.floor === undefined && b.minExclusive) throw new Error(`${at}: open lower bound ${b.min} needs a floor`);
  const min = spec.floor ?? b.min;
  if (min < b.min || (b.minExclusive && min === b.min) || !Number.isFinite(min))
    throw new Error(`${at}: floor ${min} is outside the schema's bounds`);
  return { min, limit: spec.cap === undefined ? b.max : Math.min(b.max, Math.max(min, spec.cap)) };
}

function numberControl(spec: NumberSpec): NumberControl {
  const { min, limit } = inputBounds(spec);
  const changed = spec.baseline !== undefined && Math.abs(spec.baseline - spec.value) > 1e-12;
  const max =
    spec.fixedMax ??
    niceCeil(Math.max(spec.maxFloor, spec.value, (spec.headroom ?? 2) * (spec.baseline ?? spec.value)), spec.maxFloor);
  const fmt = (v: number) => (spec.percent ? formatPercent(v) : formatForStep(v, spec.step));
  return {
    kind: "number",
    key: controlKey(spec.path),
    path: spec.path,
    label: spec.label,
    title: titleOf(
      spec.label,
      spec.citation,
      spec.specific ?? false,
      changed,
      spec.baseline !== undefined ? fmt(spec.baseline) : undefined,
      spec.help,
    ),
    changed,
    ...((spec.confidence ?? spec.citation?.confidence)
      ? { confidence: (spec.confidence ?? spec.citation?.confidence)! }
      : {}),
    value: spec.value,
    ...(spec.baseline !== undefined ? { baseline: spec.baseline } : {}),
    min,
    max: Math.min(max, limit),
    limit,
    step: spec.step,
    ...(spec.unit !== undefined ? { unit: spec.unit } : {}),
    ...(spec.percent ? { percent: true } : {}),
  };
}

function elementEditor(e: ElementInput, base: ElementInput | undefined, prefix: DocPath): ItemEditor {
  const conventional = legOf(e) === "conventional";
  const cite = (rel: Array<string | number>) => fieldCitation(e, rel);
  const launcherUnit = e.category === "bomber" ? "aircraft" : "launchers";
  const deployed = num(e.launchers.deployed, 0);
  const wpl = num(e.warheadsPerLauncher, 0);
  const sf = e.basing.survivableFraction;
  // The element's upload capacity caps its load (the validator refuses more); without one, the schema's maximum.
  const maxLoad = typeof e.maxWarheadsPerLauncher === "number" ? Math.max(0, e.maxWarheadsPerLauncher) : undefined;
  const controls: NumberControl[] = [
    numberControl({
      path: [...prefix, "launchers", "deployed"],
      label: `Deployed ${launcherUnit}`,
      value: deployed,
      baseline: base?.launchers.deployed,
      maxFloor: 10,
      step: 1,
      unit: launcherUnit,
      ...cite(["launchers", "deployed"]),
    }),
    numberControl({
      path: [...prefix, "warheadsPerLauncher"],
      label: conventional ? "Weapons per launcher" : "Warheads per launcher",
      value: wpl,
      baseline: base?.warheadsPerLauncher,
      maxFloor: Math.max(1, maxLoad ?? 0),
      ...(maxLoad !== undefined ? { cap: maxLoad } : {}),
      step: 0.1,
      unit: conventional ? "weapons" : "warheads",
      ...cite(["warheadsPerLauncher"]),
    }),
    numberControl({
      path: [...prefix, "basing", "survivableFraction", "dayToDay"],
      label: "Survivable share, day-to-day",
      value: num(sf.dayToDay, 0),
      baseline: base?.basing.survivableFraction.dayToDay,
      maxFloor: 1,
      fixedMax: 1,
      step: 0.01,
      percent: true,
      ...cite(["basing", "survivableFraction", "dayToDay"]),
    }),
    numberControl({
      path: [...prefix, "basing", "survivableFraction", "generated"],
      label: "Survivable share, generated",
      value: num(sf.generated, 0),
      baseline: base?.basing.survivableFraction.generated,
      maxFloor: 1,
      fixedMax: 1,
      step: 0.01,
      percent: true,
      ...cite(["basing", "survivableFraction", "generated"]),
    }),
  ];
  const warheads = deployed * wpl;
  return {
    key: controlKey(prefix),
    name: e.name,
    kind: (e.nuclear === false ? "conventional " : "") + CATEGORY_LABELS[e.category],
    source: citationText(e.source),
    ...(e.source?.confidence ? { confidence: e.source.confidence } : {}),
    summary: `${formatCount(warheads)} ${conventional ? "weapons" : "warheads"} · ${formatPercent(num(sf.dayToDay, 0))} survivable day-to-day, ${formatPercent(num(sf.generated, 0))} generated`,
    controls,
    changed: controls.some((c) => c.changed),
  };
}

function layerEditor(d: LayerInput, base: LayerInput | undefined, prefix: DocPath): ItemEditor {
  const controls: NumberControl[] = [
    numberControl({
      path: [...prefix, "interceptors"],
      label: "Interceptors",
      value: num(d.interceptors, 0),
      baseline: base?.interceptors,
      maxFloor: 100,
      step: 1,
      unit: "interceptors",
      citation: d.source,
      specific: false,
    }),
    numberControl({
      path: [...prefix, "pk"],
      label: "Single-shot kill probability",
      value: num(d.pk, 0),
      baseline: base?.pk,
      maxFloor: 1,
      fixedMax: 1,
      step: 0.01,
      percent: true,
      citation: d.source,
      specific: false,
    }),
  ];
  const doctrine = d.doctrine.type === "barrage" ? `barrage of ${d.doctrine.shots}` : "shoot-look-shoot";
  return {
    key: controlKey(prefix),
    name: d.name,
    kind: `defence layer (${doctrine}; protects ${(d.covers ?? ["value", "forces"]).join(" and ")})`,
    source: citationText(d.source),
    ...(d.source?.confidence ? { confidence: d.source.confidence } : {}),
    summary: `${formatCount(num(d.interceptors, 0))} interceptors, Pk ${formatPercent(num(d.pk, 0))}`,
    controls,
    changed: controls.some((c) => c.changed),
  };
}

/**
 * Reuse an item's view model while its document objects are unchanged (edits copy only the objects along the edited
 * path), so the view can skip re-rendering every untouched element on each slider step.
 */
const itemCache = new WeakMap<object, { base: object | undefined; at: string; vm: ItemEditor }>();

function cachedItem<T extends object>(
  doc: T,
  base: T | undefined,
  prefix: DocPath,
  build: () => ItemEditor,
): ItemEditor {
  const at = prefix.join("/");
  const hit = itemCache.get(doc);
  if (hit && hit.base === base && hit.at === at) return hit.vm;
  const vm = build();
  itemCache.set(doc, { base, at, vm });
  return vm;
}

/** Party view models by party document object: an edit of one party leaves the others' objects, and their models. */
const partyCache = new WeakMap<object, { base: object | undefined; index: number; vm: PartyEditor }>();

function cachedParty(p: PartyInput, base: PartyInput | undefined, index: number): PartyEditor {
  const hit = partyCache.get(p);
  if (hit && hit.base === base && hit.index === index) return hit.vm;
  const vm = partyEditor(p, base, index);
  partyCache.set(p, { base, index, vm });
  return vm;
}

function partyEditor(p: PartyInput, base: PartyInput | undefined, index: number): PartyEditor {
  const prefix: DocPath = ["parties", index];
  const posture = p.posture ?? "dayToDay";
  const basePosture = base ? (base.posture ?? "dayToDay") : undefined;
  const lua = p.options?.launchUnderAttack ?? false;
  const baseLua = base ? (base.options?.launchUnderAttack ?? false) : undefined;
  const postureChanged = basePosture !== undefined && basePosture !== posture;
  const luaChanged = baseLua !== undefined && baseLua !== lua;
  const legs = new Map<Leg, ItemEditor[]>();
  p.forces.forEach((e, i) => {
    const b = base?.forces.find((x) => x.id === e.id);
    const leg = legOf(e);
    const at: DocPath = [...prefix, "forces", i];
    legs.set(leg, [...(legs.get(leg) ?? []), cachedItem(e, b, at, () => elementEditor(e, b, at))]);
  });
  (p.defenses ?? []).forEach((d, i) => {
    const b = base?.defenses?.find((x) => x.id === d.id);
    const at: DocPath = [...prefix, "defenses", i];
    legs.set("defences", [...(legs.get("defences") ?? []), cachedItem(d, b, at, () => layerEditor(d, b, at))]);
  });
  const deployedWarheads = p.forces
    .filter((e) => e.nuclear !== false)
    .reduce((t, e) => t + num(e.launchers.deployed, 0) * num(e.warheadsPerLauncher, 0), 0);
  return {
    id: p.id,
    name: p.name,
    index,
    posture: {
      kind: "choice",
      key: controlKey([...prefix, "posture"]),
      path: [...prefix, "posture"],
      label: "Alert posture",
      title: `Alert posture of ${p.name}: day-to-day or fully generated (more forces survivable).${postureChanged ? ` Preset value: ${basePosture}.` : ""}`,
      changed: postureChanged,
      value: posture,
      ...(basePosture !== undefined ? { baseline: basePosture } : {}),
      options: [
        { value: "dayToDay", label: "Day-to-day" },
        { value: "generated", label: "Generated" },
      ],
    },
    launchUnderAttack: {
      kind: "toggle",
      key: controlKey([...prefix, "options", "launchUnderAttack"]),
      path: [...prefix, "options", "launchUnderAttack"],
      label: "Launch under attack",
      title: `${p.name} launches its fixed prompt missiles on warning; the share saved is the LUA fraction assumption.${luaChanged ? ` Preset value: ${baseLua ? "on" : "off"}.` : ""}`,
      changed: luaChanged,
      value: lua,
      ...(baseLua !== undefined ? { baseline: baseLua } : {}),
    },
    holdBack: numberControl({
      path: [...prefix, "options", "holdBackFraction"],
      label: "Held back against third parties",
      value: num(p.options?.holdBackFraction, 0),
      baseline: base ? num(base.options?.holdBackFraction, 0) : undefined,
      maxFloor: 1,
      fixedMax: 1,
      step: 0.01,
      percent: true,
      help: "Share of every force kept in reserve against third parties (policy lever; default 0).",
    }),
    legs: LEG_LABELS.filter(([leg]) => legs.has(leg)).map(([leg, label]) => ({ leg, label, items: legs.get(leg)! })),
    deployedWarheads,
  };
}

const LETHAL_RADIUS_OPTIONS = [
  { value: "brown-1976", label: "Brown (1976)" },
  { value: "cube-root-2.62", label: "Cube-root, 2.62" },
  { value: "overpressure", label: "Overpressure" },
];

/** The last assumptions editor built, with what it was built from (see {@link cachedAssumptions}). */
let lastAssumptions: {
  a: unknown;
  b: unknown;
  parties: ReadonlyArray<readonly [string, string, unknown]>;
  baseParties: unknown;
  vm: AssumptionsEditor;
} | null = null;

/**
 * The assumptions editor, reused while the assumptions and the parties' value models (ids, names, value objects) are
 * the same objects as last time and the preset is the same: a slider step on a force element changes none of them.
 */
function cachedAssumptions(input: ScenarioInput, baseline: ScenarioInput | null): AssumptionsEditor {
  const parties = input.parties.map((p) => [p.id, p.name, p.value] as const);
  const hit = lastAssumptions;
  if (
    hit &&
    hit.a === input.assumptions &&
    hit.b === baseline?.assumptions &&
    hit.baseParties === baseline?.parties &&
    hit.parties.length === parties.length &&
    hit.parties.every((x, i) => x[0] === parties[i]![0] && x[1] === parties[i]![1] && x[2] === parties[i]![2])
  )
    return hit.vm;
  const vm = assumptionsEditor(input, baseline);
  lastAssumptions = { a: input.assumptions, b: baseline?.assumptions, parties, baseParties: baseline?.parties, vm };
  return vm;
}

function assumptionsEditor(input: ScenarioInput, baseline: ScenarioInput | null): AssumptionsEditor {
  const a = input.assumptions ?? {};
  const b = baseline ? (baseline.assumptions ?? {}) : undefined;
  const D = DEFAULT_ASSUMPTIONS;
  const n = (
    k:
      | "costExponent"
      | "costWeight"
      | "strikerSurvivableUse"
      | "luaFraction"
      | "maxWarheadsPerAimPoint"
      | "fratricideFactor",
    label: string,
    extra: Partial<NumberSpec>,
  ) =>
    numberControl({
      path: ["assumptions", k],
      label,
      value: num(a[k], D[k]),
      baseline: b ? num(b[k], D[k]) : undefined,
      maxFloor: 1,
      fixedMax: 1,
      step: 0.01,
      help: assumptionProvenance(k),
      ...(ASSUMPTION_CONFIDENCE[k] ? { confidence: ASSUMPTION_CONFIDENCE[k] } : {}),
      ...extra,
    });
  const choice = (k: "lethalRadiusModel" | "softTargetModel", label: string): ChoiceControl => {
    const value = a[k] ?? D[k];
    const base = b ? (b[k] ?? D[k]) : undefined;
    const changed = base !== undefined && base !== value;
    return {
      kind: "choice",
      key: `assumptions-${k}`,
      path: ["assumptions", k],
      label,
      title: `${label}. ${assumptionProvenance(k)}${changed ? ` Preset value: ${base}.` : ""}`,
      changed,
      value,
      ...(base !== undefined ? { baseline: base } : {}),
      options: LETHAL_RADIUS_OPTIONS,
    };
  };
  const global: Control[] = [
    choice("lethalRadiusModel", "Lethal-radius model"),
    choice("softTargetModel", "Lethal-radius model for soft targets"),
    n("costExponent", "Cost exponent (on damage)", { floor: 0.1, fixedMax: 2, step: 0.05 }),
    n("costWeight", "Cost weight (adversary's undestroyed value)", { fixedMax: 1, step: 0.05 }),
    n("strikerSurvivableUse", "Striker's use of survivable forces", { percent: true }),
    n("luaFraction", "LUA fraction (share saved by launch under attack)", { percent: true }),
    n("maxWarheadsPerAimPoint", "Max warheads per aim point", {
      fixedMax: 10,
      step: 1,
      unit: "warheads",
    }),
    n("fratricideFactor", "Fratricide (loss per extra warhead on an aim point)", { percent: true }),
  ];
  const damage = input.parties.map((p, i) => {
    const bp = baseline?.parties.find((x) => x.id === p.id);
    const curve = p.value.damageCurve;
    const bc = bp?.value.damageCurve;
    const src = { citation: p.value.source, specific: true };
    // The population value model has no curve parameter to edit here (its effects assumptions have defaults).
    const controls: NumberControl[] =
      !curve || p.value.model === "population"
        ? []
        : curve.model === "exponential-w80"
          ? [
              numberControl({
                path: ["parties", i, "value", "damageCurve", "w80"],
                label: "w80: arriving warheads that destroy 80 % of value",
                value: num(curve.w80, 1),
                baseline: bc?.model === "exponential-w80" ? bc.w80 : undefined,
                floor: 1,
                maxFloor: 100,
                headroom: 3,
                step: 1,
                unit: "warheads",
                ...src,
              }),
            ]
          : [
              numberControl({
                path: ["parties", i, "value", "damageCurve", "valueAreaKm2"],
                label: "Value area",
                value: num(curve.valueAreaKm2, 1),
                baseline: bc?.model === "emt-area" ? bc.valueAreaKm2 : undefined,
                floor: 1,
                maxFloor: 1000,
                headroom: 3,
                step: 1,
                unit: "km²",
                ...src,
              }),
            ];
    return { party: p.id, name: p.name, controls };
  });
  return { global, damage };
}

/** Build the editor view model from the edited document and the preset it came from (null: no preset). */
export function postureEditorVm(input: ScenarioInput, baseline: ScenarioInput | null): PostureEditorVm {
  const parties = input.parties.map((p, i) =>
    cachedParty(
      p,
      baseline?.parties.find((x) => x.id === p.id),
      i,
    ),
  );
  const assumptions = cachedAssumptions(input, baseline);
  const all: Control[] = [
    ...parties.flatMap((p) => [
      p.posture,
      p.launchUnderAttack,
      p.holdBack,
      ...p.legs.flatMap((l) => l.items.flatMap((it) => it.controls)),
    ]),
    ...assumptions.global,
    ...assumptions.damage.flatMap((d) => d.controls),
  ];
  return { parties, assumptions, changedCount: all.filter((c) => c.changed).length };
}
