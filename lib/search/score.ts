import type { TermMatch } from "./match-terms";

/**
 * Relevance, in two stages.
 *
 * Stage 1 (every match), BM25F with a title weight: for a term t of document frequency df among
 * N articles, idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5)); tf' = W_TITLE·tf_title + tf_body;
 * s(t, d) = idf(t) · tf'·(k1 + 1) / (tf' + k1·(1 − b + b·|body|/avg|body|)).
 * A query group (alternatives A | B) scores its best alternative; groups add up. Then a title
 * bonus: TITLE_BONUS · Σ idf over the groups found in the title, doubled when all of them are.
 *
 * Stage 2 (the best RERANK_DEPTH of stage 1) adds
 *  - proximity: PROXIMITY · Σidf · (Σ term lengths) / (shortest body span holding every group),
 *    i.e. the full Σidf when the terms stand side by side, less the further apart they are;
 *  - whole words: WHOLE_WORD · idf for each group that FlexSearch's jieba word index also
 *    matches (the term is a word there, not an accidental substring of a longer word).
 */

export const K1 = 1.2;
export const B = 0.75;
export const W_TITLE = 3;
export const TITLE_BONUS = 1.5;
export const PROXIMITY = 1;
export const WHOLE_WORD = 0.3;
export const RERANK_DEPTH = 200;

export interface ScoredGroup {
  alternatives: { match: TermMatch; idf: number }[];
}

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Stage-1 scores, dense over doc numbers (zero where a document matched no group). */
export function scoreMatches(groups: ScoredGroup[], n: number, bodyLength: (d: number) => number, avgBodyLength: number): Float32Array {
  const total = new Float32Array(n);
  const best = new Float32Array(n);
  const titleIdf = new Float32Array(n);
  const titleGroups = new Uint8Array(n);
  const avg = avgBodyLength || 1;
  for (const g of groups) {
    const touched: number[] = [];
    for (const { match, idf: w } of g.alternatives) {
      const { ids, tfTitle, tfBody } = match;
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i]!;
        const tf = W_TITLE * tfTitle[i]! + tfBody[i]!;
        const s = (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * bodyLength(d)) / avg));
        if (best[d] === 0) touched.push(d);
        if (s > best[d]!) best[d] = s;
        if (tfTitle[i]! > 0 && w > titleIdf[d]!) titleIdf[d] = w;
      }
    }
    for (const d of touched) {
      total[d]! += best[d]!;
      best[d] = 0;
      if (titleIdf[d]! > 0) {
        total[d]! += TITLE_BONUS * titleIdf[d]!;
        titleGroups[d]!++;
        titleIdf[d] = 0;
      }
    }
  }
  if (groups.length > 0) {
    // Double the title bonus where every group is in the title: re-add it once.
    const sumIdf = groups.reduce((s, g) => s + Math.max(...g.alternatives.map((a) => a.idf)), 0);
    for (let d = 0; d < n; d++) if (titleGroups[d] === groups.length) total[d]! += TITLE_BONUS * sumIdf;
  }
  return total;
}

/** Shortest span of `text` containing an occurrence of one alternative of every group. */
export function shortestCover(text: string, groups: string[][]): number {
  const hits: { at: number; end: number; g: number }[] = [];
  groups.forEach((alts, g) => {
    for (const t of alts) for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) hits.push({ at, end: at + t.length, g });
  });
  hits.sort((a, b) => a.at - b.at);
  const need = groups.length;
  const seen = new Int32Array(need);
  let covered = 0;
  let best = Infinity;
  let lo = 0;
  for (const h of hits) {
    if (seen[h.g]!++ === 0) covered++;
    while (covered === need) {
      const first = hits[lo]!;
      best = Math.min(best, Math.max(h.end, first.end) - first.at);
      if (--seen[first.g]! === 0) covered--;
      lo++;
    }
  }
  return best;
}
