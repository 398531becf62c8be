import { test } from "node:test";
import assert from "node:assert/strict";
import { startRedis } from "../test-utils/redis-fixture.js";
import {
  connectRedis,
  describeConnectionChange,
  displayRedisUrl,
  parseRedisUrl,
  type RedisConnectionChange,
} from "./connect.js";

void test("parseRedisUrl accepts redis:// and rediss:// and refuses malformed URLs with a message", () => {
  assert.deepEqual(parseRedisUrl("redis://10.0.0.5:6380/2"), { host: "10.0.0.5", port: 6380, db: 2 });
  assert.deepEqual(parseRedisUrl("rediss://cache.example:6390"), { host: "cache.example", port: 6390, db: 0 });
  assert.deepEqual(parseRedisUrl("redis://[::1]"), { host: "::1", port: 6379, db: 0 });
  assert.throws(
    () => parseRedisUrl("redis://127.0.0.1:99999"),
    /not a valid Redis URL: "redis:\/\/127\.0\.0\.1:99999"/,
  );
  assert.throws(() => parseRedisUrl("redis://a b"), /not a valid Redis URL/);
  assert.throws(() => parseRedisUrl("http://x"), /unsupported scheme "http:"/);
  assert.throws(() => parseRedisUrl("redis://h/abc"), /database .* must be a whole number/);
});

void test("displayRedisUrl hides a password", () => {
  assert.equal(displayRedisUrl("redis://user:secret@h:1/0"), "redis://user:***@h:1/0");
  assert.equal(displayRedisUrl("redis://h:1"), "redis://h:1");
});

void test("a lost connection is reported once, and once more when it is back (not once per retry)", async () => {
  const first = await startRedis();
  const changes: RedisConnectionChange[] = [];
  const client = await connectRedis(first.url, { onConnectionChange: (c) => changes.push(c) });
  let second: Awaited<ReturnType<typeof startRedis>> | undefined;
  try {
    assert.equal(await client.ping(), "PONG");
    await first.stop();
    // Several reconnect attempts (≤ 1 s apart) fail while the server is down.
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(changes.length, 1, JSON.stringify(changes));
    assert.equal(changes[0]!.state, "lost");
    assert.match(
      describeConnectionChange(changes[0]!),
      /^lost the connection to Redis at redis:\/\/127\.0\.0\.1:\d+ \(.+\); reconnecting…$/,
    );
    second = await startRedis({ port: first.port });
    const deadline = Date.now() + 10_000;
    while (changes.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(changes[1], { state: "restored", url: first.url });
    assert.equal(describeConnectionChange(changes[1]), `reconnected to Redis at ${first.url}`);
    assert.equal(await client.ping(), "PONG");
  } finally {
    client.disconnect();
    await first.stop();
    await second?.stop();
  }
  assert.equal(changes.length, 2, "closing on purpose is not reported");
});
