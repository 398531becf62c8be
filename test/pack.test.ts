/**
 * The CLI as a user installs it: `npm pack` every workspace package the CLI needs (built JavaScript only), install the
 * tarballs into an empty folder with npm (third-party dependencies come from the registry, or npm's cache), and run
 * the installed `seceq`. Install scripts are skipped: the only one, better-sqlite3's native build, takes minutes and
 * is not needed by the commands run here (the store loads only for `serve`, `sweep` and `worker`).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGES = ["core", "data", "store", "runners", "server", "cli"];

/** The environment without npm's per-run variables (so an outer `npm test` does not steer the inner npm). */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

/** Run a command; fail the test with its output when it exits non-zero. */
function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: cleanEnv, timeout: 600_000, ...options });
  const out = `${String(r.stdout)}${String(r.stderr)}`;
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")} exited ${r.status ?? r.signal}:\n${out.slice(-4000)}`);
  return String(r.stdout);
}

void test("npm pack of the CLI installs into an empty folder and `seceq evaluate` runs there", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-pack-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const tarballs = join(dir, "tarballs");
  const app = join(dir, "app");
  mkdirSync(tarballs);
  mkdirSync(app);

  run("npm", ["run", "-s", "build"], { cwd: ROOT });
  run("npm", ["pack", ...PACKAGES.flatMap((p) => ["-w", `@seceq/${p}`]), "--pack-destination", tarballs], {
    cwd: ROOT,
  });
  const files = readdirSync(tarballs).filter((f) => f.endsWith(".tgz"));
  assert.equal(files.length, PACKAGES.length, files.join(", "));

  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "seceq-pack-test", private: true }));
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--ignore-scripts",
      ...files.map((f) => join(tarballs, f)),
    ],
    { cwd: app },
  );
  const installed = join(app, "node_modules", "@seceq");
  // Built JavaScript only: no TypeScript sources and no tests in the packages.
  for (const p of PACKAGES) {
    assert.ok(existsSync(join(installed, p, "dist", "index.js")), `${p}: dist/index.js`);
    assert.ok(!existsSync(join(installed, p, "src")), `${p}: no src/`);
    assert.deepEqual(findTests(join(installed, p, "dist")), [], `${p}: no compiled tests`);
  }
  assert.ok(!existsSync(join(app, "node_modules", "tsx")), "tsx is not a run-time dependency");

  const seceq = join(app, "node_modules", ".bin", "seceq");
  assert.equal(run(seceq, ["--version"], { cwd: app }).trim(), "0.1.0");
  const report = JSON.parse(run(seceq, ["evaluate", "--json"], { cwd: app })) as {
    scenario: { id: string };
    stability: { minCombined: number };
  };
  assert.equal(report.scenario.id, "us-russia-2026");
  // The same engine and data as the repository's: the installed CLI gives the in-repo default result.
  const { evaluate } = await import("@seceq/core");
  const { getPreset, DEFAULT_PRESET_ID } = await import("@seceq/data");
  const expected = evaluate(getPreset(DEFAULT_PRESET_ID));
  assert.equal(report.stability.minCombined, expected.stability.minCombined);
  assert.ok(report.stability.minCombined > 0 && report.stability.minCombined <= 1);
});

/** Compiled test files under a folder. */
function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...findTests(p));
    else if (/\.test\.(?:js|d\.ts)$/.test(e.name)) out.push(p);
  }
  return out;
}
