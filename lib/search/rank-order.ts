import type { DocColumns } from "./doc-columns";
import { scratchFloat32 } from "./scratch";

/**
 * Ordering of a result set without sorting all of it: by date via the precomputed newest-first
 * permutation, by score via a quickselect threshold and a sort of the top m only.
 */

/** Results in date order (unknown dates last), first `m` only. */
export function orderByDate(results: Uint32Array, cols: DocColumns, oldest: boolean, m: number, stamp: Uint32Array, mark: number): number[] {
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

/** The k-th largest value (k ≥ 1) of vals; reorders vals. */
function kthLargest(vals: Float32Array, k: number): number {
  let lo = 0;
  let hi = vals.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = vals[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (vals[i]! > pivot) i++;
      while (vals[j]! < pivot) j--;
      if (i <= j) {
        const t = vals[i]!;
        vals[i++] = vals[j]!;
        vals[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return vals[target]!;
  }
  return vals[target]!;
}

/** The best `m` results by score (ties: newer first, then doc number), in order. */
export function orderByScore(results: Uint32Array, scores: Float32Array, cols: DocColumns, m: number): number[] {
  let pool: number[];
  if (results.length <= m) pool = Array.from(results);
  else {
    const vals = scratchFloat32("values", results.length);
    for (let i = 0; i < results.length; i++) vals[i] = scores[results[i]!]!;
    const threshold = kthLargest(vals, m);
    pool = [];
    for (let i = 0; i < results.length; i++) if (scores[results[i]!]! >= threshold) pool.push(results[i]!);
  }
  const date = cols.date;
  pool.sort((a, b) => scores[b]! - scores[a]! || date[b]! - date[a]! || a - b);
  return pool.length > m ? pool.slice(0, m) : pool;
}
