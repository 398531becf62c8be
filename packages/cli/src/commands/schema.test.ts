import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCli } from "../test-utils/run-cli.js";

test("`seceq schema` prints the JSON Schema and the shipped file is up to date", async () => {
  const r = await runCli(["schema"]);
  assert.equal(r.code, 0);
  const schema = JSON.parse(r.stdout) as { title: string; properties: Record<string, unknown>; required: string[] };
  assert.equal(schema.title, "Security Equation scenario (v1)");
  assert.ok("parties" in schema.properties && schema.required.includes("parties"));
  const shipped = readFileSync(
    fileURLToPath(new URL("../../../../schema/scenario-v1.schema.json", import.meta.url)),
    "utf8",
  );
  assert.deepEqual(
    JSON.parse(shipped),
    schema,
    "regenerate with: npm run -s seceq -- schema > schema/scenario-v1.schema.json",
  );
});
