#!/usr/bin/env node
import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  Command,
  require_commander
} from "./chunk-AEFH6DCV.js";
import {
  EXIT,
  ExitRequest,
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  __toESM
} from "./chunk-SN3MUZB2.js";

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command: Command2,
  Argument,
  Option,
  Help
} = import_index.default;

// packages/cli/dist/program.js
var VERSION = "0.1.0";
var COMMANDS = [
  { name: "validate", load: async () => (await import("./validate-4TH3XOVO.js")).registerValidate },
  { name: "schema", load: async () => (await import("./schema-4XVBACHI.js")).registerSchema },
  { name: "data", load: async () => (await import("./data-AJCI5NWH.js")).registerData },
  { name: "evaluate", load: async () => (await import("./evaluate-UJFQMLCX.js")).registerEvaluate },
  { name: "crisis", load: async () => (await import("./crisis-ZBD5O6YZ.js")).registerCrisis },
  { name: "calc", load: async () => (await import("./calc-7XOUFVDR.js")).registerCalc },
  { name: "treaty", load: async () => (await import("./treaty-PGONNLPB.js")).registerTreaty },
  { name: "serve", load: async () => (await import("./serve-OEKWAFUW.js")).registerServe },
  { name: "negotiate", load: async () => (await import("./negotiate-ZO7VCRPT.js")).registerNegotiate },
  { name: "sweep", load: async () => (await import("./sweep-E6NUMFZG.js")).registerSweep },
  { name: "worker", load: async () => (await import("./worker-S2NSHZBI.js")).registerWorker }
];
async function buildProgram(argv) {
  const program2 = new Command("seceq").description("Security Equation: strategic-stability and arms-control workbench").version(VERSION, "-V, --version").showHelpAfterError("(run with --help for usage)").exitOverride();
  const first = argv?.[0];
  const versionOnly = argv !== void 0 && argv.length === 1 && (first === "--version" || first === "-V");
  const named = COMMANDS.find((c) => c.name === first);
  const wanted = versionOnly ? [] : named ? [named] : COMMANDS;
  for (const register of await Promise.all(wanted.map((c) => c.load())))
    register(program2);
  return program2;
}

// packages/cli/dist/main.js
async function main(argv) {
  try {
    const program2 = await buildProgram(argv);
    await program2.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ExitRequest)
      return e.code;
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return EXIT.ok;
      if (argv.includes("--json"))
        process.stdout.write(JSON.stringify({ ok: false, issues: [{ code: "usage", path: [], message: usageMessage(e) }] }, null, 2) + "\n");
      return EXIT.invalidInput;
    }
    const { countIssues, formatIssue, InputError } = await import("./dist-QGEJLJ4U.js");
    if (e instanceof UserError || e instanceof InputError) {
      if (argv.includes("--json"))
        process.stdout.write(JSON.stringify({ ok: false, issues: e.issues }, null, 2) + "\n");
      for (const issue of e.issues)
        process.stderr.write(formatIssue(issue) + "\n");
      const n = countIssues(e.issues);
      const summary = e instanceof UserError ? e.summary : void 0;
      process.stderr.write(`seceq: ${summary ?? `${n} problem${n === 1 ? "" : "s"} found; nothing was written.`}
`);
      return EXIT.invalidInput;
    }
    process.stderr.write(`seceq: internal error (a bug; please report it):
${e.stack ?? String(e)}
`);
    return EXIT.bug;
  }
}
function usageMessage(e) {
  return e.message.replace(/^error: /, "");
}

// packages/cli/dist/bin.js
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE")
    process.exit();
  throw e;
});
if (process.env.SECEQ_PARENT_WATCH === "ipc" && process.channel) {
  delete process.env.SECEQ_PARENT_WATCH;
  process.channel.unref();
  process.once("disconnect", () => {
    process.kill(process.pid, "SIGTERM");
    setTimeout(() => process.exit(143), 1e4).unref();
  });
}
var code = await main(process.argv.slice(2));
process.exitCode = code;
setTimeout(() => process.exit(code), 2e3).unref();
