/**
 * The `seceq` command tree (commander 14). Each command lives in its own module under `commands/`, loaded only when
 * it runs: `seceq evaluate` imports the engine and the presets but not the server, the store or the queue clients,
 * and `seceq --version` imports no command at all.
 */
import { Command } from "@commander-js/extra-typings";

/** Version printed by `seceq --version`. */
export const VERSION = "0.1.0";

/** Register one command (or command group) on the program. */
type Register = (program: Command) => void;

/** Every command, in help order, with the module that registers it. */
const COMMANDS: readonly { name: string; load: () => Promise<Register> }[] = [
  { name: "validate", load: async () => (await import("./commands/validate.js")).registerValidate },
  { name: "schema", load: async () => (await import("./commands/schema.js")).registerSchema },
  { name: "data", load: async () => (await import("./commands/data.js")).registerData },
  { name: "evaluate", load: async () => (await import("./commands/evaluate.js")).registerEvaluate },
  { name: "crisis", load: async () => (await import("./commands/crisis.js")).registerCrisis },
  { name: "calc", load: async () => (await import("./commands/calc.js")).registerCalc },
  { name: "treaty", load: async () => (await import("./commands/treaty.js")).registerTreaty },
  { name: "serve", load: async () => (await import("./commands/serve.js")).registerServe },
  { name: "negotiate", load: async () => (await import("./commands/negotiate.js")).registerNegotiate },
  { name: "sweep", load: async () => (await import("./commands/sweep.js")).registerSweep },
  { name: "worker", load: async () => (await import("./commands/worker.js")).registerWorker },
];

/**
 * Build the command tree. Commands throw `UserError` for user mistakes; the entry point maps exit codes.
 * @param argv the user arguments when known: only the command they name is loaded (none for `--version` alone);
 *   without them, or for help and unknown commands, every command is loaded so help lists them all.
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command("seceq")
    .description("Security Equation: strategic-stability and arms-control workbench")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const first = argv?.[0];
  const versionOnly = argv !== undefined && argv.length === 1 && (first === "--version" || first === "-V");
  const named = COMMANDS.find((c) => c.name === first);
  const wanted = versionOnly ? [] : named ? [named] : COMMANDS;
  for (const register of await Promise.all(wanted.map((c) => c.load()))) register(program);
  return program;
}
