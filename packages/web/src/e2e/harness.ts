/**
 * Browser-test harness (Node only, not part of the app): build the workbench with Vite, serve a folder over
 * node:http, and launch the system Chromium through playwright-core. Shared by the e2e tests and the slider benchmark.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser } from "playwright-core";

/**
 * Folder the browser tests write their screenshots to: `SECEQ_SHOTS_DIR` when set (created if missing), else a new
 * folder under the system temporary folder for this run (`seceq-shots-XXXXXX`), so two runs on one machine never
 * write over each other's screenshots. Chosen when the harness is loaded, and passed on through `SECEQ_SHOTS_DIR` to
 * the test modules that read it; each test file (a process of its own) gets its own folder unless it is set.
 */
export const SHOTS_DIR = chooseShotsDir();

function chooseShotsDir(): string {
  const given = process.env.SECEQ_SHOTS_DIR;
  if (given !== undefined && given !== "") {
    mkdirSync(given, { recursive: true });
    return given;
  }
  const dir = mkdtempSync(join(tmpdir(), "seceq-shots-"));
  process.env.SECEQ_SHOTS_DIR = dir;
  return dir;
}

export { buildApp, WEB_ROOT } from "./build-app.js";

/** Chromium flags for headless runs in containers and CI. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Path of the Chromium binary (env `CHROMIUM_PATH`, default /usr/bin/chromium). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** True when the Chromium binary exists. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

/** A running static server. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `dir` on 127.0.0.1 at a free port; `/` serves index.html; anything under /api answers 404 (no API). */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const file = normalize(join(root, path === "/" ? "index.html" : path));
      if (!file.startsWith(root + sep) && file !== root) {
        res.writeHead(403).end();
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error("not a file");
        const body = await readFile(file);
        res.writeHead(200, {
          "content-type": MIME[extname(file)] ?? "application/octet-stream",
          "cache-control": "no-store",
        });
        res.end(body);
      } catch {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Launch headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
