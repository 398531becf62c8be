/**
 * Read request bodies within a byte limit: the declared `Content-Length` is checked before reading, and the streamed
 * size while reading (a chunked body has no length), so an oversized body is refused with 413 without buffering it.
 * JSON is parsed here so a syntax error becomes a 400 with the position of the error.
 */
import type { Issue } from "@seceq/core";
import { HttpError } from "./http-errors.js";

/** Default largest request body, bytes (1 MB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The body formats the API reads. */
export type BodyFormat = "json" | "yaml";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;
const YAML_TYPE = /^(?:application|text)\/(?:x-)?yaml$/;

/** The media type of a request without parameters, lower-cased; "" when absent. */
export function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * Decide the body format from `Content-Type`: JSON (`application/json`, `application/*+json`) and, where allowed,
 * YAML (`application/yaml`, `text/yaml`, with or without `x-`). Anything else is refused with 415, which also keeps
 * cross-site HTML forms (which can only send form or plain-text bodies) from reaching the API.
 */
export function bodyFormat(req: Request, allowYaml: boolean): BodyFormat {
  const type = mediaType(req);
  if (JSON_TYPE.test(type)) return "json";
  if (allowYaml && YAML_TYPE.test(type)) return "yaml";
  const accepted = allowYaml ? "application/json or application/yaml" : "application/json";
  throw new HttpError(
    415,
    "unsupported_media_type",
    type === ""
      ? `send the body with Content-Type: ${accepted}`
      : `Content-Type ${type} is not accepted; use ${accepted}`,
  );
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    "payload_too_large",
    `request body is larger than ${(maxBytes / 1048576).toFixed(maxBytes % 1048576 === 0 ? 0 : 2)} MB`,
  );
}

/**
 * Read a request body as UTF-8 text, refusing bodies over `maxBytes` (413) and bodies that are not UTF-8 (400).
 * @param req the request
 * @param maxBytes largest body accepted, bytes
 */
export async function readBodyText(req: Request, maxBytes: number): Promise<string> {
  const declared = req.headers.get("content-length");
  if (declared !== null) {
    const n = Number(declared);
    if (!/^\d+$/.test(declared.trim()) || !Number.isSafeInteger(n))
      throw new HttpError(400, "bad_request", "Content-Length is not a number");
    if (n > maxBytes) throw tooLarge(maxBytes);
  }
  const body = req.body;
  if (body === null) return "";
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    bytes.set(c, off);
    off += c.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new HttpError(400, "invalid_encoding", "request body is not UTF-8 text");
  }
  return text;
}

/** Turn a character offset into 1-based line and column. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, col: offset - start + 1 };
}

/**
 * Parse JSON text, turning a syntax error into a 400 `invalid_json` with one issue (located at line:col when the
 * parser reports a position).
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === "")
    throw new HttpError(400, "invalid_json", "request body is empty; send a JSON document", [
      { code: "empty", path: [], message: "request body is empty" },
    ]);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    const pos = /at position (\d+)/.exec(message);
    const lc = /\(line (\d+) column (\d+)\)/.exec(message);
    const where = lc ? { line: Number(lc[1]), col: Number(lc[2]) } : pos ? lineCol(text, Number(pos[1])) : {};
    const issue: Issue = { code: "syntax", path: [], message: `invalid JSON: ${message}`, ...where };
    throw new HttpError(400, "invalid_json", "request body is not valid JSON", [issue]);
  }
}

/**
 * Read and parse a JSON (or, where allowed, YAML) request body within the byte limit.
 * @returns the parsed JSON value, or for YAML the raw text (parsed by the scenario loader for line:col issues)
 */
export async function readRequestBody(
  req: Request,
  maxBytes: number,
  allowYaml = false,
): Promise<{ format: "json"; value: unknown } | { format: "yaml"; text: string }> {
  const format = bodyFormat(req, allowYaml);
  const text = await readBodyText(req, maxBytes);
  if (format === "yaml") return { format, text };
  return { format, value: parseJsonText(text) };
}
