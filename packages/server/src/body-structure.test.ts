import { test } from "node:test";
import assert from "node:assert/strict";
import {
  findDataExcess,
  MAX_BODY_DEPTH,
  MAX_BODY_KEYS,
  runOperation,
  type Executor,
  type Operation,
  type OperationOutcome,
} from "@seceq/core";
import { SqliteResultStore } from "@seceq/store";
import { createApp } from "./app.js";
import { MAX_REQUEST_KEYS, MAX_REQUEST_NESTING, refuseHostileBody } from "./body-structure.js";
import { HttpError } from "./http-errors.js";

/** The error `refuseHostileBody` throws for a body, or undefined when it lets the body through. */
function refusal(format: "json" | "yaml", text: string, kind: Operation["kind"] = "evaluate"): HttpError | undefined {
  try {
    refuseHostileBody({ format, text }, kind);
    return undefined;
  } catch (e) {
    assert.ok(e instanceof HttpError);
    return e;
  }
}

const flowYaml = (depth: number) => `a: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
const wrappedJson = (depth: number) => `{\n  "scenario": ${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}\n}`;

test("the limits are the engine's: 64 levels, 1,000 keys in a mapping", () => {
  assert.equal(MAX_REQUEST_NESTING, 64);
  assert.equal(MAX_REQUEST_NESTING, MAX_BODY_DEPTH);
  assert.equal(MAX_REQUEST_KEYS, 1000);
  assert.equal(MAX_REQUEST_KEYS, MAX_BODY_KEYS);
});

/** A scenario-like body whose `forces` mapping holds `n` keys, as YAML (block) or JSON (pretty-printed). */
function wideBody(format: "json" | "yaml", n: number): string {
  const forces = Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
  const doc = { schemaVersion: 1, id: "wide", forces };
  return format === "json"
    ? JSON.stringify(doc, null, 2)
    : `schemaVersion: 1\nid: wide\nforces:\n${Object.keys(forces)
        .map((k, i) => `  ${k}: ${i}`)
        .join("\n")}\n`;
}

test("a body with a mapping wider than the limit is refused where the engine refuses it: code, line, column", () => {
  for (const format of ["json", "yaml"] as const) {
    const text = wideBody(format, MAX_REQUEST_KEYS + 1);
    const door = refusal(format, text);
    const engine = runOperation({ kind: "evaluate", body: { format, text } });
    assert.ok(!engine.ok && "error" in engine);
    assert.ok(door, `${format}: refused at the door`);
    // A JSON body is refused as a request (the door does not parse it to tell a wrapper from a bare scenario).
    assert.equal(door.code, format === "json" ? "invalid_request" : engine.error.code, format);
    const [issue] = door.issues!;
    const [theirs] = engine.error.issues!;
    assert.equal(issue!.code, "too_wide");
    assert.equal(theirs!.code, "too_wide");
    // The first key too many, k1000, is on line 1,005 (JSON: `{`, two fields and `"forces": {` before k0) or 1,004
    // (YAML: three lines before k0), at column 5 (JSON) or 3 (YAML).
    assert.deepEqual([issue!.line, issue!.col], format === "json" ? [1005, 5] : [1004, 3], format);
    if (format === "yaml") assert.deepEqual([theirs!.line, theirs!.col], [issue!.line, issue!.col]);
    else assert.deepEqual(theirs!.path, ["forces", "k1000"]);
    assert.match(issue!.message, /more than 1000 keys/);
    assert.equal(refusal(format, wideBody(format, MAX_REQUEST_KEYS)), undefined, `${format}: 1,000 keys pass`);
  }
});

test("a YAML body is refused with the code, line and column of the engine's own refusal", () => {
  for (const text of [
    flowYaml(MAX_REQUEST_NESTING),
    flowYaml(200_000),
    "x: 1\n" + Array.from({ length: 80 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " 1\n",
  ]) {
    const door = refusal("yaml", text);
    const engine = runOperation({ kind: "evaluate", body: { format: "yaml", text } });
    assert.ok(!engine.ok && "error" in engine);
    assert.ok(door, "refused at the door");
    assert.equal(door.status, 400);
    assert.equal(door.code, engine.error.code);
    const [issue] = door.issues!;
    const [theirs] = engine.error.issues!;
    assert.deepEqual(
      { code: issue!.code, line: issue!.line, col: issue!.col, file: issue!.file },
      { code: theirs!.code, line: theirs!.line, col: theirs!.col, file: theirs!.file },
    );
    assert.equal(issue!.message, "request body nests deeper than 64 levels");
  }
  assert.equal(refusal("yaml", flowYaml(MAX_REQUEST_NESTING - 1)), undefined, "63 flow levels under a key: 64");
});

test("a JSON body is refused exactly when the engine's check of the parsed data would refuse it, located", () => {
  for (let depth = MAX_REQUEST_NESTING - 3; depth <= MAX_REQUEST_NESTING + 3; depth++) {
    const text = wrappedJson(depth);
    const deep = findDataExcess(JSON.parse(text))?.kind === "deep";
    const door = refusal("json", text);
    assert.equal(door !== undefined, deep, `${depth} levels`);
    if (door) {
      assert.equal(door.code, "invalid_request");
      // The brackets of "scenario" start at column 15 of line 2; the 65th level is the 64th bracket there.
      assert.deepEqual(
        { line: door.issues![0]!.line, col: door.issues![0]!.col },
        { line: 2, col: 15 + MAX_REQUEST_NESTING - 1 },
      );
    }
  }
  assert.equal(refusal("json", wrappedJson(100), "negotiate")?.code, "invalid_spec");
  assert.equal(refusal("yaml", flowYaml(100), "save-scenario")?.code, "invalid_scenario");
});

test("brackets inside strings and comments are not nesting", () => {
  const text = JSON.stringify({ name: "[".repeat(500), note: "{".repeat(500) });
  assert.equal(refusal("json", text), undefined);
  assert.equal(refusal("yaml", `# ${"[".repeat(500)}\nname: '${"{".repeat(500)}'\n`), undefined);
});

test("the scenario endpoints refuse a deep or wide body at once, while the engine is busy, without queueing it", async () => {
  let release!: () => void;
  const stalled = new Promise<void>((r) => (release = r));
  const queued: Operation[] = [];
  // An engine busy with one long computation: whatever reaches it waits.
  const busy: Executor = {
    async run(op: Operation): Promise<OperationOutcome> {
      queued.push(op);
      await stalled;
      return { ok: true, kind: op.kind, result: { days: [], worstDay: 0, worstCombined: 1 }, warnings: [] };
    },
    close: () => Promise.resolve(),
  };
  const app = createApp({
    store: SqliteResultStore.open(":memory:"),
    executor: busy,
    recordRuns: false,
    log: () => undefined,
  });
  const held = app.request("/api/crisis", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scenarioId: "x", days: 1 }),
  });
  while (queued.length < 1) await new Promise((r) => setTimeout(r, 5));
  const deepYaml = flowYaml(200_000);
  const deepJson = wrappedJson(5_000);
  const wide = wideBody("json", 2_000);
  for (const [path, type, body, code] of [
    ["/api/evaluate", "application/json", wide, "invalid_request"],
    ["/api/validate", "application/yaml", wideBody("yaml", 2_000), "invalid_scenario"],
    ["/api/evaluate", "application/yaml", deepYaml, "invalid_scenario"],
    ["/api/validate", "application/json", deepJson, "invalid_request"],
    ["/api/crisis", "application/json", deepJson, "invalid_request"],
    ["/api/treaty/check", "application/yaml", deepYaml, "invalid_scenario"],
    ["/api/treaty/comply", "application/json", deepJson, "invalid_request"],
    ["/api/negotiate", "application/yaml", deepYaml, "invalid_spec"],
    ["/api/scenarios", "application/yaml", deepYaml, "invalid_scenario"],
  ] as const) {
    const r = await app.request(path, { method: "POST", headers: { "content-type": type }, body });
    assert.equal(r.status, 400, path);
    const answer = (await r.json()) as { error: string; issues: { code: string; line: number; col: number }[] };
    assert.equal(answer.error, code, path);
    assert.equal(answer.issues.length, 1, path);
    const deep = body !== wide && !body.startsWith("schemaVersion");
    assert.equal(answer.issues[0]!.code, deep ? "too_deep" : "too_wide", path);
    assert.ok(
      deep
        ? answer.issues[0]!.line >= 1 && answer.issues[0]!.col > MAX_REQUEST_NESTING
        : answer.issues[0]!.line === (type === "application/json" ? 1005 : 1004),
      path,
    );
  }
  assert.equal(queued.length, 1, "no deep or wide body reached the engine");
  release();
  assert.equal((await held).status, 200);
});
