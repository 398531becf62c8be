import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileBytes } from "./read-input.js";
import { UserError } from "../errors.js";

const MKFIFO = spawnSync("sh", ["-c", "command -v mkfifo"]).status === 0;

function fifo(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), "seceq-fifo-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, "pipe");
  assert.equal(spawnSync("mkfifo", [path]).status, 0);
  return path;
}

const refused = (message: RegExp) => (e: unknown) =>
  e instanceof UserError && e.issues.length === 1 && message.test(e.issues[0]!.message);

void test(
  "a FIFO with no writer is refused after the idle timeout instead of blocking for ever",
  { skip: !MKFIFO },
  (t) => {
    assert.throws(() => readFileBytes(fifo(t), 300), refused(/named pipe and nothing was written to it within 0.3 s/));
  },
);

void test("a pipe whose writer never writes is given up after the idle timeout", { skip: !MKFIFO }, async (t) => {
  const path = fifo(t);
  // The writer opens the pipe (blocking until we open it) and then sits silent.
  const writer = spawn("sh", ["-c", `exec 3>"${path}"; sleep 30`], { stdio: "ignore" });
  t.after(() => writer.kill("SIGKILL"));
  await new Promise((r) => setTimeout(r, 200));
  assert.throws(() => readFileBytes(path, 300), refused(/nothing was written to it within 0.3 s/));
});

void test("a pipe with a writer is read to its end; devices are read within the size limit", { skip: !MKFIFO }, (t) => {
  const path = fifo(t);
  // The writer comes later than the reader, which waits for it (without blocking the thread for good).
  const writer = spawn("sh", ["-c", `sleep 0.3; printf 'schemaVersion: 1\\n' > "${path}"`], { stdio: "ignore" });
  t.after(() => writer.kill("SIGKILL"));
  assert.equal(Buffer.from(readFileBytes(path, 20_000)).toString(), "schemaVersion: 1\n");
  assert.equal(readFileBytes("/dev/null").length, 0);
  assert.equal(readFileBytes("/dev/zero").length, 5 * 1024 * 1024 + 1, "stops one byte past the limit");
});

void test("missing files and directories are refused as before", () => {
  assert.throws(() => readFileBytes("/no/such/file.yaml"), refused(/no such file/));
  assert.throws(() => readFileBytes(tmpdir()), refused(/is a directory/));
});
