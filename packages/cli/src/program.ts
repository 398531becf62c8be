/**
 * The `seceq` command tree (commander 14). Each command lives in its own module under `commands/`.
 */
import { Command } from "commander";
import { registerValidate } from "./commands/validate.js";
import { registerSchema } from "./commands/schema.js";
import { registerData } from "./commands/data.js";
import { registerEvaluate } from "./commands/evaluate.js";
import { registerCrisis } from "./commands/crisis.js";
import { registerCalc } from "./commands/calc.js";
import { registerTreaty } from "./commands/treaty.js";
import { registerServe } from "./commands/serve.js";
import { registerNegotiate } from "./commands/negotiate.js";
import { registerSweep } from "./commands/sweep.js";
import { registerWorker } from "./commands/worker.js";

/** Version printed by `seceq --version`. */
export const VERSION = "0.1.0";

/** Build the command tree. Commands throw {@link UserError} for user mistakes; the entry point maps exit codes. */
export function buildProgram(): Command {
  const program = new Command("seceq")
    .description("Security Equation: strategic-stability and arms-control workbench")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerValidate(program);
  registerSchema(program);
  registerData(program);
  registerEvaluate(program);
  registerCrisis(program);
  registerCalc(program);
  registerTreaty(program);
  registerServe(program);
  registerNegotiate(program);
  registerSweep(program);
  registerWorker(program);
  return program;
}
