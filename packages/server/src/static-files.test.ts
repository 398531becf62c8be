import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NOT_BUILT_PAGE, StaticFiles, type StaticResponse } from "./static-files.js";

const SECRET = "TOP-SECRET-OUTSIDE-ROOT";
const INDEX = "<!doctype html><title>workbench</title>";

/** A temp folder with a built app in `dist/` and a secret file beside it. */
function fixture(): { dir: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), "seceq-static-"));
  const dist = join(dir, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  mkdirSync(join(dist, "docs"));
  writeFileSync(join(dist, "index.html"), INDEX);
  writeFileSync(join(dist, "assets", "app-1a2b.js"), "console.log(1)");
  writeFileSync(join(dist, "docs", "index.html"), "<p>docs</p>");
  writeFileSync(join(dist, ".env"), SECRET);
  writeFileSync(join(dir, "secret.txt"), SECRET);
  symlinkSync(join(dir, "secret.txt"), join(dist, "link.txt"));
  return { dir, dist };
}

const text = (r: StaticResponse) => (typeof r.body === "string" ? r.body : Buffer.from(r.body).toString("utf8"));

test("files are served with their type and cache policy; client routes fall back to index.html", async () => {
  const { dir, dist } = fixture();
  try {
    const files = new StaticFiles(dist);
    assert.equal(files.built, true);
    const root = await files.serve("/");
    assert.equal(root.status, 200);
    assert.equal(text(root), INDEX);
    assert.equal(root.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(root.headers["cache-control"], "no-cache");
    const js = await files.serve("/assets/app-1a2b.js");
    assert.equal(js.status, 200);
    assert.equal(js.headers["content-type"], "text/javascript; charset=utf-8");
    assert.equal(js.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(text(await files.serve("/docs/")), "<p>docs</p>");
    assert.equal(text(await files.serve("/scenarios/42/edit")), INDEX);
    assert.equal((await files.serve("/assets/missing.js")).status, 404);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("traversal, encoded dots and slashes, NUL, backslashes, dot-files and symlinks never reach outside", async () => {
  const { dir, dist } = fixture();
  try {
    const files = new StaticFiles(dist);
    const attempts: [string, number][] = [
      ["/../secret.txt", 400],
      ["/%2e%2e/secret.txt", 400],
      ["/%2E%2E/secret.txt", 400],
      ["/..%2fsecret.txt", 400],
      ["/..%2f..%2fetc/passwd", 400],
      ["/%2e%2e%2f%2e%2e%2fsecret.txt", 400],
      ["/assets/..%5c..%5csecret.txt", 400],
      ["/assets/%2e%2e/%2e%2e/secret.txt", 400],
      ["/index.html%00.js", 400],
      ["/index.html\0", 400],
      ["/%c0%ae%c0%ae/secret.txt", 400],
      ["/%", 400],
      ["/./index.html", 400],
      ["/.env", 404],
      ["/link.txt", 404],
    ];
    for (const [path, status] of attempts) {
      const r = await files.serve(path);
      assert.equal(r.status, status, path);
      assert.ok(!text(r).includes(SECRET), `${path} leaked the secret`);
    }
    // Extra slashes stay inside the folder (here: a client route, so the app page).
    for (const path of ["//etc/passwd", "/%2fetc%2fpasswd", "///secret.txt"]) {
      const r = await files.serve(path);
      assert.ok(r.status === 200 || r.status === 404, path);
      assert.ok(!text(r).includes(SECRET), `${path} leaked the secret`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("without a built app, pages explain how to build it and assets are 404", async () => {
  const { dir } = fixture();
  try {
    for (const files of [
      new StaticFiles(undefined),
      new StaticFiles(join(dir, "missing")),
      new StaticFiles(join(dir)),
    ]) {
      assert.equal(files.built, false);
      const page = await files.serve("/");
      assert.equal(page.status, 200);
      assert.equal(page.body, NOT_BUILT_PAGE);
      assert.match(text(page), /npx vite build packages\/web/);
      assert.equal(text(await files.serve("/some/route")), NOT_BUILT_PAGE);
      assert.equal((await files.serve("/app.js")).status, 404);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
