/**
 * Build the workbench with Vite for the browser tests and benchmarks (Node only, not part of the app). Kept apart from
 * the harness, which picks a screenshot folder when loaded, so that `scripts/run-tests.mjs` can build once for a whole
 * test run without side effects.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Folder of the web package. */
export const WEB_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * Build the app into `outDir` with the package's Vite config (no source maps).
 * @param outDir output folder (emptied first)
 */
export async function buildApp(outDir: string): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: join(WEB_ROOT, "vite.config.ts"),
    root: WEB_ROOT,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}
