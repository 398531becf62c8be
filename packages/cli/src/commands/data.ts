/**
 * `seceq data list` and `seceq data show <preset> [--format yaml|json]`: the embedded, cited presets.
 */
import type { Command } from "@commander-js/extra-typings";
import { DEFAULT_PRESET_ID, listPresets, loadPresetInput } from "@seceq/data/lazy";
import { checkPresetId } from "../io/preset-arg.js";
import { printJson, printText, printYaml, table } from "../io/output.js";
import { UserError } from "../errors.js";

/** Register `data`. */
export function registerData(program: Command): void {
  const data = program.command("data").description("embedded, cited datasets: scenario presets");
  data
    .command("list")
    .description("list the scenario presets")
    .option("--json", "print one JSON document")
    .action((opts: { json?: boolean }) => {
      const presets = listPresets();
      if (opts.json) return printJson({ default: DEFAULT_PRESET_ID, presets });
      printText(
        table(
          ["id", "as of", "parties", "name"],
          presets.map((p) => [
            p.id + (p.id === DEFAULT_PRESET_ID ? " (default)" : ""),
            p.asOf,
            p.parties.join(","),
            p.name,
          ]),
        ),
      );
    });
  data
    .command("show")
    .description("export a preset as an editable scenario file (every element carries its source)")
    .argument("<preset>", "preset id (see `seceq data list`)")
    .option("--format <format>", "yaml or json", "yaml")
    .option("--json", "same as --format json")
    .action(async (id: string, opts: { format: string; json?: boolean }) => {
      const format = opts.json ? "json" : opts.format;
      if (format !== "yaml" && format !== "json") throw new UserError(`--format must be yaml or json, not "${format}"`);
      checkPresetId(id);
      const doc = (await loadPresetInput(id))!;
      if (format === "json") printJson(doc);
      else {
        process.stdout.write(
          `# Security Equation scenario, exported from preset "${id}". Edit and run: seceq evaluate <file>\n`,
        );
        printYaml(doc);
      }
    });
}
