/**
 * Run history in SQLite: table `runs`, one row per evaluation, crisis timeline or treaty check, with its options
 * and a small summary as JSON text. Runs keep the scenario id and content hash they used, so deleting a saved
 * scenario leaves its run history readable.
 */
import { writeTransaction, type Db, type Migration } from "./db.js";
import { clampPage } from "./paging.js";
import { StoreError, type ListRunsOptions, type Page, type RecordRunInput, type RunRecord } from "./result-store.js";

/** Largest options or summary JSON the store accepts per run, bytes (256 kB). */
export const MAX_RUN_JSON_BYTES = 256 * 1024;

/** Schema migrations of the run table (ids `runs-NNN`). */
export const RUN_MIGRATIONS: readonly Migration[] = [
  {
    id: "runs-001",
    sql: `
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        scenario_id TEXT,
        scenario_version INTEGER,
        scenario_hash TEXT NOT NULL,
        options TEXT NOT NULL,
        summary TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX runs_scenario ON runs (scenario_id, id DESC);
      CREATE INDEX runs_kind ON runs (kind, id DESC);
    `,
  },
];

interface RunRow {
  id: number;
  kind: string;
  scenario_id: string | null;
  scenario_version: number | null;
  scenario_hash: string;
  options: string;
  summary: string;
  created_at: string;
}

function toRecord(r: RunRow): RunRecord {
  return {
    id: r.id,
    kind: r.kind,
    scenarioId: r.scenario_id,
    scenarioVersion: r.scenario_version,
    scenarioHash: r.scenario_hash,
    options: JSON.parse(r.options) as unknown,
    summary: JSON.parse(r.summary) as unknown,
    createdAt: r.created_at,
  };
}

function json(field: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value ?? null);
  } catch (e) {
    throw new StoreError("invalid", `${field} is not plain JSON data (${(e as Error).message})`);
  }
  if (text === undefined) throw new StoreError("invalid", `${field} is not plain JSON data`);
  if (Buffer.byteLength(text, "utf8") > MAX_RUN_JSON_BYTES)
    throw new StoreError("invalid", `${field} is larger than ${MAX_RUN_JSON_BYTES / 1024} kB`);
  return text;
}

/**
 * The run table over one open database. Apply {@link RUN_MIGRATIONS} first.
 * Methods are synchronous; `SqliteResultStore` wraps them in promises.
 */
export class RunTable {
  readonly #db: Db;
  readonly #now: () => Date;

  /**
   * @param db open database with the run migrations applied
   * @param now clock for timestamps (default the system clock)
   */
  constructor(db: Db, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /** Record one run. */
  record(input: RecordRunInput): RunRecord {
    if (typeof input.kind !== "string" || input.kind === "" || input.kind.length > 64)
      throw new StoreError("invalid", "kind must be 1–64 characters");
    if (typeof input.scenarioHash !== "string" || input.scenarioHash === "" || input.scenarioHash.length > 128)
      throw new StoreError("invalid", "scenarioHash must be 1–128 characters");
    const options = json("options", input.options);
    const summary = json("summary", input.summary);
    const at = this.#now().toISOString();
    return writeTransaction(this.#db, () => {
      const id = this.#db
        .prepare(
          `INSERT INTO runs (kind, scenario_id, scenario_version, scenario_hash, options, summary, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.kind,
          input.scenarioId ?? null,
          input.scenarioVersion ?? null,
          input.scenarioHash,
          options,
          summary,
          at,
        ).lastInsertRowid;
      return this.get(Number(id))!;
    });
  }

  /** Get one run. */
  get(id: number): RunRecord | undefined {
    if (!Number.isSafeInteger(id)) return undefined;
    const row = this.#db.prepare("SELECT * FROM runs WHERE id = ?").get(id) as RunRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** List runs, newest first, optionally of one kind or one saved scenario. */
  list(options: ListRunsOptions = {}): Page<RunRecord> {
    const { limit, offset } = clampPage(options);
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (options.kind !== undefined) {
      where.push("kind = ?");
      args.push(options.kind);
    }
    if (options.scenarioId !== undefined) {
      where.push("scenario_id = ?");
      args.push(options.scenarioId);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
    return this.#db.transaction(() => {
      const total = (this.#db.prepare(`SELECT COUNT(*) AS n FROM runs ${clause}`).get(...args) as { n: number }).n;
      const rows = this.#db
        .prepare(`SELECT * FROM runs ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
        .all(...args, limit, offset) as RunRow[];
      return { items: rows.map(toRecord), total, limit, offset };
    })();
  }
}
