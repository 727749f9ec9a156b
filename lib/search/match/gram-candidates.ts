import { SEPARATOR, termGramKeys } from "../store/gram-keys";
import type { GramPostings } from "../store/gram-postings";
import { seek } from "./sorted-sets";

/**
 * Candidate documents for a term of three or more characters, from one field's n-gram postings:
 * those holding every bigram of the term. Each carries what the gram tfs tell about it:
 * - `bound`: the smallest bigram tf, an upper bound on the term's occurrences (each occurrence
 *   holds its own copy of every bigram), 0 when a tf is capped;
 * - `certain`: when the term's characters are distinct, every bigram and every inner character
 *   occurs exactly k < 255 times, then every inner character sits inside the term, so the term
 *   occurs exactly k times and the text need not be read. This holds for most articles that name
 *   习近平 or 总书记 (about three in four) and saves reading them.
 */

export interface Candidates {
  ids: Uint32Array;
  bound: Uint8Array;
  certain: Uint8Array;
}

// Below this many candidates, checking the text is cheaper than decoding more lists.
const VERIFY_BELOW = 32;
const TF_CAP = 255;
// An inner character far more frequent than the term mostly stands elsewhere: not worth decoding.
const INNER_DF_RATIO = 4;

const NONE: Candidates = {
  ids: new Uint32Array(0),
  bound: new Uint8Array(0),
  certain: new Uint8Array(0),
};

export function findCandidates(term: string, grams: GramPostings): Candidates {
  const keys = term
    .split(new RegExp(SEPARATOR.source, "g"))
    .filter(Boolean)
    .flatMap(termGramKeys)
    .map((key) => ({ key, df: grams.df(key) }))
    .sort((a, b) => a.df - b.df);
  if (keys.length === 0 || keys[0]!.df === 0) return NONE;
  const first = grams.get(keys[0]!.key);
  let ids = first.ids;
  let lo = first.tfs;
  let hi = first.tfs;
  let used = 1;
  for (; used < keys.length && ids.length > VERIFY_BELOW; used++) {
    const next = grams.get(keys[used]!.key);
    const outIds = new Uint32Array(ids.length);
    const outLo = new Uint8Array(ids.length);
    const outHi = new Uint8Array(ids.length);
    let n = 0;
    let j = 0;
    for (let i = 0; i < ids.length; i++) {
      const x = ids[i]!;
      j = seek(next.ids, x, j);
      if (j >= next.ids.length) break;
      if (next.ids[j] !== x) continue;
      const tf = next.tfs[j]!;
      outIds[n] = x;
      outLo[n] = Math.min(lo[i]!, tf);
      outHi[n++] = Math.max(hi[i]!, tf);
    }
    ids = outIds.subarray(0, n);
    lo = outLo.subarray(0, n);
    hi = outHi.subarray(0, n);
  }
  const bound = lo.map((tf) => (tf === TF_CAP ? 0 : tf));
  const certain = new Uint8Array(ids.length);
  if (used === keys.length && hasDistinctChars(term) && !SEPARATOR.test(term))
    markCertain(term, grams, ids, lo, hi, certain);
  return { ids, bound, certain };
}

function hasDistinctChars(term: string): boolean {
  return new Set(term).size === term.length;
}

function markCertain(
  term: string,
  grams: GramPostings,
  ids: Uint32Array,
  lo: Uint8Array,
  hi: Uint8Array,
  certain: Uint8Array,
): void {
  for (let i = 0; i < ids.length; i++) certain[i] = lo[i]! === hi[i]! && lo[i]! < TF_CAP ? 1 : 0;
  for (let c = 1; c + 1 < term.length; c++) {
    const key = term.charCodeAt(c);
    if (grams.df(key) > INNER_DF_RATIO * ids.length) {
      certain.fill(0);
      return;
    }
    const inner = grams.get(key);
    let j = 0;
    for (let i = 0; i < ids.length; i++) {
      if (certain[i] === 0) continue;
      j = seek(inner.ids, ids[i]!, j);
      if (inner.ids[j] !== ids[i] || inner.tfs[j] !== lo[i]) certain[i] = 0;
    }
  }
}
