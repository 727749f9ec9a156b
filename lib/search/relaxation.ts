import type { EngineData } from "./engine-data";
import { buildDocFilter, keepPassing } from "./filters";
import { countGroups } from "./page-hits";
import { formatQuery, type ParsedQuery } from "./parse-query";
import { evaluateQuery, type MatchCache } from "./query-eval";
import type { Relaxation, SearchState } from "./types";

/**
 * For a query without results, the smallest change that has some: first drop one query term
 * (terms matching nothing first, then the rarest; at most MAX_TERM_DROPS tries), then the
 * exclusions, then one filter (the one whose removal yields the most results). Term matches
 * come from the search's own cache, so a try costs set operations, not text scans.
 */

// Each try is a full evaluation; a long query tries its rarest terms only.
const MAX_TERM_DROPS = 6;

function count(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  cache: MatchCache,
): number {
  const { matches } = evaluateQuery(data, parsed, cache);
  return countGroups(data, keepPassing(matches, buildDocFilter(state, data.cols)));
}

function withQuery(state: SearchState, parsed: ParsedQuery): SearchState {
  return { ...state, q: formatQuery(parsed), page: 1 };
}

export function findRelaxation(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  df: Map<string, number>,
  cache: MatchCache,
): Relaxation | null {
  if (parsed.groups.length > 1) {
    const groupDf = (i: number) => Math.max(...parsed.groups[i]!.map((t) => df.get(t.text) ?? 0));
    const order = parsed.groups.map((_, i) => i).sort((a, b) => groupDf(a) - groupDf(b));
    for (const i of order.slice(0, MAX_TERM_DROPS)) {
      const relaxed = { ...parsed, groups: parsed.groups.filter((_, j) => j !== i) };
      const total = count(data, state, relaxed, cache);
      if (total > 0)
        return {
          state: withQuery(state, relaxed),
          dropped: parsed.groups[i]!.map((t) => t.display).join(" | "),
          total,
        };
    }
  }
  if (parsed.excluded.length > 0 && parsed.groups.length > 0) {
    const relaxed = { ...parsed, excluded: [] };
    const total = count(data, state, relaxed, cache);
    if (total > 0)
      return {
        state: withQuery(state, relaxed),
        dropped: parsed.excluded.map((t) => `-${t.display}`).join(" "),
        total,
      };
  }
  const dateLabel = `日期: ${state.from ?? "…"} – ${state.to ?? "…"}`;
  const options: [SearchState, string][] = [];
  if (state.region.length)
    options.push([{ ...state, region: [], page: 1 }, `地区: ${state.region.join("、")}`]);
  if (state.theme.length)
    options.push([{ ...state, theme: [], page: 1 }, `主题: ${state.theme.join("、")}`]);
  if (state.source.length)
    options.push([{ ...state, source: [], page: 1 }, `来源: ${state.source.join("、")}`]);
  if (state.from || state.to)
    options.push([{ ...state, from: null, to: null, page: 1 }, dateLabel]);
  let best: Relaxation | null = null;
  for (const [relaxedState, dropped] of options) {
    const total = count(data, relaxedState, parsed, cache);
    if (total > 0 && (!best || total > best.total)) best = { state: relaxedState, dropped, total };
  }
  return best;
}
