import type { EngineData } from "./engine-data";
import { nextMark } from "./engine-data";
import { filterAndFacet } from "./facets";
import { buildDocFilter, keepPassing } from "./filters";
import { collapse, countGroups } from "./page-hits";
import type { ParsedQuery } from "./parse-query";
import { evaluateQuery, type MatchCache, type QueryMatches } from "./query-eval";
import { orderByDate, orderByScore } from "./rank-order";
import { rerank } from "./rerank";
import { RANKING, scoreMatches } from "./score";
import type { Facets, SearchState } from "./types";

/**
 * The ranked page of a search: match (query only) → filter, with disjunctive facets counted in
 * the same pass when asked → order the needed prefix (relevance: stage-1 scores then stage-2
 * rerank; or date) → collapse near-duplicates → the page's representatives.
 */

export interface RankedPage {
  /** Doc numbers of the page's hits, near-duplicate groups collapsed to one. */
  page: number[];
  /** Results with near-duplicate groups counted once (each article with state.dup "all"). */
  total: number;
  /** Articles that pass, every repost counted. */
  matched: number;
  /** Facets over the match set, or null when not asked for. */
  facets: Facets | null;
  scores: Float32Array | null;
  query: QueryMatches;
}

export function rankPage(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  cache: MatchCache,
  withFacets: true,
): RankedPage & { facets: Facets };
export function rankPage(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  cache: MatchCache,
  withFacets: false,
): RankedPage;
export function rankPage(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  cache: MatchCache,
  withFacets: boolean,
): RankedPage {
  const query = evaluateQuery(data, parsed, cache);
  const filter = buildDocFilter(state, data.cols);
  const { results, facets } = withFacets
    ? filterAndFacet(query.matches, filter, data.cols)
    : { results: keepPassing(query.matches, filter), facets: null };
  const collapsing = state.dup !== "all";
  const total = collapsing ? countGroups(data, results) : results.length;

  const byScore = state.sort === "relevance" && query.groups.length > 0;
  const scores = byScore ? scoreMatches(query.groups, data.docs.length, data.lengths) : null;
  const offset = (state.page - 1) * state.size;
  const need = offset + state.size;
  let reranked = false;
  for (let m = Math.max(need + 20, RANKING.rerankDepth); ; m *= 2) {
    let ordered: number[];
    if (scores) {
      ordered = orderByScore(results, scores, data.cols, m);
      // rerank adds its bonuses to `scores` once; a longer prefix ordered afterwards keeps the reranked head first.
      if (!reranked) {
        ordered = rerank(data, ordered, parsed, query.groups, scores);
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
    const reps = collapsing ? collapse(data, ordered) : ordered;
    if (reps.length >= need || ordered.length >= results.length)
      return {
        page: reps.slice(offset, need),
        total,
        matched: results.length,
        facets,
        scores,
        query,
      };
  }
}
