/**
 * The `ResultStore` interface: saved scenarios with a version history, and the history of runs (evaluations, crisis
 * timelines, treaty checks). Implementations keep every write atomic: a failed write changes nothing.
 *
 * Methods return promises so a networked backend (Postgres, DuckDB on a shared host) can implement the same
 * interface; the SQLite implementation resolves them synchronously.
 */

/** Default page size of list calls. */
export const DEFAULT_PAGE_SIZE = 50;

/** Largest page size of list calls; larger requests are clamped. */
export const MAX_PAGE_SIZE = 500;

/** A page request: `limit` items (default 50, at most 500) after skipping `offset` (default 0). */
export interface PageOptions {
  limit?: number;
  offset?: number;
}

/** One page of a listing and the total number of items matching. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A saved scenario as listed: identity, name and latest version, without the document. */
export interface SavedScenarioSummary {
  /** Store-assigned id (a UUID unless the caller chose one). */
  id: string;
  /** Name of the latest version. */
  name: string;
  /** Number of the latest version, 1-based. */
  latestVersion: number;
  /** Content hash of the latest version's document (see `contentHash`). */
  hash: string;
  /** ISO 8601 time the scenario was first saved. */
  createdAt: string;
  /** ISO 8601 time its latest version was saved. */
  updatedAt: string;
}

/** One version of a saved scenario, without the document. */
export interface ScenarioVersionInfo {
  /** Version number, 1-based, increasing by one per update. */
  version: number;
  name: string;
  hash: string;
  /** Free-text change note given with the version, or null. */
  note: string | null;
  /** ISO 8601 time this version was saved. */
  createdAt: string;
}

/** A saved scenario at one version, with its document. */
export interface SavedScenario extends SavedScenarioSummary {
  /** The version returned (the latest unless another was asked for). */
  version: number;
  /** Name of this version. */
  versionName: string;
  /** Hash of this version's document. */
  versionHash: string;
  /** Change note of this version, or null. */
  note: string | null;
  /** ISO 8601 time this version was saved. */
  versionCreatedAt: string;
  /** The scenario document as saved (plain JSON data). */
  document: unknown;
}

/** Input of {@link ResultStore.createScenario}. */
export interface CreateScenarioInput {
  /** Display name (1–200 characters). */
  name: string;
  /** The scenario document: plain JSON data, at most 5 MB serialised. */
  document: unknown;
  /** Change note for version 1. */
  note?: string;
  /** Id to use instead of a generated UUID (1–128 characters of letters, digits, `-`, `_`, `.`). */
  id?: string;
}

/** Input of {@link ResultStore.updateScenario}: a new version. */
export interface UpdateScenarioInput {
  /** New name; default the current name. */
  name?: string;
  document: unknown;
  note?: string;
  /**
   * The version the edit started from. When given and no longer the latest, the update is refused with a
   * `conflict` {@link StoreError} (optimistic concurrency), so two editors cannot silently overwrite each other.
   */
  baseVersion?: number;
}

/** What a run computed: evaluation, crisis timeline, treaty check, path to compliance, or another named kind. */
export type RunKind = "evaluate" | "crisis" | "treaty-check" | "treaty-comply" | (string & {});

/** Input of {@link ResultStore.recordRun}. */
export interface RecordRunInput {
  kind: RunKind;
  /** Saved scenario the run used, when it used one. */
  scenarioId?: string | null;
  /** Version of that saved scenario. */
  scenarioVersion?: number | null;
  /** Content hash of the scenario document that was run. */
  scenarioHash: string;
  /** Options of the run (samples, seed, days, framework…): plain JSON data. */
  options: unknown;
  /** A small summary of the result (headline figures): plain JSON data. */
  summary: unknown;
}

/** One recorded run. */
export interface RunRecord {
  /** Store-assigned id, increasing. */
  id: number;
  kind: RunKind;
  scenarioId: string | null;
  scenarioVersion: number | null;
  scenarioHash: string;
  options: unknown;
  summary: unknown;
  /** ISO 8601 time the run was recorded. */
  createdAt: string;
}

/** Filters of {@link ResultStore.listRuns}. */
export interface ListRunsOptions extends PageOptions {
  kind?: string;
  scenarioId?: string;
}

/** Why a store call was refused. */
/** `busy`: other writers held the database longer than the busy timeout; nothing was written (retry). */
export type StoreErrorCode = "not_found" | "conflict" | "invalid" | "busy";

/** A refused store call (unknown id, version conflict, invalid input). Nothing was written. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.name = "StoreError";
    this.code = code;
  }
}

/** Saved scenarios with versions, and run history. */
export interface ResultStore {
  /** Save a new scenario as version 1. Throws `conflict` when a chosen id exists, `invalid` on bad input. */
  createScenario(input: CreateScenarioInput): Promise<SavedScenario>;
  /** List saved scenarios, most recently updated first. */
  listScenarios(page?: PageOptions): Promise<Page<SavedScenarioSummary>>;
  /** Get a scenario at its latest version, or at `version`; undefined when either is unknown. */
  getScenario(id: string, version?: number): Promise<SavedScenario | undefined>;
  /** List the versions of a scenario, oldest first; undefined when the scenario is unknown. */
  listScenarioVersions(id: string): Promise<ScenarioVersionInfo[] | undefined>;
  /** Save a new version. Throws `not_found`, `conflict` (stale `baseVersion`) or `invalid`. */
  updateScenario(id: string, input: UpdateScenarioInput): Promise<SavedScenario>;
  /** Delete a scenario and all its versions (runs keep their record). Resolves false when it was unknown. */
  deleteScenario(id: string): Promise<boolean>;
  /** Record a run. */
  recordRun(input: RecordRunInput): Promise<RunRecord>;
  /** List runs, newest first. */
  listRuns(options?: ListRunsOptions): Promise<Page<RunRecord>>;
  /** Get one run; undefined when unknown. */
  getRun(id: number): Promise<RunRecord | undefined>;
  /** Release the store's resources; later calls fail. */
  close(): Promise<void>;
}
