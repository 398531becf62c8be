import { test } from "node:test";
import assert from "node:assert/strict";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import {
  decodeShareHash,
  encodeShareHash,
  fromBase64Url,
  SHARE_PREFIX,
  toBase64Url,
  type SharePayload,
} from "./share-link.js";

const payload: SharePayload = {
  v: 1,
  preset: "us-russia-2026",
  scenario: fixtureScenarioInput(),
  options: { samples: 200, crisisDays: 10 },
};

test("base64url round-trips bytes without padding or + and / characters", () => {
  const bytes = new Uint8Array(256).map((_, i) => i);
  const text = toBase64Url(bytes);
  assert.match(text, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(fromBase64Url(text), bytes);
  assert.deepEqual(fromBase64Url(toBase64Url(new Uint8Array([251, 255]))), new Uint8Array([251, 255]));
  assert.throws(() => fromBase64Url("abc+/"), /not base64url/);
});

test("a compressed link carries the full scenario and is shorter than the plain form", async () => {
  const z = await encodeShareHash(payload, true);
  const j = await encodeShareHash(payload, false);
  assert.ok(z.startsWith(`${SHARE_PREFIX}z`));
  assert.ok(j.startsWith(`${SHARE_PREFIX}j`));
  assert.ok(z.length < j.length / 2, `deflate should at least halve the link (${z.length} vs ${j.length})`);
  for (const hash of [z, j]) {
    const d = await decodeShareHash(hash);
    assert.ok(d?.ok);
    assert.deepEqual(d.payload, payload);
  }
});

test("hashes without a scenario decode to null; damaged or foreign links give a reason", async () => {
  assert.equal(await decodeShareHash(""), null);
  assert.equal(await decodeShareHash("#results"), null);
  const bad = await decodeShareHash(`${SHARE_PREFIX}zAAAA`);
  assert.ok(bad && !bad.ok);
  assert.match(bad.error, /could not be read/);
  const unknownForm = await decodeShareHash(`${SHARE_PREFIX}qabc`);
  assert.ok(unknownForm && !unknownForm.ok && /unknown link format/.test(unknownForm.error));
  const wrongVersion = await decodeShareHash(await encodeShareHash({ ...payload, v: 2 as 1 }, false));
  assert.ok(wrongVersion && !wrongVersion.ok && /unsupported link version/.test(wrongVersion.error));
  const noScenario = await decodeShareHash(
    `${SHARE_PREFIX}j${toBase64Url(new TextEncoder().encode('{"v":1,"preset":null}'))}`,
  );
  assert.ok(noScenario && !noScenario.ok && /no scenario/.test(noScenario.error));
});

test("a link whose scenario fails validation is refused with the first problem, not handed to the views", async () => {
  // A hand-edited link: parties without forces (the views would read parties[].forces).
  const damaged = await encodeShareHash({ v: 1, preset: null, scenario: { parties: [{ id: "us" }] } }, false);
  const d = await decodeShareHash(damaged);
  assert.ok(d && !d.ok);
  assert.match(d.error, /^the link's scenario is not valid: /);
  assert.match(d.error, /\(and \d+ more problems\)$/);
  // Options that are not a mapping are dropped; a valid scenario keeps its document as written.
  const odd = await decodeShareHash(await encodeShareHash({ ...payload, options: [1, 2] as never }, false));
  assert.ok(odd?.ok);
  assert.equal(odd.payload.options, undefined);
  assert.deepEqual(odd.payload.scenario, fixtureScenarioInput());
});
