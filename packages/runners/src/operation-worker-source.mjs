// Worker entry used when the runners run from TypeScript source (development, tests): register tsx's ESM loader in
// this thread, then load the worker module as ESM. Loading the .ts file directly (`--import tsx` in execArgv) also
// works, but piscina then reaches it through tsx's CommonJS hook, and the engine runs ~20% slower through the
// CommonJS export getters. Built packages use operation-worker.js and never load this file.
import { register } from "tsx/esm/api";

register();
const mod = await import("./operation-worker.ts");
export default mod.default;
