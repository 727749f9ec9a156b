import { lookupFlexWord, type FlexField, type FlexIndex } from "../store/flex-index";
import { intersectSorted, unionSorted } from "./sorted-sets";
import { segmentWords } from "../../text/segment";

/**
 * The docs where a query term is whole jieba words (the "whole word" ranking signal): those whose
 * title, or whose body, has every word of the term's jieba cut as an indexed word. That is the
 * same set as a FlexSearch search for the term (whose search-mode tokens add only sub-words of
 * those words, which jieba emits wherever it emits the word), but each word is looked up on its
 * own and the lists are intersected here, shortest first, instead of FlexSearch counting every
 * id of every list. Word lists and answers are kept in small LRUs: the same q comes back for
 * every page, sort and facet click.
 */

const CACHE_MAX_IDS = 2_000_000;

class SortedListCache {
  private readonly map = new Map<string, Uint32Array>();
  private size = 0;

  get(key: string, compute: () => Uint32Array): Uint32Array {
    let ids = this.map.get(key);
    if (ids) this.map.delete(key);
    else {
      ids = compute();
      this.size += ids.length;
      for (const [k, v] of this.map) {
        if (this.size <= CACHE_MAX_IDS / 2) break;
        this.map.delete(k);
        this.size -= v.length;
      }
    }
    // Re-inserted last: Map order is the recency order.
    this.map.set(key, ids);
    return ids;
  }
}

export class WordMatcher {
  private readonly words = new SortedListCache();
  private readonly terms = new SortedListCache();

  constructor(
    private readonly flex: FlexIndex,
    private readonly docCount: number,
  ) {}

  private wordDocs(field: FlexField, word: string): Uint32Array {
    return this.words.get(`${field}\n${word}`, () =>
      Uint32Array.from(lookupFlexWord(this.flex, field, word, this.docCount)).sort(),
    );
  }

  /** Ascending doc numbers where the normalised `term` is whole words. */
  docs(term: string): Uint32Array {
    return this.terms.get(term, () => {
      const words = [...new Set(segmentWords(term))];
      if (words.length === 0) return new Uint32Array(0);
      const inField = (field: FlexField) =>
        words
          .map((w) => this.wordDocs(field, w))
          .sort((a, b) => a.length - b.length)
          .reduce((acc, ids) => (acc.length === 0 ? acc : intersectSorted(acc, ids)));
      return unionSorted(inField("title"), inField("body"));
    });
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
