/**
 * Load and validate frameworks (rule packs and user files) with every problem reported at once; from YAML text each
 * issue carries `file:line:col`, as scenarios do.
 */
import type { Issue } from "../_shared/issues.js";
import { loadDocument, loadDocumentBytes, validateData, type LoadResult } from "../schema/load.js";
import { closest } from "../schema/suggest.js";
import { Framework, RULES_BY_QUANTITY, ceilingFor, isUnequal, ruleOf, type Limit } from "./framework-schema.js";
import { COUNTING_RULES } from "./counting-rules.js";

const ELEMENT_ONLY_SELECTOR_FIELDS = [
  "categories",
  "nuclear",
  "rangeKm",
  "status",
  "accountable",
  "heavyIcbm",
] as const;

function fmtN(x: number): string {
  return x.toLocaleString("en-US");
}

/**
 * Cross-field checks on a framework that passed the schema. Errors: duplicate limit ids, unknown or circular
 * `sublimitOf`, a sublimit counting another quantity, a rule the quantity does not take, a limit without a ceiling,
 * `min` above `max`, inverted range bands or dates, per-party or selector parties outside the framework's parties.
 * Warnings: sublimits above their aggregate, unequal per-party ceilings, selector fields a rule ignores, sublimit
 * categories outside the aggregate's, and aggregates without freedom to mix whose categories lack a sublimit.
 */
export function crossCheckFramework(f: Framework): Issue[] {
  const out: Issue[] = [];
  const ids = f.limits.map((l) => l.id);
  const byId = new Map<string, { limit: Limit; index: number }>();
  f.limits.forEach((l, i) => {
    const first = byId.get(l.id);
    if (first)
      out.push({
        code: "duplicate_id",
        path: ["limits", i, "id"],
        message: `duplicate limit id "${l.id}" (first used at index ${first.index})`,
      });
    else byId.set(l.id, { limit: l, index: i });
  });
  if (f.inForce.from !== undefined && f.inForce.to !== undefined && f.inForce.to < f.inForce.from)
    out.push({ code: "inconsistent", path: ["inForce", "to"], message: "expiry date is before entry into force" });
  const partySet = f.parties ? new Set(f.parties) : undefined;

  f.limits.forEach((l, i) => {
    const at = ["limits", i];
    const rule = ruleOf(l);
    const allowed = RULES_BY_QUANTITY[l.quantity];
    if (!allowed.includes(rule))
      out.push({
        code: "invalid_rule",
        path: [...at, "rule"],
        message: `counting rule "${rule}" does not count ${l.quantity}; use one of: ${allowed.join(", ")}`,
      });
    if (l.max === undefined && l.perParty === undefined)
      out.push({ code: "missing_field", path: [...at, "max"], message: "a limit needs `max` or `perParty`" });
    if (l.min !== undefined && l.max !== undefined && l.min > l.max)
      out.push({
        code: "inconsistent",
        path: [...at, "min"],
        message: `min ${fmtN(l.min)} exceeds max ${fmtN(l.max)}`,
      });
    const band = l.selector.rangeKm;
    if (band?.min !== undefined && band.max !== undefined && band.min > band.max)
      out.push({ code: "inconsistent", path: [...at, "selector", "rangeKm"], message: "range band min exceeds max" });
    if (l.quantity === "deployed-launchers" && l.selector.status !== undefined && l.selector.status !== "deployed")
      out.push({
        code: "inconsistent",
        path: [...at, "selector", "status"],
        message: "deployed-launchers counts deployed launchers; set status to deployed or omit it",
      });
    if (partySet) {
      for (const p of Object.keys(l.perParty ?? {}))
        if (!partySet.has(p))
          out.push({
            code: "unknown_reference",
            path: [...at, "perParty", p],
            message: `party "${p}" is not among the framework's parties (${[...partySet].join(", ")})`,
          });
      l.selector.parties?.forEach((p, k) => {
        if (!partySet.has(p))
          out.push({
            code: "unknown_reference",
            path: [...at, "selector", "parties", k],
            message: `party "${p}" is not among the framework's parties (${[...partySet].join(", ")})`,
          });
      });
    }
    if (isUnequal(l, f.parties))
      out.push({
        code: "unequal_limits",
        severity: "warning",
        path: [...at, "perParty"],
        message: `unequal ceilings: ${Object.entries(l.perParty ?? {})
          .map(([p, v]) => `${p} ${fmtN(v)}`)
          .join(", ")}${l.max !== undefined ? `, others ${fmtN(l.max)}` : ""}`,
      });
    if (COUNTING_RULES[rule].target === "defenses") {
      const ignored = ELEMENT_ONLY_SELECTOR_FIELDS.filter((k) => l.selector[k] !== undefined);
      if (ignored.length > 0)
        out.push({
          code: "ignored_field",
          severity: "warning",
          path: [...at, "selector", ignored[0]!],
          message: `interceptor limits select defence layers by parties, flight and elements only; ${ignored.join(", ")} ignored`,
        });
    }
    if (l.params?.alcmAttribution && rule !== "start1-attributed")
      out.push({
        code: "ignored_field",
        severity: "warning",
        path: [...at, "params", "alcmAttribution"],
        message: `alcmAttribution is read only by the start1-attributed rule, not "${rule}"`,
      });

    if (l.sublimitOf === undefined) return;
    const parent = byId.get(l.sublimitOf);
    if (!parent) {
      const guess = closest(l.sublimitOf, ids);
      out.push({
        code: "unknown_reference",
        path: [...at, "sublimitOf"],
        message: `unknown limit "${l.sublimitOf}"; known: ${ids.join(", ")}`,
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
      return;
    }
    // Walk up the chain to find cycles.
    const seen = new Set<string>([l.id]);
    let cur: Limit | undefined = parent.limit;
    while (cur) {
      if (seen.has(cur.id)) {
        out.push({ code: "cycle", path: [...at, "sublimitOf"], message: `sublimit chain of "${l.id}" loops back` });
        return;
      }
      seen.add(cur.id);
      cur = cur.sublimitOf !== undefined ? byId.get(cur.sublimitOf)?.limit : undefined;
    }
    const agg = parent.limit;
    if (agg.quantity !== l.quantity) {
      out.push({
        code: "inconsistent",
        path: [...at, "quantity"],
        message: `a sublimit counts the same quantity as its aggregate "${agg.id}" (${agg.quantity}), not ${l.quantity}`,
      });
      return;
    }
    const parties = f.parties ?? [...new Set([...Object.keys(l.perParty ?? {}), ...Object.keys(agg.perParty ?? {})])];
    const pairs: [string, number | undefined, number | undefined][] = parties.map((p) => [
      p,
      ceilingFor(l, p),
      ceilingFor(agg, p),
    ]);
    if (!f.parties) pairs.push(["every other party", l.max, agg.max]);
    const over = pairs.filter(([, sub, top]) => sub !== undefined && top !== undefined && sub > top);
    if (over.length > 0)
      out.push({
        code: "sublimit_exceeds_aggregate",
        severity: "warning",
        path: [...at, l.max !== undefined ? "max" : "perParty"],
        message: `sublimit "${l.id}" exceeds its aggregate "${agg.id}": ${over
          .map(([p, sub, top]) => `${p} ${fmtN(sub!)} > ${fmtN(top!)}`)
          .join("; ")}`,
      });
    const subCats = l.selector.categories;
    const aggCats = agg.selector.categories;
    if (aggCats && subCats && subCats.some((c) => !aggCats.includes(c)))
      out.push({
        code: "selector_outside_aggregate",
        severity: "warning",
        path: [...at, "selector", "categories"],
        message: `counts categories its aggregate "${agg.id}" does not: ${subCats.filter((c) => !aggCats.includes(c)).join(", ")}`,
      });
  });

  // Aggregates without freedom to mix: every category they count needs a sublimit of its own.
  f.limits.forEach((agg, i) => {
    if (agg.freedomToMix !== false) return;
    const subs = f.limits.filter((s) => s.sublimitOf === agg.id);
    if (subs.length === 0) {
      out.push({
        code: "no_sublimits",
        severity: "warning",
        path: ["limits", i, "freedomToMix"],
        message: `"${agg.id}" has no freedom to mix but no sublimits divide it`,
      });
      return;
    }
    const cats = agg.selector.categories;
    if (!cats) return;
    const covered = new Set(subs.flatMap((s) => s.selector.categories ?? cats));
    const bare = cats.filter((c) => !covered.has(c));
    if (bare.length > 0)
      out.push({
        code: "no_sublimits",
        severity: "warning",
        path: ["limits", i, "freedomToMix"],
        message: `"${agg.id}" has no freedom to mix but these categories have no sublimit: ${bare.join(", ")}`,
      });
  });
  return out;
}

/** Validate plain data (a rule pack, an HTTP body) as a framework. */
export function validateFramework(data: unknown): LoadResult<Framework> {
  return validateData(Framework, data, crossCheckFramework);
}

/** Load a framework from YAML or JSON text; issues carry `file:line:col`. */
export function loadFrameworkText(text: string, file?: string): LoadResult<Framework> {
  return loadDocument(text, Framework, { ...(file !== undefined ? { file } : {}), crossCheck: crossCheckFramework });
}

/** Load a framework from raw bytes (size, encoding and binary checks first); issues carry `file:line:col`. */
export function loadFrameworkBytes(bytes: Uint8Array, file?: string): LoadResult<Framework> {
  return loadDocumentBytes(bytes, Framework, {
    ...(file !== undefined ? { file } : {}),
    crossCheck: crossCheckFramework,
  });
}

/** Parse a framework that must be valid (rule packs, tests); throws with every error listed otherwise. */
export function parseFramework(data: unknown): Framework {
  const r = validateFramework(data);
  if (!r.value) throw new Error(r.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  return r.value;
}
