/**
 * From a point of the Explorer to a scenario document the Workbench can open: the base document the run started
 * from, with exactly the settings the point changes written into it (so the Workbench's "changed" marks, the compare
 * view and the share link show the point's changes and nothing else).
 *
 * - A negotiation point: each negotiating party restructured for the point's framework as the search scored it
 *   (`restructureParty` on the base with whole-warhead element loads, `wholeWarheadLoads`). Launchers (deployed,
 *   non-deployed, test), warheads per launcher, upload capacity, stored warheads and interceptors that differ from
 *   the base are written; so are the rounded loads of the negotiating parties' elements, since the search scores
 *   those. Evaluating the document then gives the point's figures exactly. Other parties are left as they were.
 * - A sweep cell: the swept settings set to the cell's values.
 */
import {
  parseNegotiationSpec,
  restructureParty,
  wholeWarheadLoads,
  type Framework,
  type NegotiatedCap,
  type NegotiationSpecInput,
  type Party,
  type ResolvedNegotiationSpec,
  type ScenarioInput,
} from "@seceq/core";
import { setAt, type DocPath } from "../model/scenario-path.js";

/** Outcome of {@link negotiationPointDocument}. */
export type PointDocument =
  | {
      ok: true;
      scenario: ScenarioInput;
      /** Settings written (each a changed leaf). */
      changed: number;
      /** Elements whose load was only rounded to whole warheads (ids, `party/element`). */
      rounded: string[];
    }
  | { ok: false; message: string };

const EPS = 1e-12;

function differs(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a !== b;
  return Math.abs(a - b) > EPS;
}

/** Write into `doc` every posture field of `after` that differs from `before`; returns the new doc and count. */
function patchParty(
  doc: ScenarioInput,
  partyIndex: number,
  before: Party,
  after: Party,
  rounded: string[],
): { doc: ScenarioInput; changed: number } {
  let out = doc;
  let changed = 0;
  const docParty = doc.parties[partyIndex]!;
  const write = (path: DocPath, value: unknown) => {
    out = setAt(out, path, value);
    changed++;
  };
  for (const e of before.forces) {
    const a = after.forces.find((x) => x.id === e.id);
    const fi = docParty.forces.findIndex((x) => x.id === e.id);
    if (!a || fi < 0) continue;
    const at: DocPath = ["parties", partyIndex, "forces", fi];
    let structural = false;
    for (const k of ["deployed", "nonDeployed", "test"] as const)
      if (differs(e.launchers[k], a.launchers[k])) {
        write([...at, "launchers", k], a.launchers[k]);
        structural = true;
      }
    if (differs(e.maxWarheadsPerLauncher, a.maxWarheadsPerLauncher) && a.maxWarheadsPerLauncher !== undefined) {
      write([...at, "maxWarheadsPerLauncher"], a.maxWarheadsPerLauncher);
      structural = true;
    }
    const storedBefore = e.treaty?.storedWarheads;
    const storedAfter = a.treaty?.storedWarheads;
    if (storedAfter !== undefined && differs(storedBefore ?? 0, storedAfter)) {
      write([...at, "treaty", "storedWarheads"], storedAfter);
      structural = true;
    }
    if (differs(e.warheadsPerLauncher, a.warheadsPerLauncher)) {
      write([...at, "warheadsPerLauncher"], a.warheadsPerLauncher);
      const totalBefore = e.launchers.deployed * e.warheadsPerLauncher;
      const totalAfter = a.launchers.deployed * a.warheadsPerLauncher;
      if (!structural && Math.abs(totalBefore - totalAfter) < 0.5 + 1e-9) rounded.push(`${before.id}/${e.id}`);
    }
  }
  const layers = docParty.defenses ?? [];
  for (const l of before.defenses) {
    const a = after.defenses.find((x) => x.id === l.id);
    const li = layers.findIndex((x) => x.id === l.id);
    if (!a || li < 0 || !differs(l.interceptors, a.interceptors)) continue;
    write(["parties", partyIndex, "defenses", li, "interceptors"], a.interceptors);
  }
  return { doc: out, changed };
}

/**
 * The scenario document of a negotiation point.
 * @param baseDoc the document the search started from (its `base.scenario`, as written)
 * @param spec the resolved spec of that search (its base scenario is `baseDoc` validated)
 * @param negotiated the point's framework and per-launcher caps; no framework for the status quo
 */
export function negotiationPointDocument(
  baseDoc: ScenarioInput,
  spec: Pick<ResolvedNegotiationSpec, "base" | "parties">,
  negotiated: { framework?: Framework | undefined; caps: readonly NegotiatedCap[] },
): PointDocument {
  const original = spec.base.scenario;
  const base = wholeWarheadLoads(original);
  let doc = baseDoc;
  let changed = 0;
  const rounded: string[] = [];
  for (const id of spec.parties) {
    const before = original.parties.find((p) => p.id === id);
    const pi = baseDoc.parties.findIndex((p) => p.id === id);
    if (!before || pi < 0) return { ok: false, message: `party "${id}" is not in the scenario` };
    let after = base.parties.find((p) => p.id === id)!;
    if (negotiated.framework) {
      const r = restructureParty(base, { framework: negotiated.framework, caps: [...negotiated.caps] }, id);
      if (r.status === "infeasible") return { ok: false, message: r.message };
      after = r.party;
    }
    const patched = patchParty(doc, pi, before, after, rounded);
    doc = patched.doc;
    changed += patched.changed;
  }
  return { ok: true, scenario: doc, changed, rounded };
}

/**
 * The scenario document of a point of a search, from the spec the search ran (its base scenario inline): validates
 * the spec, then {@link negotiationPointDocument}. Pure and fast (no search), so the page runs it on its own thread.
 * @param spec the spec as sent to the search (`base.scenario` inline)
 * @param negotiated the point's framework (omitted for the status quo) and per-launcher caps
 */
export function pointDocumentFromSpec(
  spec: NegotiationSpecInput,
  negotiated: { framework?: Framework | undefined; caps: readonly NegotiatedCap[] },
): PointDocument {
  const r = parseNegotiationSpec(spec);
  const base = spec.base.scenario;
  if (!r.value || !base)
    return { ok: false, message: r.issues.map((i) => i.message).join("; ") || "the spec has no inline base scenario" };
  return negotiationPointDocument(base, r.value, negotiated);
}

/**
 * The scenario document of a sweep cell: the base with each swept setting set to the cell's value.
 * @param baseDoc the document the sweep started from
 * @param paths where each swept setting lives in the document
 * @param values the cell's values, in `paths` order
 */
export function sweepCellDocument(
  baseDoc: ScenarioInput,
  paths: readonly DocPath[],
  values: readonly number[],
): ScenarioInput {
  let doc = baseDoc;
  paths.forEach((p, k) => (doc = setAt(doc, p, values[k])));
  return doc;
}
