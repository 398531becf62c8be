/**
 * Entry point of the page, kept tiny: it starts the core engine worker at once, so it fetches and compiles the engine
 * while the page is still loading the app's own code (React, charts, editor), then loads the app (`main.tsx`). Where
 * module workers are unavailable, the app falls back to the in-process engine.
 */
import engineWorkerUrl from "virtual:seceq-engine-worker";

/** The core engine worker, or none where module workers cannot start. */
function spawnEngineWorkers(): Worker[] {
  if (typeof Worker !== "function") return [];
  try {
    return [new Worker(engineWorkerUrl, { type: "module", name: "seceq-engine" })];
  } catch {
    return [];
  }
}

const early = spawnEngineWorkers();
import("./main.js")
  .then((app) => app.start(early))
  .catch((e: unknown) => {
    const el = document.getElementById("root");
    if (el) el.textContent = `The workbench could not start: ${e instanceof Error ? e.message : String(e)}`;
  });
