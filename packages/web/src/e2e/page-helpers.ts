/**
 * Helpers the browser tests share (Node only, not part of the app): the app built, served and opened in Chromium for
 * a test file's suite, waiting for the workbench's next run, reading a page's text as one line, and starting the real
 * `seceq serve` app.
 */
import { after, before } from "node:test";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildApp, launchChromium, serveStatic, SHOTS_DIR, type StaticServer } from "./harness.js";

/** The app a browser-test suite drives: built into a temporary folder, served over HTTP, and a headless Chromium. */
export interface BrowserApp {
  /** The suite's temporary folder (removed after the suite); its `dist` folder holds the build unless shared. */
  readonly tmp: string;
  /** Folder the app was built into: `<tmp>/dist`, or the test run's shared build ({@link sharedBuild}); read only. */
  readonly dist: string;
  /** URL of the static server (no API) serving {@link BrowserApp.dist}, ending in `/`. */
  readonly url: string;
  /** The headless Chromium the suite opens its pages in. */
  readonly browser: Browser;
}

/** Options of {@link useBrowserApp}. */
export interface BrowserAppOptions {
  /**
   * Build the app into the folder given (default: the test run's shared build of the workbench when there is one,
   * else the harness's `buildApp`, the workbench alone).
   */
  build?: (outDir: string) => Promise<void>;
}

/**
 * The workbench built once for the whole test run: `scripts/run-tests.mjs` builds it before the browser test files
 * start and names its folder in `SECEQ_WEB_DIST` (each file would otherwise run the same Vite build, about 5 s of CPU
 * time each). Undefined when unset or not a build (a file run on its own builds its own).
 */
export function sharedBuild(): string | undefined {
  const dir = process.env.SECEQ_WEB_DIST;
  return dir && existsSync(join(dir, "index.html")) ? dir : undefined;
}

/**
 * Give the current `describe` suite a built, served app and a browser: its `before` hook builds the app into a new
 * temporary folder (or takes the run's shared build, {@link sharedBuild}), serves it and launches Chromium; its
 * `after` hook closes the browser and the server and removes
 * the folder (whatever of them was started, also when a step of the `before` hook failed). Call it in the suite's
 * body; read the returned object's fields in the tests (they throw before the `before` hook has run).
 * @param prefix name of the temporary folder under the system's, before its random suffix (e.g. `seceq-web-e2e-`)
 * @param options how the app is built
 */
export function useBrowserApp(prefix: string, options: BrowserAppOptions = {}): BrowserApp {
  let tmp: string | undefined;
  let dist: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    await mkdir(SHOTS_DIR, { recursive: true });
    tmp = await mkdtemp(join(tmpdir(), prefix));
    const shared = options.build ? undefined : sharedBuild();
    dist = shared ?? join(tmp, "dist");
    if (!shared) await (options.build ?? buildApp)(dist);
    server = await serveStatic(dist);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the browser app's ${what} is not ready: its before hook has not run`);
    return value;
  };
  return {
    get tmp() {
      return ready(tmp, "folder");
    },
    get dist() {
      return ready(dist, "build");
    },
    get url() {
      return ready(server, "server").url;
    },
    get browser() {
      return ready(browser, "browser");
    },
  };
}

/**
 * Wait until the results panel shows a run newer than `afterRun` (or any run), and return its id.
 * @param page the workbench page
 * @param afterRun id of the run already shown (none: wait for the first)
 * @param timeoutMs how long to wait, ms (default 30,000)
 */
export async function waitForRun(page: Page, afterRun?: string, timeoutMs = 30_000): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const id = document.querySelector<HTMLElement>("[data-testid=results]")?.dataset.runId;
      return id !== undefined && id !== prev;
    },
    afterRun ?? null,
    { timeout: timeoutMs },
  );
  return (await page.getByTestId("results").getAttribute("data-run-id")) ?? "";
}

/** Text as read, on one line: Plot's line breaks (zero-width spaces between tspans) and runs of white space become spaces. */
export function plain(text: string | null): string {
  return (text ?? "").replace(/\u200b/g, " ").replace(/\s+/g, " ");
}

/** The part of @seceq/server's `startServer` these tests use (web does not depend on the server package). */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** `startServer` of @seceq/server, as these tests call it. */
export type StartServer = (o: {
  port: number;
  dbPath: string;
  staticDir: string;
  workers: "inline";
  log: (l: string) => void;
}) => Promise<RunningServer>;

/** Load `seceq serve`'s server by name at run time, keeping the server's sources out of the web type-check. */
export async function loadStartServer(): Promise<StartServer> {
  const name = "@seceq/server";
  const mod = (await import(name)) as { startServer: StartServer };
  return mod.startServer;
}
