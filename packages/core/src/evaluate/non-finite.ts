/**
 * Find NaN and ±Infinity in a result and explain them. JSON has no such numbers (`JSON.stringify` writes `null`), so a
 * report must never carry one without a warning that names the quantity and its cause.
 *
 * Policy: a non-finite quantity stays in the report (it is what the arithmetic gave, and the engine's types stay
 * numbers) and a `non_finite` warning whose path is a prefix of the quantity's path explains it; interfaces show such
 * a quantity as undefined. {@link unexplainedNonFinite} is the check the tests and the fuzzer run over every report.
 */
import type { Issue, IssuePath } from "../_shared/issues.js";
import { formatPath } from "../_shared/issues.js";
import { band, type Band } from "../random/quantile.js";
import { hasNonFinite, isSealedFinite } from "../_shared/finite.js";

export { hasNonFinite } from "../_shared/finite.js";

/** One non-finite number found in a value. */
export interface NonFiniteValue {
  /** Where it is, from the root of the value. */
  path: IssuePath;
  /** NaN, Infinity or -Infinity. */
  value: number;
}

/**
 * Walk plain data (objects, arrays, typed arrays) and list every number that is NaN or ±Infinity.
 * @param value a report, a result or any JSON-like value
 * @param limit stop after this many (default 10,000)
 * @returns the non-finite numbers in document order
 */
export function findNonFinite(value: unknown, limit = 10_000): NonFiniteValue[] {
  const out: NonFiniteValue[] = [];
  // Nearly every report holds none: a walk without paths says so first (half the cost), and only a hit pays for
  // the walk that locates it.
  if (limit <= 0 || !hasNonFinite(value)) return out;
  // One path stack, copied only for a hit: reports hold tens of thousands of numbers, nearly all finite.
  const path: (string | number)[] = [];
  const walk = (v: unknown): void => {
    if (out.length >= limit) return;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) out.push({ path: [...path], value: v });
      return;
    }
    if (v === null || typeof v !== "object") return;
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length; i++)
        if (!Number.isFinite(a[i])) {
          path.push(i);
          walk(a[i]);
          path.pop();
        }
      return;
    }
    if (Array.isArray(v)) {
      if (isSealedFinite(v)) return;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
      return;
    }
    for (const k in v)
      if (Object.hasOwn(v, k)) {
        path.push(k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
  };
  walk(value);
  return out;
}

/** True when `prefix` is a prefix of (or equal to) `path`. */
function startsWith(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

/**
 * The non-finite numbers of a result that no `non_finite` warning explains (a warning explains every number at or
 * under its path). The `warnings` list itself is not searched.
 * @param result a report (or any result with an optional `warnings` list of issues)
 */
export function unexplainedNonFinite(result: { warnings?: readonly Issue[] }): NonFiniteValue[] {
  const explained = (result.warnings ?? []).filter((w) => w.code === "non_finite").map((w) => w.path);
  const { warnings: _w, ...rest } = result;
  return findNonFinite(rest).filter((n) => !explained.some((p) => startsWith(n.path, p)));
}

/** Describe a non-finite number in words. */
export function describeNonFinite(v: number): string {
  return Number.isNaN(v) ? "not a number (NaN)" : v > 0 ? "infinite" : "minus infinite";
}

/** The likely cause of a non-finite quantity, from its name (the last key of its path). */
function causeOf(result: object, path: IssuePath, value: number): string {
  const key = [...path].reverse().find((p): p is string => typeof p === "string") ?? "";
  if (/Ratio$/.test(key) && value === Infinity) {
    const dyad =
      path[0] === "dyads" && typeof path[1] === "number"
        ? (result as { dyads?: { a: string; b: string }[] }).dyads?.[path[1]]
        : undefined;
    const who = dyad ? `${dyad.b} has nothing that reaches ${dyad.a}` : "the other side has none of it";
    return `${who} (a ratio to zero); read it as “no counterpart”`;
  }
  if (/cmp|emt/i.test(key)) return "an extreme yield or a CEP near zero makes the lethality exceed the largest number";
  if (Number.isNaN(value))
    return "an undefined operation (such as 0/0 or ∞ − ∞) on extreme or degenerate inputs; check values near zero";
  return "overflow on extreme inputs";
}

/**
 * Warnings that explain every non-finite number of a report not yet explained, one per section of the report (the
 * first two path segments, e.g. `dyads[0]` or `exchanges[3]`), naming the quantities and the likely cause.
 * @param report the report (its existing `non_finite` warnings are respected)
 * @returns `non_finite` warnings to append to the report's warnings
 */
export function nonFiniteWarnings(report: { warnings?: readonly Issue[] }): Issue[] {
  const groups = new Map<string, { path: IssuePath; items: NonFiniteValue[] }>();
  for (const n of unexplainedNonFinite(report)) {
    const path = n.path.slice(0, 2);
    const key = JSON.stringify(path);
    const g = groups.get(key) ?? { path, items: [] };
    g.items.push(n);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ path, items }) => {
    const first = items[0]!;
    const shown = items
      .slice(0, 3)
      .map((n) => `${formatPath(n.path)} is ${describeNonFinite(n.value)}`)
      .join("; ");
    const more = items.length > 3 ? ` (and ${items.length - 3} more)` : "";
    return {
      code: "non_finite",
      severity: "warning" as const,
      path,
      message: `${shown}${more}: ${causeOf(report, first.path, first.value)}. Shown as undefined (null in JSON).`,
    };
  });
}

/**
 * Summarise a Monte Carlo column over its finite samples, with a `non_finite` warning when some (or all) samples are
 * NaN or infinite, naming how many, the first such sample and the seed that reproduces it.
 * @param column one output over all samples
 * @param path where the band goes in the report (the warning's path)
 * @param name the output's name, for the message
 * @param seed the ensemble seed
 * @returns the band (quantities undefined — NaN — when no sample is finite) and the warning, if any
 */
export function finiteBand(
  column: ArrayLike<number>,
  path: IssuePath,
  name: string,
  seed: number,
): { band: Band; warning?: Issue } {
  const n = column.length;
  const finite = Array.from(column).filter((v) => Number.isFinite(v));
  const bad = n - finite.length;
  if (bad === 0) return { band: band(column) };
  let first = 0;
  while (Number.isFinite(column[first]!)) first++;
  return {
    band: band(finite),
    warning: {
      code: "non_finite",
      severity: "warning",
      path,
      message:
        `${bad} of ${n} samples of ${name} were not finite numbers (the first, sample ${first} of seed ${seed}, was ` +
        `${describeNonFinite(column[first]!)}): extreme draws of the uncertain inputs. The band covers the ` +
        (bad === n ? "finite samples, and there are none: it is undefined." : `${n - bad} finite samples.`),
    },
  };
}
