import { MAX_TREND_QUERIES, type TrendPeriod } from "../present/trends";
import type { SearchState } from "../types";
import { parseSearchState } from "./search-state";

/**
 * The trends view's state: up to MAX_TREND_QUERIES queries (`q` repeated) sharing one set of
 * filters, each parsed by the one search schema, and the period ("by"), or null for automatic.
 */
export function parseTrendQueries(params: URLSearchParams): {
  states: SearchState[];
  by: TrendPeriod | null;
  notices: string[];
} {
  const notices: string[] = [];
  const qs = [
    ...new Set(
      params
        .getAll("q")
        .map((q) => q.trim())
        .filter(Boolean),
    ),
  ];
  if (qs.length > MAX_TREND_QUERIES)
    notices.push(`最多比较 ${MAX_TREND_QUERIES} 个检索式，其余已忽略`);
  const states = qs.slice(0, MAX_TREND_QUERIES).map((q) => {
    const one = new URLSearchParams(params);
    one.delete("q");
    one.set("q", q);
    const parsed = parseSearchState(one);
    notices.push(...parsed.notices);
    return parsed.state;
  });
  const raw = params.get("by");
  const by = raw === "day" || raw === "week" || raw === "month" || raw === "year" ? raw : null;
  if (raw && !by) notices.push("时间单位无效，已按时间跨度自动选择");
  return { states, by, notices: [...new Set(notices)] };
}
