import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changedPath, matchFileSnapshot } from "./file-snapshot.js";

test("a snapshot matches, or fails leaving a -changed file; UPDATE_SNAPSHOTS rewrites it", () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-snap-"));
  const prev = process.env.UPDATE_SNAPSHOTS;
  try {
    delete process.env.UPDATE_SNAPSHOTS;
    const file = join(dir, "chart.txt");
    assert.equal(changedPath(file), join(dir, "chart-changed.txt"));
    writeFileSync(file, "a\n");
    matchFileSnapshot(file, "a\n");
    assert.throws(() => matchFileSnapshot(file, "b\n"), /differs; see .*chart-changed\.txt/);
    assert.equal(readFileSync(changedPath(file), "utf8"), "b\n");
    assert.equal(readFileSync(file, "utf8"), "a\n", "the expected file is kept");
    process.env.UPDATE_SNAPSHOTS = "1";
    matchFileSnapshot(file, "b\n");
    assert.equal(readFileSync(file, "utf8"), "b\n");
    assert.equal(existsSync(changedPath(file)), false, "the artifact is removed once accepted");
  } finally {
    if (prev === undefined) delete process.env.UPDATE_SNAPSHOTS;
    else process.env.UPDATE_SNAPSHOTS = prev;
    rmSync(dir, { recursive: true, force: true });
  }
});
