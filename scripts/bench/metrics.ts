import type { BenchCase, QueryOutcome } from "./types";

/**
 * Figures from per-query outcomes: latency percentiles over the latency set, known-item MRR@10
 * and recall@10, and substring recall (target anywhere in the results).
 */

export interface SystemFigures {
  answered: number;
  total: number;
  p50: number;
  p95: number;
  p99: number;
  /** Share of latency queries with no result. */
  zeroResults: number;
  mrr10: number;
  recall10: number;
  mrrTitle: number;
  mrrSentence: number;
  substringRecall: number;
  /** p95 per latency category. */
  p95ByCategory: Map<string, number>;
}

/** Nearest-rank percentile of unsorted values (NaN for none). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const mean = (values: number[]) =>
  values.length ? values.reduce((s, v) => s + v, 0) / values.length : NaN;
const reciprocal = (rank: number) => (rank >= 1 && rank <= 10 ? 1 / rank : 0);

/** 1-based rank of the first hit whose ids include `target`; 0 when absent. */
export function toRank(hits: string[][], target: string | null): number {
  if (target === null) return 0;
  const index = hits.findIndex((ids) => ids.includes(target));
  return index + 1;
}

export function summarise(cases: BenchCase[], outcomes: (QueryOutcome | null)[]): SystemFigures {
  const answered = cases.flatMap((c, i) => {
    const o = outcomes[i];
    return o ? [{ c, o }] : [];
  });
  const of = (kinds: string[]) => answered.filter(({ c }) => kinds.includes(c.kind));
  const latency = of(["latency"]);
  const known = of(["known-title", "known-sentence"]);
  const categories = [...new Set(latency.map(({ c }) => c.category))];
  return {
    answered: answered.length,
    total: cases.length,
    p50: percentile(
      latency.map(({ o }) => o.ms),
      50,
    ),
    p95: percentile(
      latency.map(({ o }) => o.ms),
      95,
    ),
    p99: percentile(
      latency.map(({ o }) => o.ms),
      99,
    ),
    zeroResults: mean(latency.map(({ o }) => (o.count === 0 ? 1 : 0))),
    mrr10: mean(known.map(({ o }) => reciprocal(o.rank))),
    recall10: mean(known.map(({ o }) => (o.rank >= 1 && o.rank <= 10 ? 1 : 0))),
    mrrTitle: mean(of(["known-title"]).map(({ o }) => reciprocal(o.rank))),
    mrrSentence: mean(of(["known-sentence"]).map(({ o }) => reciprocal(o.rank))),
    substringRecall: mean(of(["substring"]).map(({ o }) => (o.rank > 0 ? 1 : 0))),
    p95ByCategory: new Map(
      categories.map((cat) => [
        cat,
        percentile(
          latency.filter(({ c }) => c.category === cat).map(({ o }) => o.ms),
          95,
        ),
      ]),
    ),
  };
}
