export { main } from "./main.js";
export { buildProgram, VERSION } from "./program.js";
export { EXIT, UserError } from "./errors.js";
