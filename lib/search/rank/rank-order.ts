import type { DocColumns } from "../store/doc-columns";

/**
 * Ordering of a result set without sorting all of it: by date via the precomputed newest-first
 * permutation, by score via a bounded heap and a sort of the top m only.
 */

/** Results in date order (unknown dates last), first `m` only. */
export function orderByDate(
  results: Uint32Array,
  cols: DocColumns,
  oldest: boolean,
  m: number,
  stamp: Uint32Array,
  mark: number,
): number[] {
  for (const d of results) stamp[d] = mark;
  const order = cols.newestFirst;
  const known = cols.datedCount;
  const out: number[] = [];
  const visit = (d: number): boolean => {
    if (stamp[d] === mark) out.push(d);
    return out.length >= m;
  };
  if (oldest) {
    for (let i = known - 1; i >= 0; i--) if (visit(order[i]!)) return out;
  } else {
    for (let i = 0; i < known; i++) if (visit(order[i]!)) return out;
  }
  for (let i = known; i < order.length; i++) if (visit(order[i]!)) return out;
  return out;
}

/**
 * The best `m` results by score (ties: newer first, then doc number), in order. One pass keeps
 * the best m so far in a binary heap whose root is the worst of them; a result only costs a
 * comparison with the root unless it belongs in the top m.
 */
export function orderByScore(
  results: Uint32Array,
  scores: Float32Array,
  cols: DocColumns,
  m: number,
): number[] {
  const date = cols.date;
  // a ranks before b.
  const before = (a: number, b: number): boolean => {
    const sa = scores[a]!;
    const sb = scores[b]!;
    if (sa !== sb) return sa > sb;
    if (date[a] !== date[b]) return date[a]! > date[b]!;
    return a < b;
  };
  const order = (a: number, b: number) => (a === b ? 0 : before(a, b) ? -1 : 1);
  if (results.length <= m) return Array.from(results).sort(order);
  const heap = new Uint32Array(m);
  let size = 0;
  const siftDown = (at: number): void => {
    const d = heap[at]!;
    for (;;) {
      let worst = 2 * at + 1;
      if (worst >= size) break;
      if (worst + 1 < size && before(heap[worst]!, heap[worst + 1]!)) worst++;
      if (!before(d, heap[worst]!)) break;
      heap[at] = heap[worst]!;
      at = worst;
    }
    heap[at] = d;
  };
  for (let i = 0; i < results.length; i++) {
    const d = results[i]!;
    if (size < m) {
      // Sift up: parents are worse than (rank after) their children.
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(heap[parent]!, d)) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = d;
    } else if (before(d, heap[0]!)) {
      heap[0] = d;
      siftDown(0);
    }
  }
  return Array.from(heap).sort(order);
}
