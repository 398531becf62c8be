/**
 * Tell a file path from an id (a preset, a rule pack) in a command-line argument.
 */
import { existsSync } from "node:fs";

/**
 * True when a command-line argument names a file rather than an id: the file exists, or the argument holds a `.`,
 * `/` or `\` (ids never do), so a mistyped path is reported as a missing file, not as an unknown id.
 * @param arg the argument as given
 */
export function isFileArg(arg: string): boolean {
  return existsSync(arg) || /[./\\]/.test(arg);
}
