/**
 * Helpers the browser tests share (Node only, not part of the app): waiting for the workbench's next run, reading a
 * page's text as one line, and starting the real `seceq serve` app.
 */
import type { Page } from "playwright-core";

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
