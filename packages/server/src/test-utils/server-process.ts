/**
 * Start and stop {@link ./serve-process.ts} servers from tests: each in its own process, on its own random port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ENTRY = fileURLToPath(new URL("./serve-process.ts", import.meta.url));

/** A server process started by {@link startServerProcess}. */
export interface ServerProcess {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  child: ChildProcess;
  /** Kill with a signal and wait for the process to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Spawn a server on `dbPath` and wait until it listens (at most `timeoutMs`, default 60 s).
 * @param dbPath SQLite file shared or not with other servers
 */
export function startServerProcess(dbPath: string, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--conditions=@seceq/source", "--import", "tsx", ENTRY, dbPath], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      void kill("SIGKILL");
      reject(new Error(`server did not start within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, kill });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening: ${err}`));
    });
  });
}
