/**
 * Reports from the core worker as deltas: after the first, a worker sends only the parts of a report that differ from
 * the report it sent before (top-level fields, and each exchange's fields), and the page takes the rest from the
 * report it received before. A slider change moves the figures, the exchanges' draw-down and damage, but not the
 * sources (about a quarter of the report) or most of an exchange's fields; sending less shortens the structured
 * clone on both threads, and the parts kept keep their identity on the page, so views memoised on them skip work.
 *
 * Each worker has its own {@link ReportDeltaEncoder} and the page one {@link ReportDeltaDecoder} per worker; a
 * worker answers in order, so the decoder's last report is the encoder's. A delta names the encoder and the sequence
 * number of the report it builds on, and decoding one that does not fit the decoder's last report throws.
 *
 * The bulk of what a slider change sends is two arrays of flat records per exchange, its draw-down points and the
 * places of its population strikes (up to 200 each): these travel packed as columns (`row-pack.ts`), their numbers
 * in buffers the worker transfers ({@link deltaBuffers}), and the decoder builds the records again (the places when
 * first read).
 */
import { samePlainData, type Report } from "@seceq/core";
import { isPackedRows, packRows, unpackRows, type PackedRows } from "./row-pack.js";

type Exchange = Report["exchanges"][number];

/** A report as sent: whole (`base` null), or the fields that changed since report `base` of the same encoder. */
export interface ReportDelta {
  /** The encoder (worker) that made it. */
  encoder: string;
  /** Sequence number of this report, 1, 2, … per encoder. */
  seq: number;
  /** Sequence number of the report it builds on, or null for a whole report. */
  base: number | null;
  /** The report, without the fields named in `kept` and `keptExchange`. */
  report: Partial<Report>;
  /** Top-level fields equal to the base report's. */
  kept: string[];
  /** Per exchange (by index), fields equal to the base exchange's; empty when the exchanges are sent whole. */
  keptExchange: string[][];
}

/** Worker side: turns each report into a delta against the one it turned before. */
export class ReportDeltaEncoder {
  private last: Report | null = null;
  private seq = 0;

  /** @param id names this encoder in its deltas (unique per worker start, e.g. a random string) */
  constructor(private readonly id: string) {}

  /** The delta of `report` against the previous one (the whole report the first time). */
  encode(report: Report): ReportDelta {
    const last = this.last;
    this.last = report;
    const seq = ++this.seq;
    if (!last)
      return {
        encoder: this.id,
        seq,
        base: null,
        report: { ...report, exchanges: report.exchanges.map((e) => packExchange(e)) as unknown as Exchange[] },
        kept: [],
        keptExchange: [],
      };
    const out: Record<string, unknown> = {};
    const kept: string[] = [];
    let keptExchange: string[][] = [];
    const now = report as unknown as Record<string, unknown>;
    const before = last as unknown as Record<string, unknown>;
    for (const k of Object.keys(now)) {
      if (k === "exchanges") continue;
      if (Object.hasOwn(before, k) && samePlainData(now[k], before[k])) kept.push(k);
      else out[k] = now[k];
    }
    // Exchanges field by field when they are the same exchanges (striker, victim) in the same order.
    const same =
      report.exchanges.length === last.exchanges.length &&
      report.exchanges.every(
        (e, i) => e.striker === last.exchanges[i]!.striker && e.victim === last.exchanges[i]!.victim,
      );
    if (same) {
      keptExchange = report.exchanges.map(() => []);
      out.exchanges = report.exchanges.map((e, i) => {
        const a = e as unknown as Record<string, unknown>;
        const b = last.exchanges[i] as unknown as Record<string, unknown>;
        const part: Record<string, unknown> = {};
        for (const k of Object.keys(a)) {
          if (Object.hasOwn(b, k) && samePlainData(a[k], b[k])) keptExchange[i]!.push(k);
          else part[k] = a[k];
        }
        return packExchange(part);
      });
    } else out.exchanges = report.exchanges.map((e) => packExchange(e));
    return { encoder: this.id, seq, base: seq - 1, report: out, kept, keptExchange };
  }
}

/** Page side: rebuilds whole reports from one worker's deltas. */
export class ReportDeltaDecoder {
  private last: { encoder: string; seq: number; report: Report } | null = null;

  /** The whole report of a delta (kept parts are the previous report's own objects). */
  decode(delta: ReportDelta): Report {
    let report: Report;
    const sentExchanges = delta.report.exchanges as Array<Record<string, unknown>> | undefined;
    if (delta.base === null)
      report = { ...delta.report, exchanges: sentExchanges?.map((e) => unpackExchange(e)) } as unknown as Report;
    else {
      const last = this.last;
      if (!last || last.encoder !== delta.encoder || last.seq !== delta.base)
        throw new Error(`report delta ${delta.encoder}#${delta.seq} does not follow the last report received`);
      const prev = last.report as unknown as Record<string, unknown>;
      const out = merge(delta.report, prev, delta.kept);
      if (delta.keptExchange.length > 0)
        out.exchanges = sentExchanges!.map((e, i) =>
          merge(
            unpackExchange(e),
            last.report.exchanges[i] as unknown as Record<string, unknown>,
            delta.keptExchange[i] ?? [],
          ),
        );
      else if (sentExchanges) out.exchanges = sentExchanges.map((e) => unpackExchange(e));
      report = out as unknown as Report;
    }
    this.last = { encoder: delta.encoder, seq: delta.seq, report };
    return report;
  }
}

/** `sent` with the `kept` fields taken from `prev`, keys in `prev`'s order (then any new ones), as the worker had. */
function merge(sent: Record<string, unknown>, prev: Record<string, unknown>, kept: readonly string[]) {
  const keep = new Set(kept);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(prev)) {
    if (keep.has(k)) out[k] = prev[k];
    else if (Object.hasOwn(sent, k)) out[k] = sent[k];
  }
  for (const k of Object.keys(sent)) if (!Object.hasOwn(out, k)) out[k] = sent[k];
  return out;
}

/** An exchange (or the part of one sent) with its draw-down and its strikes' places packed, when they can be. */
function packExchange(e: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...e };
  if (Array.isArray(out.drawdown)) out.drawdown = packRows(out.drawdown) ?? out.drawdown;
  const pop = out.population as Record<string, unknown> | undefined;
  if (pop && typeof pop === "object") {
    const p: Record<string, unknown> = { ...pop };
    for (const side of ["onVictim", "onStriker"]) {
      const strike = p[side] as Record<string, unknown> | undefined;
      if (strike && typeof strike === "object" && Array.isArray(strike.places))
        p[side] = { ...strike, places: packRows(strike.places) ?? strike.places };
    }
    out.population = p;
  }
  return out;
}

/**
 * The inverse of {@link packExchange}. A strike's places are rebuilt on first read (see {@link unpackOnRead}): of
 * the page, only the strike map reads them, and it redraws once a drag has settled, so most reports never need them.
 */
function unpackExchange(e: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...e };
  if (isPackedRows(out.drawdown)) out.drawdown = unpackRows(out.drawdown);
  const pop = out.population as Record<string, unknown> | undefined;
  if (pop && typeof pop === "object") {
    const p: Record<string, unknown> = { ...pop };
    for (const side of ["onVictim", "onStriker"]) {
      const strike = p[side] as Record<string, unknown> | undefined;
      if (strike && typeof strike === "object" && isPackedRows(strike.places)) {
        const s = { ...strike };
        unpackOnRead(s, "places", strike.places);
        p[side] = s;
      }
    }
    out.population = p;
  }
  return out;
}

/**
 * Make `obj[key]` (an existing key, which keeps its place in the key order) the rows of `packed`, rebuilt when first
 * read and a plain data property from then on. Reading, spreading, JSON and structured cloning see the rows as usual.
 */
export function unpackOnRead(obj: Record<string, unknown>, key: string, packed: PackedRows): void {
  const settle = (value: unknown) =>
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const rows = unpackRows(packed);
      settle(rows);
      return rows;
    },
    set(value: unknown) {
      settle(value);
    },
  });
}

/** The buffers of a delta's packed rows, to transfer with its message (they are not used after sending). */
export function deltaBuffers(delta: ReportDelta): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (v: unknown) => {
    if (isPackedRows(v)) out.push(v.numbers.buffer as ArrayBuffer);
  };
  for (const e of (delta.report.exchanges ?? []) as unknown as Array<Record<string, unknown>>) {
    add(e.drawdown);
    const pop = e.population as Record<string, Record<string, unknown> | undefined> | undefined;
    if (pop && typeof pop === "object") {
      add(pop.onVictim?.places);
      add(pop.onStriker?.places);
    }
  }
  return out;
}
