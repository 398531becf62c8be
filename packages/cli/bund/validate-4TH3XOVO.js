import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  readScenarioFile
} from "./chunk-TAVVANR4.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  printJson,
  printText
} from "./chunk-S5PDL7IM.js";
import {
  countIssues
} from "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/validate.js
function registerValidate(program) {
  program.command("validate").description("validate a scenario file (YAML or JSON); exit 2 with every problem located at file:line:col").argument("<file>", "scenario file").option("--json", "print one JSON document {valid, issues, summary}").action((file, opts) => {
    let s;
    try {
      s = readScenarioFile(file);
    } catch (e) {
      if (!(e instanceof UserError) || e.summary !== void 0)
        throw e;
      const n = countIssues(e.issues);
      throw new UserError(e.issues, {
        summary: `${n} problem${n === 1 ? "" : "s"} found: ${file} is not a valid scenario.`
      });
    }
    const summary = {
      id: s.id,
      parties: s.parties.map((p) => ({ id: p.id, elements: p.forces.length, defenses: p.defenses.length }))
    };
    if (opts.json)
      printJson({ ok: true, valid: true, issues: [], summary });
    else
      printText(`${file}: valid scenario "${s.id}" (${s.parties.map((p) => p.id).join(", ")})`);
  });
}
export {
  registerValidate
};
