/**
 * `seceq data list` and `seceq data show <preset> [--format yaml|json]`: the embedded, cited presets.
 */
import type { Command } from "@commander-js/extra-typings";
import { getPresetInput, listPresets, DEFAULT_PRESET_ID } from "@seceq/data";
import { closest } from "@seceq/core";
import { printJson, printText, printYaml, table } from "../io/output.js";
import { UserError } from "../errors.js";

/** Look up a preset's editable document or throw a {@link UserError} naming the known ids. */
export function presetOrThrow(id: string) {
  const input = getPresetInput(id);
  if (input) return input;
  const ids = listPresets().map((p) => p.id);
  const guess = closest(id, ids);
  throw new UserError([
    {
      code: "unknown_preset",
      path: [],
      message: `unknown preset "${id}"; known: ${ids.join(", ")}`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    },
  ]);
}

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
    .action((id: string, opts: { format: string; json?: boolean }) => {
      const format = opts.json ? "json" : opts.format;
      if (format !== "yaml" && format !== "json") throw new UserError(`--format must be yaml or json, not "${format}"`);
      const doc = presetOrThrow(id);
      if (format === "json") printJson(doc);
      else {
        process.stdout.write(
          `# Security Equation scenario, exported from preset "${id}". Edit and run: seceq evaluate <file>\n`,
        );
        printYaml(doc);
      }
    });
}
