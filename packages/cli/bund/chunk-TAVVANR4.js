import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  MAX_DOCUMENT_BYTES,
  loadScenarioBytes
} from "./chunk-GM5MLEME.js";

// packages/cli/dist/io/read-input.js
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
var PIPE_IDLE_TIMEOUT_MS = 1e4;
function fileError(path, message) {
  return new UserError([{ code: "file", path: [], file: path, message }]);
}
function openError(path, e) {
  const code = e.code;
  return fileError(path, code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot open (${code})`);
}
function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function readPipe(path, fifo, idleMs) {
  let fd;
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
      let n;
      try {
        n = readSync(fd, buf, off, limit - off, null);
      } catch (e) {
        if (e.code !== "EAGAIN")
          throw openError(path, e);
        n = -1;
      }
      if (n === 0 && !(fifo && off === 0))
        break;
      if (n > 0) {
        off += n;
        idleSince = Date.now();
        continue;
      }
      if (Date.now() - idleSince > idleMs)
        throw fileError(path, fifo && off === 0 ? `is a named pipe and nothing was written to it within ${idleMs / 1e3} s; give a file` : `no data arrived for ${idleMs / 1e3} s (a pipe or terminal nobody writes to?)`);
      pause(10);
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    closeSync(fd);
  }
}
function readFileBytes(path, idleMs = PIPE_IDLE_TIMEOUT_MS) {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    throw openError(path, e);
  }
  if (stat.isDirectory())
    throw fileError(path, "is a directory");
  if (stat.isFIFO() || stat.isCharacterDevice())
    return readPipe(path, stat.isFIFO(), idleMs);
  if (!stat.isFile())
    throw fileError(path, `is a ${stat.isSocket() ? "socket" : "device"}, not a file`);
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const st = fstatSync(fd);
    const size = Math.min(st.size, MAX_DOCUMENT_BYTES + 1);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0)
        break;
      off += n;
    }
    if (st.size > MAX_DOCUMENT_BYTES)
      return new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    closeSync(fd);
  }
}
function readScenarioFile(path) {
  const result = loadScenarioBytes(readFileBytes(path), path);
  if (!result.value)
    throw new UserError(result.issues);
  return result.value;
}

export {
  readFileBytes,
  readScenarioFile
};
