/**
 * Citations stay inside the repository: no file cites a working document that is not part of it, every relative
 * link and every `*.md` file named resolves to a file here, and every bibliography key cited as `[key]` (a key ends
 * in a year or `nd`, or has one as a segment) is listed in `docs/references.md`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SKIP_DIRS = new Set(["node_modules", "dist", ".git", ".seceq", "bench-out", "test-results", "scratch"]);
const TEXT = /\.(?:ts|tsx|mjs|cjs|js|md|yaml|yml|json|html|css)$/;
const SKIP_FILES = new Set(["package-lock.json"]);

/** Every text file of the repository (build output, dependencies and dot-folders skipped). */
function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name) || name.startsWith(".")) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) textFiles(path, out);
    else if (TEXT.test(name) && !SKIP_FILES.has(name) && st.size < 20_000_000) out.push(path);
  }
  return out;
}

const files = textFiles(ROOT);
const basenames = new Set(files.map((f) => f.slice(f.lastIndexOf("/") + 1)));
/** 1-based line of a character offset. */
const lineOf = (text: string, index: number): number => text.slice(0, index).split("\n").length;

// Built from parts so that this file does not match itself.
const OUTSIDE_DOCS = ["REFER" + "ENCE", "DES" + "IGN", "ST" + "ACK"];
const FORBIDDEN = new RegExp(
  `\\b(?:${OUTSIDE_DOCS.join("|")})\\.md\\b|\\b${OUTSIDE_DOCS[0]}\\b|/work/${"shared"}`,
  "g",
);

void test("no file cites a document outside the repository", () => {
  const hits: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(FORBIDDEN)) hits.push(`${relative(ROOT, f)}:${lineOf(text, m.index)}: ${m[0]}`);
  }
  assert.deepEqual(hits, [], `cite the original source by its key in docs/references.md instead:\n${hits.join("\n")}`);
});

void test("relative Markdown links and named .md files resolve to files in the repository", () => {
  const missing: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    const here = dirname(f);
    if (f.endsWith(".md")) {
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!.split("#")[0]!;
        if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        if (!existsSync(resolve(here, decodeURI(target))))
          missing.push(`${relative(ROOT, f)}:${lineOf(text, m.index)}: ${m[1]}`);
      }
    }
    for (const m of text.matchAll(/(?<![\w@/.-])((?:\.{1,2}\/)?(?:[\w.-]+\/)*[\w-]+\.md)\b/g)) {
      const name = m[1]!;
      const ok = name.includes("/")
        ? existsSync(resolve(here, name)) || existsSync(resolve(ROOT, name))
        : basenames.has(name);
      if (!ok) missing.push(`${relative(ROOT, f)}:${lineOf(text, m.index)}: ${name}`);
    }
  }
  assert.deepEqual(missing, [], `paths that do not exist in the repository:\n${missing.join("\n")}`);
});

/** Keys listed in the bibliography table, in file order. */
function bibliographyKeys(): string[] {
  const text = readFileSync(join(ROOT, "docs/references.md"), "utf8");
  return [...text.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]!);
}

void test("docs/references.md lists unique keys in alphabetical order", () => {
  const keys = bibliographyKeys();
  assert.ok(keys.length >= 50, `expected a full bibliography, found ${keys.length} keys`);
  assert.equal(new Set(keys).size, keys.length, "duplicate keys");
  assert.deepEqual(keys, [...keys].sort(), "keys out of alphabetical order");
});

void test("every [key] cited in code, docs and data is in docs/references.md", () => {
  const known = new Set(bibliographyKeys());
  const unknown: string[] = [];
  const KEY = /\[([a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:1[5-9]\d\d|20\d\d|nd)(?:-[a-z0-9]+)*)\]/g;
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(KEY))
      if (!known.has(m[1]!)) unknown.push(`${relative(ROOT, f)}:${lineOf(text, m.index)}: [${m[1]}]`);
  }
  assert.deepEqual(unknown, [], `add these works to docs/references.md or fix the key:\n${unknown.join("\n")}`);
  // The check can fail: a made-up key in a sample text is caught.
  assert.match(`see [no-such-${"work"}-1999]`, KEY);
});
