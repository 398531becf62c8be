// Run every *.test.ts file in one node:test root run, so CI reads one closing summary.
// Node 20's test runner has no .ts discovery and no glob expansion, so list files here.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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
// Node 20's runner starts one process per test file, and each start loads the engine through tsx's module hooks:
// about 1.2 s (1.5 s of CPU) before the first test; for 225 files, a third of the suite's CPU. So the test files run
// instead in UNIT_SHARDS processes, each importing its share of the files in order (their tests keep their names and
// run one after another, as in a file of their own). The browser tests (e2e/) keep a process each, and so does a file
// whose tests need a fresh process (global state at their start), which says so with the line
// "// seceq-test: own-process". The shard files (in a dot-folder of the repository, which sorts before its other paths)
// are the longest, and the runner, which sorts its files, starts them first.
const UNIT_SHARDS = 4;
const pure = (f) => !f.includes(join("src", "e2e")) && !readFileSync(f, "utf8").includes("// seceq-test: own-process");
const unit = files.filter(pure);
let shardDir;
if (unit.length >= 4 * UNIT_SHARDS) {
  shardDir = mkdtempSync(join(process.cwd(), ".test-shards-"));
  const shards = Array.from({ length: UNIT_SHARDS }, (_, k) => join(shardDir, `unit-${k + 1}.test.mjs`));
  shards.forEach((path, k) => {
    const own = unit.filter((_, i) => i % UNIT_SHARDS === k);
    writeFileSync(path, own.map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)};\n`).join(""));
  });
  files = [...shards, ...files.filter((f) => !unit.includes(f))];
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
if (shardDir) rmSync(shardDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
