import type { EngineData } from "../store/engine-data";
import { nextMark } from "../store/engine-data";
import { filterAndFacet } from "../facets/facets";
import { buildDocFilter, keepPassing, type DocFilter } from "../facets/filters";
import { collapse, countGroups } from "./page-hits";
import type { ParsedQuery } from "../query/parse-query";
import { evaluateQuery, type MatchCache, type QueryMatches } from "../match/query-eval";
import { orderByDate, orderByScore } from "./rank-order";
import { rerank } from "./rerank";
import { differenceSorted } from "../match/sorted-sets";
import { RANKING, scoreMatches } from "./score";
import type { Facets, SearchState } from "../types";
import { hasDoc } from "../match/word-matches";
import { splitQueryWords, type WordSplit } from "../query/word-split";

/**
 * The ranked page of a search: match (query only) → filter, with disjunctive facets counted in
 * the same pass when asked → order the needed prefix (relevance: stage-1 scores then stage-2
 * rerank; or date) → collapse near-duplicates → the page's representatives. A query with an
 * unspaced multi-word term (word-split.ts) has two tiers: the exact matches, ordered as without
 * the split, then the articles with all of its words, each tier ordered on its own.
 */

export interface RankedPage {
  /** Doc numbers of the page's hits, near-duplicate groups collapsed to one. */
  page: number[];
  /** Results with near-duplicate groups counted once (each article with state.dup "all"). */
  total: number;
  /** Articles that pass, every repost counted. */
  matched: number;
  /** With a word split: how many of `total` match the query exactly (they come first). */
  exact: number | null;
  split: WordSplit | null;
  /** Facets over the match set, or null when not asked for. */
  facets: Facets | null;
  scoreOf: (d: number) => number;
  query: QueryMatches;
}

/** One tier's results in order, a growing prefix at a time. */
function tierOrder(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  query: QueryMatches,
  results: Uint32Array,
  slot: "scores" | "tierScores",
) {
  const byScore = state.sort === "relevance" && query.groups.length > 0;
  const scores = byScore ? scoreMatches(query.groups, data.docs.length, data.lengths, slot) : null;
  let reranked = false;
  const prefix = (m: number): number[] => {
    if (m <= 0 || results.length === 0) return [];
    if (!scores)
      return orderByDate(
        results,
        data.cols,
        state.sort === "oldest",
        m,
        data.stamp,
        nextMark(data),
      );
    const ordered = orderByScore(results, scores, data.cols, m);
    // rerank adds its bonuses to `scores` once; a longer prefix ordered afterwards keeps the reranked head first.
    if (reranked) return ordered;
    reranked = true;
    return rerank(data, ordered, parsed, query.groups, scores);
  };
  return { prefix, size: results.length, scoreOf: (d: number) => (scores ? scores[d]! : 0) };
}

function filterQuery(
  data: EngineData,
  state: SearchState,
  matches: Uint32Array,
  filter: DocFilter,
  withFacets: boolean,
): { results: Uint32Array; facets: Facets | null } {
  return withFacets
    ? filterAndFacet(matches, filter, data.cols, state)
    : { results: keepPassing(matches, filter), facets: null };
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
  const split = splitQueryWords(parsed);
  const collapsing = state.dup !== "all";
  const count = (set: Uint32Array) => (collapsing ? countGroups(data, set) : set.length);

  // Facets, totals and the filtered sets: of the exact query, or of the all-words reading (a superset).
  const wordQuery = split ? evaluateQuery(data, split.allWords, cache) : null;
  const { results, facets } = filterQuery(
    data,
    state,
    (wordQuery ?? query).matches,
    filter,
    withFacets,
  );
  const exactResults = wordQuery ? keepPassing(query.matches, filter, "exactResults") : results;
  const first = tierOrder(data, state, parsed, query, exactResults, "scores");
  const second =
    split && wordQuery
      ? tierOrder(
          data,
          state,
          split.allWords,
          wordQuery,
          differenceSorted(results, exactResults),
          "tierScores",
        )
      : null;
  const scoreOf = (d: number) =>
    second && !hasDoc(exactResults, d) ? second.scoreOf(d) : first.scoreOf(d);

  const offset = (state.page - 1) * state.size;
  const need = offset + state.size;
  for (let m = Math.max(need + 20, RANKING.rerankDepth); ; m *= 2) {
    const head = first.prefix(m);
    const tail = second && head.length < m ? second.prefix(m - head.length) : [];
    const ordered = head.length === 0 ? tail : tail.length === 0 ? head : [...head, ...tail];
    const reps = collapsing ? collapse(data, ordered) : ordered;
    // Done when the page is full or every result is ordered (a prefix shorter than asked).
    if (reps.length >= need || ordered.length >= results.length || ordered.length < m) {
      return {
        page: reps.slice(offset, need),
        total: count(results),
        matched: results.length,
        exact: split ? count(exactResults) : null,
        split,
        facets,
        scoreOf,
        query,
      };
    }
  }
}
