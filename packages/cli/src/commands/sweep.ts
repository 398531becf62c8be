/**
 * `seceq sweep <spec.yaml> [--workers N] [--queue redis://host:port] [--db PATH] [--json]`: run a parameter sweep,
 * storing each cell in the SQLite store as it finishes, with a progress bar and ETA on stderr.
 *
 * Resumable: the sweep id is a hash of the resolved spec, so running the same spec again (after Ctrl-C, a crash or
 * `kill -9`) computes only the cells not yet stored. Each cell is one row written atomically; none is ever partial
 * or duplicated.
 *
 * Also `seceq sweep export <id> [--csv] [--out FILE] [--db PATH]` (CSV) and `seceq sweep list [--db PATH] [--json]`.
 */
import { closeSync, existsSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Command } from "@commander-js/extra-typings";
import cliProgress from "cli-progress";
import {
  cellCount,
  closest,
  decodeDocumentBytes,
  loadSweepSpec,
  scenarioTornado,
  summarizeCells,
  type OutputSummary,
  type ResolvedSweepSpec,
  type Scenario,
  type TornadoResult,
} from "@seceq/core";
import { getPreset, listPresets } from "@seceq/data";
import {
  BullmqRunner,
  ChunkFailedError,
  describeConnectionChange,
  InProcessRunner,
  PiscinaRunner,
  RedisUnavailableError,
  sweepIdOf,
  type Runner,
} from "@seceq/runners";
import { openDatabase, pendingMigrations, SWEEP_MIGRATIONS, SweepStore, type Db, type SweepRecord } from "@seceq/store";
import { EXIT, ExitRequest, UserError } from "../errors.js";
import { readFileBytes } from "../io/read-input.js";
import { fmt, note, printJson, printText, table } from "../io/output.js";
import { parseIntOption } from "../io/options.js";
import { checkRedisUrl } from "../io/redis-url.js";
import { DEFAULT_DB_PATH } from "../io/store-path.js";

/** Exit code when a sweep is interrupted (Ctrl-C / SIGTERM): 128 + SIGINT, as shells report it. */
export const EXIT_INTERRUPTED = EXIT.interrupted;

/** Options of `seceq sweep`. */
export interface SweepCliOptions {
  workers?: string;
  queue?: string;
  prefix?: string;
  chunkSize?: string;
  db: string;
  json?: boolean;
  progress?: boolean;
}

const presetIds = () => listPresets().map((p) => p.id);
const resolvePreset = (id: string): Scenario | undefined => (presetIds().includes(id) ? getPreset(id) : undefined);

/** Load and resolve a sweep spec file; throws {@link UserError} with every located issue. */
export function readSweepSpec(file: string): ResolvedSweepSpec {
  const text = decodeDocumentBytes(readFileBytes(file), file);
  if (text.value === undefined) throw new UserError(text.issues);
  const r = loadSweepSpec(text.value, { file, resolvePreset, presetIds: presetIds() });
  if (!r.value) throw new UserError(r.issues);
  return r.value;
}

/** A database error (SQLite or file system) is about the user's file, not a bug. */
function storeError(path: string, e: unknown): UserError | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== "string" || !/^(SQLITE_|E[A-Z]+$)/.test(code)) return undefined;
  return new UserError([
    { code: "file", path: [], file: path, message: `cannot open the store: ${(e as Error).message}` },
  ]);
}

/** Open (creating if needed) the store for a sweep run; any failure closes the database again. */
function openStore(path: string): { db: Db; store: SweepStore } {
  let db: Db;
  try {
    db = openDatabase(path);
  } catch (e) {
    throw storeError(path, e) ?? e;
  }
  try {
    return { db, store: new SweepStore(db) };
  } catch (e) {
    db.close();
    throw storeError(path, e) ?? e;
  }
}

/**
 * Open an existing store read-only (`sweep list`, `sweep export`): nothing is created. The store is undefined when
 * the file holds no sweep tables yet (e.g. only `seceq serve` has used it).
 * @throws UserError when there is no file at `path` or it cannot be read as a store
 */
function openStoreForReading(path: string): { db: Db; store: SweepStore | undefined } {
  if (!existsSync(path))
    throw new UserError([
      {
        code: "file",
        path: [],
        file: path,
        message: `no store at ${path}`,
        hint: "give the store file with --db, or run `seceq sweep <spec>` first",
      },
    ]);
  let db: Db;
  try {
    db = openDatabase(path, { readonly: true });
  } catch (e) {
    throw storeError(path, e) ?? e;
  }
  try {
    return { db, store: pendingMigrations(db, SWEEP_MIGRATIONS).length > 0 ? undefined : new SweepStore(db) };
  } catch (e) {
    db.close();
    throw storeError(path, e) ?? e;
  }
}

function makeRunner(opts: SweepCliOptions): Runner {
  if (opts.queue !== undefined) {
    return new BullmqRunner({
      url: checkRedisUrl("--queue", opts.queue),
      ...(opts.prefix !== undefined ? { prefix: opts.prefix } : {}),
      ...(opts.chunkSize !== undefined ? { chunkSize: parseIntOption("--chunk-size", opts.chunkSize, 1, 5000) } : {}),
      onConnectionChange: (change) => note(`seceq sweep: ${describeConnectionChange(change)}`),
      onRequeue: ({ chunks }) =>
        note(
          `seceq sweep: Redis no longer knew ${chunks} unfinished chunk${chunks === 1 ? "" : "s"} ` +
            "(restarted without persistence?); queued them again",
        ),
    });
  }
  const workers = opts.workers !== undefined ? parseIntOption("--workers", opts.workers, 1, 256) : 1;
  return workers > 1 ? new PiscinaRunner({ threads: workers }) : new InProcessRunner();
}

/** What `seceq sweep --json` prints. */
export interface SweepJson {
  ok: true;
  sweepId: string;
  name: string | null;
  db: string;
  runner: string;
  cells: number;
  /** Cells computed by this run (the rest were stored by earlier runs). */
  computed: number;
  seconds: number;
  parameters: string[];
  /** Per output: spread over cells and, with Monte Carlo, the mean 5/50/95 band. */
  outputs: Record<string, OutputSummary>;
  /** With Monte Carlo: what drives each output's spread at the base scenario (p5 → p95 of each input). */
  tornado?: Record<string, TornadoResult>;
}

function startBar(total: number, done: number, enabled: boolean) {
  if (!enabled) return { increment: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: "sweep [{bar}] {percentage}% | {value}/{total} cells | {rate} cells/s | ETA {eta_formatted}",
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      // Visible, as in io/progress.ts: a second Ctrl-C ends the process before the bar could restore it.
      hideCursor: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  let computed = 0;
  let stopped = false;
  bar.start(total, done, { rate: "0" });
  return {
    increment: () => {
      computed++;
      const s = (performance.now() - t0) / 1000;
      bar.increment(1, { rate: s > 0 ? (computed / s).toFixed(1) : "0" });
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}

/** Run `seceq sweep`. */
export async function runSweepCommand(file: string, opts: SweepCliOptions): Promise<void> {
  const spec = readSweepSpec(file);
  const runner = makeRunner(opts);
  const n = cellCount(spec);
  const id = sweepIdOf(spec);
  const ctrl = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => ctrl.abort(new Error(`interrupted by ${sig}`));
  let db: Db | undefined;
  try {
    // Reach Redis before touching the store, so an unreachable queue writes nothing.
    if (runner instanceof BullmqRunner)
      await runner.connect().catch((e: unknown) => {
        throw e instanceof RedisUnavailableError ? new UserError(e.message) : e;
      });
    const opened = openStore(opts.db);
    db = opened.db;
    const store = opened.store;
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const t0 = performance.now();
    store.createSweep({ id, spec, cells: n });
    const missing = store.missingCells(id, n);
    const before = n - missing.length;
    note(
      `seceq sweep: ${id}: ${n.toLocaleString("en-US")} cells` +
        (before > 0 ? `, ${before.toLocaleString("en-US")} already stored (resuming)` : "") +
        (missing.length > 0
          ? `; computing ${missing.length.toLocaleString("en-US")} ${describeRunner(runner)}`
          : "; nothing left to compute"),
    );
    if (missing.length > 0) {
      const bar = startBar(n, before, opts.progress !== false);
      try {
        await runner.run(
          spec,
          missing,
          (cell) => {
            store.putCell(id, cell);
            bar.increment();
          },
          { signal: ctrl.signal, sweepId: id },
        );
      } catch (e) {
        bar.stop();
        if (ctrl.signal.aborted) {
          note(
            `seceq sweep: ${(ctrl.signal.reason as Error).message}; ${store.countCells(id)} of ${n} cells stored. Run the same command again to resume.`,
          );
          throw new ExitRequest(EXIT_INTERRUPTED);
        }
        if (e instanceof RedisUnavailableError) throw new UserError(e.message);
        if (e instanceof ChunkFailedError) {
          const stored = store.countCells(id);
          throw new UserError(
            [
              {
                code: "chunk_failed",
                path: [],
                message: e.message,
                hint: "see the worker's log; fix the cause and run the same command again to retry the failed chunks",
              },
            ],
            { summary: `${stored} of ${n} cells of sweep ${id} are stored; the rest were not computed.` },
          );
        }
        throw e;
      } finally {
        bar.stop();
      }
    }
    const stored = store.countCells(id);
    if (stored !== n) throw new Error(`sweep ${id} finished with ${stored} of ${n} cells stored`);
    store.markComplete(id);
    const cells = [...store.cells(id)];
    const outputs = summarizeCells(spec.outputs, cells);
    const tornado =
      spec.samples > 0
        ? scenarioTornado(spec.base.scenario, spec.uncertainty, spec.outputs, spec.framework)
        : undefined;
    const result: SweepJson = {
      ok: true,
      sweepId: id,
      name: spec.name ?? spec.id ?? null,
      db: opts.db,
      runner: runner.name,
      cells: n,
      computed: missing.length,
      seconds: (performance.now() - t0) / 1000,
      parameters: spec.parameters.map((p) => p.name),
      outputs,
      ...(tornado ? { tornado } : {}),
    };
    if (opts.json) printJson(result);
    else printText(renderSweep(result));
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    try {
      await runner.close();
    } finally {
      db?.close();
    }
  }
}

function describeRunner(r: Runner): string {
  if (r instanceof PiscinaRunner) return `on ${r.threads} worker threads`;
  if (r instanceof BullmqRunner)
    return `through BullMQ (queue ${r.queueName}, prefix ${r.prefix}; start workers with \`seceq worker --queue …\`)`;
  return "in-process";
}

const f3 = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? fmt(x) : x.toFixed(3)) : "—");

/** The human report of a finished sweep. */
export function renderSweep(r: SweepJson): string {
  const mc = Object.values(r.outputs).some((o) => o.meanBand);
  const header = ["output", "min", "p5", "median", "p95", "max", ...(mc ? ["MC p5", "MC p50", "MC p95"] : [])];
  const rows = Object.entries(r.outputs).map(([name, o]) => [
    name,
    f3(o.min),
    f3(o.overCells.p5),
    f3(o.overCells.p50),
    f3(o.overCells.p95),
    f3(o.max),
    ...(mc ? [f3(o.meanBand?.p5 ?? NaN), f3(o.meanBand?.p50 ?? NaN), f3(o.meanBand?.p95 ?? NaN)] : []),
  ]);
  const lines = [
    `SWEEP ${r.name ?? r.sweepId} — ${r.cells.toLocaleString("en-US")} cells (${r.computed.toLocaleString("en-US")} computed now, ${r.seconds.toFixed(1)} s, ${r.runner})`,
    `parameters: ${r.parameters.join(", ")}`,
    "",
    "Outputs over the cells (expected values)" + (mc ? "; MC columns: mean Monte Carlo band per cell" : ""),
    table(header, rows),
  ];
  // Cells whose output is NaN are left out of the figures above: say how many, never silently.
  const gaps = Object.entries(r.outputs).filter(([, o]) => o.cells < r.cells);
  if (gaps.length > 0) {
    lines.push("", "Not a number (NaN) in some cells, left out of the figures above:");
    for (const [name, o] of gaps)
      lines.push(
        `  ${name}: ${(r.cells - o.cells).toLocaleString("en-US")} of ${r.cells.toLocaleString("en-US")} cells`,
      );
    lines.push("  (`seceq sweep export` writes them as empty fields, named in the non_finite column)");
  }
  // Likewise Monte Carlo samples in which an output is NaN: left out of that cell's band, and counted.
  const dropped = Object.entries(r.outputs).filter(([, o]) => o.warning);
  if (dropped.length > 0) {
    lines.push("", "Monte Carlo samples left out of the bands (MC columns):");
    for (const [name, o] of dropped) lines.push(`  ${name}: ${o.warning}`);
  }
  if (r.tornado) {
    lines.push("", "What drives the spread (each uncertain input p5 → p95, others at median; base scenario):");
    for (const [name, t] of Object.entries(r.tornado)) {
      const top = t.bars.slice(0, 3).map((b) => `${b.name} ${f3(b.outputAtLow)}→${f3(b.outputAtHigh)}`);
      lines.push(`  ${name} (base ${f3(t.base)}): ${top.join("; ")}`);
    }
  }
  lines.push(
    "",
    `stored in ${r.db} as sweep ${r.sweepId}; CSV: seceq sweep export ${r.sweepId} --db ${r.db} > cells.csv`,
  );
  return lines.join("\n");
}

/**
 * Find a sweep by id or unique id prefix.
 * @param store the sweep store, or undefined for a store file without sweep tables (no sweeps)
 * @param id sweep id or prefix
 * @throws UserError when no sweep or several match
 */
export function findSweep(store: SweepStore | undefined, id: string): SweepRecord {
  const exact = store?.getSweep(id);
  if (exact) return exact;
  const all = store?.listSweeps() ?? [];
  const matches = all.filter((s) => s.id.startsWith(id));
  if (matches.length === 1) return matches[0]!;
  const guess = closest(
    id,
    all.map((s) => s.id),
  );
  throw new UserError([
    {
      code: matches.length > 1 ? "ambiguous_id" : "unknown_sweep",
      path: [],
      message:
        matches.length > 1
          ? `"${id}" matches ${matches.length} sweeps: ${matches.map((s) => s.id).join(", ")}`
          : `no sweep "${id}" in the store${all.length ? `; stored: ${all.map((s) => s.id).join(", ")}` : " (it is empty)"}`,
      ...(guess && matches.length === 0 ? { hint: `did you mean "${guess}"?` } : {}),
    },
  ]);
}

/**
 * Write a sweep's CSV to a file atomically: into a temporary file beside it, renamed over the target once complete,
 * so a failure leaves no partial file (and an existing file untouched).
 * @returns number of cell rows written
 * @throws UserError when the file cannot be written (missing folder, no permission, disk full…)
 */
function exportToFile(
  store: SweepStore,
  sweepId: string,
  out: string,
  onNonFinite?: (cell: number, fields: number) => void,
): number {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "w");
    const file = fd;
    let buf = "";
    const flush = () => {
      if (buf.length > 0) writeSync(file, buf);
      buf = "";
    };
    const rows = store.exportCsv(
      sweepId,
      (t) => {
        buf += t;
        if (buf.length > 1 << 16) flush();
      },
      onNonFinite,
    );
    flush();
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, out);
    return rows;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const { code } = e as NodeJS.ErrnoException;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code))
      throw new UserError([
        { code: "file", path: [], file: out, message: `cannot write ${out}: ${(e as Error).message}` },
      ]);
    throw e;
  }
}

/** Options of `seceq sweep export` (with `--db` and `--json` from `sweep`). */
export interface ExportCliOptions {
  db: string;
  out?: string;
  csv?: boolean;
  json?: boolean;
}

/** Run `seceq sweep export`. */
export function exportSweepCommand(id: string, opts: ExportCliOptions): void {
  if (opts.json)
    throw new UserError(
      "`seceq sweep export` writes CSV, not JSON; drop --json (for JSON about the stored sweeps: `seceq sweep list --json`)",
    );
  const { db, store } = openStoreForReading(opts.db);
  try {
    const sweep = findSweep(store, id);
    // CSV has no NaN or Infinity: such fields are written empty and named in the row's non_finite field; say so.
    let cells = 0;
    let fields = 0;
    const onNonFinite = (_cell: number, n: number) => {
      cells++;
      fields += n;
    };
    let rows: number;
    if (opts.out !== undefined) {
      rows = exportToFile(store!, sweep.id, opts.out, onNonFinite);
      note(`seceq sweep export: ${rows} cells of ${sweep.id} written to ${opts.out}`);
    } else {
      let buf = "";
      rows = store!.exportCsv(
        sweep.id,
        (t) => {
          buf += t;
          if (buf.length > 1 << 16) {
            process.stdout.write(buf);
            buf = "";
          }
        },
        onNonFinite,
      );
      process.stdout.write(buf);
    }
    if (cells > 0)
      note(
        `seceq sweep export: warning: ${cells} of ${rows} cells hold ${fields} value${fields === 1 ? "" : "s"} that ` +
          "are not finite numbers (NaN or ±Infinity); written as empty fields and named in the non_finite column",
      );
  } finally {
    db.close();
  }
}

/** Run `seceq sweep list`. */
export function listSweepsCommand(opts: { db: string; json?: boolean }): void {
  const { db, store } = openStoreForReading(opts.db);
  try {
    const sweeps = store?.listSweeps() ?? [];
    if (opts.json) printJson({ ok: true, sweeps });
    else if (sweeps.length === 0) printText(`no sweeps in ${opts.db}`);
    else
      printText(
        table(
          ["id", "name", "cells", "stored", "created", "complete"],
          sweeps.map((s) => [
            s.id,
            s.name ?? "",
            s.cells,
            s.done,
            s.createdAt.slice(0, 19),
            s.completedAt ? "yes" : "no",
          ]),
        ),
      );
  } finally {
    db.close();
  }
}

/** Register `sweep` (with `sweep export` and `sweep list`). */
export function registerSweep(program: Command): void {
  const sweep = program
    .command("sweep")
    .description(
      "run a parameter sweep (resumable; results into the SQLite store); see also `sweep export`, `sweep list`",
    )
    .argument("<spec>", "sweep spec file (YAML or JSON), e.g. examples/sweeps/us-russia-silos.yaml")
    .option("--workers <n>", "worker threads on this machine (default 1: in-process)")
    .option("--queue <url>", "run through BullMQ on Redis (redis://host:port); start workers with `seceq worker`")
    .option("--prefix <prefix>", "BullMQ key prefix (with --queue)", "seceq")
    .option("--chunk-size <n>", "cells per BullMQ job (with --queue; keep it the same when resuming)")
    .option("--db <path>", "SQLite store file", DEFAULT_DB_PATH)
    .option("--json", "print one JSON document: sweep id, cells, outputs summary with bands")
    .option("--no-progress", "no progress bar")
    .action((file: string, opts: SweepCliOptions) => runSweepCommand(file, opts));
  // `export` and `list` read --db and --json from `sweep` (commander gives options after a subcommand to the parent
  // that defines them; `optsWithGlobals` types them from both).
  sweep
    .command("export")
    .description("write a stored sweep's cells as CSV (stdout, or --out FILE)")
    .argument("<id>", "sweep id (or a unique prefix)")
    .option("--csv", "CSV output (the default and only format)")
    .option("--out <file>", "write to a file instead of stdout")
    .addHelpText("after", "\nOptions of `seceq sweep` that apply: --db <path> (default .seceq/store.db)")
    .action((id, _opts, cmd) => exportSweepCommand(id, cmd.optsWithGlobals()));
  sweep
    .command("list")
    .description("list the sweeps in the store (with --db, --json)")
    .action((_opts, cmd) => listSweepsCommand(cmd.optsWithGlobals()));
}
