import { findCandidates } from "./gram-candidates";
import { SEPARATOR, termGramKeys } from "../store/gram-keys";
import type { GramPostings } from "../store/gram-postings";
import type { TextStore } from "../store/text-store";

/**
 * Grep-exact term matching: the n-gram postings of a field propose candidates (every bigram of
 * the term must be present) and the stored normalised text confirms the contiguous occurrence
 * and counts it, unless the gram tfs already prove it (see gram-candidates.ts). Terms of one or
 * two characters need no check: their postings are exact.
 */

export interface TermMatch {
  /** Ascending doc numbers whose title or body contains the term. */
  ids: Uint32Array;
  /** Occurrences in the title / body, aligned with ids (capped at 255 for short terms). */
  tfTitle: Uint16Array;
  tfBody: Uint16Array;
}

interface FieldMatch {
  ids: Uint32Array;
  tfs: Uint16Array;
}

/** Non-overlapping occurrences of needle, stopping once `bound` (if > 0) are found. */
function countOccurrences(haystack: string, needle: string, bound: number): number {
  let n = 0;
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  )
    if (++n === bound) break;
  return n;
}

function matchField(term: string, grams: GramPostings, textOf: (d: number) => string): FieldMatch {
  if (term.length <= 2 && !SEPARATOR.test(term)) {
    const exact = grams.get(termGramKeys(term)[0]!);
    return { ids: exact.ids, tfs: Uint16Array.from(exact.tfs) };
  }
  const { ids: candidates, bound, certain } = findCandidates(term, grams);
  const ids = new Uint32Array(candidates.length);
  const tfs = new Uint16Array(candidates.length);
  let n = 0;
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i]!;
    const tf = certain[i] ? bound[i]! : countOccurrences(textOf(d), term, bound[i]!);
    if (tf > 0) {
      ids[n] = d;
      tfs[n++] = Math.min(tf, 65535);
    }
  }
  return { ids: ids.subarray(0, n), tfs: tfs.subarray(0, n) };
}

function mergeFields(title: FieldMatch, body: FieldMatch): TermMatch {
  const ta = title.ids;
  const ba = body.ids;
  if (ta.length === 0) return { ids: ba, tfTitle: new Uint16Array(ba.length), tfBody: body.tfs };
  const size = ta.length + ba.length;
  const ids = new Uint32Array(size);
  const tfTitle = new Uint16Array(size);
  const tfBody = new Uint16Array(size);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < ta.length && j < ba.length) {
    const a = ta[i]!;
    const b = ba[j]!;
    if (a <= b) {
      ids[n] = a;
      tfTitle[n] = title.tfs[i++]!;
    } else ids[n] = b;
    if (b <= a) tfBody[n] = body.tfs[j++]!;
    n++;
  }
  for (; i < ta.length; n++) {
    ids[n] = ta[i]!;
    tfTitle[n] = title.tfs[i++]!;
  }
  for (; j < ba.length; n++) {
    ids[n] = ba[j]!;
    tfBody[n] = body.tfs[j++]!;
  }
  return {
    ids: ids.subarray(0, n),
    tfTitle: tfTitle.subarray(0, n),
    tfBody: tfBody.subarray(0, n),
  };
}

// Recent term matches are kept (a server sees the same q again for every page, sort and facet
// click), bounded by their total number of postings: ~8 bytes each, so at most ~24 MB.
const CACHE_MAX_POSTINGS = 3_000_000;

export class TermMatcher {
  private readonly cache = new Map<string, TermMatch>();
  private cached = 0;

  constructor(
    private readonly titleGrams: GramPostings,
    private readonly bodyGrams: GramPostings,
    private readonly text: TextStore,
  ) {}

  /** All documents containing the normalised `term` verbatim in title or body. */
  match(term: string): TermMatch {
    const hit = this.cache.get(term);
    if (hit) {
      // Map order is insertion order: re-inserting marks the entry as most recently used.
      this.cache.delete(term);
      this.cache.set(term, hit);
      return hit;
    }
    const title = matchField(term, this.titleGrams, (d) => this.text.title(d));
    const body = matchField(term, this.bodyGrams, (d) => this.text.body(d));
    const match = mergeFields(title, body);
    this.remember(term, match);
    return match;
  }

  private remember(term: string, match: TermMatch): void {
    if (match.ids.length > CACHE_MAX_POSTINGS / 4) return;
    this.cache.set(term, match);
    this.cached += match.ids.length;
    for (const [k, v] of this.cache) {
      if (this.cached <= CACHE_MAX_POSTINGS) break;
      this.cache.delete(k);
      this.cached -= v.ids.length;
    }
  }
}
