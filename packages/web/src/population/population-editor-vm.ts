/**
 * View model of the population assumptions in the editor (issue 9): the effects assumptions of every party on the
 * population value model (`value.effects`, docs/methods.md §7) — burst height, the blast rings' fatality shares and
 * overpressures, an optional mass-fire zone, and the density profile (Clark scale length, its exponent, the
 * agglomeration radius). Bounds come from core's zod schema, read by the editor's `scenarioFieldBounds`, never copied.
 *
 * With one set of assumptions shared by every population party (the presets), one block edits them all at once; the
 * view can split it per party. Edits write the party's whole `effects` object, filling in the documented defaults
 * (so changing one ring keeps the others), and write nothing when the result equals the preset's.
 */
import { BurstHeight, DEFAULT_EFFECTS, resolveEffects, type EffectsInput, type ScenarioInput } from "@seceq/core";
import {
  controlKey,
  niceCeil,
  type ChoiceControl,
  type Control,
  type NumberControl,
  type ToggleControl,
} from "../model/controls.js";
import { formatForStep, formatPercent } from "../model/format.js";
import { deepEqual, getAt, setAt, type DocPath } from "../model/scenario-path.js";
import { scenarioFieldBounds, type FieldBounds } from "../editor/schema-bounds.js";

/** Bounds of an effects field, read from the scenario schema (`value.effects` of a population party). */
function effectsBounds(...rel: Array<string | number>): FieldBounds {
  const path: DocPath = ["parties", 0, "value", "effects", ...rel];
  const b = scenarioFieldBounds(path);
  if (!Number.isFinite(b.min) || !Number.isFinite(b.max))
    throw new Error(`${path.join(".")}: a number control needs a schema with finite min and max`);
  return b;
}

/** Bounds of every population control, from the schema. */
export const EFFECT_BOUNDS = {
  ringPsi: effectsBounds("rings", 0, "psi"),
  ringFatality: effectsBounds("rings", 0, "fatality"),
  firePsi: effectsBounds("fireZone", "psi"),
  fireFatality: effectsBounds("fireZone", "fatality"),
  scaleKmAtMillion: effectsBounds("scaleKmAtMillion"),
  scaleExponent: effectsBounds("scaleExponent"),
  mergeScaleLengths: effectsBounds("mergeScaleLengths"),
} as const;

/** Labels of the burst heights, in the schema's order. */
export const BURST_LABELS: Readonly<Record<(typeof BurstHeight.options)[number], string>> = {
  "optimum-air": "Optimum air burst",
  surface: "Surface burst",
};

/**
 * Start values of the mass-fire zone when it is switched on: the outermost default ring's overpressure (2 psi) with
 * the innermost ring's fatality share (0.98). Postol's superfire estimate has mass fires reaching about 8 miles from
 * a 1-Mt air burst, about the 2-psi range of OTA's Detroit case, and killing nearly everyone inside
 * [postol-1986] [ota-1979]; the zone is off by default (no agreed prompt-fire model, methods §7.1).
 */
export const FIRE_ZONE_START: Readonly<{ psi: number; fatality: number }> = Object.freeze({
  psi: Math.min(...DEFAULT_EFFECTS.rings.map((r) => r.psi)),
  fatality: Math.max(...DEFAULT_EFFECTS.rings.map((r) => r.fatality)),
});

/** Where each default comes from (shown on hover), and how sure it is. */
const HELP = {
  burst:
    "Height of burst against places. Default optimum air burst: for each overpressure, the height that maximises its ground range (Glasstone & Dolan §3.73 [glasstone-dolan-1977]; Brode's height-of-burst fit [brode-1986]). Counterforce collateral always uses surface bursts.",
  rings:
    "Share of the people inside the ring (and outside the next ring in) killed promptly. Defaults: OTA (1979), 1-Mt air burst on Detroit [ota-1979]: above 12 psi 98 %, 5–12 psi 50 %, 2–5 psi 5 %.",
  ringPsi: "Peak overpressure at the ring's outer edge. Defaults 12, 5 and 2 psi (OTA 1979 [ota-1979]).",
  fireZone:
    "An optional zone where a mass fire kills at least the given share (off by default: there is no agreed prompt-fire model). Switched on, it starts at the 2-psi edge with 98 % killed, after Postol's superfire estimate [postol-1986].",
  scaleKmAtMillion:
    "Clark scale length b of a place of 1 million people (density falls by e every b km). Default 3.3 km: an estimate giving a central density near 15,000 per km², checked by the validation cases [clark-1951].",
  scaleExponent:
    "Exponent β of b ∝ population^β. Default 5/12 ≈ 0.417: urban land area grows as population^(5/6) [bettencourt-2013].",
  mergeScaleLengths:
    "A smaller place within this many scale lengths of a larger one joins its agglomeration (so a burst on a city also kills in its suburbs). Default 3 (estimate).",
} as const;

const CONFIDENCE = {
  burst: "derived",
  rings: "published",
  fireZone: "estimate",
  scaleKmAtMillion: "estimate",
  scaleExponent: "derived",
  mergeScaleLengths: "estimate",
} as const;

type PartyInput = ScenarioInput["parties"][number];
type Effects = NonNullable<EffectsInput>;

/** A party on the population model. */
export interface PopulationParty {
  index: number;
  id: string;
  name: string;
}

/** One block of controls: the assumptions of one party, or of every population party at once. */
export interface PopulationBlock {
  key: string;
  /** "All parties (United States, Russia)" or the party's name. */
  title: string;
  /** Indices of the parties the block edits. */
  parties: number[];
  controls: Control[];
  changed: boolean;
}

/** The population section of the editor. */
export interface PopulationEditorVm {
  /** Parties on the population model (none: the section is not shown). */
  parties: PopulationParty[];
  /** Every population party has the same assumptions (one block may edit them all). */
  uniform: boolean;
  /** One block for all (uniform and not split) or one per party. */
  blocks: PopulationBlock[];
  /** Settings that differ from the preset (counted once per block). */
  changedCount: number;
}

/** Parties on the population model. */
export function populationParties(input: Pick<ScenarioInput, "parties">): PopulationParty[] {
  return input.parties.flatMap((p, index) =>
    p.value?.model === "population" ? [{ index, id: p.id, name: p.name }] : [],
  );
}

/** A party's effects as written (may be undefined). */
function effectsOf(p: PartyInput | undefined): Effects | undefined {
  return (p?.value as { effects?: Effects } | undefined)?.effects;
}

/** Effects assumptions with every default written out. */
export interface FullEffects {
  burst: (typeof BurstHeight.options)[number];
  rings: Array<{ psi: number; fatality: number }>;
  fireZone?: { psi: number; fatality: number };
  scaleKmAtMillion: number;
  scaleExponent: number;
  mergeScaleLengths: number;
}

/** Effects with the defaults written out (rings in the document's order; the engine sorts them). */
export function fullEffects(e: Effects | undefined): FullEffects {
  const r = resolveEffects(e);
  return {
    burst: r.burst,
    rings: (e?.rings ?? DEFAULT_EFFECTS.rings).map((x) => ({ psi: x.psi, fatality: x.fatality })),
    ...(r.fireZone ? { fireZone: { psi: r.fireZone.psi, fatality: r.fireZone.fatality } } : {}),
    scaleKmAtMillion: r.scaleKmAtMillion,
    scaleExponent: r.scaleExponent,
    mergeScaleLengths: r.mergeScaleLengths,
  };
}

/** Two parties' effects mean the same (defaults filled in, rings in overpressure order). */
export function sameEffects(a: Effects | undefined, b: Effects | undefined): boolean {
  const ra = resolveEffects(a);
  const rb = resolveEffects(b);
  return deepEqual({ ...ra, fireZone: ra.fireZone ?? null }, { ...rb, fireZone: rb.fireZone ?? null });
}

/** Lower slider end: the schema's minimum, or one step above it when the schema excludes it. */
function sliderMin(b: FieldBounds, step: number): number {
  return b.minExclusive ? b.min + step : b.min;
}

interface NumSpec {
  path: DocPath;
  label: string;
  value: number;
  baseline: number | undefined;
  bounds: FieldBounds;
  step: number;
  /** Slider maximum at least this (grows to 2× the value and the preset), capped at the schema's limit. */
  floor: number;
  unit?: string;
  percent?: boolean;
  help: string;
  confidence: string;
}

function numberControl(s: NumSpec): NumberControl {
  const changed = s.baseline !== undefined && Math.abs(s.baseline - s.value) > 1e-12;
  const fmt = (v: number) => (s.percent ? formatPercent(v) : formatForStep(v, s.step));
  const max = s.percent
    ? s.bounds.max
    : Math.min(s.bounds.max, niceCeil(Math.max(s.floor, s.value, 2 * (s.baseline ?? s.value)), s.floor));
  return {
    kind: "number",
    key: controlKey(s.path),
    path: s.path,
    label: s.label,
    title: `${s.label}. ${s.help}${changed && s.baseline !== undefined ? ` Preset value: ${fmt(s.baseline)}.` : ""}`,
    changed,
    confidence: s.confidence,
    value: s.value,
    ...(s.baseline !== undefined ? { baseline: s.baseline } : {}),
    min: sliderMin(s.bounds, s.step),
    max,
    limit: s.bounds.max,
    step: s.step,
    ...(s.unit !== undefined ? { unit: s.unit } : {}),
    ...(s.percent ? { percent: true } : {}),
  };
}

/** "above 12 psi", "5–12 psi": the overpressures a ring covers (rings in any order). */
export function ringRange(rings: ReadonlyArray<{ psi: number }>, k: number): string {
  const psi = rings[k]!.psi;
  const higher = rings.map((r) => r.psi).filter((p) => p > psi);
  const fmt = (x: number) => formatForStep(x, x < 10 ? 0.1 : 1).replace(/\.0$/, "");
  return higher.length === 0 ? `above ${fmt(psi)} psi` : `${fmt(psi)}–${fmt(Math.min(...higher))} psi`;
}

/**
 * Reuse a block's controls while the party's value object, the preset party's and the block key are unchanged (edits
 * copy only the objects along the edited path), so a slider elsewhere does not re-render these controls.
 */
const blockCache = new WeakMap<object, { base: object | undefined; at: string; controls: Control[] }>();

function blockControls(
  input: ScenarioInput,
  baseline: ScenarioInput | null,
  party: PopulationParty,
  keyPrefix: string,
): Control[] {
  const value = input.parties[party.index]!.value as object;
  const baseValue = baseline?.parties.find((x) => x.id === party.id)?.value as object | undefined;
  const at = `${keyPrefix}/${party.index}`;
  const hit = blockCache.get(value);
  if (hit && hit.base === baseValue && hit.at === at) return hit.controls;
  const controls = buildBlockControls(input, baseline, party, keyPrefix);
  blockCache.set(value, { base: baseValue, at, controls });
  return controls;
}

function buildBlockControls(
  input: ScenarioInput,
  baseline: ScenarioInput | null,
  party: PopulationParty,
  keyPrefix: string,
): Control[] {
  const p = input.parties[party.index]!;
  const bp = baseline?.parties.find((x) => x.id === party.id);
  const e = fullEffects(effectsOf(p));
  const b = bp ? fullEffects(effectsOf(bp)) : undefined;
  const at = (...rel: Array<string | number>): DocPath => ["parties", party.index, "value", "effects", ...rel];
  const key = (...rel: Array<string | number>) => controlKey([keyPrefix, ...rel]);
  const burstChanged = b !== undefined && b.burst !== e.burst;
  const burst: ChoiceControl = {
    kind: "choice",
    key: key("burst"),
    path: at("burst"),
    label: "Burst height against places",
    title: `Burst height against places. ${HELP.burst}${burstChanged ? ` Preset value: ${BURST_LABELS[b.burst]}.` : ""}`,
    changed: burstChanged,
    confidence: CONFIDENCE.burst,
    value: e.burst,
    ...(b ? { baseline: b.burst } : {}),
    options: BurstHeight.options.map((v) => ({ value: v, label: BURST_LABELS[v] })),
  };
  const rings: Control[] = e.rings.flatMap((r, k) => {
    const br = b?.rings.length === e.rings.length ? b.rings[k] : undefined;
    const n = e.rings.length > 1 ? `Ring ${k + 1} (${ringRange(e.rings, k)})` : `Ring (${ringRange(e.rings, k)})`;
    return [
      {
        ...numberControl({
          path: at("rings", k, "fatality"),
          label: `${n}: share killed`,
          value: r.fatality,
          baseline: br?.fatality,
          bounds: EFFECT_BOUNDS.ringFatality,
          step: 0.01,
          floor: 1,
          percent: true,
          help: HELP.rings,
          confidence: CONFIDENCE.rings,
        }),
        key: key("rings", k, "fatality"),
      },
      {
        ...numberControl({
          path: at("rings", k, "psi"),
          label: `Ring ${e.rings.length > 1 ? `${k + 1} ` : ""}outer edge (psi)`,
          value: r.psi,
          baseline: br?.psi,
          bounds: EFFECT_BOUNDS.ringPsi,
          step: 0.5,
          floor: 20,
          unit: "psi",
          help: HELP.ringPsi,
          confidence: CONFIDENCE.rings,
        }),
        key: key("rings", k, "psi"),
      },
    ];
  });
  const fireOn = e.fireZone !== undefined;
  const baseFire = b ? b.fireZone !== undefined : undefined;
  const fireToggle: ToggleControl = {
    kind: "toggle",
    key: key("fireZone"),
    path: at("fireZone"),
    label: "Mass-fire zone",
    title: `Mass-fire zone. ${HELP.fireZone}${baseFire !== undefined && baseFire !== fireOn ? ` Preset value: ${baseFire ? "on" : "off"}.` : ""}`,
    changed: baseFire !== undefined && baseFire !== fireOn,
    confidence: CONFIDENCE.fireZone,
    value: fireOn,
    ...(baseFire !== undefined ? { baseline: baseFire } : {}),
  };
  const fire: Control[] = e.fireZone
    ? [
        {
          ...numberControl({
            path: at("fireZone", "psi"),
            label: "Fire zone: overpressure at its edge (psi)",
            value: e.fireZone.psi,
            baseline: b?.fireZone?.psi,
            bounds: EFFECT_BOUNDS.firePsi,
            step: 0.5,
            floor: 20,
            unit: "psi",
            help: HELP.fireZone,
            confidence: CONFIDENCE.fireZone,
          }),
          key: key("fireZone", "psi"),
        },
        {
          ...numberControl({
            path: at("fireZone", "fatality"),
            label: "Fire zone: share killed inside",
            value: e.fireZone.fatality,
            baseline: b?.fireZone?.fatality,
            bounds: EFFECT_BOUNDS.fireFatality,
            step: 0.01,
            floor: 1,
            percent: true,
            help: HELP.fireZone,
            confidence: CONFIDENCE.fireZone,
          }),
          key: key("fireZone", "fatality"),
        },
      ]
    : [];
  const density = (
    k: "scaleKmAtMillion" | "scaleExponent" | "mergeScaleLengths",
    label: string,
    step: number,
    floor: number,
    unit: string,
  ): Control => ({
    ...numberControl({
      path: at(k),
      label,
      value: e[k],
      baseline: b?.[k],
      bounds: EFFECT_BOUNDS[k],
      step,
      floor,
      unit,
      help: HELP[k],
      confidence: CONFIDENCE[k],
    }),
    key: key(k),
  });
  return [
    burst,
    ...rings,
    fireToggle,
    ...fire,
    density("scaleKmAtMillion", "Density: scale length of a city of 1 million (km)", 0.1, 10, "km"),
    density("scaleExponent", "Density: growth of the scale length with population (β)", 0.01, 1, ""),
    density("mergeScaleLengths", "Agglomerations: merge places within (scale lengths)", 0.5, 10, "scale lengths"),
  ];
}

/**
 * Build the population section's view model.
 * @param input the edited scenario
 * @param baseline the preset it came from (null: no preset, nothing reads as changed)
 * @param perParty show one block per party even when their assumptions are the same
 */
export function populationEditorVm(
  input: ScenarioInput,
  baseline: ScenarioInput | null,
  perParty = false,
): PopulationEditorVm {
  const parties = populationParties(input);
  const first = parties[0];
  const uniform =
    first !== undefined &&
    parties.every((p) => sameEffects(effectsOf(input.parties[p.index]), effectsOf(input.parties[first.index])));
  const blocks: PopulationBlock[] =
    first === undefined
      ? []
      : uniform && !perParty
        ? [
            {
              key: "population-all",
              title: parties.length === 1 ? first.name : `All parties (${parties.map((p) => p.name).join(", ")})`,
              parties: parties.map((p) => p.index),
              controls: blockControls(input, baseline, first, "population-all"),
              changed: false,
            },
          ]
        : parties.map((p) => ({
            key: `population-${p.id}`,
            title: p.name,
            parties: [p.index],
            controls: blockControls(input, baseline, p, `population-${p.id}`),
            changed: false,
          }));
  for (const b of blocks) b.changed = b.controls.some((c) => c.changed);
  return {
    parties,
    uniform,
    blocks,
    changedCount: blocks.reduce((t, b) => t + b.controls.filter((c) => c.changed).length, 0),
  };
}

/** Split an editor path into the party index and the path inside its `effects`; null when it is not one. */
export function effectsPath(path: DocPath): { party: number; rel: Array<string | number> } | null {
  const [a, i, v, e, ...rel] = path;
  if (a !== "parties" || typeof i !== "number" || v !== "value" || e !== "effects" || rel.length === 0) return null;
  return { party: i, rel };
}

/**
 * A party's new `effects` after setting one setting: the defaults written out first (so one ring changes and the
 * others stay), the fire zone switched on at {@link FIRE_ZONE_START} or off; when the result means the same as the
 * preset's, the preset's own object (possibly absent) so the document stays clean.
 * @param current the party's effects as written
 * @param base the preset party's effects as written (undefined: none, or no preset)
 * @param rel path inside `effects`, e.g. `["rings", 1, "fatality"]`, `["fireZone"]`
 * @param value the new value (a boolean for the fire zone switch)
 * @param hasBaseline whether there is a preset party to fall back to
 */
export function nextEffects(
  current: Effects | undefined,
  base: Effects | undefined,
  rel: ReadonlyArray<string | number>,
  value: unknown,
  hasBaseline: boolean,
): Effects | undefined {
  const full = fullEffects(current);
  let next: Effects;
  if (rel.length === 1 && rel[0] === "fireZone") {
    const on = typeof value === "boolean" ? value : value !== undefined && value !== null;
    const { fireZone: _, ...rest } = full;
    next = on
      ? {
          ...rest,
          fireZone:
            typeof value === "object" && value !== null
              ? (value as { psi: number; fatality: number })
              : (full.fireZone ?? { ...FIRE_ZONE_START }),
        }
      : rest;
  } else next = setAt(full, rel, value);
  if (hasBaseline && sameEffects(next, base)) return base;
  return next;
}

/** The setting a reset puts back: the preset party's value at `rel` (defaults filled in; the fire zone's object). */
export function baselineEffectsValue(base: Effects | undefined, rel: ReadonlyArray<string | number>): unknown {
  return getAt(fullEffects(base), rel);
}
