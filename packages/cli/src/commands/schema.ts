/**
 * `seceq schema`: print the JSON Schema of scenario files (generated from the zod schema).
 */
import type { Command } from "@commander-js/extra-typings";
import { scenarioJsonSchema } from "@seceq/core";
import { printJson } from "../io/output.js";

/** Register `schema`. */
export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files (also shipped as schema/scenario-v1.schema.json)")
    .action(() => printJson(scenarioJsonSchema()));
}
