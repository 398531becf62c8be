// Vite config of the web workbench. `@seceq/source` comes first in the resolve conditions so @seceq/core and
// @seceq/data resolve to their TypeScript sources (no library build needed), in the app and in the engine worker.
import { basename, resolve } from "node:path";
import { defineConfig, defaultClientConditions, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** The engine workers, imported by the app as `virtual:seceq-…` modules whose default export is the worker's URL. */
const WORKERS: Readonly<Record<string, string>> = {
  "virtual:seceq-engine-worker": "src/engine/engine-worker.ts",
  "virtual:seceq-explorer-worker": "src/engine/explorer-worker.ts",
};

/**
 * Build the engine workers as chunks of the app's own bundle (not as separate worker bundles), so the workers and
 * the page share library chunks and each library ships once. In the dev server the URL is the worker's source.
 */
function sharedWorkers(): Plugin {
  let serve = false;
  return {
    name: "seceq-shared-workers",
    configResolved(config) {
      serve = config.command === "serve";
    },
    resolveId(id) {
      return id in WORKERS ? `\0${id}` : undefined;
    },
    load(id) {
      const file = id.startsWith("\0") ? WORKERS[id.slice(1)] : undefined;
      if (file === undefined) return undefined;
      if (serve) return `export default new URL(${JSON.stringify(`/${file}`)}, location.href).href;`;
      const ref = this.emitFile({
        type: "chunk",
        id: resolve(import.meta.dirname, file),
        name: basename(file, ".ts"),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/** Source folder of the per-country place tables (each a chunk of its own, fetched by the engine workers). */
const PLACES = /[\\/]data[\\/]src[\\/]geo[\\/]places[\\/]/;

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [react(), sharedWorkers()],
  resolve: { conditions: ["@seceq/source", ...defaultClientConditions] },
  worker: { format: "es" },
  // `npm run dev -w @seceq/web` next to `seceq serve` on its default port: saved scenarios go to the API.
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // The main chunk stays small (≤ 400 kB, measured in `npm run bench web-load`): libraries go to chunks of their
    // own, cached across releases of the app, and tabs not shown at first load are imported when opened.
    chunkSizeWarningLimit: 400,
    modulePreload: {
      // Vite's preloading of a dynamic import's dependencies reads the page's <link> elements (`document`), which a
      // worker has not: the place tables, imported on demand by the engine workers, are loaded without it.
      resolveDependencies: (filename, deps) => (/(^|\/)place-[a-z]{2}-/.test(filename) ? [] : deps),
    },
    rolldownOptions: {
      output: {
        // Place tables as `place-<country>-<hash>.js`, so the bench and the preloading rule above can tell them.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => PLACES.test(id)) ? "assets/place-[name]-[hash].js" : "assets/[name]-[hash].js",
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The engine's own d3 modules (also in the workers), apart from the charting library that uses them too.
            { name: "d3-base", test: /node_modules[\\/](d3-array|d3-dsv|internmap)[\\/]/, priority: 2 },
            {
              name: "plot",
              priority: 1,
              test: /node_modules[\\/](@observablehq|d3-[a-z-]+|internmap|isoformat|interval-tree-1d)[\\/]/,
            },
            { name: "yaml", test: /node_modules[\\/]yaml[\\/]/ },
            { name: "zod", test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
