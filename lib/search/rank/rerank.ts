import type { EngineData } from "../store/engine-data";
import type { ParsedQuery } from "../query/parse-query";
import { RANKING, shortestCover, type ScoredGroup } from "./score";
import { hasDoc } from "../match/word-matches";

const SENTENCE_END = /[。！？；!?;\n]/;

/** Proximity factor in (0, 1] of the closest co-occurrence of all groups, and whether it stays in one sentence. */
function proximityOf(
  text: string,
  groups: string[][],
  sumLen: number,
): { factor: number; sentence: boolean } | null {
  const w = shortestCover(text, groups);
  if (!w) return null;
  const gap = Math.max(0, w.end - w.start - sumLen);
  return {
    factor: 1 / (1 + gap / RANKING.proximityScale),
    sentence: !SENTENCE_END.test(text.slice(w.start, w.end)),
  };
}

/**
 * Stage 2 of relevance (formula in score.ts): proximity and whole-word bonuses for the best
 * rerankDepth documents of stage 1, then that prefix is re-sorted. `scores` is updated in place.
 */
export function rerank(
  data: EngineData,
  ordered: number[],
  parsed: ParsedQuery,
  groups: ScoredGroup[],
  scores: Float32Array,
): number[] {
  if (groups.length === 0 || ordered.length === 0) return ordered;
  const { rerankDepth, proximity, sameSentence, wholeWord } = RANKING;
  const head = ordered.slice(0, rerankDepth);
  const groupIdf = groups.map((g) => Math.max(...g.alternatives.map((a) => a.idf)));
  const sumIdf = groupIdf.reduce((a, b) => a + b, 0);
  const texts = parsed.groups.map((g) => g.map((t) => t.text));
  const sumLen = texts.reduce((s, alts) => s + Math.min(...alts.map((t) => t.length)), 0);
  const wordSets = parsed.groups.map((g, i) =>
    groups[i]!.alternatives.every((a) => a.match.ids.length <= RANKING.wholeWordMaxDf)
      ? g.map((t) => data.words.docs(t.text))
      : [],
  );
  for (const d of head) {
    let bonus = 0;
    if (texts.length > 1) {
      const t = proximityOf(data.text.title(d), texts, sumLen);
      const b = proximityOf(data.text.body(d), texts, sumLen);
      const best = Math.max(t?.factor ?? 0, b?.factor ?? 0);
      const inSentence = (t?.sentence ?? false) || (b?.sentence ?? false);
      bonus += sumIdf * (proximity * best + (inSentence ? sameSentence : 0));
    }
    wordSets.forEach((sets, g) => {
      if (sets.some((ids) => hasDoc(ids, d))) bonus += wholeWord * groupIdf[g]!;
    });
    scores[d]! += bonus;
  }
  head.sort((a, b) => scores[b]! - scores[a]! || data.cols.date[b]! - data.cols.date[a]! || a - b);
  return [...head, ...ordered.slice(rerankDepth)];
}
