// Bundle the CLI's engine-only commands (see src/bundle-route.ts) into dist/bundle/: one entry (`main.js`, the same
// `main` as dist/main.js) and a chunk per command, with the engine, the data and the libraries they use inside, so
// `seceq evaluate` loads a handful of files instead of some 250 modules. Runs after `tsc -b` (`npm run build`), from
// the built JavaScript. The commands that use the server, the store or the worker pools stay outside: the bundle
// imports them from the unbundled build, and the launcher never sends them here.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const outdir = `${dist}bundle`;

/** Leave the pooled commands to the unbundled build, imported from the bundle's folder. */
const pooledCommandsOutside = {
  name: "pooled-commands-outside",
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/(serve|sweep|worker)\.js$/ }, (args) => ({
      path: `.${args.path}`,
      external: true,
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: `${dist}main.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS libraries inside an ES module bundle call `require` for Node's built-ins.
  banner: {
    js: 'import { createRequire as __seceqRequire } from "node:module"; const require = __seceqRequire(import.meta.url);',
  },
  // Packages only the pooled commands use (native code, server, queues): never bundled.
  external: ["@seceq/server", "@seceq/runners", "@seceq/store", "better-sqlite3", "piscina", "bullmq", "ioredis"],
  plugins: [pooledCommandsOutside],
  legalComments: "eof",
  logLevel: "warning",
});
