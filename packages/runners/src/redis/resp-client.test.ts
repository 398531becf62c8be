import { test } from "node:test";
import assert from "node:assert/strict";
import { CONNECTION_CLOSED, parseRedisUrl, RespClient } from "./resp-client.js";
import { encodeCommand, ReplyError, RespParser } from "./resp-parser.js";
import { startRedis } from "../test-utils/redis-fixture.js";

void test("RESP encoding and incremental decoding, split at every byte", () => {
  assert.equal(encodeCommand(["SET", "k", 5, Buffer.from([0, 255])]).toString("latin1"), "*4\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\n5\r\n$2\r\n\u0000\u00ff\r\n");
  const wire = Buffer.from("+OK\r\n-ERR bad\r\n:42\r\n$4\r\nhé!\r\n$-1\r\n*3\r\n$1\r\na\r\n*0\r\n:-7\r\n*-1\r\n", "utf8");
  const expected = ["OK", new ReplyError("ERR bad"), 42, "hé!", null, ["a", [], -7], null];
  for (let split = 0; split <= wire.length; split++) {
    const p = new RespParser();
    const got = [...p.push(wire.subarray(0, split)), ...p.push(wire.subarray(split))];
    assert.deepEqual(got, expected, `split at ${split}`);
  }
  assert.deepEqual(parseRedisUrl("redis://u:p%40ss@10.1.2.3:6380/2"), { host: "10.1.2.3", port: 6380, username: "u", password: "p@ss", db: 2 });
  assert.throws(() => parseRedisUrl("rediss://h:1"), /unsupported scheme/);
});

void test("commands, pipelines, transactions, scripts, blocking reads and reconnects against a real redis-server", async () => {
  const redis = await startRedis();
  const c = new RespClient(parseRedisUrl(redis.url));
  try {
    await c.connect();
    assert.equal(c.status, "ready");
    assert.equal(await c.set("a", "1"), "OK");
    assert.equal(await c.get("a"), "1");
    assert.equal(await c.hset("h", { x: 1, y: "two" }), 2);
    assert.deepEqual(await c.hgetall("h"), { x: "1", y: "two" });
    assert.deepEqual(await c.hmget("h", "x", "nope"), ["1", null]);
    await assert.rejects(c.call("NOSUCHCOMMAND"), /unknown command/);
    const tx = await c.multi().hset("h2", { z: 3 }).hgetall("h2").del("h2").exec();
    assert.deepEqual(tx, [
      [null, 1],
      [null, { z: "3" }],
      [null, 1],
    ]);
    c.defineCommand("addTwo", { numberOfKeys: 1, lua: "return redis.call('INCRBY', KEYS[1], ARGV[1]) + 0" });
    assert.equal(await c.runCommand("addTwo", ["n", 2]), 2);
    await c.call("SCRIPT", "FLUSH");
    assert.equal(await c.runCommand("addTwo", [["n", 2]]), 4, "NOSCRIPT falls back to EVAL");
    const pl = await c.pipeline().runCommand("addTwo", ["n", 1]).llen("nolist").exec();
    assert.deepEqual(pl, [
      [null, 5],
      [null, 0],
    ]);
    // A blocking read on a duplicate resolves when data arrives.
    const b = c.duplicate({ connectionName: "blocker" });
    const pop = b.bzpopmin("z", 5);
    await c.zadd("z", 1, "m");
    assert.deepEqual(await pop, ["z", "m", "1"]);
    assert.match(await c.clientList(), /name=blocker/);
    // An intentional disconnect ends a pending blocking read with null; other commands are refused.
    const pending = b.bzpopmin("z", 5);
    b.disconnect();
    assert.equal(await pending, null);
    assert.equal(b.status, "end");
    await assert.rejects(b.get("a"), new RegExp(CONNECTION_CLOSED.replace(".", "\\.")));
    // An unexpected disconnect (the server kills the connection) reconnects; queued commands then run.
    const id = (await c.call("CLIENT", "ID")) as number;
    const killer = c.duplicate();
    const closed = new Promise((r) => c.once("close", r));
    const ready = new Promise((r) => c.once("ready", r));
    assert.equal(await killer.call("CLIENT", "KILL", "ID", id), 1);
    await killer.quit();
    await closed;
    assert.equal(c.status, "reconnecting");
    const later = c.get("a");
    await ready;
    assert.equal(await later, "1");
    const keys: string[] = [];
    for await (const batch of c.scanStream({ match: "h*" })) keys.push(...(batch as string[]));
    assert.deepEqual(keys.sort(), ["h"]);
    assert.equal(await c.quit(), "OK");
    assert.equal(c.status, "end");
  } finally {
    c.disconnect();
    await redis.stop();
  }
});
