import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "./test-utils/run-cli.js";
import { buildProgram, VERSION } from "./program.js";

test("--version, --help and data list", async () => {
  const v = await runCli(["--version"]);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), VERSION);
  const h = await runCli(["--help"]);
  assert.equal(h.code, 0);
  for (const cmd of ["validate", "evaluate", "crisis", "calc", "data", "schema"])
    assert.match(h.stdout, new RegExp(`\\b${cmd}\\b`));
  const sub = await runCli(["evaluate", "--help"]);
  assert.equal(sub.code, 0);
  assert.match(sub.stdout, /--samples/);
  const list = await runCli(["data", "list", "--json"]);
  const doc = JSON.parse(list.stdout) as { default: string; presets: { id: string }[] };
  assert.equal(doc.default, "us-russia-2026");
  for (const id of ["us-russia-2026", "us-russia-china-2026", "new-start-2020-09", "start1-1990"])
    assert.ok(
      doc.presets.some((p) => p.id === id),
      id,
    );
});

test("unknown commands and options exit 2", async () => {
  assert.equal((await runCli(["frobnicate"])).code, 2);
  assert.equal((await runCli(["data", "show"])).code, 2);
  assert.equal((await runCli(["data", "show", "us-rusia-2026"])).code, 2);
});

test("only the command that runs is loaded: none for --version, one for a command, all for help", async () => {
  const names = async (argv?: string[]) => (await buildProgram(argv)).commands.map((c) => c.name());
  assert.deepEqual(await names(["--version"]), []);
  assert.deepEqual(await names(["evaluate", "--json"]), ["evaluate"]);
  assert.deepEqual(await names(["sweep", "list"]), ["sweep"]);
  const all = await names(["--help"]);
  assert.ok(all.length >= 11 && all.includes("serve") && all.includes("worker"), all.join(","));
  assert.deepEqual(await names(["frobnicate"]), all, "an unknown command is reported against the full list");
  assert.deepEqual(await names(), all);
});
