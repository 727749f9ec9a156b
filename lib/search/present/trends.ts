import { buildDocFilter, keepPassing } from "../facets/filters";
import { evaluateQuery } from "../match/query-eval";
import { parseQuery } from "../query/parse-query";
import { toEpochDay, toIsoDay, toMonthLabel, toMonthNumber } from "../store/day-numbers";
import type { EngineData } from "../store/engine-data";
import type { SearchState } from "../types";

/**
 * Matches over time for several queries side by side, from the search's own matcher and
 * filters: articles per day, week (Monday first), month or year, and each as a share of all
 * articles of that period under the same filters (the corpus itself grows and shrinks). Every
 * article counts, reposts too. Periods span the queries' matches (or the date range, if set).
 */

export type TrendPeriod = "day" | "week" | "month" | "year";

export interface TrendSeries {
  q: string;
  total: number;
  counts: number[];
  /** counts[i] / all[i], 0 where the period has no article. */
  shares: number[];
}

export interface Trends {
  by: TrendPeriod;
  periods: string[];
  /** All articles of each period under the filters: the denominator of the shares. */
  all: number[];
  series: TrendSeries[];
}

export const MAX_TREND_QUERIES = 5;

/** A period's number (comparable, consecutive) and its label. */
function periodOf(by: TrendPeriod, day: number): number {
  const y = Math.floor(day / 10000);
  if (by === "year") return y;
  if (by === "month") return toMonthNumber(day);
  const e = toEpochDay(day);
  // 1970-01-01 was a Thursday: shifting by 3 makes weeks start on Monday.
  return by === "week" ? Math.floor((e + 3) / 7) : e;
}

function labelOf(by: TrendPeriod, p: number): string {
  if (by === "year") return String(p);
  if (by === "month") return toMonthLabel(p);
  const day = by === "week" ? p * 7 - 3 : p;
  return toIsoDay(day);
}

/** By the span: days up to 62 days, weeks up to a year, months up to 10 years, else years. */
export function choosePeriod(firstDay: number, lastDay: number): TrendPeriod {
  const days = toEpochDay(lastDay) - toEpochDay(firstDay) + 1;
  return days <= 62 ? "day" : days <= 366 ? "week" : days <= 3660 ? "month" : "year";
}

export function buildTrends(
  data: EngineData,
  states: readonly SearchState[],
  by: TrendPeriod | null,
): Trends {
  const date = data.cols.date;
  const filter = buildDocFilter({ ...states[0]!, q: "" }, data.cols);
  const sets = states.map((s) =>
    Uint32Array.from(keepPassing(evaluateQuery(data, parseQuery(s.q)).matches, filter)),
  );
  let lo = Infinity;
  let hi = -Infinity;
  for (const set of sets)
    for (const d of set) {
      const day = date[d]!;
      if (day === 0) continue;
      lo = Math.min(lo, day);
      hi = Math.max(hi, day);
    }
  const range = states[0]!;
  if (range.from) lo = Number(range.from.replaceAll("-", ""));
  if (range.to) hi = Number(range.to.replaceAll("-", ""));
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi)
    return {
      by: by ?? "month",
      periods: [],
      all: [],
      series: states.map((s) => ({ q: s.q, total: 0, counts: [], shares: [] })),
    };
  const period = by ?? choosePeriod(lo, hi);
  const first = periodOf(period, lo);
  const size = periodOf(period, hi) - first + 1;
  const slot = (d: number): number => {
    const day = date[d]!;
    return day === 0 || day < lo || day > hi ? -1 : periodOf(period, day) - first;
  };
  const all = new Array<number>(size).fill(0);
  for (const d of keepPassing(evaluateQuery(data, parseQuery("")).matches, filter)) {
    const i = slot(d);
    if (i >= 0) all[i]!++;
  }
  const series = states.map((s, k) => {
    const counts = new Array<number>(size).fill(0);
    for (const d of sets[k]!) {
      const i = slot(d);
      if (i >= 0) counts[i]!++;
    }
    const shares = counts.map((c, i) => (all[i]! > 0 ? c / all[i]! : 0));
    return { q: s.q, total: counts.reduce((a, b) => a + b, 0), counts, shares };
  });
  const periods = Array.from({ length: size }, (_, i) => labelOf(period, first + i));
  return { by: period, periods, all, series };
}
