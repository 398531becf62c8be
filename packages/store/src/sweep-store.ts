/**
 * Sweep results in SQLite: table `sweeps` (one row per sweep: its resolved spec and size) and `sweep_cells` (one row
 * per finished cell, primary key `(sweep_id, cell_index)`).
 *
 * Each cell is one row written by one statement, so it is atomic: a process killed at any moment (even `kill -9`)
 * leaves every cell either fully stored or absent, never partial (WAL journaling; committed rows survive a process
 * crash). Writes are `INSERT OR IGNORE`: a cell computed twice (a retried job, a resumed run) is stored once and the
 * first copy is kept; cells are deterministic, so both copies are equal anyway. {@link SweepStore.missingCells} tells
 * a resumed run what is left to do.
 *
 * Numbers are stored as JSON text with NaN, ±Infinity and −0 encoded (`encodeCellJson`), so they come back bit for
 * bit.
 */
import {
  csvRow,
  decodeCellJson,
  encodeCellJson,
  ENGINE_VERSION,
  explicitNonFinite,
  NON_FINITE_COLUMN,
  type CellJson,
  type CsvValue,
  type CellResult,
  type ResolvedSweepSpec,
  getOwn,
} from "@seceq/core";
import type BetterSqlite3 from "better-sqlite3";
import type { Db, Migration } from "./db.js";
import { applyMigrations, writeTransaction } from "./db.js";

/** Schema migrations of the sweep tables (ids `sweeps-NNN`). */
export const SWEEP_MIGRATIONS: readonly Migration[] = [
  {
    id: "sweeps-001",
    sql: `
      CREATE TABLE sweeps (
        id TEXT PRIMARY KEY,
        name TEXT,
        spec TEXT NOT NULL,
        cells INTEGER NOT NULL,
        parameters TEXT NOT NULL,
        outputs TEXT NOT NULL,
        samples INTEGER NOT NULL,
        engine_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        completed_at TEXT
      );
      CREATE TABLE sweep_cells (
        sweep_id TEXT NOT NULL REFERENCES sweeps (id) ON DELETE CASCADE,
        cell_index INTEGER NOT NULL,
        params TEXT NOT NULL,
        outputs TEXT NOT NULL,
        bands TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (sweep_id, cell_index)
      ) WITHOUT ROWID;
    `,
  },
];

/** A stored sweep, without its cells. */
export interface SweepRecord {
  id: string;
  name: string | null;
  /** Number of cells the sweep has. */
  cells: number;
  /** Cells stored so far. */
  done: number;
  /** Parameter names, in spec order (CSV column order). */
  parameters: string[];
  /** Output names, in spec order. */
  outputs: string[];
  /** Monte Carlo samples per cell (0: none). */
  samples: number;
  /** Engine version that created the sweep. */
  engineVersion: string;
  /** ISO 8601 times. */
  createdAt: string;
  completedAt: string | null;
}

/** Input of {@link SweepStore.createSweep}. */
export interface CreateSweepInput {
  /** Sweep id (e.g. a content hash of the resolved spec: the same spec resumes the same sweep). */
  id: string;
  spec: ResolvedSweepSpec;
  /** Number of cells (`cellCount(spec)`). */
  cells: number;
}

interface SweepRow {
  id: string;
  name: string | null;
  cells: number;
  parameters: string;
  outputs: string;
  samples: number;
  engine_version: string;
  created_at: string;
  completed_at: string | null;
  done: number;
}

interface CellRow {
  cell_index: number;
  params: string;
  outputs: string;
  bands: string | null;
}

function toRecord(r: SweepRow): SweepRecord {
  return {
    id: r.id,
    name: r.name,
    cells: r.cells,
    done: r.done,
    parameters: JSON.parse(r.parameters) as string[],
    outputs: JSON.parse(r.outputs) as string[],
    samples: r.samples,
    engineVersion: r.engine_version,
    createdAt: r.created_at,
    completedAt: r.completed_at,
  };
}

function toCell(r: CellRow): CellResult {
  const json: CellJson = {
    index: r.cell_index,
    params: JSON.parse(r.params) as CellJson["params"],
    outputs: JSON.parse(r.outputs) as CellJson["outputs"],
    ...(r.bands !== null ? { bands: JSON.parse(r.bands) as NonNullable<CellJson["bands"]> } : {}),
  };
  return decodeCellJson(json);
}

/** Sweeps and their cells in a SQLite database (shares the file with the other store modules). */
export class SweepStore {
  readonly #db: Db;
  readonly #insertCell: BetterSqlite3.Statement<unknown[]>;
  readonly #selectSweep: BetterSqlite3.Statement<unknown[]>;

  /**
   * Open the sweep tables, applying migrations not yet applied.
   * @param db an open database (`openDatabase(path)`)
   */
  constructor(db: Db) {
    this.#db = db;
    applyMigrations(db, SWEEP_MIGRATIONS);
    this.#insertCell = db.prepare(
      "INSERT OR IGNORE INTO sweep_cells (sweep_id, cell_index, params, outputs, bands, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.#selectSweep = db.prepare(
      "SELECT s.*, (SELECT COUNT(*) FROM sweep_cells c WHERE c.sweep_id = s.id) AS done FROM sweeps s WHERE s.id = ?",
    );
  }

  /**
   * Record a sweep, or return the stored one when the id exists (resuming). Throws when the id exists with a
   * different number of cells (a different spec under the same id).
   */
  createSweep(input: CreateSweepInput): SweepRecord {
    const existing = this.getSweep(input.id);
    if (existing) {
      if (existing.cells !== input.cells)
        throw new Error(`sweep ${input.id} exists with ${existing.cells} cells, not ${input.cells}`);
      return existing;
    }
    this.#db
      .prepare(
        `INSERT OR IGNORE INTO sweeps (id, name, spec, cells, parameters, outputs, samples, engine_version, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.id,
        input.spec.name ?? input.spec.id ?? null,
        JSON.stringify(input.spec),
        input.cells,
        JSON.stringify(input.spec.parameters.map((p) => p.name)),
        JSON.stringify(input.spec.outputs),
        input.spec.samples,
        ENGINE_VERSION,
        new Date().toISOString(),
      );
    return this.getSweep(input.id)!;
  }

  /** The sweep with this id (with its count of stored cells), or undefined. */
  getSweep(id: string): SweepRecord | undefined {
    const r = this.#selectSweep.get(id) as SweepRow | undefined;
    return r ? toRecord(r) : undefined;
  }

  /** The resolved spec a sweep was created with, or undefined. */
  getSpec(id: string): ResolvedSweepSpec | undefined {
    const r = this.#db.prepare("SELECT spec FROM sweeps WHERE id = ?").get(id) as { spec: string } | undefined;
    return r ? (JSON.parse(r.spec) as ResolvedSweepSpec) : undefined;
  }

  /** Every sweep, newest first. */
  listSweeps(): SweepRecord[] {
    const rows = this.#db
      .prepare(
        "SELECT s.*, (SELECT COUNT(*) FROM sweep_cells c WHERE c.sweep_id = s.id) AS done FROM sweeps s ORDER BY s.created_at DESC, s.id",
      )
      .all() as SweepRow[];
    return rows.map(toRecord);
  }

  /**
   * Store one finished cell atomically. A cell already stored is left as it is.
   * @returns true when the cell was new
   */
  putCell(sweepId: string, cell: CellResult): boolean {
    const j = encodeCellJson(cell);
    const info = this.#insertCell.run(
      sweepId,
      cell.index,
      JSON.stringify(j.params),
      JSON.stringify(j.outputs),
      j.bands ? JSON.stringify(j.bands) : null,
      new Date().toISOString(),
    );
    return info.changes === 1;
  }

  /**
   * Store several cells in one transaction (all or none).
   * @returns number of cells that were new
   */
  putCells(sweepId: string, cells: readonly CellResult[]): number {
    return writeTransaction(this.#db, () => cells.reduce((n, c) => n + (this.putCell(sweepId, c) ? 1 : 0), 0));
  }

  /** Number of cells stored for a sweep. */
  countCells(sweepId: string): number {
    return (this.#db.prepare("SELECT COUNT(*) AS n FROM sweep_cells WHERE sweep_id = ?").get(sweepId) as { n: number })
      .n;
  }

  /**
   * Cell indices in [0, n) not yet stored, ascending.
   * @param sweepId the sweep
   * @param n number of cells of the sweep
   */
  missingCells(sweepId: string, n: number): number[] {
    const missing: number[] = [];
    let next = 0;
    const stmt = this.#db
      .prepare("SELECT cell_index FROM sweep_cells WHERE sweep_id = ? AND cell_index < ? ORDER BY cell_index")
      .pluck();
    for (const idx of stmt.iterate(sweepId, n) as IterableIterator<number>) {
      for (; next < idx; next++) missing.push(next);
      next = idx + 1;
    }
    for (; next < n; next++) missing.push(next);
    return missing;
  }

  /**
   * Stored cells of a sweep in index order (streamed from the database).
   * @param sweepId the sweep
   */
  *cells(sweepId: string): Generator<CellResult> {
    const stmt = this.#db.prepare(
      "SELECT cell_index, params, outputs, bands FROM sweep_cells WHERE sweep_id = ? ORDER BY cell_index",
    );
    for (const r of stmt.iterate(sweepId) as IterableIterator<CellRow>) yield toCell(r);
  }

  /** Mark a sweep complete (every cell stored); the time is recorded once. */
  markComplete(sweepId: string): void {
    this.#db
      .prepare("UPDATE sweeps SET completed_at = ? WHERE id = ? AND completed_at IS NULL")
      .run(new Date().toISOString(), sweepId);
  }

  /** Delete a sweep and its cells. @returns true when it existed */
  deleteSweep(sweepId: string): boolean {
    return this.#db.prepare("DELETE FROM sweeps WHERE id = ?").run(sweepId).changes === 1;
  }

  /**
   * Write a sweep's cells as CSV (RFC 4180, `\n` line ends): columns `cell`, the parameters, the outputs and, with
   * Monte Carlo, `<output>.mean`, `.p5`, `.p50`, `.p95`, `.dropped` (NaN samples left out of the band) per output,
   * then `non_finite`. Numbers in shortest round-trip form; NaN and ±Infinity (which CSV cannot hold) as empty
   * fields, each named with its value in the row's `non_finite` field, e.g. `y=NaN` ({@link explicitNonFinite}), so
   * none is lost.
   * @param sweepId the sweep
   * @param write receives the text in pieces (a header line, then one line per cell)
   * @param onNonFinite called for each row holding a non-finite number: its cell index and the number of such fields
   * @returns number of cell rows written
   * @throws Error when the sweep does not exist
   */
  exportCsv(
    sweepId: string,
    write: (text: string) => void,
    onNonFinite?: (cell: number, fields: number) => void,
  ): number {
    const sweep = this.getSweep(sweepId);
    if (!sweep) throw new Error(`no sweep "${sweepId}"`);
    const bandCols =
      sweep.samples > 0
        ? sweep.outputs.flatMap((o) => ["mean", "p5", "p50", "p95", "dropped"].map((s) => `${o}.${s}`))
        : [];
    const columns = ["cell", ...sweep.parameters, ...sweep.outputs, ...bandCols];
    write(csvRow([...columns, NON_FINITE_COLUMN]) + "\n");
    let rows = 0;
    for (const c of this.cells(sweepId)) {
      const values: CsvValue[] = [
        c.index,
        ...sweep.parameters.map((p) => getOwn(c.params, p)),
        ...sweep.outputs.map((o) => getOwn(c.outputs, o)),
      ];
      if (sweep.samples > 0)
        for (const o of sweep.outputs) {
          const b = getOwn(c.bands, o);
          values.push(b?.mean, b?.p5, b?.p50, b?.p95, b ? (b.dropped ?? 0) : undefined);
        }
      const { fields, nonFinite } = explicitNonFinite(columns, values);
      if (nonFinite > 0) onNonFinite?.(c.index, nonFinite);
      write(csvRow(fields) + "\n");
      rows++;
    }
    return rows;
  }
}
