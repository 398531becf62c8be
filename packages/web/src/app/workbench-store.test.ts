import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario, type ScenarioInput } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { EngineClient, type EngineRequest, type WorkerLike } from "../engine/engine-client.js";
import { InProcessWorker } from "../engine/in-process-worker.js";
import { setAt } from "../model/scenario-path.js";
import {
  DEFAULT_OPTIONS,
  MAX_EXCHANGE_INDEX,
  sanitizeOptions,
  sharePayload,
  WorkbenchStore,
  type PresetSource,
} from "./workbench-store.js";

/** An in-process worker that counts the jobs it receives, by kind. */
class CountingWorker extends InProcessWorker {
  readonly jobs: string[] = [];
  override postMessage(message: EngineRequest): void {
    this.jobs.push(message.job.kind);
    super.postMessage(message);
  }
}

/** An engine client that records the scenario of every core job, in the order posted. */
class RecordingClient extends EngineClient {
  readonly posted: unknown[] = [];
  override core(job: Parameters<EngineClient["core"]>[0]): ReturnType<EngineClient["core"]> {
    this.posted.push(job.scenario);
    return super.core(job);
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
  const { store, coreWorker } = makeStore();
  await store.whenIdle();
  await new Promise((r) => setTimeout(r, 10));
  const s = store.getState();
  assert.deepEqual(coreWorker.jobs, ["core"], "the preset's run is also its baseline's: the engine runs it once");
  assert.equal(s.baselineReport, s.core.report);
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

test("slow analyses wait until edits settle, so a drag runs only core jobs", async (t) => {
  const { store, extrasWorker } = makeStore(40);
  await store.whenIdle();
  // A fake clock: the drag's pauses and the 40 ms settle time pass exactly, however loaded the machine is.
  t.mock.timers.enable({ apis: ["setTimeout"] });
  /** Advance the fake clock by `ms`, one millisecond at a time, letting promises and I/O callbacks run between. */
  const advance = async (ms: number) => {
    for (let i = 0; i < ms; i++) {
      t.mock.timers.tick(1);
      await new Promise((r) => setImmediate(r));
    }
  };
  const before = extrasWorker.jobs.length;
  const path = ["parties", 0, "forces", 0, "launchers", "deployed"];
  for (let v = 390; v > 380; v--) {
    store.edit(path, v);
    await advance(5);
  }
  assert.equal(extrasWorker.jobs.length, before, "no slow job during the drag");
  assert.equal(store.getState().extras.pending, true);
  await advance(34); // 39 ms since the last edit
  assert.equal(extrasWorker.jobs.length, before, "none until the edits have settled for 40 ms");
  await advance(5);
  t.mock.timers.reset();
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
  void store.loadPreset("web-fixture-b");
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
  // The first slow job starts once the first core figures are in; one tick later it is in flight (the in-process
  // worker runs it a macrotask later).
  while (store.getState().core.runId === 0) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
  store.edit(["parties", 0, "forces", 0, "launchers", "deployed"], 399);
  assert.equal(made.length, 2, "a fresh worker replaced the busy one");
  assert.equal(made[0]!.terminated, true);
  await store.whenIdle();
  assert.equal(store.getState().extras.error, null, "a cancelled job is not an error");
  assert.equal(store.getState().extras.revision, store.getState().revision);
  store.dispose();
});

test("on opening, the slow analyses wait for the first core figures, then run on the same scenario", async () => {
  const order: string[] = [];
  const record = (kind: string) => {
    const w = new InProcessWorker();
    const post = w.postMessage.bind(w);
    w.postMessage = (m) => {
      order.push(kind);
      post(m);
    };
    return w;
  };
  const store = new WorkbenchStore({
    presets: presets(),
    core: new EngineClient(record("core")),
    extras: new EngineClient(record("extras")),
  });
  store.subscribe(() => {
    if (store.getState().core.runId > 0 && !order.includes("core result")) order.push("core result");
  });
  await store.whenIdle();
  // The extras job is posted only after the first core result is in.
  assert.ok(order.indexOf("extras") > order.indexOf("core result"), order.join(", "));
  assert.ok(order.indexOf("core result") > order.indexOf("core"), order.join(", "));
  assert.equal(store.getState().extras.revision, store.getState().revision);
  assert.ok(store.getState().extras.crisis);
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

test("links carry every option, including “treat limits as binding” and the exchange shown", () => {
  const options = {
    samples: 200,
    seed: 7,
    crisisDays: 21,
    frameworkId: "start1",
    frameworkDate: "1995-01-01",
    assumeBinding: true,
    exchangeIndex: 1,
  };
  const payload = sharePayload({ presetId: "web-fixture", input: fixtureScenarioInput(), options });
  assert.deepEqual(payload.options, options);
  assert.deepEqual(sanitizeOptions(payload.options), options, "what a link writes, a link reads back");
  assert.deepEqual(sanitizeOptions({ ...DEFAULT_OPTIONS, frameworkId: "" }), { ...DEFAULT_OPTIONS, frameworkId: "" });
  // Rule packs the engine does not know, non-boolean flags and wild indices are dropped or clamped.
  assert.deepEqual(sanitizeOptions({ frameworkId: "salt-9", assumeBinding: "yes", exchangeIndex: 1e6 }), {
    exchangeIndex: MAX_EXCHANGE_INDEX,
  });
  assert.deepEqual(sanitizeOptions({ exchangeIndex: -3.2 }), { exchangeIndex: 0 });
});

test("a damaged shared scenario never reaches the views: the store starts from the default preset", async () => {
  const store = new WorkbenchStore(
    {
      presets: presets(),
      core: new EngineClient(new InProcessWorker()),
      extras: new EngineClient(new InProcessWorker()),
    },
    {
      input: { parties: [{ id: "us" }] },
      presetId: null,
      options: { samples: 50 },
      status: "Opened a shared scenario.",
    },
  );
  const s = store.getState();
  assert.equal(s.presetId, "web-fixture");
  assert.deepEqual(s.input, fixtureScenarioInput());
  assert.deepEqual(s.options, DEFAULT_OPTIONS, "the refused link's options are not applied either");
  assert.match(s.status, /^the shared scenario is not valid: .*; showing the default preset\.$/);
  await store.whenIdle();
  assert.equal(store.getState().core.report?.stability.pairs[0]!.combined, combinedOf(fixtureScenarioInput()));
  store.dispose();
});

test("replacing the scenario with a damaged document keeps the current one and says why", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  const before = store.getState();
  assert.equal(store.replaceScenario({ parties: [{ id: "us" }] }, null, "Loaded x.", "the saved scenario “x”"), false);
  const s = store.getState();
  assert.equal(s.input, before.input);
  assert.equal(s.revision, before.revision);
  assert.equal(s.presetId, "web-fixture");
  assert.match(s.status, /^the saved scenario “x” is not valid: .*; kept the current scenario\.$/);
  store.dispose();
});

test("a link opened over an edited workbench sets its options over the defaults, not over the current ones", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  store.setOptions({ samples: 30, assumeBinding: true, exchangeIndex: 1, frameworkId: "sort" });
  const doc = setAt(fixtureScenarioInput(), ["parties", 0, "forces", 0, "launchers", "deployed"], 300);
  assert.equal(store.openShared({ scenario: doc, preset: "web-fixture", options: { crisisDays: 9 } }), true);
  const s = store.getState();
  assert.deepEqual(s.options, { ...DEFAULT_OPTIONS, crisisDays: 9 });
  assert.equal(s.input, doc);
  assert.equal(s.status, "Opened a shared scenario.");
  assert.equal(store.openShared({ scenario: { parties: [{ id: "us" }] }, preset: null }), false);
  assert.equal(store.getState().input, doc);
  assert.deepEqual(store.getState().options, { ...DEFAULT_OPTIONS, crisisDays: 9 }, "a refused link changes nothing");
  assert.match(store.getState().status, /^the link's scenario is not valid: /);
  await store.whenIdle();
  store.dispose();
});

test("after an invalid edit the figures are the last valid version's: pin and the analyses know it", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  const good = store.getState();
  assert.equal(good.core.reportRevision, good.revision);
  assert.equal(good.extras.reportRevision, good.revision);
  // 5 warheads on a launcher that takes at most 3: a cross-check error, so no new report.
  store.edit(["parties", 0, "forces", 0, "warheadsPerLauncher"], 5);
  await store.whenIdle();
  const s = store.getState();
  assert.equal(s.core.revision, s.revision, "the issues are the current document's");
  assert.ok(s.core.issues.length > 0);
  assert.equal(s.core.report, good.core.report, "the last valid figures are kept");
  assert.equal(s.core.reportRevision, good.revision, "and labelled as the last valid version's");
  assert.equal(s.extras.reportRevision, good.revision);
  assert.equal(s.extras.revision, s.revision);
  store.pin();
  assert.equal(store.getState().pinnedReport, null, "pinning does not pass off the old figures as the pinned ones");
  await store.whenIdle();
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(store.getState().pinnedReport, null, "the pinned document has no figures of its own");
  store.dispose();
});

test("a shared scenario that differs from its preset: the preset's baseline runs on its own, after the scenario", async () => {
  const core = new RecordingClient(new InProcessWorker());
  const doc = setAt(fixtureScenarioInput(), ["parties", 0, "posture"], "generated");
  const store = new WorkbenchStore(
    { presets: presets(), core, extras: new EngineClient(new InProcessWorker()), extrasSettleMs: 0 },
    { input: doc, presetId: "web-fixture" },
  );
  await store.whenIdle();
  await new Promise((r) => setTimeout(r, 10));
  const s = store.getState();
  assert.deepEqual(
    core.posted.map((p) => (p as ScenarioInput).parties[0]!.posture),
    ["generated", "dayToDay"],
    "the scenario first, then the preset",
  );
  assert.equal(s.core.report?.stability.pairs[0]!.combined, combinedOf(doc));
  assert.equal(s.baselineReport?.stability.pairs[0]!.combined, combinedOf(fixtureScenarioInput()));
  assert.notEqual(s.baselineReport?.stability.pairs[0]?.combined, s.core.report?.stability.pairs[0]?.combined);
  store.dispose();
});

test("a scenario of the same preset, opened while the preset's baseline is being computed, keeps that baseline", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  void store.loadPreset("web-fixture-b");
  const edited = setAt(store.getState().input, ["parties", 0, "posture"], "generated");
  store.replaceScenario(edited, "web-fixture-b", "Tour step.");
  await store.whenIdle();
  await new Promise((r) => setTimeout(r, 10));
  const s = store.getState();
  assert.ok(s.baselineReport, "the baseline run is not dropped");
  assert.equal(s.baselineReport.scenario.id, "web-fixture-b");
  store.dispose();
});

test("the preset's crisis timeline is kept from its own run, for the crisis chart's ghost after edits", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  const first = store.getState().baselineCrisis;
  assert.ok(first, "kept from the run of the unchanged preset");
  assert.equal(first, store.getState().extras.crisis);
  store.edit(["parties", 0, "posture"], "generated");
  await store.whenIdle();
  const s = store.getState();
  assert.equal(s.baselineCrisis, first, "an edited scenario does not replace it");
  assert.notEqual(s.extras.crisis, first);
  void store.loadPreset("web-fixture-b");
  assert.equal(store.getState().baselineCrisis, null, "a new preset drops the old one");
  store.dispose();
});

test("the core state keeps the document its report was computed from, not the one being edited", async () => {
  const { store } = makeStore();
  await store.whenIdle();
  const first = store.getState();
  assert.equal(first.core.scenario, first.input, "after the first run, the scenario shown is the one evaluated");
  const path = ["parties", 1, "forces", 0, "launchers", "deployed"];
  store.edit(path, 120);
  // Edited, not yet evaluated: the results still read the old document (so they need not re-render on the edit).
  assert.equal(store.getState().core.scenario, first.input);
  assert.notEqual(store.getState().input, first.input);
  assert.equal(store.getState().core.pending, true);
  await store.whenIdle();
  const s = store.getState();
  assert.equal(s.core.scenario, s.input);
  assert.equal(s.core.pending, false);
  store.dispose();
});
