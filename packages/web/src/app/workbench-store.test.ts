import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario, type ScenarioInput } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { EngineClient, type EngineRequest, type WorkerLike } from "../engine/engine-client.js";
import { InProcessWorker } from "../engine/in-process-worker.js";
import { setAt } from "../model/scenario-path.js";
import { sanitizeOptions, WorkbenchStore, type PresetSource } from "./workbench-store.js";

/** An in-process worker that counts the jobs it receives, by kind. */
class CountingWorker extends InProcessWorker {
  readonly jobs: string[] = [];
  override postMessage(message: EngineRequest): void {
    this.jobs.push(message.job.kind);
    super.postMessage(message);
  }
}

function presets(): PresetSource {
  const other = setAt(fixtureScenarioInput(), ["id"], "web-fixture-b");
  const docs: Record<string, ScenarioInput> = {
    "web-fixture": fixtureScenarioInput(),
    "web-fixture-b": { ...other, name: "Fixture B" },
  };
  return {
    list: () => Object.values(docs).map((d) => ({ id: d.id, name: d.name, description: "", asOf: d.asOf })),
    get: (id) => (docs[id] ? structuredClone(docs[id]) : undefined),
    defaultId: "web-fixture",
  };
}

function makeStore(extrasSettleMs = 0) {
  const coreWorker = new CountingWorker();
  const extrasWorker = new CountingWorker();
  const store = new WorkbenchStore({
    presets: presets(),
    core: new EngineClient(coreWorker),
    extras: new EngineClient(extrasWorker),
    extrasSettleMs,
  });
  return { store, coreWorker, extrasWorker };
}

const combinedOf = (doc: unknown) =>
  evaluate(parseScenario(doc), { sensitivities: false }).stability.pairs[0]!.combined;

test("the store starts from the default preset and evaluates it, its baseline and the slow analyses", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  await new Promise((r) => setTimeout(r, 10));
  const s = store.getState();
  assert.equal(s.presetId, "web-fixture");
  assert.equal(s.core.report?.stability.pairs[0]!.combined, combinedOf(fixtureScenarioInput()));
  assert.equal(s.baselineReport?.stability.pairs[0]!.combined, combinedOf(fixtureScenarioInput()));
  assert.ok(s.extras.crisis && s.extras.crisis.day.length === 15);
  assert.equal(s.extras.pending, false);
  assert.ok(s.extras.compliance, "New START is the default rule pack");
  store.dispose();
});

test("a burst of edits becomes one core run with the last value, and the figures follow it", async () => {
  const { store, coreWorker } = makeStore();
  await store.whenIdle();
  const before = coreWorker.jobs.length;
  const path = ["parties", 1, "forces", 0, "launchers", "deployed"];
  for (let v = 149; v >= 100; v--) store.edit(path, v);
  await store.whenIdle();
  assert.equal(coreWorker.jobs.length - before, 1, "50 edits in one tick → one engine run");
  const s = store.getState();
  assert.equal(s.core.revision, s.revision);
  assert.equal(s.core.report?.stability.pairs[0]!.combined, combinedOf(setAt(fixtureScenarioInput(), path, 100)));
  store.resetSetting(path);
  await store.whenIdle();
  assert.equal(store.getState().core.report?.stability.pairs[0]!.combined, combinedOf(fixtureScenarioInput()));
  store.dispose();
});

test("slow analyses wait until edits settle, so a drag runs only core jobs", async () => {
  const { store, extrasWorker } = makeStore(40);
  await store.whenIdle();
  const before = extrasWorker.jobs.length;
  const path = ["parties", 0, "forces", 0, "launchers", "deployed"];
  for (let v = 390; v > 380; v--) {
    store.edit(path, v);
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.equal(extrasWorker.jobs.length, before, "no slow job during the drag");
  assert.equal(store.getState().extras.pending, true);
  await store.whenIdle();
  assert.equal(extrasWorker.jobs.length - before, 1, "one slow job after the drag");
  assert.equal(store.getState().extras.revision, store.getState().revision);
  store.dispose();
});

test("invalid edits keep the last figures and report the issues", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  const good = store.getState().core.report;
  store.edit(["parties", 0, "forces", 0, "yieldKt"], -5);
  await store.whenIdle();
  const s = store.getState();
  assert.equal(s.core.report, good);
  assert.deepEqual(
    s.core.issues.map((i) => i.path.join(".")),
    ["parties.0.forces.0.yieldKt"],
  );
  store.dispose();
});

test("pin, options, presets and replaced scenarios", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  store.edit(["parties", 0, "posture"], "generated");
  await store.whenIdle();
  store.pin();
  assert.equal(store.getState().pinnedReport, store.getState().core.report, "pinning reuses the current figures");
  store.setOptions({ samples: 30, frameworkId: "" });
  await store.whenIdle();
  assert.equal(store.getState().extras.monteCarlo?.samples, 30);
  assert.equal(store.getState().extras.compliance, null);
  store.loadPreset("web-fixture-b");
  await store.whenIdle();
  await new Promise((r) => setTimeout(r, 10));
  const s = store.getState();
  assert.equal(s.presetId, "web-fixture-b");
  assert.equal(s.pinned, null, "a new preset clears the pin");
  assert.equal(s.input.id, "web-fixture-b");
  assert.ok(s.baselineReport);
  store.replaceScenario(fixtureScenarioInput(), null, "Imported x.yaml.");
  assert.equal(store.getState().baseline, null);
  assert.equal(store.getState().status, "Imported x.yaml.");
  store.resetAll();
  assert.equal(store.getState().status, "Imported x.yaml.", "no preset: reset does nothing");
  store.dispose();
});

test("an edit while a slow job runs cancels it on a replaceable worker", async () => {
  const made: Array<{ w: WorkerLike; terminated: boolean }> = [];
  const factory = () => {
    const w = new InProcessWorker();
    const rec = { w, terminated: false };
    const t = w.terminate.bind(w);
    w.terminate = () => {
      rec.terminated = true;
      t();
    };
    made.push(rec);
    return w;
  };
  const store = new WorkbenchStore({
    presets: presets(),
    core: new EngineClient(new InProcessWorker()),
    extras: new EngineClient(factory),
    extrasSettleMs: 0,
  });
  // After one tick the first slow job is in flight; the in-process worker runs it a macrotask later.
  await new Promise((r) => setTimeout(r, 0));
  store.edit(["parties", 0, "forces", 0, "launchers", "deployed"], 399);
  assert.equal(made.length, 2, "a fresh worker replaced the busy one");
  assert.equal(made[0]!.terminated, true);
  await store.whenIdle();
  assert.equal(store.getState().extras.error, null, "a cancelled job is not an error");
  assert.equal(store.getState().extras.revision, store.getState().revision);
  store.dispose();
});

test("options from a shared link are sanitized: known keys, right types, clamped ranges", () => {
  assert.deepEqual(
    sanitizeOptions({
      samples: 1e9,
      seed: 4.4,
      crisisDays: 0,
      frameworkId: "sort",
      frameworkDate: "2010-01-01",
      evil: "x",
    }),
    {
      samples: 2000,
      seed: 4,
      crisisDays: 1,
      frameworkId: "sort",
      frameworkDate: "2010-01-01",
    },
  );
  assert.deepEqual(sanitizeOptions({ samples: "200", frameworkDate: "<script>", crisisDays: Number.NaN }), {});
});
