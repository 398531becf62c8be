/**
 * Weight and cold load of the web workbench. Builds the app, then reports:
 * - sizes, kB: the main chunk (the app's start, `main-*.js`, which the tiny entry script of index.html imports after
 *   starting the core engine worker; `entryKb` is that entry) uncompressed, gzip and brotli; all JavaScript loaded
 *   before the app runs (`initialJsKb`: the entry, its modulepreloads, and the main chunk with every chunk it imports
 *   statically); all JavaScript in the build;
 * - `libraryCopies*`: in how many built files each large library appears (1 = shipped once);
 * - `engineWorkerJsKb`: JavaScript the engine worker loads before its first job (its entry and every chunk it imports
 *   statically, transitively); the place tables come on demand: `placeTablesKb` is all of them (`place-*.js`, one
 *   chunk per country), `defaultPlacesKb` the two the default preset needs (US, RU); `largestChunkKb` is the
 *   largest JavaScript file of the build;
 * - the main chunk as `seceq serve` sends it to a browser that accepts compression (`servedMainKb`, and
 *   `servedCompressed` 1 when the response carried a Content-Encoding);
 * - cold load, ms: a new browser context (empty cache) opening the app from `seceq serve` until the first combined
 *   stability number is on screen (median and max of 5).
 *
 * Targets: main chunk ≤ 400 kB uncompressed; cold load to first stability number ≤ 1.5 s.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { startServer } from "@seceq/server";
import { buildApp, chromiumPath, hasChromium, launchChromium } from "../packages/web/src/e2e/harness.js";

/** A string every copy of a library contains (kept by minification: error names, messages). */
const SIGNATURES: Readonly<Record<string, string>> = {
  zod: "ZodError",
  yaml: "YAMLParseError",
  react: "react.transitional.element",
  plot: "plot-background",
};

const kb = (n: number) => n / 1000;

/** Raw (still compressed) bytes and Content-Encoding of a GET that accepts brotli and gzip. */
function rawGet(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": "br, gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (d: Buffer) => (bytes += d.length));
      res.on("end", () => resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "") }));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

/** Bytes of the chunk whose name starts with `prefix` and of every chunk it imports statically, transitively. */
async function staticClosureBytes(dir: string, files: readonly string[], prefix: string): Promise<number> {
  const entry = files.find((f) => f.startsWith(prefix));
  if (!entry) throw new Error(`no ${prefix}*.js in the build`);
  const seen = new Set<string>();
  const queue = [entry];
  let bytes = 0;
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    const text = await readFile(join(dir, f), "utf8");
    bytes += Buffer.byteLength(text);
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(m[1]!);
  }
  return bytes;
}

/** Measure the web workbench's weight and cold load (see the module comment). */
export async function benchWebLoad(): Promise<Record<string, number>> {
  const tmp = await mkdtemp(join(tmpdir(), "seceq-bench-load-"));
  try {
    const dist = join(tmp, "dist");
    await buildApp(dist);
    const html = await readFile(join(dist, "index.html"), "utf8");
    const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
    if (!entry) throw new Error("no module script in index.html");
    const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
    const entryBytes = await readFile(join(dist, entry));
    let initial = entryBytes.length;
    for (const p of preloads) initial += (await readFile(join(dist, p))).length;
    const jsFiles = (await readdir(join(dist, "assets"))).filter((f) => f.endsWith(".js"));
    const texts = await Promise.all(jsFiles.map((f) => readFile(join(dist, "assets", f), "utf8")));
    const appStart = jsFiles.find((f) => f.startsWith("main-"));
    const mainPath = appStart ? join("assets", appStart) : entry;
    const main = await readFile(join(dist, mainPath));
    if (appStart) initial += await staticClosureBytes(join(dist, "assets"), jsFiles, "main-");
    const out: Record<string, number> = {
      entryKb: kb(entryBytes.length),
      mainChunkKb: kb(main.length),
      mainChunkGzipKb: kb(gzipSync(main).length),
      mainChunkBrotliKb: kb(brotliCompressSync(main).length),
      initialJsKb: kb(initial),
      allJsKb: kb(texts.reduce((a, t) => a + Buffer.byteLength(t), 0)),
    };
    out.engineWorkerJsKb = kb(await staticClosureBytes(join(dist, "assets"), jsFiles, "engine-worker-"));
    const sizeOf = (f: string) => Buffer.byteLength(texts[jsFiles.indexOf(f)]!);
    const places = jsFiles.filter((f) => /^place-[a-z]{2}-/.test(f));
    out.placeTablesKb = kb(places.reduce((a, f) => a + sizeOf(f), 0));
    out.defaultPlacesKb = kb(places.filter((f) => /^place-(us|ru)-/.test(f)).reduce((a, f) => a + sizeOf(f), 0));
    out.largestChunkKb = kb(Math.max(...jsFiles.map(sizeOf)));
    for (const [lib, sig] of Object.entries(SIGNATURES))
      out[`libraryCopies_${lib}`] = texts.filter((t) => t.includes(sig)).length;

    const server = await startServer({ port: 0, dbPath: join(tmp, "store.db"), staticDir: dist, workers: "inline" });
    try {
      const served = await rawGet(`${server.url}${mainPath}`);
      out.servedMainKb = kb(served.bytes);
      out.servedCompressed = served.encoding === "" ? 0 : 1;
      if (!hasChromium()) throw new Error(`Chromium not found at ${chromiumPath()}`);
      const browser = await launchChromium();
      try {
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const page = await context.newPage();
          await page.goto(server.url);
          await page.waitForFunction(
            () => /\d\.\d/.test(document.querySelector("[data-testid^='combined-']")?.textContent ?? ""),
            undefined,
            { timeout: 30_000, polling: "raf" },
          );
          times.push(await page.evaluate(() => performance.now()));
          await context.close();
        }
        times.sort((a, b) => a - b);
        out.coldLoadMedianMs = times[Math.floor(times.length / 2)]!;
        out.coldLoadMaxMs = times[times.length - 1]!;
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
    return out;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
