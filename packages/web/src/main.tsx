/**
 * The app's start, loaded by the entry (`boot.ts`, which has started the engine workers): read a shared scenario from
 * the URL when there is one, and mount the app.
 * The Explorer's worker starts on its first run. Presets are loaded on demand: the one shown first before the app
 * mounts, the others in the background after it (each is a chunk of its own).
 */
import { StrictMode } from "react";
import engineWorkerUrl from "virtual:seceq-engine-worker";
import explorerWorkerUrl from "virtual:seceq-explorer-worker";
import { createRoot } from "react-dom/client";
import { DEFAULT_PRESET_ID, listPresets, loadPresetInput } from "@seceq/data/lazy";
import type { ScenarioInput } from "@seceq/core";
import { EngineClient, type WorkerLike } from "./engine/engine-client.js";
import { ExplorerClient, type ExplorerWorkerLike } from "./engine/explorer-client.js";
import { ExplorerStore } from "./explorer/explorer-store.js";
import { NegotiateApi } from "./explorer/negotiate-api.js";
import { decodeShareHash } from "./share/share-link.js";
import { App } from "./app/app.js";
import { sanitizeOptions, WorkbenchStore, type PresetSource } from "./app/workbench-store.js";
import "./app/styles.css";

/**
 * A factory of engine workers: module Web Workers, or the in-process engine where those are unavailable (`modules`
 * says which). The workers the entry started are handed out first; otherwise the worker made to find out is the first
 * one handed out, not thrown away.
 * @param early engine workers already started (none where module workers are unavailable)
 */
async function workerFactory(early: readonly Worker[]): Promise<{ make: () => WorkerLike; modules: boolean }> {
  const spawn = () =>
    new Worker(engineWorkerUrl, {
      type: "module",
      name: "seceq-engine",
    }) as unknown as WorkerLike;
  if (early.length > 0) {
    const started = [...early] as unknown as WorkerLike[];
    return { make: () => started.shift() ?? spawn(), modules: true };
  }
  if (typeof Worker === "function") {
    try {
      let probe: WorkerLike | undefined = spawn();
      const make = () => {
        const w = probe ?? spawn();
        probe = undefined;
        return w;
      };
      return { make, modules: true };
    } catch {
      // Fall through to the in-process engine (module workers unsupported).
    }
  }
  const { InProcessWorker } = await import("./engine/in-process-worker.js");
  return { make: () => new InProcessWorker(), modules: false };
}

/** A factory of Explorer workers: module Web Workers, or the in-process engine where those are unavailable. */
async function explorerWorkerFactory(modules: boolean): Promise<() => ExplorerWorkerLike> {
  if (modules)
    return () =>
      new Worker(explorerWorkerUrl, {
        type: "module",
        name: "seceq-explorer",
      });
  const { InProcessExplorerWorker } = await import("./engine/in-process-explorer-worker.js");
  return () => new InProcessExplorerWorker();
}

/**
 * Presets for the store: the list at once, each document once loaded (`load`); `get` answers from what is loaded,
 * with a fresh copy.
 */
function presetSource(): PresetSource & { load(id: string): Promise<ScenarioInput | undefined> } {
  const list = listPresets();
  const defaultId = list.some((p) => p.id === DEFAULT_PRESET_ID)
    ? DEFAULT_PRESET_ID
    : (list[0]?.id ?? DEFAULT_PRESET_ID);
  const loaded = new Map<string, ScenarioInput>();
  return {
    list: () => list.map((p) => ({ id: p.id, name: p.name, description: p.description, asOf: p.asOf })),
    get: (id) => {
      const doc = loaded.get(id);
      return doc ? structuredClone(doc) : undefined;
    },
    load: async (id) => {
      const doc = loaded.get(id) ?? (await loadPresetInput(id));
      if (doc) loaded.set(id, doc);
      return doc ? structuredClone(doc) : undefined;
    },
    defaultId,
  };
}

/**
 * Start the app.
 * @param early engine workers started by the entry (the core one; none: start them here, or run in-process)
 */
export async function start(early: readonly Worker[] = []): Promise<void> {
  const rootEl = document.getElementById("root");
  if (!rootEl) throw new Error("no #root element");
  const { make: factory, modules } = await workerFactory(early);
  const core = new EngineClient(factory);
  // The extras worker starts with the first slow analysis, which the store holds back until the first core figures:
  // loading a second engine sooner would share the CPU with the core worker on the way to the first number.
  const extras = new EngineClient(factory, false);
  const presets = presetSource();
  const shared = await decodeShareHash(location.hash);
  // The preset the store starts from (the link's, or the default) must be loaded before it is made.
  await presets.load(shared?.ok && shared.payload.preset ? shared.payload.preset : presets.defaultId);
  // The link's scenario passed validation in decodeShareHash; the store checks again and falls back to the default
  // preset (saying why) rather than start from a document the views cannot read.
  let initial: ConstructorParameters<typeof WorkbenchStore>[1];
  if (shared?.ok)
    initial = {
      input: shared.payload.scenario,
      presetId: shared.payload.preset,
      options: sanitizeOptions(shared.payload.options ?? {}),
      status: "Opened a shared scenario.",
    };
  const store = new WorkbenchStore({ presets, core, extras }, initial);
  const explorer = new ExplorerStore({
    workbench: store,
    client: new ExplorerClient(await explorerWorkerFactory(modules)),
    api: new NegotiateApi((input, init) => fetch(input, init)),
  });
  if (shared && !shared.ok) store.announce(`${shared.error}; showing the default preset.`);
  createRoot(rootEl).render(
    <StrictMode>
      <App store={store} explorer={explorer} />
    </StrictMode>,
  );
  // The other presets, for the picker and for links that name them, once the page is idle (a failed load is retried
  // when one is picked).
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 500));
  idle(() => {
    for (const p of presets.list()) void presets.load(p.id).catch(() => undefined);
  });
}
