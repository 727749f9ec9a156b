import type { TermMatch } from "../match/match-terms";
import { scratchFloat32 } from "../match/scratch";

/**
 * Relevance, in two stages.
 *
 * Stage 1 (every match), BM25F: for a term t of document frequency df among N articles,
 *   idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5));
 *   tf'(t, d) = titleWeight · tf_title / (1 − bTitle + bTitle·|title|/avg|title|)
 *             + tf_body / (1 − b + b·|body|/avg|body|);
 *   s(t, d) = idf(t) · tf'·(k1 + 1) / (tf' + k1).
 * A query group (alternatives A | B) scores its best alternative; groups add up. Then a title
 * bonus: titleBonus · Σ idf over the groups found in the title, doubled when all of them are.
 *
 * Stage 2 (the best rerankDepth of stage 1) adds
 *  - proximity: proximity · Σidf · 1 / (1 + gap / proximityScale), where gap is the shortest
 *    text span (title or body) holding every group minus the terms' own lengths, plus
 *    sameSentence · Σidf when that span crosses no sentence end;
 *  - whole words: wholeWord · idf for each group that FlexSearch's jieba word index also
 *    matches (the term is a word there, not an accidental substring of a longer word); only
 *    for groups whose terms are in at most wholeWordMaxDf articles.
 */

export const RANKING = {
  k1: 1.2,
  b: 0.75,
  bTitle: 0.5,
  titleWeight: 3,
  titleBonus: 1.5,
  proximity: 1,
  proximityScale: 20,
  sameSentence: 0.5,
  wholeWord: 0.3,
  /** Terms in more articles than this skip the whole-word check (costly, and such terms are words anyway). */
  wholeWordMaxDf: 15000,
  rerankDepth: 300,
};

export interface ScoredGroup {
  alternatives: { match: TermMatch; idf: number }[];
}

export interface FieldLengths {
  /** Normalised title / body length of each doc, in UTF-16 units. */
  title: Uint32Array;
  body: Uint32Array;
  avgTitle: number;
  avgBody: number;
}

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

let scratch: {
  best: Float32Array;
  titleIdf: Float32Array;
  titleGroups: Uint8Array;
  touched: Uint32Array;
} | null = null;

/**
 * Stage-1 scores, dense over doc numbers (zero where a document matched no group). The array is
 * scratch space, valid until the next call.
 */
export function scoreMatches(
  groups: ScoredGroup[],
  n: number,
  len: FieldLengths,
  slot: "scores" | "tierScores" = "scores",
): Float32Array {
  const { k1, b, bTitle, titleWeight, titleBonus } = RANKING;
  const total = scratchFloat32(slot, n);
  // Scratch arrays are reused across calls; every slot written below is reset before returning.
  if (scratch?.best.length !== n)
    scratch = {
      best: new Float32Array(n),
      titleIdf: new Float32Array(n),
      titleGroups: new Uint8Array(n),
      touched: new Uint32Array(n),
    };
  const { best, titleIdf, titleGroups, touched } = scratch;
  if (groups.length === 1 && groups[0]!.alternatives.length === 1) {
    scoreOneTerm(groups[0]!.alternatives[0]!, len, total);
    return total;
  }
  const inTitle: number[] = [];
  const bodyLen = len.body;
  const titleLen = len.title;
  const avgBody = len.avgBody || 1;
  const avgTitle = len.avgTitle || 1;
  for (const g of groups) {
    let touchedCount = 0;
    for (const { match, idf: w } of g.alternatives) {
      const { ids, tfTitle, tfBody } = match;
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i]!;
        const tt = tfTitle[i]!;
        let tf = tfBody[i]! / (1 - b + (b * bodyLen[d]!) / avgBody);
        if (tt > 0) tf += (titleWeight * tt) / (1 - bTitle + (bTitle * titleLen[d]!) / avgTitle);
        const s = (w * tf * (k1 + 1)) / (tf + k1);
        if (best[d] === 0) touched[touchedCount++] = d;
        if (s > best[d]!) best[d] = s;
        if (tt > 0 && w > titleIdf[d]!) titleIdf[d] = w;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i]!;
      total[d]! += best[d]!;
      best[d] = 0;
      if (titleIdf[d]! > 0) {
        total[d]! += titleBonus * titleIdf[d]!;
        if (titleGroups[d]!++ === 0) inTitle.push(d);
        titleIdf[d] = 0;
      }
    }
  }
  // Double the title bonus where every group is in the title: re-add it once.
  const sumIdf = groups.reduce((s, g) => s + Math.max(...g.alternatives.map((a) => a.idf)), 0);
  for (const d of inTitle) {
    if (titleGroups[d] === groups.length) total[d]! += titleBonus * sumIdf;
    titleGroups[d] = 0;
  }
  return total;
}

/** The same formula for the common one-term query, in one pass: its title bonus is doubled (all groups in the title). */
function scoreOneTerm(
  { match, idf: w }: ScoredGroup["alternatives"][number],
  len: FieldLengths,
  total: Float32Array,
): void {
  const { k1, b, bTitle, titleWeight, titleBonus } = RANKING;
  const { ids, tfTitle, tfBody } = match;
  const avgBody = len.avgBody || 1;
  const avgTitle = len.avgTitle || 1;
  const wf = Math.fround(w);
  for (let i = 0; i < ids.length; i++) {
    const d = ids[i]!;
    const tt = tfTitle[i]!;
    let tf = tfBody[i]! / (1 - b + (b * len.body[d]!) / avgBody);
    if (tt > 0) tf += (titleWeight * tt) / (1 - bTitle + (bTitle * len.title[d]!) / avgTitle);
    total[d] = (w * tf * (k1 + 1)) / (tf + k1);
    // Added one at a time, rounding to float32 in between, exactly as the general path does
    // (its first title bonus uses the idf as stored in a Float32Array).
    if (tt > 0) {
      total[d]! += titleBonus * wf;
      total[d]! += titleBonus * w;
    }
  }
}

/** Shortest window [start, end) of `text` holding an occurrence of one alternative of every group. */
export function shortestCover(
  text: string,
  groups: string[][],
): { start: number; end: number } | null {
  const hits: { at: number; end: number; g: number }[] = [];
  groups.forEach((alts, g) => {
    for (const t of alts)
      for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1))
        hits.push({ at, end: at + t.length, g });
  });
  hits.sort((a, b) => a.at - b.at);
  const need = groups.length;
  const seen = new Int32Array(need);
  let covered = 0;
  let best: { start: number; end: number } | null = null;
  let lo = 0;
  for (const h of hits) {
    if (seen[h.g]!++ === 0) covered++;
    while (covered === need) {
      const first = hits[lo]!;
      const end = Math.max(h.end, first.end);
      if (!best || end - first.at < best.end - best.start) best = { start: first.at, end };
      if (--seen[first.g]! === 0) covered--;
      lo++;
    }
  }
  return best;
}
