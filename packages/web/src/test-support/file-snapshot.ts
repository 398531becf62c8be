/**
 * File snapshots for tests: compare a normalized text output with a checked-in file. On a
 * mismatch the actual output is written beside the expected one as `<name>-changed.<ext>` (a diff artifact) and the
 * assertion fails; `UPDATE_SNAPSHOTS=1` rewrites the expected file instead. A missing file is written (and reported
 * on stderr), except under `CI`, where it fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, extname } from "node:path";
import assert from "node:assert/strict";

/** Path of the diff artifact of a snapshot file: `a/b.txt` → `a/b-changed.txt`. */
export function changedPath(file: string): string {
  const ext = extname(file);
  return `${file.slice(0, file.length - ext.length)}-changed${ext}`;
}

/**
 * Assert that `actual` equals the snapshot in `file` (see the module comment).
 * @param file path of the expected output
 * @param actual the normalized output
 */
export function matchFileSnapshot(file: string, actual: string): void {
  const changed = changedPath(file);
  if (process.env.UPDATE_SNAPSHOTS === "1" || (!existsSync(file) && !process.env.CI)) {
    if (!existsSync(file)) process.stderr.write(`file-snapshot: writing new snapshot ${file}\n`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  assert.equal(actual, expected, `snapshot ${file} differs; see ${changed} (UPDATE_SNAPSHOTS=1 to accept)`);
}
