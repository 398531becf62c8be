/**
 * Binary max-heap of (key, item, stamp) triples in typed arrays, for lazy greedy allocation: an entry whose stamp no
 * longer matches its item's current stamp is stale and is re-evaluated when it reaches the top. Ties on the key pop
 * the lower item index first, so results do not depend on insertion order.
 */
export class MaxHeap {
  private keys: Float64Array;
  private items: Int32Array;
  private stamps: Int32Array;
  /** Entries in the heap. */
  size = 0;

  /** Create an empty heap with room for `capacity` entries (it grows when needed). */
  constructor(capacity = 16) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.items = new Int32Array(Math.max(1, capacity));
    this.stamps = new Int32Array(Math.max(1, capacity));
  }

  private above(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a > b || (a === b && this.items[i]! < this.items[j]!);
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
    const it = this.items[i]!;
    this.items[i] = this.items[j]!;
    this.items[j] = it;
    const s = this.stamps[i]!;
    this.stamps[i] = this.stamps[j]!;
    this.stamps[j] = s;
  }

  /** Add an entry. */
  push(key: number, item: number, stamp: number): void {
    if (this.size === this.keys.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.keys = grow(this.keys, (n) => new Float64Array(n));
      this.items = grow(this.items, (n) => new Int32Array(n));
      this.stamps = grow(this.stamps, (n) => new Int32Array(n));
    }
    let i = this.size++;
    this.keys[i] = key;
    this.items[i] = item;
    this.stamps[i] = stamp;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Key of the top entry (−Infinity when empty). */
  topKey(): number {
    return this.size > 0 ? this.keys[0]! : -Infinity;
  }
  /** Item of the top entry. */
  topItem(): number {
    return this.items[0]!;
  }
  /** Stamp of the top entry. */
  topStamp(): number {
    return this.stamps[0]!;
  }

  /** Remove the top entry. */
  pop(): void {
    if (this.size === 0) return;
    this.size--;
    if (this.size === 0) return;
    this.keys[0] = this.keys[this.size]!;
    this.items[0] = this.items[this.size]!;
    this.stamps[0] = this.stamps[this.size]!;
    this.siftDown();
  }

  /**
   * Replace the top entry by a new one (a push when empty): the entries, and with distinct items the order they pop
   * in, are those of `pop()` then `push()`, in one sift down from the root. The lazy greedy re-keys its top this way, with a gain a little
   * below the old one, so the entry mostly stops within a few levels; `pop()` instead sinks the last entry, one of the
   * smallest, through every level.
   */
  replaceTop(key: number, item: number, stamp: number): void {
    if (this.size === 0) {
      this.push(key, item, stamp);
      return;
    }
    this.keys[0] = key;
    this.items[0] = item;
    this.stamps[0] = stamp;
    this.siftDown();
  }

  /** Restore the heap order below the root. */
  private siftDown(): void {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.above(l, m)) m = l;
      if (r < this.size && this.above(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}
