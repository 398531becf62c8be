/**
 * Which commands run from the CLI's self-contained bundle (`dist/bundle/`, made by `scripts/bundle.mjs` after the
 * TypeScript build). Loading a few bundled files instead of some 250 modules (the engine, zod, the data) is what makes
 * `seceq evaluate` start quickly. Commands that use the server, the store or the worker pools (`serve`, `sweep`,
 * `worker`) run from the unbundled build: those packages load the engine themselves, and one process must hold one
 * copy of it (its place-table registry and error classes). Help and unknown commands need every command: unbundled.
 * This module imports nothing, so the launcher can read it before choosing.
 */

/** Commands the bundle serves: they use the engine and the embedded data only. */
export const BUNDLED_COMMANDS: readonly string[] = [
  "validate",
  "schema",
  "data",
  "evaluate",
  "crisis",
  "calc",
  "treaty",
  "negotiate",
];

/**
 * Whether the bundle runs these arguments: the first names a bundled command (its options, `--help` included, are
 * that command's business; the program loads only the command named in both builds).
 * @param argv user arguments, e.g. `["evaluate", "--json"]`
 */
export function bundleServes(argv: readonly string[]): boolean {
  const first = argv[0];
  return first !== undefined && BUNDLED_COMMANDS.includes(first);
}
