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

/**
 * Format a finite number as `Intl.NumberFormat("en-US", { maximumFractionDigits })` does (the shortest decimal that
 * reads back as `x`, rounded half away from zero, trailing zeros dropped, thousands separated by commas), without
 * Intl: its first formatter loads locale data, which costs more than a whole table.
 * @param x a finite number
 * @param maxFractionDigits digits after the point, at most (0 or more)
 */
export function formatGrouped(x: number, maxFractionDigits: number): string {
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  // Shortest round-trip digits and the position of the decimal point, from JavaScript's own number-to-string.
  const [mantissa = "0", exp = "0"] = String(Math.abs(x)).split("e");
  const [whole = "0", frac = ""] = mantissa.split(".");
  let digits = (whole + frac).replace(/^0+(?=\d)/, "");
  let point = whole.replace(/^0+/, "").length + Number(exp);
  if (whole.replace(/^0+/, "") === "") {
    // 0.00123: leading zeros of the fraction move the point left.
    const lead = frac.length - frac.replace(/^0+/, "").length;
    digits = frac.slice(lead) || "0";
    point = Number(exp) - lead;
  }
  // Pad so that the point falls inside the digits (at least one digit before it).
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (digits.length < point) digits += "0".repeat(point - digits.length);
  let kept = digits.slice(0, point + maxFractionDigits);
  const next = digits.charCodeAt(point + maxFractionDigits);
  if (next >= 53 /* "5" */) {
    // Round the kept digits up by one unit in the last place, carrying.
    const d = kept.split("");
    let i = d.length - 1;
    while (i >= 0 && d[i] === "9") d[i--] = "0";
    if (i >= 0) d[i] = String(Number(d[i]) + 1);
    else {
      d.unshift("1");
      point++;
    }
    kept = d.join("");
  }
  const intPart = kept.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const fracPart = kept.slice(point).replace(/0+$/, "");
  return sign + intPart.replace(/\B(?=(\d{3})+$)/g, ",") + (fracPart ? "." + fracPart : "");
}

/** Format a number for tables: integers with thousands separators, others to 3 significant decimals. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return formatGrouped(x, 0);
  const abs = Math.abs(x);
  if (abs >= 100) return formatGrouped(x, 1);
  if (abs >= 1) return x.toFixed(2);
  return x.toFixed(3);
}
