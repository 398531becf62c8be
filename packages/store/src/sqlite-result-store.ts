/**
 * `SqliteResultStore`: the default {@link ResultStore}, one SQLite file through better-sqlite3 12 (WAL journal).
 */
import { applyMigrations, openDatabase, type Db } from "./db.js";
import type {
  CreateScenarioInput,
  ListRunsOptions,
  Page,
  PageOptions,
  RecordRunInput,
  ResultStore,
  RunRecord,
  SavedScenario,
  SavedScenarioSummary,
  ScenarioVersionInfo,
  UpdateScenarioInput,
} from "./result-store.js";
import { RUN_MIGRATIONS, RunTable } from "./run-store.js";
import { SCENARIO_MIGRATIONS, ScenarioTable } from "./scenario-store.js";

/** Options of {@link SqliteResultStore}. */
export interface SqliteResultStoreOptions {
  /** Clock for timestamps; default the system clock. */
  now?: () => Date;
}

/** Run a synchronous store call as a promise, turning a throw into a rejection. */
function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/**
 * A {@link ResultStore} on an open SQLite database. The constructor applies the scenario and run migrations
 * (`scenarios-NNN`, `runs-NNN`); other store modules (sweeps) may share the same database and apply their own.
 */
export class SqliteResultStore implements ResultStore {
  /** The underlying database (shared with other store modules). */
  readonly db: Db;
  readonly #scenarios: ScenarioTable;
  readonly #runs: RunTable;

  /**
   * @param db an open database (see {@link openDatabase})
   * @param options clock
   */
  constructor(db: Db, options: SqliteResultStoreOptions = {}) {
    this.db = db;
    applyMigrations(db, [...SCENARIO_MIGRATIONS, ...RUN_MIGRATIONS]);
    this.#scenarios = new ScenarioTable(db, options.now);
    this.#runs = new RunTable(db, options.now);
  }

  /**
   * Open (creating if needed) a store file and apply its migrations.
   * @param path file path (parent folders are created), or `:memory:`
   */
  static open(path: string, options: SqliteResultStoreOptions = {}): SqliteResultStore {
    const db = openDatabase(path);
    try {
      return new SqliteResultStore(db, options);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  createScenario(input: CreateScenarioInput): Promise<SavedScenario> {
    return settle(() => this.#scenarios.create(input));
  }

  listScenarios(page?: PageOptions): Promise<Page<SavedScenarioSummary>> {
    return settle(() => this.#scenarios.list(page));
  }

  getScenario(id: string, version?: number): Promise<SavedScenario | undefined> {
    return settle(() => this.#scenarios.get(id, version));
  }

  listScenarioVersions(id: string): Promise<ScenarioVersionInfo[] | undefined> {
    return settle(() => this.#scenarios.versions(id));
  }

  updateScenario(id: string, input: UpdateScenarioInput): Promise<SavedScenario> {
    return settle(() => this.#scenarios.update(id, input));
  }

  deleteScenario(id: string): Promise<boolean> {
    return settle(() => this.#scenarios.delete(id));
  }

  recordRun(input: RecordRunInput): Promise<RunRecord> {
    return settle(() => this.#runs.record(input));
  }

  listRuns(options?: ListRunsOptions): Promise<Page<RunRecord>> {
    return settle(() => this.#runs.list(options));
  }

  getRun(id: number): Promise<RunRecord | undefined> {
    return settle(() => this.#runs.get(id));
  }

  close(): Promise<void> {
    return settle(() => {
      if (this.db.open) this.db.close();
    });
  }
}
