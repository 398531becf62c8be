/**
 * Saved scenarios through the HTTP API (`/api/scenarios`, packages/server). The workbench evaluates without the API;
 * this client only saves and loads named scenarios, and reports "unavailable" instead of failing when no server
 * answers (e.g. the app opened from static files).
 */

/** A saved scenario in a listing. */
export interface SavedSummary {
  id: string;
  name: string;
  latestVersion: number;
  updatedAt: string;
}

/** A saved scenario with its document. */
export interface SavedDocument extends SavedSummary {
  version: number;
  document: unknown;
}

/** Outcome of an API call: the value, or a message for the user. */
export type ApiOutcome<T> = { ok: true; value: T } | { ok: false; message: string; unavailable: boolean };

/** The fetch function shape used (injectable for tests). */
export type FetchLike = (
  input: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}>;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function summaryOf(x: unknown): SavedSummary | undefined {
  if (!isRecord(x) || typeof x.id !== "string") return undefined;
  return {
    id: x.id,
    name: typeof x.name === "string" ? x.name : x.id,
    latestVersion: typeof x.latestVersion === "number" ? x.latestVersion : 1,
    updatedAt: typeof x.updatedAt === "string" ? x.updatedAt : "",
  };
}

/** Client of the saved-scenario API. */
export class ScenarioApi {
  private readonly fetchFn: FetchLike;
  private readonly base: string;

  /** Create a client; `base` defaults to `api` relative to the page (works behind a path prefix). */
  constructor(fetchFn: FetchLike, base = "api") {
    this.fetchFn = fetchFn;
    this.base = base.replace(/\/$/, "");
  }

  private async call(path: string, init?: Parameters<FetchLike>[1]): Promise<ApiOutcome<unknown>> {
    let res: Awaited<ReturnType<FetchLike>>;
    try {
      res = await this.fetchFn(`${this.base}${path}`, init);
    } catch {
      return {
        ok: false,
        unavailable: true,
        message: "The scenario server is not reachable; use Export/Import or a share link instead.",
      };
    }
    const type = res.headers.get("content-type") ?? "";
    if (!type.includes("json"))
      return {
        ok: false,
        unavailable: true,
        message:
          "No scenario API here (the workbench is served as static files); use Export/Import or a share link instead.",
      };
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const msg = isRecord(body) && typeof body.message === "string" ? body.message : `HTTP ${res.status}`;
      return { ok: false, unavailable: res.status === 404 && !isRecord(body), message: `The server refused: ${msg}` };
    }
    return { ok: true, value: body };
  }

  /** List saved scenarios, newest first. */
  async list(): Promise<ApiOutcome<SavedSummary[]>> {
    const r = await this.call("/scenarios?limit=100");
    if (!r.ok) return r;
    const items = Array.isArray(r.value)
      ? r.value
      : isRecord(r.value) && Array.isArray(r.value.items)
        ? r.value.items
        : [];
    return { ok: true, value: items.map(summaryOf).filter((x): x is SavedSummary => x !== undefined) };
  }

  /** Save a scenario: a new one, or a new version of `id` when given. */
  async save(name: string, scenario: unknown, id?: string): Promise<ApiOutcome<SavedSummary>> {
    const body = JSON.stringify({ scenario, name });
    const r = id
      ? await this.call(`/scenarios/${encodeURIComponent(id)}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body,
        })
      : await this.call("/scenarios", { method: "POST", headers: { "content-type": "application/json" }, body });
    if (!r.ok) return r;
    const s = summaryOf(r.value);
    return s
      ? { ok: true, value: s }
      : { ok: false, unavailable: false, message: "The server answered without a scenario id." };
  }

  /** Load the latest version of a saved scenario. */
  async load(id: string): Promise<ApiOutcome<SavedDocument>> {
    const r = await this.call(`/scenarios/${encodeURIComponent(id)}`);
    if (!r.ok) return r;
    const s = summaryOf(r.value);
    if (!s || !isRecord(r.value) || r.value.document === undefined)
      return { ok: false, unavailable: false, message: "The server answered without a scenario document." };
    return {
      ok: true,
      value: {
        ...s,
        version: typeof r.value.version === "number" ? r.value.version : s.latestVersion,
        document: r.value.document,
      },
    };
  }
}
