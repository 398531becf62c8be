/**
 * The full scenario in the URL: `#s=<form><payload>`, where the payload is the JSON document below, UTF-8 encoded,
 * then either raw-deflated (form `z`, via `CompressionStream("deflate-raw")`) or left as is (form `j`), and written in
 * base64url (RFC 4648 §5, no padding). A link opened anywhere re-runs exactly the same scenario, and the same JSON
 * can be saved as a file and run with `seceq evaluate`.
 *
 * Payload: `{ "v": 1, "preset": <preset id or null>, "scenario": <scenario document>, "options": {...} }`.
 */

import type { ScenarioInput } from "@seceq/core";
import { checkScenarioDocument } from "./checked-scenario.js";

/** Version of the share payload. */
export const SHARE_VERSION = 1;

/** Hash prefix of a shared scenario. */
export const SHARE_PREFIX = "#s=";

/** What a link carries. */
export interface SharePayload {
  v: typeof SHARE_VERSION;
  /** Preset the scenario was derived from (the compare baseline), or null. */
  preset: string | null;
  /** The scenario document as edited. */
  scenario: unknown;
  /** Workbench options (samples, crisis days, rule pack and date). */
  options?: Record<string, unknown>;
}

/** Encode bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decode base64url (padding optional); throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new Error("the link is damaged: it contains characters that are not base64url");
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** True when the runtime can deflate (browsers since 2023, Node ≥ 18). */
export function canCompress(): boolean {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

/** Encode a payload as a URL hash (`#s=…`), compressed when the runtime can. */
export async function encodeShareHash(payload: SharePayload, compress = canCompress()): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  if (compress) return `${SHARE_PREFIX}z${toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")))}`;
  return `${SHARE_PREFIX}j${toBase64Url(bytes)}`;
}

/** A payload read from a link: its scenario passed core's validator. */
export interface DecodedPayload extends SharePayload {
  scenario: ScenarioInput;
}

/** Result of reading a hash: the payload, nothing (no shared scenario), or why it could not be read. */
export type DecodedShare = { ok: true; payload: DecodedPayload } | { ok: false; error: string } | null;

/**
 * Decode a URL hash written by {@link encodeShareHash}; returns null when the hash carries no scenario. A scenario
 * that fails core's validation (a damaged or hand-edited link) is refused with the first problem.
 */
export async function decodeShareHash(hash: string): Promise<DecodedShare> {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const body = hash.slice(SHARE_PREFIX.length);
  const form = body[0];
  try {
    let bytes = fromBase64Url(body.slice(1));
    if (form === "z") {
      if (!canCompress()) return { ok: false, error: "this browser cannot decompress shared links" };
      bytes = await pipe(bytes, new DecompressionStream("deflate-raw"));
    } else if (form !== "j") return { ok: false, error: `unknown link format "${form ?? ""}"` };
    const data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
    if (typeof data !== "object" || data === null || (data as { v?: unknown }).v !== SHARE_VERSION)
      return { ok: false, error: `unsupported link version (expected v${SHARE_VERSION})` };
    const p = data as SharePayload;
    if (typeof p.scenario !== "object" || p.scenario === null)
      return { ok: false, error: "the link carries no scenario" };
    const checked = checkScenarioDocument(p.scenario, "the link's scenario");
    if (!checked.ok) return { ok: false, error: checked.error };
    const options = p.options;
    return {
      ok: true,
      payload: {
        v: SHARE_VERSION,
        preset: typeof p.preset === "string" ? p.preset : null,
        scenario: checked.input,
        ...(typeof options === "object" && options !== null && !Array.isArray(options) ? { options } : {}),
      },
    };
  } catch (e) {
    return { ok: false, error: `the link could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
