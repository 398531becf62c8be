// A guard over the sources of every package: lookups by a user-supplied id on a plain object (`obj[p.id] ?? …`,
// `obj?.[partyId]`) are the pattern that made a party named `constructor` read Object.prototype. Use getOwn (or a
// Map) instead; this test names each offending line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** Patterns of keyed reads by an id on a plain record. */
const UNSAFE: readonly RegExp[] = [
  /\w\[[\w.]*\.id\]\s*\?\?/, // generated[p.id] ?? fallback
  /\?\.\[[\w.]*(?:\.id|[a-z]Id)\]/, // params?.[party.id], perParty?.[partyId]
  /\b(?:PRESETS|SPACES)\[(?!\w+\.id\b)[^\]]+\]/, // registries indexed by a free string
];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "dist") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

void test("no source file looks up a plain object by a user id without an own-property check", () => {
  const files = readdirSync(join(ROOT, "packages")).flatMap((pkg) => {
    try {
      return sources(join(ROOT, "packages", pkg, "src"));
    } catch {
      return [];
    }
  });
  assert.ok(files.length > 100, `scanned ${files.length} files`);
  const hits: string[] = [];
  for (const f of files)
    readFileSync(f, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (UNSAFE.some((re) => re.test(line))) hits.push(`${f.slice(ROOT.length)}:${i + 1}: ${line.trim()}`);
      });
  assert.deepEqual(hits, [], "use getOwn(record, id) from @seceq/core");
});

void test("the guard's patterns catch the forms that caused the defects", () => {
  const caught = [
    "forceState(p, generated[p.id] ?? (p.posture === 'generated' ? 1 : 0))",
    "attributeAlcmBombers(alcm, limit.params?.alcmAttribution?.[party.id])",
    "const discount = limit.params?.alcmAttribution?.[partyId];",
    "const p = PRESETS[id];",
  ];
  for (const line of caught)
    assert.ok(
      UNSAFE.some((re) => re.test(line)),
      line,
    );
  assert.ok(!UNSAFE.some((re) => re.test("const p = getOwn(PRESETS, id);")));
});
