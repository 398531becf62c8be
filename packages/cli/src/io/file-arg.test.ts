import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isFileArg } from "./file-arg.js";

test("isFileArg: existing files and anything with . / \\ are files; bare ids are not", () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-file-arg-"));
  const prev = process.cwd();
  try {
    process.chdir(dir);
    writeFileSync("scenario", "x");
    assert.equal(isFileArg("scenario"), true, "an existing file without an extension");
    for (const arg of ["missing.yaml", "dir/file", "dir\\file", "./x"]) assert.equal(isFileArg(arg), true, arg);
    for (const arg of ["us-russia-2026", "new-start", "none"]) assert.equal(isFileArg(arg), false, arg);
  } finally {
    process.chdir(prev);
    rmSync(dir, { recursive: true, force: true });
  }
});
