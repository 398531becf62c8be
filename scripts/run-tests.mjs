// Run every *.test.ts file in one node:test root run, so CI reads one closing summary.
// Node 20's test runner has no .ts discovery and no glob expansion, so list files here.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

/** Collect test files under a folder, skipping build output and dependencies. */
function collect(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith(".test.ts") || name.endsWith(".test.tsx")) out.push(path);
  }
  return out;
}

// Run from the repository root whatever the caller's directory, so relative paths in tests resolve the same way.
process.chdir(join(dirname(fileURLToPath(import.meta.url)), ".."));
const filter = process.argv.slice(2);
let files = collect("packages", []).concat(collect("test", [])).sort();
if (filter.length > 0) files = files.filter((f) => filter.some((p) => f.includes(p)));
// Some tests run the built CLI (the `seceq` launcher, the packed tarball): bring `dist/` up to date first (incremental).
const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
// The browser test files serve the same workbench build: make it once here and name it in SECEQ_WEB_DIST (a file run
// on its own still builds its own; packages/web/src/e2e/page-helpers.ts).
let webDist;
if (files.some((f) => /\.e2e\.test\.tsx?$/.test(f))) {
  webDist = mkdtempSync(join(tmpdir(), "seceq-web-dist-"));
  const web = spawnSync(
    process.execPath,
    [
      "--conditions=@seceq/source",
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      "await (await import('./packages/web/src/e2e/build-app.ts')).buildApp(process.argv[1]);",
      webDist,
    ],
    { stdio: "inherit" },
  );
  if (web.status !== 0) process.exit(web.status ?? 1);
}
const result = spawnSync(
  process.execPath,
  [
    "--conditions=@seceq/source",
    "--import",
    "tsx",
    "--test",
    "--test-concurrency=2",
    "--test-timeout=600000",
    "--test-force-exit",
    "--test-reporter=spec",
    ...files,
  ],
  { stdio: "inherit", env: { ...process.env, TZ: "UTC", LANG: "C", ...(webDist ? { SECEQ_WEB_DIST: webDist } : {}) } },
);
if (webDist) rmSync(webDist, { recursive: true, force: true });
process.exit(result.status ?? 1);
