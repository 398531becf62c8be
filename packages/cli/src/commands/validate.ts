/**
 * `seceq validate <file>`: check a scenario file and report every problem with file:line:col.
 */
import type { Command } from "@commander-js/extra-typings";
import { readScenarioFile } from "../io/read-input.js";
import { printJson, printText } from "../io/output.js";

/** Register `validate`. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("validate a scenario file (YAML or JSON); exit 2 with every problem located at file:line:col")
    .argument("<file>", "scenario file")
    .option("--json", "print one JSON document {valid, issues, summary}")
    .action((file: string, opts: { json?: boolean }) => {
      const s = readScenarioFile(file);
      const summary = {
        id: s.id,
        parties: s.parties.map((p) => ({ id: p.id, elements: p.forces.length, defenses: p.defenses.length })),
      };
      if (opts.json) printJson({ ok: true, valid: true, issues: [], summary });
      else printText(`${file}: valid scenario "${s.id}" (${s.parties.map((p) => p.id).join(", ")})`);
    });
}
