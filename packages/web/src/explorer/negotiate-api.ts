/**
 * Negotiation searches on the server (`POST /api/negotiate`, packages/server), for searches too large for the
 * browser. Whether the server offers the endpoint is read from its OpenAPI document; a workbench opened from static
 * files (no API) simply does not offer it.
 */
import { formatIssue, type Issue, type NegotiationResult, type NegotiationSpecInput } from "@seceq/core";

/** The fetch function shape used (injectable for tests). */
export type NegotiateFetch = (
  input: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}>;

/** Outcome of a server search: the result, or a message (and the spec's issues) for the person. */
export type NegotiateOutcome =
  { ok: true; result: NegotiationResult } | { ok: false; message: string; issues: string[]; aborted: boolean };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** Client of the server's negotiation endpoint. */
export class NegotiateApi {
  private readonly fetchFn: NegotiateFetch;
  private readonly base: string;

  /** Create a client; `base` defaults to `api` relative to the page (works behind a path prefix). */
  constructor(fetchFn: NegotiateFetch, base = "api") {
    this.fetchFn = fetchFn;
    this.base = base.replace(/\/$/, "");
  }

  /** True when the server answers with an OpenAPI document that lists `POST /api/negotiate`. */
  async available(): Promise<boolean> {
    try {
      const res = await this.fetchFn(`${this.base}/openapi.json`);
      if (!res.ok || !(res.headers.get("content-type") ?? "").includes("json")) return false;
      const doc: unknown = await res.json();
      const paths = isRecord(doc) && isRecord(doc.paths) ? doc.paths : {};
      const op = paths["/api/negotiate"];
      return isRecord(op) && isRecord(op.post);
    } catch {
      return false;
    }
  }

  /**
   * Run a search on the server.
   * @param spec the spec (base scenario inline)
   * @param signal aborts the request (the server still finishes, within its time budget)
   */
  async run(spec: NegotiationSpecInput, signal?: AbortSignal): Promise<NegotiateOutcome> {
    let res: Awaited<ReturnType<NegotiateFetch>>;
    try {
      res = await this.fetchFn(`${this.base}/negotiate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(spec),
        ...(signal ? { signal } : {}),
      });
    } catch (e) {
      const aborted = signal?.aborted === true;
      return {
        ok: false,
        aborted,
        issues: [],
        message: aborted
          ? "Cancelled."
          : `The server is not reachable (${e instanceof Error ? e.message : String(e)}).`,
      };
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok || !isRecord(body)) {
      const message = isRecord(body) && typeof body.message === "string" ? body.message : `HTTP ${res.status}`;
      const issues = isRecord(body) && Array.isArray(body.issues) ? (body.issues as Issue[]).map(formatIssue) : [];
      return { ok: false, aborted: false, issues, message: `The server refused the search: ${message}` };
    }
    if (!Array.isArray(body.points) || !Array.isArray(body.frontier))
      return { ok: false, aborted: false, issues: [], message: "The server answered without a search result." };
    return { ok: true, result: body as unknown as NegotiationResult };
  }
}
