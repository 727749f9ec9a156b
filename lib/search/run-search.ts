import type { EngineData } from "./engine-data";
import { nextMark } from "./engine-data";
import { filterAndFacet } from "./facets";
import { buildDocFilter } from "./filters";
import { buildHit, collapse, countGroups } from "./page-hits";
import { parseQuery, positiveTerms } from "./parse-query";
import { evaluateQuery, type MatchCache } from "./query-eval";
import { orderByDate, orderByScore } from "./rank-order";
import { findRelaxation } from "./relaxation";
import { rerank } from "./rerank";
import { RANKING, scoreMatches } from "./score";
import type { SearchResponse, SearchState } from "./types";

/**
 * One search: match (query only) → filter + disjunctive facets in one pass → order the needed
 * prefix (relevance: stage-1 scores then stage-2 rerank; or date) → collapse near-duplicates →
 * page of hits with highlighted title and snippets. Zero results → emptyTerms and a relaxation.
 */
export function runSearch(data: EngineData, state: SearchState): SearchResponse {
  const started = performance.now();
  const parsed = parseQuery(state.q);
  const cache: MatchCache = new Map();
  const { matches, groups, df } = evaluateQuery(data, parsed, cache);
  const { results, facets } = filterAndFacet(matches, buildDocFilter(state, data.cols), data.cols);
  const total = countGroups(data, results);

  const byScore = state.sort === "relevance" && groups.length > 0;
  const scores = byScore ? scoreMatches(groups, data.docs.length, data.lengths) : null;
  const offset = (state.page - 1) * state.size;
  const need = offset + state.size;
  let page: number[] = [];
  let reranked = false;
  for (let m = Math.max(need + 20, RANKING.rerankDepth); ; m *= 2) {
    let ordered: number[];
    if (scores) {
      ordered = orderByScore(results, scores, data.cols, m);
      // rerank adds its bonuses to `scores` once; a longer prefix ordered afterwards keeps the reranked head first.
      if (!reranked) {
        ordered = rerank(data, ordered, parsed, groups, scores);
        reranked = true;
      }
    } else
      ordered = orderByDate(
        results,
        data.cols,
        state.sort === "oldest",
        m,
        data.stamp,
        nextMark(data),
      );
    const reps = collapse(data, ordered);
    if (reps.length >= need || ordered.length >= results.length) {
      page = reps.slice(offset, need);
      break;
    }
  }

  const terms = positiveTerms(parsed).map((t) => t.text);
  const hits = page.map((d) => buildHit(data, d, terms, scores ? scores[d]! : 0));
  const emptyTerms = positiveTerms(parsed)
    .filter((t) => df.get(t.text) === 0)
    .map((t) => t.display);
  const relaxation = total === 0 ? findRelaxation(data, state, parsed, df, cache) : null;
  return {
    state,
    total,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits,
    facets,
    relaxation,
    emptyTerms,
  };
}
