import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  printJson
} from "./chunk-S5PDL7IM.js";
import {
  scenarioJsonSchema
} from "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/schema.js
function registerSchema(program) {
  program.command("schema").description("print the JSON Schema of scenario files (also shipped as schema/scenario-v1.schema.json)").action(() => printJson(scenarioJsonSchema()));
}
export {
  registerSchema
};
