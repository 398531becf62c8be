/**
 * `seceq validate <file>`: check a scenario file and report every problem with file:line:col.
 */
import type { Command } from "@commander-js/extra-typings";
import { countIssues, formatIssue, type Issue } from "@seceq/core";
import { readScenarioFile } from "../io/read-input.js";
import { printJson, printText } from "../io/output.js";
import { UserError } from "../errors.js";

/** Register `validate`. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("validate a scenario file (YAML or JSON); exit 2 with every problem located at file:line:col")
    .argument("<file>", "scenario file")
    .option("--json", "print one JSON document {valid, issues, summary}")
    .action((file: string, opts: { json?: boolean }) => {
      let s: ReturnType<typeof readScenarioFile>;
      let warnings: Issue[] = [];
      try {
        s = readScenarioFile(file, (w) => (warnings = w));
      } catch (e) {
        // validate writes nothing in any case: close with the verdict, not "nothing was written".
        if (!(e instanceof UserError) || e.summary !== undefined) throw e;
        const n = countIssues(e.issues);
        throw new UserError(e.issues, {
          summary: `${n} problem${n === 1 ? "" : "s"} found: ${file} is not a valid scenario.`,
        });
      }
      const summary = {
        id: s.id,
        parties: s.parties.map((p) => ({ id: p.id, elements: p.forces.length, defenses: p.defenses.length })),
      };
      // Warnings (e.g. defence layers in reversed order) do not make the file invalid: in the JSON document's issues,
      // else on stderr.
      if (opts.json) printJson({ ok: true, valid: true, issues: warnings, summary });
      else {
        for (const w of warnings) process.stderr.write(formatIssue(w) + "\n");
        printText(
          `${file}: valid scenario "${s.id}" (${s.parties.map((p) => p.id).join(", ")})` +
            (warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : ""),
        );
      }
    });
}
