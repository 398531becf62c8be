/// <reference types="vite/client" />

/** URL of the engine worker script (built as a chunk of the app; see `vite.config.ts`). */
declare module "virtual:seceq-engine-worker" {
  const url: string;
  export default url;
}

/** URL of the Explorer's worker script (built as a chunk of the app; see `vite.config.ts`). */
declare module "virtual:seceq-explorer-worker" {
  const url: string;
  export default url;
}
