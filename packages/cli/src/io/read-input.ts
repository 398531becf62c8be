/**
 * Read documents from files for the CLI: size, encoding and schema checks, issues with file:line:col.
 */
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
import { loadDocumentBytes, loadScenarioBytes, MAX_DOCUMENT_BYTES, type LoadOptions, type Scenario } from "@seceq/core";
import type { z } from "zod";
import { UserError } from "../errors.js";

/** Read a file's bytes, refusing directories, missing files and files over the 5 MB limit without reading them. */
export function readFileBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError([
      {
        code: "file",
        path: [],
        file: path,
        message: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot open (${code})`,
      },
    ]);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError([{ code: "file", path: [], file: path, message: "is a directory" }]);
    // Read one byte past the limit so the core's size check sees oversize files without reading them whole.
    const size = Math.min(stat.size, MAX_DOCUMENT_BYTES + 1);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    if (stat.size > MAX_DOCUMENT_BYTES) return new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    closeSync(fd);
  }
}

/** Load and validate a scenario file; throws {@link UserError} with every issue on failure. */
export function readScenarioFile(path: string): Scenario {
  const result = loadScenarioBytes(readFileBytes(path), path);
  if (!result.value) throw new UserError(result.issues);
  return result.value;
}

/** Load and validate any document file (framework, sweep spec) against a zod schema. */
export function readDocumentFile<S extends z.ZodType>(
  path: string,
  schema: S,
  options: Omit<LoadOptions<z.infer<S>>, "file"> = {},
): z.infer<S> {
  const result = loadDocumentBytes(readFileBytes(path), schema, { ...options, file: path });
  if (!result.value) throw new UserError(result.issues);
  return result.value;
}
