import { test } from "node:test";
import assert from "node:assert/strict";
import { NegotiateApi, type NegotiateFetch } from "./negotiate-api.js";

type Reply = { status: number; type?: string; body: unknown } | Error;

/** A fetch answering from a table of replies by path, recording the requests. */
function fakeFetch(replies: Record<string, Reply>, seen: Array<{ url: string; body?: string | undefined }> = []) {
  const f: NegotiateFetch = (url, init) => {
    seen.push({ url, body: init?.body });
    const r = replies[url];
    if (!r || r instanceof Error) return Promise.reject(r ?? new Error("no route"));
    return Promise.resolve({
      ok: r.status < 400,
      status: r.status,
      headers: { get: (n: string) => (n === "content-type" ? (r.type ?? "application/json") : null) },
      json: () => Promise.resolve(r.body),
    });
  };
  return f;
}

test("the endpoint counts as available only when the server's OpenAPI document lists it", async () => {
  const withIt = new NegotiateApi(
    fakeFetch({ "api/openapi.json": { status: 200, body: { paths: { "/api/negotiate": { post: {} } } } } }),
  );
  assert.equal(await withIt.available(), true);
  const older = new NegotiateApi(fakeFetch({ "api/openapi.json": { status: 200, body: { paths: {} } } }));
  assert.equal(await older.available(), false);
  const staticFiles = new NegotiateApi(
    fakeFetch({ "api/openapi.json": { status: 404, type: "text/plain", body: null } }),
  );
  assert.equal(await staticFiles.available(), false);
  assert.equal(await new NegotiateApi(fakeFetch({})).available(), false);
});

test("a search posts the spec as JSON and returns the result, or the server's message and issues", async () => {
  const seen: Array<{ url: string; body?: string | undefined }> = [];
  const result = { points: [{ index: 0 }], frontier: [0], zopa: [] };
  const ok = new NegotiateApi(fakeFetch({ "/srv/api/negotiate": { status: 200, body: result } }, seen), "/srv/api/");
  const spec = { base: { preset: "x" }, dimensions: [] };
  const r = await ok.run(spec);
  assert.deepEqual(r, { ok: true, result });
  assert.deepEqual(JSON.parse(seen[0]!.body!), spec);
  const refused = new NegotiateApi(
    fakeFetch({
      "api/negotiate": {
        status: 400,
        body: {
          error: "invalid_spec",
          message: "the negotiation spec is not valid (1 problem)",
          issues: [{ code: "too_small", path: ["samples"], message: "must be at least 1" }],
        },
      },
    }),
  );
  assert.deepEqual(await refused.run(spec as never), {
    ok: false,
    aborted: false,
    message: "The server refused the search: the negotiation spec is not valid (1 problem)",
    issues: ["error [too_small] samples: must be at least 1"],
  });
  const down = await new NegotiateApi(fakeFetch({})).run(spec);
  assert.ok(!down.ok && /not reachable/.test(down.message));
});
