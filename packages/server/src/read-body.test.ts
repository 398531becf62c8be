import { test } from "node:test";
import assert from "node:assert/strict";
import { HttpError } from "./http-errors.js";
import { bodyFormat, readBody, readBodyText } from "./read-body.js";

/** A stream of `chunks` chunks of `size` bytes, counting how many chunks were pulled and whether it was cancelled. */
function countingStream(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const isStatus = (status: number, code: string) => (e: unknown) =>
  e instanceof HttpError && e.status === status && e.code === code;

test("a declared Content-Length over the limit is refused with 413 before any byte is read", async () => {
  const { stream, state } = countingStream(10, 1000);
  const req = new Request("http://x/", {
    method: "POST",
    body: stream,
    headers: { "content-length": "10000" },
    duplex: "half",
  });
  await assert.rejects(readBodyText(req, 5000), isStatus(413, "payload_too_large"));
  assert.ok(state.pulled <= 1, `pulled ${state.pulled} chunks`);
});

test("a streamed body without Content-Length is cut off once it passes the limit", async () => {
  const { stream, state } = countingStream(100, 1000);
  const req = new Request("http://x/", { method: "POST", body: stream, duplex: "half" });
  await assert.rejects(readBodyText(req, 5000), isStatus(413, "payload_too_large"));
  // 6 chunks of 1,000 bytes pass 5,000; the reader stops there (the stream may have buffered one more).
  assert.ok(state.pulled <= 8, `pulled ${state.pulled} chunks`);
  assert.equal(state.cancelled, true);
});

test("a body of exactly the limit is read whole; invalid UTF-8 and bad Content-Length are 400", async () => {
  const ok = new Request("http://x/", { method: "POST", body: "x".repeat(5000) });
  assert.equal((await readBodyText(ok, 5000)).length, 5000);
  const bad = new Request("http://x/", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
  await assert.rejects(readBodyText(bad, 5000), isStatus(400, "invalid_encoding"));
  const lying = new Request("http://x/", { method: "POST", body: "{}", headers: { "content-length": "-5" } });
  await assert.rejects(readBodyText(lying, 5000), isStatus(400, "bad_request"));
  const bom = new Request("http://x/", { method: "POST", body: "\ufeff{}" });
  assert.equal(await readBodyText(bom, 5000), "{}");
});

test("Content-Type decides the format; others are 415", async () => {
  const req = (type?: string) =>
    new Request("http://x/", { method: "POST", body: "a: 1", ...(type ? { headers: { "content-type": type } } : {}) });
  assert.equal(bodyFormat(req("application/json; charset=utf-8"), false), "json");
  assert.equal(bodyFormat(req("application/merge-patch+json"), false), "json");
  assert.equal(bodyFormat(req("application/yaml"), true), "yaml");
  assert.equal(bodyFormat(req("text/x-yaml"), true), "yaml");
  assert.throws(() => bodyFormat(req("application/yaml"), false), isStatus(415, "unsupported_media_type"));
  assert.throws(() => bodyFormat(req("text/plain"), true), isStatus(415, "unsupported_media_type"));
  assert.throws(
    () => bodyFormat(req("application/x-www-form-urlencoded"), true),
    isStatus(415, "unsupported_media_type"),
  );
  const yaml = await readBody(req("application/yaml"), 100, true);
  assert.deepEqual(yaml, { format: "yaml", text: "a: 1" });
});
