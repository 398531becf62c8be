/**
 * Scenario documents to the core worker as patches: the worker keeps the document of its last job, and the page sends
 * only what changed since then (for a slider, one number at one path) instead of the whole document (about 180 kB
 * for the default preset, structured-cloned on both threads for every run). Edits are shallow path copies
 * (`setAt`), so what changed is found by object identity, walking only the copied path.
 *
 * The page has one {@link DocDeltaEncoder} per worker client and the worker one {@link DocDeltaDecoder}; jobs reach
 * a worker in the order they were sent, so the decoder's last document is the encoder's. A patch that does not
 * follow the decoder's last document (a worker started afresh after a crash) is refused with
 * {@link DOC_DELTA_MISMATCH} in the message, and the page sends the whole document again.
 */
import { docPatches, type DocPatch } from "@seceq/core";
import { setAt, type DocPath } from "../model/scenario-path.js";

export { docPatches, type DocPatch };

/** A document as sent: whole (`base` null), or patches of document `base` of the same stream. */
export interface DocDelta {
  /** The encoder (page-side client) that made it. */
  stream: string;
  /** Sequence number of this document, 1, 2, … per stream. */
  seq: number;
  /** Sequence number of the document the patches apply to, or null when `doc` is whole. */
  base: number | null;
  /** The whole document when `base` is null. */
  doc?: unknown;
  /** The changes when `base` is a number. */
  patches?: DocPatch[];
}

/** Text of the error a decoder throws for a patch it cannot apply. */
export const DOC_DELTA_MISMATCH = "document patch does not follow the worker's last document";

/** More changes than this and the whole document goes instead. */
export const MAX_PATCHES = 64;

/** Page side: turns each document into patches of the one sent before (whole the first time). */
export class DocDeltaEncoder {
  private last: { seq: number; doc: unknown } | null = null;
  private seq = 0;

  /** @param stream names this encoder in its deltas */
  constructor(private readonly stream: string) {}

  /** The delta of `doc` against the previous one. */
  encode(doc: unknown): DocDelta {
    const seq = ++this.seq;
    const last = this.last;
    this.last = { seq, doc };
    const patches = last && last.doc !== doc ? docPatches(last.doc, doc, MAX_PATCHES) : last ? [] : null;
    if (!last || patches === null) return { stream: this.stream, seq, base: null, doc };
    return { stream: this.stream, seq, base: last.seq, patches };
  }

  /** Forget the last document: the next one goes whole (after the worker was replaced). */
  reset(): void {
    this.last = null;
  }
}

/** Worker side: rebuilds each document from its delta and the last document. */
export class DocDeltaDecoder {
  private last: { stream: string; seq: number; doc: unknown } | null = null;

  /** The whole document of a delta; throws {@link DOC_DELTA_MISMATCH} for patches of another document. */
  decode(delta: DocDelta): unknown {
    let doc: unknown;
    if (delta.base === null) doc = delta.doc;
    else {
      const last = this.last;
      if (!last || last.stream !== delta.stream || last.seq !== delta.base) throw new Error(DOC_DELTA_MISMATCH);
      doc = last.doc;
      for (const p of delta.patches ?? []) doc = setAt(doc, p.path as DocPath, p.value);
    }
    this.last = { stream: delta.stream, seq: delta.seq, doc };
    return doc;
  }
}
