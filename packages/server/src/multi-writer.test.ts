import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServerProcess } from "./test-utils/server-process.js";
import { createShared, runSaveClients, verifyAcks } from "./test-utils/save-clients.js";

// Issue 15 item 3: two servers on one database file, 8 clients each, updating shared scenarios with base versions.
const SECONDS = Number(process.env.SECEQ_MULTI_WRITER_SECONDS ?? 30);

test(`two servers on one database, 8 clients each for ${SECONDS} s: no 500, conflicts as 409, every acknowledged version holds its writer's content`, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-multi-"));
  const db = join(dir, "store.db");
  const a = await startServerProcess(db);
  const b = await startServerProcess(db);
  try {
    const shared = await createShared(a.url, 4);
    const end = Date.now() + SECONDS * 1000;
    const log = await runSaveClients([a.url, b.url], {
      clients: 8,
      sharedIds: shared,
      until: () => Date.now() >= end,
      tag: "mw",
    });
    t.diagnostic(`statuses ${JSON.stringify(log.statuses)}, ${log.acks.length} acknowledged writes`);
    const fiveHundreds = Object.entries(log.statuses).filter(([s]) => Number(s) >= 500);
    assert.deepEqual(fiveHundreds, [], `statuses ${JSON.stringify(log.statuses)}`);
    assert.equal(log.networkErrors, 0);
    assert.deepEqual(log.mismatched, []);
    assert.ok((log.statuses[409] ?? 0) > 0, `no conflicts happened: ${JSON.stringify(log.statuses)}`);
    assert.ok(log.acks.length > 50, `only ${log.acks.length} writes acknowledged`);
    await a.kill("SIGTERM");
    await b.kill("SIGTERM");
    assert.deepEqual(verifyAcks(db, log.acks), []);
  } finally {
    await a.kill("SIGKILL");
    await b.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
