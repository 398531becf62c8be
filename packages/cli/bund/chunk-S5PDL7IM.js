import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  require_dist
} from "./chunk-GM5MLEME.js";
import {
  __toESM
} from "./chunk-SN3MUZB2.js";

// packages/cli/dist/io/output.js
var import_yaml = __toESM(require_dist(), 1);
function printJson(value) {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}
function printText(text) {
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}
function printYaml(value) {
  process.stdout.write((0, import_yaml.stringify)(value, { lineWidth: 0 }));
}
function note(text) {
  process.stderr.write(text + "\n");
}
function table(header, rows) {
  const cells = [header, ...rows.map((r) => r.map((c) => typeof c === "number" ? fmt(c) : c))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? "").length)));
  const numeric = header.map((_, j) => rows.length > 0 && rows.every((r) => typeof r[j] === "number"));
  const line = (r) => r.map((c, j) => numeric[j] ? c.padStart(widths[j]) : c.padEnd(widths[j])).join("  ").trimEnd();
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}
var integers;
var tenths;
function fmt(x) {
  if (!Number.isFinite(x))
    return String(x);
  if (Number.isInteger(x))
    return (integers ??= new Intl.NumberFormat("en-US")).format(x);
  const abs = Math.abs(x);
  if (abs >= 100)
    return (tenths ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 })).format(x);
  if (abs >= 1)
    return x.toFixed(2);
  return x.toFixed(3);
}

export {
  printJson,
  printText,
  printYaml,
  note,
  table,
  fmt
};
