/**
 * Read documents from files for the CLI: size, encoding and schema checks, issues with file:line:col.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import {
  formatIssue,
  loadDocumentBytes,
  loadScenarioBytes,
  MAX_DOCUMENT_BYTES,
  type Issue,
  type LoadOptions,
  type Scenario,
} from "@seceq/core";
import type { z } from "zod";
import { UserError } from "../errors.js";

/** How long a pipe or device may stay silent before reading it is given up, ms (10 s). */
export const PIPE_IDLE_TIMEOUT_MS = 10_000;

function fileError(path: string, message: string): UserError {
  return new UserError([{ code: "file", path: [], file: path, message }]);
}

function openError(path: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  return fileError(
    path,
    code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot open (${code})`,
  );
}

/** Sleep the thread for `ms` (used only between reads of a silent pipe). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Read a pipe or character device (`<(cmd)`, `/dev/stdin`) without ever blocking: opened non-blocking, read until
 * end of data, given up after `idleMs` without a byte (a named pipe waits that long for its first writer), and at one
 * byte past the size limit.
 */
function readPipe(path: string, fifo: boolean, idleMs: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const limit = MAX_DOCUMENT_BYTES + 1;
    const buf = Buffer.alloc(limit);
    let off = 0;
    let idleSince = Date.now();
    while (off < limit) {
      let n: number;
      try {
        n = readSync(fd, buf, off, limit - off, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw openError(path, e);
        n = -1;
      }
      // End of data, except on a named pipe that has not had a writer yet (it reads as ended until one opens it).
      if (n === 0 && !(fifo && off === 0)) break;
      if (n > 0) {
        off += n;
        idleSince = Date.now();
        continue;
      }
      if (Date.now() - idleSince > idleMs)
        throw fileError(
          path,
          fifo && off === 0
            ? `is a named pipe and nothing was written to it within ${idleMs / 1000} s; give a file`
            : `no data arrived for ${idleMs / 1000} s (a pipe or terminal nobody writes to?)`,
        );
      pause(10);
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    closeSync(fd);
  }
}

/**
 * Read a file's bytes, refusing directories, missing files and files over the 5 MB limit without reading them. The
 * kind of file is checked before opening it: regular files are read; pipes and character devices are read without
 * blocking (see {@link PIPE_IDLE_TIMEOUT_MS}), so a FIFO with no writer is refused in time instead of hanging; sockets and
 * block devices are refused.
 * @param path the file
 * @param idleMs for pipes and devices: give up after this long without data, ms (default {@link PIPE_IDLE_TIMEOUT_MS})
 */
export function readFileBytes(path: string, idleMs = PIPE_IDLE_TIMEOUT_MS): Uint8Array {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (e) {
    throw openError(path, e);
  }
  if (stat.isDirectory()) throw fileError(path, "is a directory");
  if (stat.isFIFO() || stat.isCharacterDevice()) return readPipe(path, stat.isFIFO(), idleMs);
  if (!stat.isFile()) throw fileError(path, `is a ${stat.isSocket() ? "socket" : "device"}, not a file`);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const st = fstatSync(fd);
    // Read one byte past the limit so the core's size check sees oversize files without reading them whole.
    const size = Math.min(st.size, MAX_DOCUMENT_BYTES + 1);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    if (st.size > MAX_DOCUMENT_BYTES) return new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    closeSync(fd);
  }
}

/**
 * Load and validate a scenario file; throws {@link UserError} with every issue on failure. Warnings of a valid file
 * (e.g. `defense_order`) go to `onWarnings`, by default to stderr as `file:line:col: warning [code] …` lines.
 */
export function readScenarioFile(
  path: string,
  onWarnings: (warnings: Issue[]) => void = (w) => {
    for (const issue of w) process.stderr.write(formatIssue(issue) + "\n");
  },
): Scenario {
  const result = loadScenarioBytes(readFileBytes(path), path);
  if (!result.value) throw new UserError(result.issues);
  const warnings = result.issues.filter((i) => i.severity === "warning");
  if (warnings.length > 0) onWarnings(warnings);
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
