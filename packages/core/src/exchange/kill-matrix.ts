/**
 * Kill-probability matrix of one ordered pair: the terminal kill probability (before defences and fratricide) of each
 * striker element against each victim element, as the first-strike exchange uses it ([richelson-1980],
 * [kent-thaler-1989]). Nuclear entries come from {@link sskpBatch} in one pass per lethal-radius model; conventional
 * entries from {@link warheadKill}. The first building block of a compiled exchange: computed once per edit, read
 * many times.
 */
import type { Assumptions, ForceElement, LethalRadiusModelName } from "../schema/scenario.js";
import { flightOf } from "../schema/scenario.js";
import { sskpBatch, warheadKill } from "../physics/index.js";

/** Terminal kill probabilities of weapons against targets, row-major: `tkp[w * targets + t]`. */
export interface KillMatrix {
  /** Number of weapon rows. */
  weapons: number;
  /** Number of target columns. */
  targets: number;
  /** TKP = reliability × SSKP of weapon w against target t, [0, 1]; 0 where the weapon's flight is not used for counterforce. */
  tkp: Float64Array;
}

/** The lethal-radius model the assumptions prescribe for a target of the given hardness (psi). */
function modelFor(a: Assumptions, hardnessPsi: number): LethalRadiusModelName {
  return hardnessPsi < a.softTargetBelowPsi ? a.softTargetModel : a.lethalRadiusModel;
}

/**
 * Compute the kill-probability matrix of `weapons` against `targets`.
 *
 * Same numbers as calling `warheadKill(weapon, target.basing.hardnessPsi, model).tkp` per pair (to 1e-12; the
 * differential test checks it), with `model` the soft-target model below `softTargetBelowPsi` and the lethal-radius
 * model otherwise, and 0 for weapons whose flight profile is not in `counterforceFlights`. Model-validity warnings are
 * not produced here (ask `lethalRadiusWarnings` per distinct pair). Empty inputs give an empty matrix.
 * @param weapons striker elements (rows), in the order wanted
 * @param targets victim elements (columns), in the order wanted
 * @param a scenario assumptions (lethal-radius models, soft-target threshold, counterforce flights)
 * @returns the matrix
 * @throws InputError for out-of-range weapon or target parameters (as {@link warheadKill} does)
 */
export function killMatrix(
  weapons: readonly ForceElement[],
  targets: readonly ForceElement[],
  a: Assumptions,
): KillMatrix {
  const W = weapons.length;
  const T = targets.length;
  const tkp = new Float64Array(W * T);
  const counterforce = weapons.map((w) => a.counterforceFlights.includes(flightOf(w)));
  // Conventional rows one pair at a time (their kill probability is not the nuclear blast formula).
  weapons.forEach((w, wi) => {
    if (w.nuclear || !counterforce[wi]) return;
    targets.forEach(
      (t, ti) => (tkp[wi * T + ti] = warheadKill(w, t.basing.hardnessPsi, modelFor(a, t.basing.hardnessPsi)).tkp),
    );
  });
  // Nuclear rows: one batch per lethal-radius model in use, weapon-major so runs of equal yield reuse work.
  const columnsByModel = new Map<LethalRadiusModelName, number[]>();
  targets.forEach((t, ti) => {
    const m = modelFor(a, t.basing.hardnessPsi);
    const cols = columnsByModel.get(m);
    if (cols) cols.push(ti);
    else columnsByModel.set(m, [ti]);
  });
  const rows = weapons.flatMap((w, wi) => (w.nuclear && counterforce[wi] ? [wi] : []));
  for (const [model, cols] of columnsByModel) {
    const n = rows.length * cols.length;
    if (n === 0) continue;
    const input = {
      yieldKt: new Float64Array(n),
      cepM: new Float64Array(n),
      hardnessPsi: new Float64Array(n),
      reliability: new Float64Array(n),
    };
    let k = 0;
    for (const wi of rows) {
      const w = weapons[wi]!;
      for (const ti of cols) {
        input.yieldKt[k] = w.yieldKt;
        input.cepM[k] = w.cepM;
        input.reliability[k] = w.reliability;
        input.hardnessPsi[k] = targets[ti]!.basing.hardnessPsi;
        k++;
      }
    }
    const out = { sskp: new Float64Array(n), tkp: new Float64Array(n) };
    sskpBatch(model, input, out);
    k = 0;
    for (const wi of rows) for (const ti of cols) tkp[wi * T + ti] = out.tkp[k++]!;
  }
  return { weapons: W, targets: T, tkp };
}
