/**
 * The compiled form of one first-strike exchange (X strikes Y; issue 11): everything the draw-down reads that does not
 * change as X's strike grows, computed once per exchange into typed arrays (structure of arrays) with index maps in
 * place of look-ups by id. What depends only on the two parties' elements and the assumptions (terminal kill
 * probabilities and their model warnings) is cached across exchanges by object identity, so an exchange evaluated
 * again with unchanged element objects (sensitivities, crisis days, the survival exchanges of three-party coupling)
 * skips the physics.
 *
 * Units: warheads (expected, may be fractional), EMT per warhead (Mt^(2/3) ≤ 1 Mt, Mt^(1/2) above), probabilities
 * 0–1, aim points and sites (may be fractional).
 */
import type { Assumptions, DefenseLayer, ForceElement, LethalRadiusModelName } from "../schema/scenario.js";
import { flightOf, reaches } from "../schema/scenario.js";
import type { C3Kind, C3Site } from "../schema/targets.js";
import { warheadKill } from "../physics/index.js";
import { interceptorsPerObject, layerKillProbability } from "../defense/index.js";
import { requireNonNegative } from "../physics/checks.js";
import { emtPerWarhead } from "../parity/index.js";
import { LUA_CATEGORIES, type ElementState, type ForceState } from "./force-state.js";
import type { PairReach } from "../effects/population-model.js";

/** Number of allocation chunks each target class is split into, for a smooth draw-down curve. */
export const CHUNKS_PER_CLASS = 8;

/** Kind code of a target class: a force element, or a C3 site class of the given kind. */
export const TARGET_FORCE = 0;
export const TARGET_EARLY_WARNING = 1;
export const TARGET_COMMAND = 2;
export const TARGET_DEFENSE_RADAR = 3;
const KIND_CODE: Readonly<Record<C3Kind, number>> = {
  "early-warning": TARGET_EARLY_WARNING,
  command: TARGET_COMMAND,
  "defense-radar": TARGET_DEFENSE_RADAR,
};

/**
 * Layer lists in compressed-row form: the layers of row `r` (a weapon or a shooter) are `idx[start[r]]` …
 * `idx[start[r + 1] − 1]`, indices into the defender's `defenses`, in the order a salvo meets them.
 */
export interface LayerRows {
  start: Int32Array;
  idx: Int32Array;
}

/** A defender's layers as arrays, by index in the party's `defenses`. */
export interface CompiledLayers {
  layers: readonly DefenseLayer[];
  /** Interceptors at the start of the exchange. */
  interceptors: Float64Array;
  /** Kill probability per engaged object at the layer's own tracking ({@link layerKillProbability}). */
  kill: Float64Array;
  /** Interceptors fired per engaged object ({@link interceptorsPerObject}). */
  perObject: Float64Array;
}

/** One exchange, compiled. Index spaces: weapons `w` (0…W−1), victim shooters `s`, target classes `c` (forces first). */
export interface CompiledExchange {
  /** X's weapons that reach Y and have warheads, by element id. */
  weapons: readonly ElementState[];
  wNuclear: Uint8Array;
  wReliability: Float64Array;
  /** EMT per warhead. */
  wEmt: Float64Array;
  /** Objects per warhead the defence must engage: 1 + decoys. */
  wObjects: Float64Array;
  /** Warheads available for the strike (after hold-back and survivable-use share). */
  wAvailable: Float64Array;
  /** Y layers engaging each weapon on Y's value, and on Y's forces (empty: the weapon is undefended there). */
  wValueLayers: LayerRows;
  wForceLayers: LayerRows;

  /** Y's nuclear elements that reach X, by element id. */
  shooters: readonly ElementState[];
  sReliability: Float64Array;
  sEmt: Float64Array;
  sObjects: Float64Array;
  sWarheads: Float64Array;
  sSurvivable: Float64Array;
  sFixed: Float64Array;
  sPerAimPoint: Float64Array;
  /** 1 when the element's fixed launchers can be launched under attack. */
  sLua: Uint8Array;
  /** Force class of each shooter, −1 when it has no targetable aim points. */
  sClass: Int32Array;
  /** X layers engaging each shooter's retaliation on X's value. */
  sLayers: LayerRows;
  /** Sum of `sWarheads`, in shooter order. */
  victimWarheadsBefore: number;

  /** Target classes: F force classes, then Y's C3 site classes by id. */
  classes: number;
  forceClasses: number;
  classId: readonly string[];
  /** Force class element state (force classes) or C3 site (C3 classes). */
  classState: readonly (ElementState | undefined)[];
  classSite: readonly (C3Site | undefined)[];
  /** TARGET_* code. */
  classKind: Uint8Array;
  /** Aim points (forces) or sites (C3). */
  classTotal: Float64Array;
  classChunk: Float64Array;
  /** Y element of a force class: reliability, EMT per warhead, warheads per aim point, fixed warheads, LUA flag. */
  classReliability: Float64Array;
  classEmt: Float64Array;
  classPerAimPoint: Float64Array;
  classFixed: Float64Array;
  classLua: Uint8Array;
  /**
   * Group of each force class by the (reliability, EMT per warhead) of its element, and of each weapon by (nuclear,
   * reliability, EMT per warhead): the marginal values of the draw-down depend only on these, so members of a group
   * share them.
   */
  classGroup: Int32Array;
  classGroups: number;
  weaponGroup: Int32Array;
  weaponGroups: number;
  /**
   * Counterforce twin of each weapon: the first weapon before it (in weapon order) with the same weapon group, the same
   * kill probabilities against every class and no defence of forces engaging either (its own index when there is
   * none). Twins offer the draw-down candidates of exactly equal value, so a later twin never wins a step while an
   * earlier one has warheads left.
   */
  wTwin: Int32Array;
  /** Terminal kill probability of weapon w against class c, `tkp[w * classes + c]` (0: not a candidate). */
  tkp: Float64Array;
  /**
   * First class with the same id as class c (c itself in a validated scenario, whose target ids are unique within a
   * party): allocation entries are keyed by weapon and target id, as reported, so weapon w's entry against class c is
   * `w * classes + classKey[c]`.
   */
  classKey: Int32Array;
  /**
   * Y's force element of that id when it has sites (X's nuclear shots on it cause collateral), else undefined.
   */
  classCollateral: readonly (ForceElement | undefined)[];
  /** Total sites of Y's early-warning and command classes. */
  earlyWarningSites: number;
  commandSites: number;
  /** Radar classes supporting each Y layer (compressed rows over Y's layers), and their total sites per layer. */
  layerRadars: LayerRows;
  layerRadarSites: Float64Array;

  /** Y's layers (engaging X's counterforce and countervalue strike) and X's (engaging Y's retaliation). */
  yLayers: CompiledLayers;
  xLayers: CompiledLayers;
  /** Model-validity warnings of the kill probabilities, in the order the exchange reports them. */
  warnings: string[];
}

/** The lethal-radius model the assumptions prescribe for a target of the given hardness (psi). */
export function lethalModelFor(a: Assumptions, hardnessPsi: number): LethalRadiusModelName {
  return hardnessPsi < a.softTargetBelowPsi ? a.softTargetModel : a.lethalRadiusModel;
}

/** A Float64Array of f(x) over `xs` (a plain loop: typed-array `from` with a map function is slow). */
function f64<T>(xs: readonly T[] | Float64Array, f: (x: T) => number): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f(xs[i] as T);
  return out;
}

/** An Int32Array of f(x, i) over `xs` (a plain loop: typed-array `from` with a map function is slow). */
function i32<T>(xs: readonly T[], f: (x: T, i: number) => number): Int32Array {
  const out = new Int32Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f(xs[i]!, i);
  return out;
}

/** A Uint8Array of 1 where `p` holds over `xs`. */
function flags<T>(xs: readonly T[], p: (x: T) => boolean): Uint8Array {
  const out = new Uint8Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = p(xs[i]!) ? 1 : 0;
  return out;
}

function byId(elements: readonly ElementState[]): ElementState[] {
  return [...elements].sort((p, q) => (p.element.id < q.element.id ? -1 : p.element.id > q.element.id ? 1 : 0));
}

//// kill probabilities, cached by element identity ////

interface KillEntry {
  hardnessPsi: number;
  tkp: number;
  warnings: readonly string[];
}
/** Per weapon element: its signature (the fields `warheadKill` reads, and the model assumptions) and kills by target. */
const killCache = new WeakMap<ForceElement, { sig: string; byTarget: WeakMap<object, KillEntry> }>();
/**
 * The same kills by content: weapon signature, then target hardness (psi). A scenario parsed anew (each edit in the
 * workbench, each API request) has new element objects that miss the identity cache above, but mostly the same
 * weapons and hardnesses. Bounded: cleared past {@link KILLS_BY_CONTENT_MAX} signatures.
 */
const killsByContent = new Map<string, Map<number, KillEntry>>();
const KILLS_BY_CONTENT_MAX = 4096;

function weaponSignature(w: ForceElement, a: Assumptions): string {
  const c = w.conventional;
  return `${w.nuclear}|${w.yieldKt}|${w.cepM}|${w.reliability}|${a.lethalRadiusModel}|${a.softTargetModel}|${a.softTargetBelowPsi}|${
    c ? `${c.vulnerableRadiusM},${c.pDefeatGivenHit},${c.defeatsHardnessPsi},${c.warheadClass}` : ""
  }`;
}

/**
 * Terminal kill probability of `weapon` against a target of the given hardness, with its model warnings:
 * `warheadKill` under the model the assumptions prescribe, cached by the weapon and target objects (re-derived when
 * a field it depends on changes).
 */
function cachedKill(weapon: ForceElement, sig: string, target: object, hardnessPsi: number, a: Assumptions): KillEntry {
  let w = killCache.get(weapon);
  if (!w || w.sig !== sig) killCache.set(weapon, (w = { sig, byTarget: new WeakMap() }));
  const hit = w.byTarget.get(target);
  if (hit && hit.hardnessPsi === hardnessPsi) return hit;
  let byHardness = killsByContent.get(sig);
  if (!byHardness) {
    if (killsByContent.size >= KILLS_BY_CONTENT_MAX) killsByContent.clear();
    killsByContent.set(sig, (byHardness = new Map<number, KillEntry>()));
  }
  let entry = byHardness.get(hardnessPsi);
  if (!entry) {
    const k = warheadKill(weapon, hardnessPsi, lethalModelFor(a, hardnessPsi));
    entry = { hardnessPsi, tkp: k.tkp, warnings: k.warnings };
    byHardness.set(hardnessPsi, entry);
  }
  w.byTarget.set(target, entry);
  return entry;
}

//// layers ////

function compileLayers(layers: readonly DefenseLayer[]): CompiledLayers {
  return {
    layers,
    interceptors: f64(layers, (l) => l.interceptors),
    kill: f64(layers, (l) => layerKillProbability(l)),
    perObject: f64(layers, (l) => interceptorsPerObject(l)),
  };
}

function layerRows(
  rows: readonly ForceElement[],
  layers: readonly DefenseLayer[],
  target: "value" | "forces",
): LayerRows {
  const start = new Int32Array(rows.length + 1);
  const idx: number[] = [];
  rows.forEach((e, r) => {
    const flight = flightOf(e);
    layers.forEach((l, li) => {
      if (l.engages.includes(flight) && l.covers.includes(target)) idx.push(li);
    });
    start[r + 1] = idx.length;
  });
  return { start, idx: Int32Array.from(idx) };
}

/** What {@link compileExchange} needs beyond the two force states. */
export interface CompileOptions {
  assumptions: Assumptions;
  distanceKm?: number;
  reach?: PairReach;
  /** Hold-back share of X (already resolved from the overrides and X's options). */
  holdStriker: number;
}

/**
 * Compile the exchange of `striker` against `victim`.
 * @param striker X's force state
 * @param victim Y's force state
 * @param o assumptions, reach and X's hold-back
 * @throws InputError for out-of-range weapon or layer parameters (as `warheadKill` and the salvo functions do)
 */
export function compileExchange(striker: ForceState, victim: ForceState, o: CompileOptions): CompiledExchange {
  const a = o.assumptions;
  const reach = o.reach;
  const dist = o.distanceKm;
  const X = striker.party;
  const Y = victim.party;

  // Canonical order (by element id) so results do not depend on how the scenario file lists forces: ties in
  // efficiency, and the order salvos meet finite interceptor stocks, resolve the same way for the same posture.
  const weapons = byId(striker.elements).filter(
    (s) => s.warheads > 0 && (reach ? reach.striker(s.element) : reaches(s.element, dist)),
  );
  const W = weapons.length;
  const wEl = weapons.map((s) => s.element);
  for (const e of wEl) requireNonNegative("decoysPerWarhead", e.decoysPerWarhead);
  const shooters = byId(victim.elements).filter(
    (s) => s.element.nuclear && (reach ? reach.victim(s.element) : reaches(s.element, dist)),
  );
  const sEl = shooters.map((s) => s.element);
  for (const e of sEl) requireNonNegative("decoysPerWarhead", e.decoysPerWarhead);

  const forceStates = shooters.filter((s) => s.aimPoints > 1e-9 && s.fixedWarheads > 0);
  const sites = [...(Y.c3?.sites ?? [])].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const F = forceStates.length;
  const C = F + sites.length;

  // Kill probabilities: force classes, then C3 classes; warnings in that order, weapons inner.
  const warnings = new Set<string>();
  const tkp = new Float64Array(W * C);
  const sigs = wEl.map((e) => weaponSignature(e, a));
  const counterforce = wEl.map((e) => a.counterforceFlights.includes(flightOf(e)));
  forceStates.forEach((t, ci) => {
    const h = t.element.basing.hardnessPsi;
    wEl.forEach((e, wi) => {
      if (!counterforce[wi]) return;
      if (reach && !reach.against(e, t.element)) return;
      const k = cachedKill(e, sigs[wi]!, t.element, h, a);
      for (const msg of k.warnings) warnings.add(`${e.id} vs ${t.element.id}: ${msg}`);
      tkp[wi * C + ci] = k.tkp;
    });
  });
  // C3 sites are fixed: every flight profile reaches them in time, because a strike on them can precede the prompt
  // wave. Warning and command sites are struck only by conventional weapons: a nuclear strike on them is itself
  // unambiguous warning and arrives with the main wave, too late to prevent launch under attack (methods §3).
  sites.forEach((site, k) => {
    const ci = F + k;
    wEl.forEach((e, wi) => {
      const kill = cachedKill(e, sigs[wi]!, site, site.hardnessPsi, a);
      for (const msg of kill.warnings) warnings.add(`${e.id} vs ${site.id}: ${msg}`);
      tkp[wi * C + ci] = site.kind !== "defense-radar" && e.nuclear ? 0 : kill.tkp;
    });
  });

  const classId = [...forceStates.map((s) => s.element.id), ...sites.map((s) => s.id)];
  const classTotal = Float64Array.from([...forceStates.map((s) => s.aimPoints), ...sites.map((s) => s.sites)]);
  const classKind = Uint8Array.from([...forceStates.map(() => TARGET_FORCE), ...sites.map((s) => KIND_CODE[s.kind])]);

  // Allocation entries are reported by weapon and target id. The loader refuses a C3 site id shared with another
  // site or with one of the party's force elements (schema/cross-checks.ts), so in a validated scenario every class
  // has an id of its own and `classKey` is the identity; the map by id is kept so that a caller passing unvalidated
  // force states still gets one entry per reported (weapon, target id). Collateral: only force classes have an
  // element of their id, and only one with sites causes any.
  const yById = new Map(Y.forces.map((f) => [f.id, f]));
  const firstOfId = new Map<string, number>();
  const classKey = i32(classId, (id, ci) => {
    const k = firstOfId.get(id);
    if (k !== undefined) return k;
    firstOfId.set(id, ci);
    return ci;
  });
  const classCollateral = classId.map((id) => {
    const f = yById.get(id);
    return f?.basing.sites ? f : undefined;
  });

  const yLayers = compileLayers(Y.defenses);
  const radarStart = new Int32Array(Y.defenses.length + 1);
  const radarIdx: number[] = [];
  const layerRadarSites = new Float64Array(Y.defenses.length);
  Y.defenses.forEach((d, li) => {
    sites.forEach((s, k) => {
      if (s.kind === "defense-radar" && s.supports.includes(d.id)) {
        radarIdx.push(F + k);
        layerRadarSites[li]! += s.sites;
      }
    });
    radarStart[li + 1] = radarIdx.length;
  });
  const kindSites = (kind: C3Kind) => sites.filter((s) => s.kind === kind).reduce((t, s) => t + s.sites, 0);

  const groupsOf = (keys: readonly string[]) => {
    const first = new Map<string, number>();
    const group = i32(keys, (k) => {
      let g = first.get(k);
      if (g === undefined) first.set(k, (g = first.size));
      return g;
    });
    return { group, n: first.size };
  };
  const classGroups = groupsOf(forceStates.map((s) => `${s.element.reliability}|${s.element.yieldKt}`));
  const weaponGroups = groupsOf(wEl.map((e) => `${e.nuclear}|${e.reliability}|${e.yieldKt}`));

  const wForceLayers = layerRows(wEl, Y.defenses, "forces");
  const wTwin = i32(wEl, (_, wi) => {
    if (wForceLayers.start[wi + 1]! > wForceLayers.start[wi]!) return wi;
    search: for (let t = 0; t < wi; t++) {
      if (weaponGroups.group[t] !== weaponGroups.group[wi]) continue;
      if (wForceLayers.start[t + 1]! > wForceLayers.start[t]!) continue;
      for (let c = 0; c < C; c++) if (tkp[t * C + c] !== tkp[wi * C + c]) continue search;
      return t;
    }
    return wi;
  });

  const holdX = o.holdStriker;
  return {
    classGroup: classGroups.group,
    classGroups: classGroups.n,
    weaponGroup: weaponGroups.group,
    weaponGroups: weaponGroups.n,
    wTwin,
    weapons,
    wNuclear: flags(wEl, (e) => e.nuclear),
    wReliability: f64(wEl, (e) => e.reliability),
    wEmt: f64(wEl, (e) => emtPerWarhead(e.yieldKt)),
    wObjects: f64(wEl, (e) => 1 + e.decoysPerWarhead),
    wAvailable: f64(weapons, (s) => (s.fixedWarheads + s.survivableWarheads * a.strikerSurvivableUse) * (1 - holdX)),
    wValueLayers: layerRows(wEl, Y.defenses, "value"),
    wForceLayers,
    shooters,
    sReliability: f64(sEl, (e) => e.reliability),
    sEmt: f64(sEl, (e) => emtPerWarhead(e.yieldKt)),
    sObjects: f64(sEl, (e) => 1 + e.decoysPerWarhead),
    sWarheads: f64(shooters, (s) => s.warheads),
    sSurvivable: f64(shooters, (s) => s.survivableWarheads),
    sFixed: f64(shooters, (s) => s.fixedWarheads),
    sPerAimPoint: f64(shooters, (s) => s.warheadsPerAimPoint),
    sLua: flags(sEl, (e) => LUA_CATEGORIES.has(e.category)),
    sClass: i32(shooters, (s) => forceStates.indexOf(s)),
    sLayers: layerRows(sEl, X.defenses, "value"),
    victimWarheadsBefore: shooters.reduce((t, s) => t + s.warheads, 0),
    classes: C,
    forceClasses: F,
    classId,
    classState: [...forceStates, ...sites.map(() => undefined)],
    classSite: [...forceStates.map(() => undefined), ...sites],
    classKind,
    classTotal,
    classChunk: f64(classTotal, (t: number) => Math.max(1, t / CHUNKS_PER_CLASS)),
    classReliability: f64(forceStates, (s) => s.element.reliability),
    classEmt: f64(forceStates, (s) => emtPerWarhead(s.element.yieldKt)),
    classPerAimPoint: f64(forceStates, (s) => s.warheadsPerAimPoint),
    classFixed: f64(forceStates, (s) => s.fixedWarheads),
    classLua: flags(forceStates, (s) => LUA_CATEGORIES.has(s.element.category)),
    tkp,
    classKey,
    classCollateral,
    earlyWarningSites: kindSites("early-warning"),
    commandSites: kindSites("command"),
    layerRadars: { start: radarStart, idx: Int32Array.from(radarIdx) },
    layerRadarSites,
    yLayers,
    xLayers: compileLayers(X.defenses),
    warnings: [...warnings],
  };
}

/**
 * Pass a salvo through the layers of one row of `rows` (those taking part, in order), without allocating: the
 * arithmetic of `salvoAttrition` (objects = warheads · objectsPerWarhead; a layer engages min(1, remaining / (c ·
 * objects)) of the objects reaching it and kills an engaged object with its kill probability; with no objects, the
 * penetration a single extra warhead would face).
 * @param rows layer rows, `row` the weapon or shooter
 * @param warheads warheads in flight, ≥ 0
 * @param objectsPerWarhead 1 + decoys
 * @param remaining interceptors left per layer; decremented (floored at 0) when `apply`
 * @param kill kill probability per engaged object, per layer
 * @param perObject interceptors per engaged object, per layer
 * @param apply whether to spend the interceptors fired
 * @returns probability that one warhead of the salvo gets through, [0, 1]
 */
export function salvoPenetration(
  rows: LayerRows,
  row: number,
  warheads: number,
  objectsPerWarhead: number,
  remaining: Float64Array,
  kill: Float64Array,
  perObject: Float64Array,
  apply: boolean,
): number {
  let penetration = 1;
  const end = rows.start[row + 1]!;
  for (let j = rows.start[row]!; j < end; j++) {
    const li = rows.idx[j]!;
    const left = remaining[li]!;
    const c = perObject[li]!;
    const objects = warheads * objectsPerWarhead * penetration;
    let engaged: number;
    let used = 0;
    if (objects > 0) {
      engaged = Math.min(1, left / (c * objects));
      used = engaged * objects * c;
    } else {
      engaged = left > 0 ? 1 : 0;
    }
    penetration *= 1 - engaged * kill[li]!;
    if (apply) remaining[li] = Math.max(0, left - used);
  }
  return penetration;
}
