import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "./test-utils/run-cli.js";

interface Failure {
  ok: false;
  issues: { code: string; path: unknown[]; message: string }[];
}

test("with --json, a usage error still prints one JSON document on stdout (and the explanation on stderr)", async () => {
  const r = await runCli(["evaluate", "--json", "--bogus"]);
  assert.equal(r.code, 2);
  assert.deepEqual(JSON.parse(r.stdout) as Failure, {
    ok: false,
    issues: [{ code: "usage", path: [], message: "unknown option '--bogus'" }],
  });
  assert.match(r.stderr, /error: unknown option '--bogus'/);

  const missing = await runCli(["data", "show", "--json"]);
  assert.equal(missing.code, 2);
  const doc = JSON.parse(missing.stdout) as Failure;
  assert.equal(doc.issues[0]!.code, "usage");
  assert.match(doc.issues[0]!.message, /missing required argument 'preset'/);
});

test("without --json, a usage error writes nothing on stdout", async () => {
  const r = await runCli(["evaluate", "--bogus"]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /unknown option '--bogus'/);
});

test("help and version still exit 0 with --json present", async () => {
  const r = await runCli(["evaluate", "--help", "--json"]);
  assert.equal(r.code, 0);
  assert.doesNotMatch(r.stdout, /"ok": false/);
});
