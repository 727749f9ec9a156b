import type { EngineData } from "./engine-data";
import { flexWordMatches } from "./flex-index";
import type { ParsedQuery } from "./parse-query";
import { PROXIMITY, RERANK_DEPTH, shortestCover, WHOLE_WORD, type ScoredGroup } from "./score";

/**
 * Stage 2 of relevance (formula in score.ts): proximity and whole-word bonuses for the best
 * RERANK_DEPTH documents of stage 1, then that prefix is re-sorted. `scores` is updated in place.
 */
export function rerank(data: EngineData, ordered: number[], parsed: ParsedQuery, groups: ScoredGroup[], scores: Float32Array): number[] {
  if (groups.length === 0) return ordered;
  const head = ordered.slice(0, RERANK_DEPTH);
  const groupIdf = groups.map((g) => Math.max(...g.alternatives.map((a) => a.idf)));
  const sumIdf = groupIdf.reduce((a, b) => a + b, 0);
  const texts = parsed.groups.map((g) => g.map((t) => t.text));
  const sumLen = texts.reduce((s, alts) => s + Math.min(...alts.map((t) => t.length)), 0);
  const n = data.docs.length;
  const wordSets = parsed.groups.map((g) => {
    const set = new Set<number>();
    for (const t of g) for (const d of flexWordMatches(data.flex, t.text, n)) set.add(d);
    return set;
  });
  for (const d of head) {
    let bonus = 0;
    if (texts.length > 1) {
      const span = Math.min(shortestCover(data.text.title(d), texts), shortestCover(data.text.body(d), texts));
      if (Number.isFinite(span)) bonus += PROXIMITY * sumIdf * Math.min(1, sumLen / span);
    }
    wordSets.forEach((set, g) => {
      if (set.has(d)) bonus += WHOLE_WORD * groupIdf[g]!;
    });
    scores[d]! += bonus;
  }
  head.sort((a, b) => scores[b]! - scores[a]! || data.cols.date[b]! - data.cols.date[a]! || a - b);
  return [...head, ...ordered.slice(RERANK_DEPTH)];
}
