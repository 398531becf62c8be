// The bin/seceq.mjs wrapper never leaves the real CLI running: SIGKILL on the wrapper, or on the npm process of `npx`
// above it, stops a `seceq serve` (the wrapper's SIGTERM and SIGHUP forwarding is tested in bin.test.ts). From source
// (SECEQ_FROM_SOURCE=1) the CLI is a child of the wrapper; from the build it runs in the wrapper's own process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const WRAPPER = fileURLToPath(new URL("../bin/seceq.mjs", import.meta.url));
const LINUX = existsSync("/proc/self/stat");
const BASH = spawnSync("sh", ["-c", "command -v bash"]).status === 0;
/** The wrapper's environment when it must run the CLI from source, in a child process. */
const FROM_SOURCE = { ...process.env, SECEQ_FROM_SOURCE: "1" };

/** Pids of a process's children (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Every descendant of a process (Linux). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  for (const c of childrenOf(pid)) out.push(c, ...descendants(c));
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Wait for `seceq serve` to print its URL on the process's stdout. */
async function served(p: ChildProcess): Promise<string> {
  let out = "";
  p.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  p.stderr!.resume();
  await until("seceq serve to start", () => /Security Equation: http:\S+/.test(out), 60_000);
  return /Security Equation: (http:\S+)/.exec(out)![1]!;
}

void test("SIGKILL on the wrapper: the server it started shuts down", { skip: !LINUX }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-launcher-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const wrapper = spawn(
    process.execPath,
    [WRAPPER, "serve", "--port", "0", "--workers", "0", "--db", join(dir, "a.db")],
    { env: FROM_SOURCE },
  );
  const url = await served(wrapper);
  const [cli] = childrenOf(wrapper.pid!);
  assert.ok(cli !== undefined && alive(cli));
  t.after(() => void (alive(cli) && process.kill(cli, "SIGKILL")));
  assert.equal((await fetch(`${url}api/health`)).status, 200);
  wrapper.kill("SIGKILL");
  await until("the CLI to exit after its wrapper was killed", () => !alive(cli), 20_000);
  await assert.rejects(fetch(`${url}api/health`));
});

for (const fromSource of [true, false])
  void test(
    `SIGKILL on npm above the wrapper (as under npx): the wrapper and the server stop (${fromSource ? "from source" : "from the build"})`,
    { skip: !LINUX || !BASH },
    async (t) => {
      const dir = mkdtempSync(join(tmpdir(), "seceq-launcher-"));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      // npx runs `sh -c seceq …` under a process titled "npm exec …", with npm_command=exec in the environment.
      const inner = `sh -c '"${process.execPath}" "${WRAPPER}" serve --port 0 --workers 0 --db "${join(dir, "b.db")}"; true'; true`;
      const npm = spawn("bash", ["-c", `exec -a "npm exec seceq" bash -c "$0"`, inner], {
        env: { ...process.env, npm_command: "exec", SECEQ_FROM_SOURCE: fromSource ? "1" : "0" },
      });
      const url = await served(npm);
      const tree = descendants(npm.pid!);
      const expected = fromSource ? 3 : 2;
      assert.ok(tree.length >= expected, `sh, wrapper (and CLI) under npm: ${tree.join(" ")}`);
      t.after(() => tree.filter(alive).forEach((pid) => process.kill(pid, "SIGKILL")));
      npm.kill("SIGKILL");
      // The shell in between may outlive npm briefly; the wrapper and the CLI must go.
      const [, wrapperPid, cliPid] = tree;
      await until(
        "the wrapper and the CLI to exit after npm was killed",
        () => !alive(wrapperPid!) && (cliPid === undefined || !alive(cliPid)),
        20_000,
      );
      await assert.rejects(fetch(`${url}api/health`));
    },
  );
