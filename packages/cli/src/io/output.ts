/**
 * Output helpers: one JSON document on stdout with `--json`; human text on stdout otherwise; progress on stderr.
 */
import { stringify } from "yaml";

/** Write one JSON document to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

/** Write text to stdout, adding a final newline. */
export function printText(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}

/** Write YAML to stdout. */
export function printYaml(value: unknown): void {
  process.stdout.write(stringify(value, { lineWidth: 0 }));
}

/** Write a line to stderr (status and progress; never mixed into --json output). */
export function note(text: string): void {
  process.stderr.write(text + "\n");
}

/** Format rows as an aligned text table; numbers are right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === "number" ? fmt(c) : c)))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? "").length)));
  const numeric = header.map((_, j) => rows.length > 0 && rows.every((r) => typeof r[j] === "number"));
  const line = (r: string[]) =>
    r
      .map((c, j) => (numeric[j] ? c.padStart(widths[j]!) : c.padEnd(widths[j]!)))
      .join("  ")
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** Formatters reused across calls (`toLocaleString` builds a new one each time, which dominates long tables). */
let integers: Intl.NumberFormat | undefined;
let tenths: Intl.NumberFormat | undefined;

/** Format a number for tables: integers with thousands separators, others to 3 significant decimals. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return (integers ??= new Intl.NumberFormat("en-US")).format(x);
  const abs = Math.abs(x);
  if (abs >= 100) return (tenths ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 })).format(x);
  if (abs >= 1) return x.toFixed(2);
  return x.toFixed(3);
}
