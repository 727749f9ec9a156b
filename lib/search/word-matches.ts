import { searchFlexWords, type FlexIndex } from "./flex-index";

/**
 * The docs where a query term is a whole jieba word (see flex-index.ts), as ascending doc
 * numbers, with recent answers kept: FlexSearch intersects the full lists of the term's words,
 * which costs milliseconds for mid-frequency words, and the same q comes back for every page,
 * sort and facet click.
 */

const CACHE_MAX_IDS = 1_000_000;

export class WordMatcher {
  private readonly cache = new Map<string, Uint32Array>();
  private cached = 0;

  constructor(private readonly flex: FlexIndex, private readonly docCount: number) {}

  docs(term: string): Uint32Array {
    let ids = this.cache.get(term);
    if (ids) this.cache.delete(term);
    else {
      ids = searchFlexWords(this.flex, term, this.docCount);
      this.cached += ids.length;
      for (const [k, v] of this.cache) {
        if (this.cached <= CACHE_MAX_IDS) break;
        this.cache.delete(k);
        this.cached -= v.length;
      }
    }
    // Re-inserted last: Map order is the recency order.
    this.cache.set(term, ids);
    return ids;
  }
}

/** Whether ascending `ids` holds d (binary search). */
export function hasDoc(ids: Uint32Array, d: number): boolean {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < ids.length && ids[lo] === d;
}
