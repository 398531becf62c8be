/**
 * CLI entry: run the command tree, map errors to exit codes, never print a stack trace for a user mistake.
 */
import { CommanderError } from "commander";
import { buildProgram } from "./program.js";
import { EXIT, ExitRequest, UserError } from "./errors.js";

/**
 * Run `seceq` with the given arguments (without `node` and script). Resolves to the exit code.
 * @param argv user arguments, e.g. `["evaluate", "--json"]`
 */
export async function main(argv: string[]): Promise<number> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ExitRequest) return e.code;
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors (unknown option, missing argument) are invalid input.
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return EXIT.ok;
      // Commander has explained the mistake on stderr; with --json, stdout still carries one JSON document.
      if (argv.includes("--json"))
        process.stdout.write(
          JSON.stringify({ ok: false, issues: [{ code: "usage", path: [], message: usageMessage(e) }] }, null, 2) +
            "\n",
        );
      return EXIT.invalidInput;
    }
    // The engine is loaded here only if the command had not loaded it already (`--version` loads none). The core
    // refuses input validation let through (e.g. a Monte Carlo draw that overflows) with an InputError.
    const { formatIssue, InputError } = await import("@seceq/core");
    if (e instanceof UserError || e instanceof InputError) {
      // With --json, stdout still carries one JSON document: the issues.
      if (argv.includes("--json"))
        process.stdout.write(JSON.stringify({ ok: false, issues: e.issues }, null, 2) + "\n");
      for (const issue of e.issues) process.stderr.write(formatIssue(issue) + "\n");
      const n = e.issues.length;
      const summary = e instanceof UserError ? e.summary : undefined;
      process.stderr.write(`seceq: ${summary ?? `${n} problem${n === 1 ? "" : "s"} found; nothing was written.`}\n`);
      return EXIT.invalidInput;
    }
    process.stderr.write(`seceq: internal error (a bug; please report it):\n${(e as Error).stack ?? String(e)}\n`);
    return EXIT.bug;
  }
}

/** Commander's message without its `error: ` prefix, e.g. `unknown option '--bogus'`. */
function usageMessage(e: CommanderError): string {
  return e.message.replace(/^error: /, "");
}
