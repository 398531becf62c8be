/**
 * Clients that save and update scenarios over HTTP as fast as they can, recording every acknowledged write (issue 14
 * item 6, issue 15 item 3): the scenario id, the version the server said it wrote, and a unique marker written in the
 * document's `notes`, so a later check can prove each acknowledged version holds what its writer sent.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { openDatabase } from "@seceq/store";

/** One acknowledged write. */
export interface Ack {
  id: string;
  version: number;
  marker: string;
}

/** What the clients saw. */
export interface ClientLog {
  acks: Ack[];
  /** Count of responses by HTTP status. */
  statuses: Record<number, number>;
  /** Acknowledgements whose body named another writer's content (a version that is not the one written). */
  mismatched: string[];
  /** Requests that got no response (connection refused or reset, e.g. while the server was killed). */
  networkErrors: number;
}

const MINIMAL = parse(
  readFileSync(new URL("../../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8"),
) as Record<string, unknown>;

interface SavedBody {
  id: string;
  version: number;
  latestVersion: number;
  document: { notes?: string };
}

/**
 * Run `clients` clients per server URL until `until()` is true. Each loops: create a new scenario (1 in 4) or update a
 * shared one with the base version it last saw; on 409 it reloads the latest version and carries on.
 * @param urls server base URLs
 * @param options clients per server, the shared scenario ids, a stop condition, a tag for markers
 */
export async function runSaveClients(
  urls: readonly string[],
  options: { clients: number; sharedIds: readonly string[]; until: () => boolean; tag: string },
): Promise<ClientLog> {
  const log: ClientLog = { acks: [], statuses: {}, mismatched: [], networkErrors: 0 };
  let seq = 0;
  const call = async (url: string, method: string, body?: unknown): Promise<{ status: number; json?: SavedBody }> => {
    try {
      const res = await fetch(url, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      log.statuses[res.status] = (log.statuses[res.status] ?? 0) + 1;
      const text = await res.text();
      return { status: res.status, ...(text && res.status < 300 ? { json: JSON.parse(text) as SavedBody } : {}) };
    } catch {
      log.networkErrors++;
      return { status: 0 };
    }
  };
  const client = async (base: string, k: number) => {
    const known = new Map<string, number>();
    let n = 0;
    while (!options.until()) {
      const marker = `${options.tag}-c${k}-w${n++}-${seq++}`;
      const doc = { ...MINIMAL, notes: marker };
      if (n % 4 === 0) {
        const r = await call(`${base}api/scenarios`, "POST", doc);
        if (r.status === 201 && r.json) {
          log.acks.push({ id: r.json.id, version: r.json.version, marker });
          if (r.json.document.notes !== marker) log.mismatched.push(`${r.json.id}@${r.json.version}: ${marker}`);
        }
        continue;
      }
      const id = options.sharedIds[n % options.sharedIds.length]!;
      const baseVersion = known.get(id) ?? 1;
      const r = await call(`${base}api/scenarios/${id}`, "PUT", { scenario: doc, baseVersion });
      if (r.status === 200 && r.json) {
        log.acks.push({ id, version: r.json.version, marker });
        if (r.json.document.notes !== marker || r.json.version !== baseVersion + 1)
          log.mismatched.push(`${id}@${r.json.version} (base ${baseVersion}): ${marker} vs ${r.json.document.notes}`);
        known.set(id, r.json.version);
      } else if (r.status === 409) {
        const latest = await call(`${base}api/scenarios/${id}`, "GET");
        if (latest.json) known.set(id, latest.json.latestVersion);
      }
    }
  };
  await Promise.all(urls.flatMap((u) => Array.from({ length: options.clients }, (_, k) => client(u, k))));
  return log;
}

/**
 * Check a database file after the writers stopped: `PRAGMA integrity_check` and every acknowledged write present
 * with its own content, and no two acknowledgements of one version.
 * @returns the problems found (empty when all is well)
 */
export function verifyAcks(dbPath: string, acks: readonly Ack[]): string[] {
  const problems: string[] = [];
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const get = db.prepare("SELECT document FROM scenario_versions WHERE scenario_id = ? AND version = ?").pluck();
    const seen = new Map<string, string>();
    for (const a of acks) {
      const key = `${a.id}@${a.version}`;
      const other = seen.get(key);
      if (other !== undefined) problems.push(`${key} acknowledged twice: ${other} and ${a.marker}`);
      seen.set(key, a.marker);
      const doc = get.get(a.id, a.version) as string | undefined;
      if (doc === undefined) problems.push(`${key} (${a.marker}) is missing`);
      else if ((JSON.parse(doc) as { notes?: string }).notes !== a.marker)
        problems.push(`${key} holds ${(JSON.parse(doc) as { notes?: string }).notes}, not ${a.marker}`);
    }
  } finally {
    db.close();
  }
  return problems;
}

/**
 * Create the shared scenarios through one server.
 * @returns their ids (chosen by the server)
 */
export async function createShared(url: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${url}api/scenarios`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: { ...MINIMAL, notes: `initial-${i}` } }),
    });
    if (res.status !== 201) throw new Error(`cannot create a shared scenario: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as SavedBody).id);
  }
  return ids;
}
