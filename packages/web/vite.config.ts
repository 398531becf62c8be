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
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
});
