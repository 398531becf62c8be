import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const HARNESS = new URL("./harness.ts", import.meta.url).href;

/** Load the harness in a fresh process (as each e2e test file is) and report the screenshot folder it chose. */
function shotsDirOf(env: NodeJS.ProcessEnv): { dir: string; env: string } {
  const r = spawnSync(
    process.execPath,
    [
      "--conditions=@seceq/source",
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      `const h = await import(${JSON.stringify(HARNESS)}); ` +
        "console.log(JSON.stringify({ dir: h.SHOTS_DIR, env: process.env.SECEQ_SHOTS_DIR }));",
    ],
    { encoding: "utf8", env, cwd: fileURLToPath(new URL("../..", import.meta.url)) },
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { dir: string; env: string };
}

test("each run writes screenshots to a folder of its own under the temporary folder, unless SECEQ_SHOTS_DIR says where", (t) => {
  const env = { ...process.env };
  delete env.SECEQ_SHOTS_DIR;
  const a = shotsDirOf(env);
  const b = shotsDirOf(env);
  t.after(() => {
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
  });
  assert.notEqual(a.dir, b.dir, "two runs on one machine do not share a folder");
  for (const r of [a, b]) {
    assert.ok(r.dir.startsWith(join(tmpdir(), "seceq-shots-")), r.dir);
    assert.ok(existsSync(r.dir));
    // The e2e test files read the folder from the environment.
    assert.equal(r.env, r.dir);
  }

  const parent = mkdtempSync(join(tmpdir(), "seceq-shots-given-"));
  t.after(() => rmSync(parent, { recursive: true, force: true }));
  const given = join(parent, "nested", "shots");
  assert.deepEqual(shotsDirOf({ ...env, SECEQ_SHOTS_DIR: given }), { dir: given, env: given });
  assert.ok(existsSync(given));
});
