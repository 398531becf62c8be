/**
 * Read request bodies within a byte limit: the declared `Content-Length` is checked before reading, and the streamed
 * size while reading (a chunked body has no length), so an oversized body is refused with 413 without buffering it.
 * (Hono's `bodyLimit` middleware neither refuses a malformed Content-Length nor cancels the stream it stops reading.)
 */
import type { RequestBody } from "@seceq/core";
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

/**
 * Read a JSON (or, where allowed, YAML) request body within the byte limit, as text: parsing and validation happen
 * in the executor, under its time and queue limits.
 */
export async function readBody(req: Request, maxBytes: number, allowYaml = false): Promise<RequestBody> {
  const format = bodyFormat(req, allowYaml);
  return { format, text: await readBodyText(req, maxBytes) };
}
