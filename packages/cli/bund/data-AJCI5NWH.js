import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  checkPresetId
} from "./chunk-O55QCBDD.js";
import {
  DEFAULT_PRESET_ID,
  listPresets,
  loadPresetInput
} from "./chunk-VFJJYWYL.js";
import "./chunk-NQBOJXVP.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  printJson,
  printText,
  printYaml,
  table
} from "./chunk-S5PDL7IM.js";
import "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/data.js
function registerData(program) {
  const data = program.command("data").description("embedded, cited datasets: scenario presets");
  data.command("list").description("list the scenario presets").option("--json", "print one JSON document").action((opts) => {
    const presets = listPresets();
    if (opts.json)
      return printJson({ default: DEFAULT_PRESET_ID, presets });
    printText(table(["id", "as of", "parties", "name"], presets.map((p) => [
      p.id + (p.id === DEFAULT_PRESET_ID ? " (default)" : ""),
      p.asOf,
      p.parties.join(","),
      p.name
    ])));
  });
  data.command("show").description("export a preset as an editable scenario file (every element carries its source)").argument("<preset>", "preset id (see `seceq data list`)").option("--format <format>", "yaml or json", "yaml").option("--json", "same as --format json").action(async (id, opts) => {
    const format = opts.json ? "json" : opts.format;
    if (format !== "yaml" && format !== "json")
      throw new UserError(`--format must be yaml or json, not "${format}"`);
    checkPresetId(id);
    const doc = await loadPresetInput(id);
    if (format === "json")
      printJson(doc);
    else {
      process.stdout.write(`# Security Equation scenario, exported from preset "${id}". Edit and run: seceq evaluate <file>
`);
      printYaml(doc);
    }
  });
}
export {
  registerData
};
