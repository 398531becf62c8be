// Vite config of the web workbench. `@seceq/source` comes first in the resolve conditions so @seceq/core and
// @seceq/data resolve to their TypeScript sources (no library build needed), in the app and in the engine worker.
import { defineConfig, defaultClientConditions } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [react()],
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
    // own, cached across releases of the app, and panels or presets not shown at first load are imported on demand.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: "plot",
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
