import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, negotiate, parseNegotiationSpec, parseScenario, type ScenarioInput } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { WorkbenchStore, type PresetSource } from "../app/workbench-store.js";
import { EngineClient } from "../engine/engine-client.js";
import { InProcessWorker } from "../engine/in-process-worker.js";
import { ExplorerClient, type ExplorerRequest, type ExplorerWorkerLike } from "../engine/explorer-client.js";
import { InProcessExplorerWorker } from "../engine/in-process-explorer-worker.js";
import { setAt } from "../model/scenario-path.js";
import { ExplorerStore, scenarioShape } from "./explorer-store.js";
import type { NegotiateApi } from "./negotiate-api.js";
import { negotiationSpecInput } from "./negotiation-vm.js";

function presets(): PresetSource {
  const other = setAt(fixtureScenarioInput(), ["id"], "web-fixture-b");
  other.parties[0]!.forces.pop();
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

function setup(client = new ExplorerClient(() => new InProcessExplorerWorker()), api?: NegotiateApi) {
  const workbench = new WorkbenchStore({
    presets: presets(),
    core: new EngineClient(new InProcessWorker()),
    extras: new EngineClient(new InProcessWorker()),
    extrasSettleMs: 0,
  });
  let t = 0;
  const explorer = new ExplorerStore({ workbench, client, ...(api ? { api } : {}), now: () => (t += 10) });
  return { workbench, explorer };
}

/** Make the form's search small (a few frameworks). */
function smallSearch(explorer: ExplorerStore): void {
  const f = structuredClone(explorer.getState().negotiation.form);
  f.samples = 4;
  f.refineStarts = 1;
  f.refineIterations = 4;
  f.dimensions = f.dimensions.slice(0, 1);
  explorer.setNegotiationForm(f);
}

const combinedOf = (doc: unknown) =>
  evaluate(parseScenario(doc), { sensitivities: false }).stability.pairs[0]!.combined;

test("a search runs in the worker with progress, and a point opens as the Workbench's scenario", async () => {
  const { workbench, explorer } = setup();
  await workbench.whenIdle();
  assert.equal(explorer.getState().negotiation.form.origin, "generated");
  smallSearch(explorer);
  const seen: string[] = [];
  explorer.subscribe(() => {
    const r = explorer.getState().negotiation.run;
    if (r.status === "running") seen.push(`${r.done}/${r.total}`);
  });
  await explorer.runNegotiation();
  const s = explorer.getState().negotiation;
  assert.equal(s.run.status, "done");
  assert.equal(s.run.where, "browser");
  assert.ok(seen.includes("0/10") && seen.includes("10/10"), seen.join(" "));
  assert.ok(s.result && s.vm);
  assert.equal(s.vm.points.length, s.result.points.length);
  assert.equal(s.presetId, "web-fixture");
  assert.match(explorer.getState().message, /^Search finished: \d+ frameworks scored/);

  const i = s.result.frontier.find((k) => s.result!.points[k]!.score.totalWarheadsRemoved > 0)!;
  const point = s.result.points[i]!;
  const revision = workbench.getState().revision;
  assert.equal(explorer.openNegotiationPoint(i), true);
  const w = workbench.getState();
  assert.equal(w.revision, revision + 1);
  assert.equal(w.presetId, "web-fixture");
  assert.match(w.status, /^Opened framework “.*” from the Explorer: stability 0\.\d{3}/);
  assert.ok(Math.abs(combinedOf(w.input) - point.score.combined) < 1e-12);
  await workbench.whenIdle();
  assert.ok(Math.abs(workbench.getState().core.report!.stability.pairs[0]!.combined - point.score.combined) < 1e-12);
  // Opening a point keeps the scenario's shape: the forms and the result stay.
  assert.equal(explorer.getState().negotiation.result, s.result);
  workbench.dispose();
});

/** A worker that never answers. */
class SilentWorker implements ExplorerWorkerLike {
  readonly sent: ExplorerRequest[] = [];
  terminated = false;
  postMessage(m: ExplorerRequest): void {
    this.sent.push(m);
  }
  addEventListener(_type: "message" | "error", _l: (ev: never) => void): void {}
  terminate(): void {
    this.terminated = true;
  }
}

test("cancel stops the worker and marks the run cancelled", async () => {
  const workers: SilentWorker[] = [];
  const { workbench, explorer } = setup(
    new ExplorerClient(() => {
      workers.push(new SilentWorker());
      return workers.at(-1)!;
    }),
  );
  const running = explorer.runNegotiation();
  assert.equal(explorer.getState().negotiation.run.status, "running");
  assert.equal(workers[0]!.sent[0]!.job.kind, "negotiate");
  explorer.cancel();
  await running;
  assert.equal(workers[0]!.terminated, true);
  assert.equal(explorer.getState().negotiation.run.status, "cancelled");
  assert.equal(explorer.getState().message, "Run cancelled.");
  // A form that cannot run fails at once, without a job.
  const f = structuredClone(explorer.getState().negotiation.form);
  f.samples = 0;
  explorer.setNegotiationForm(f);
  await explorer.runNegotiation();
  const r = explorer.getState().negotiation.run;
  assert.equal(r.status, "failed");
  assert.deepEqual(r.issues, ["Samples must be a whole number from 1 to 100,000."]);
  assert.equal(workers.length, 1);
  workbench.dispose();
});

test("on a server that offers it, a search runs there; without one it is not offered", async () => {
  const calls: unknown[] = [];
  const api = {
    available: () => Promise.resolve(true),
    run: (spec: unknown) => {
      calls.push(spec);
      return Promise.resolve({
        ok: true as const,
        result: negotiate(parseNegotiationSpec(spec).value!),
      });
    },
  } as unknown as NegotiateApi;
  const { workbench, explorer } = setup(undefined, api);
  assert.equal(explorer.getState().server, "unknown");
  await explorer.probeServer();
  assert.equal(explorer.getState().server, "available");
  smallSearch(explorer);
  await explorer.runNegotiation("server");
  const s = explorer.getState().negotiation;
  assert.equal(s.run.status, "done");
  assert.equal(s.run.where, "server");
  assert.deepEqual(calls[0], negotiationSpecInput(s.form, workbench.getState().input));
  workbench.dispose();

  const bare = setup();
  await bare.explorer.probeServer();
  assert.equal(bare.explorer.getState().server, "unavailable");
  await bare.explorer.runNegotiation("server");
  assert.equal(bare.explorer.getState().negotiation.run.status, "idle", "no server: nothing runs");
  bare.workbench.dispose();
});

test("a sweep runs in the worker and each cell opens as the Workbench's scenario", async () => {
  const { workbench, explorer } = setup();
  explorer.setMode("sweep");
  explorer.setSweepForm({
    levers: [
      { key: "parties-0-forces-0-launchers-deployed", min: 200, max: 400, levels: 3 },
      { key: "assumptions-costWeight", min: 0.2, max: 0.4, levels: 2 },
    ],
    method: "grid",
    n: 10,
    seed: 1,
  });
  await explorer.runSweep();
  const s = explorer.getState().sweep;
  assert.equal(s.run.status, "done");
  assert.equal(s.table?.rows, 6);
  assert.deepEqual(s.view, { x: 0, y: "stability.blue-red.combined", color: 1 });
  assert.equal(explorer.openSweepCell(3), true);
  const doc = workbench.getState().input;
  assert.equal(doc.parties[0]!.forces[0]!.launchers.deployed, 300);
  assert.equal(doc.assumptions?.costWeight, 0.4);
  assert.equal(combinedOf(doc), s.table.outputs[0]![3]);
  assert.match(workbench.getState().status, /^Opened sweep cell 3 from the Explorer/);
  assert.equal(explorer.openSweepCell(99), false);
  workbench.dispose();
});

/** An in-process worker that answers searches but leaves sweeps running for ever. */
class SweepHangsWorker extends InProcessExplorerWorker {
  readonly kinds: string[] = [];
  stopped = false;
  override postMessage(message: ExplorerRequest): void {
    this.kinds.push(message.job.kind);
    if (message.job.kind !== "sweep") super.postMessage(message);
  }
  override terminate(): void {
    this.stopped = true;
    super.terminate();
  }
}

test("opening a search's point while a sweep runs builds it on the page, leaving the sweep running", async () => {
  const workers: SweepHangsWorker[] = [];
  const { workbench, explorer } = setup(
    new ExplorerClient(() => {
      workers.push(new SweepHangsWorker());
      return workers.at(-1)!;
    }),
  );
  await workbench.whenIdle();
  smallSearch(explorer);
  await explorer.runNegotiation();
  const s = explorer.getState().negotiation;
  assert.ok(s.result);
  explorer.setMode("sweep");
  const sweeping = explorer.runSweep();
  assert.equal(explorer.getState().sweep.run.status, "running");
  const i = s.result.frontier.find((k) => s.result!.points[k]!.score.totalWarheadsRemoved > 0)!;
  assert.equal(explorer.openNegotiationPoint(i), true, "opens at once, without the worker");
  assert.ok(Math.abs(combinedOf(workbench.getState().input) - s.result.points[i]!.score.combined) < 1e-12);
  assert.deepEqual(workers[0]!.kinds, ["negotiate", "sweep"], "no job was sent to open the point");
  assert.equal(explorer.getState().sweep.run.status, "running", "the sweep was not cancelled");
  assert.equal(workers[0]!.stopped, false);
  assert.equal(explorer.getState().openError, "");
  explorer.cancel();
  await sweeping;
  assert.equal(explorer.getState().sweep.run.status, "cancelled");
  await workbench.whenIdle();
  workbench.dispose();
});

test("the forms follow the Workbench to a scenario of another shape", async () => {
  const { workbench, explorer } = setup();
  const before = explorer.getState();
  workbench.edit(["parties", 0, "forces", 0, "launchers", "deployed"], 123);
  assert.equal(explorer.getState().negotiation.form, before.negotiation.form, "a value edit keeps the forms");
  void workbench.loadPreset("web-fixture-b");
  const after = explorer.getState();
  assert.notEqual(after.shape, before.shape);
  assert.equal(after.shape, scenarioShape(workbench.getState().input, "web-fixture-b"));
  assert.notEqual(after.negotiation.form, before.negotiation.form);
  await workbench.whenIdle();
  workbench.dispose();
});
