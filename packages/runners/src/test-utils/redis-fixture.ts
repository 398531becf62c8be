/**
 * Test fixture: a throwaway `redis-server` (Debian package) on 127.0.0.1 at a random free port, with persistence off
 * (`--save '' --appendonly no`) and a temporary `--dir`. Waits for PING; `stop()` kills it by its pid and removes the
 * directory. Give each test its own BullMQ `prefix`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A running Redis server. */
export interface RedisFixture {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  pid: number;
  /** Kill the server by pid (SIGTERM, then SIGKILL after 3 s) and remove its directory. */
  stop(): Promise<void>;
}

/** Ask the OS for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Send PING on a fresh connection; resolves true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(500, () => done(false));
    s.once("error", () => done(false));
    s.once("connect", () => s.write("PING\r\n"));
    s.once("data", (d: Buffer) => done(d.toString().startsWith("+PONG")));
  });
}

function exited(p: ChildProcess): Promise<void> {
  return p.exitCode !== null || p.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => p.once("exit", () => r()));
}

/**
 * Start a Redis server for one test file.
 * @param options `port`: listen on this port (e.g. to restart a stopped server in place); default a free one
 * @throws Error when `redis-server` is missing or does not answer PING within 10 s
 */
export async function startRedis(options: { port?: number } = {}): Promise<RedisFixture> {
  const dir = mkdtempSync(join(tmpdir(), "seceq-redis-"));
  const port = options.port ?? (await freePort());
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  const proc = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  proc.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  proc.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const spawnError = new Promise<Error>((resolve) => proc.once("error", resolve));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const failed = await Promise.race([spawnError, new Promise<undefined>((r) => setTimeout(() => r(undefined), 50))]);
    if (failed) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(
        (failed as NodeJS.ErrnoException).code === "ENOENT"
          ? "redis-server is not installed (apt-get install -y redis-server)"
          : `cannot start redis-server: ${failed.message}`,
      );
    }
    if (proc.exitCode !== null) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server exited with code ${proc.exitCode}:\n${output}`);
    }
    if (await ping(port)) break;
    if (Date.now() > deadline) {
      proc.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not answer PING within 10 s:\n${output}`);
    }
  }
  const pid = proc.pid!;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        process.kill(pid, "SIGTERM");
        const t = setTimeout(() => {
          if (proc.exitCode === null && proc.signalCode === null) process.kill(pid, "SIGKILL");
        }, 3000);
        await exited(proc);
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
