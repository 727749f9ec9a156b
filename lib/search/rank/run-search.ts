import type { EngineData } from "../store/engine-data";
import { buildHit, groupMates } from "./page-hits";
import { parseQuery, positiveTerms } from "../query/parse-query";
import type { MatchCache } from "../match/query-eval";
import { rankPage } from "./rank-page";
import { findRelaxation } from "./relaxation";
import type { RankedIds, SearchResponse, SearchState } from "../types";

const elapsedMs = (started: number) => Math.round((performance.now() - started) * 100) / 100;

/**
 * One search as the page and the API show it: the ranked page (rank-page.ts) with facets, each
 * hit with its highlighted title and snippets. Zero results → emptyTerms and a relaxation.
 */
export function runSearch(data: EngineData, state: SearchState): SearchResponse {
  const started = performance.now();
  const parsed = parseQuery(state.q);
  const cache: MatchCache = new Map();
  const { page, total, matched, exact, split, facets, scoreOf, query } = rankPage(
    data,
    state,
    parsed,
    cache,
    true,
  );
  const terms = positiveTerms(parsed).map((t) => t.text);
  if (split) terms.push(...positiveTerms(split.allWords).map((t) => t.text));
  const collapsing = state.dup !== "all";
  const hits = page.map((d) => buildHit(data, d, terms, scoreOf(d), collapsing));
  const emptyTerms = positiveTerms(parsed)
    .filter((t) => query.df.get(t.text) === 0)
    .map((t) => t.display);
  const relaxation = total === 0 ? findRelaxation(data, state, parsed, query.df, cache) : null;
  return {
    state,
    total,
    matched,
    tookMs: elapsedMs(started),
    hits,
    facets,
    relaxation,
    emptyTerms,
    splitTerms: split?.terms ?? [],
    exact,
  };
}

/** The same ranked page as runSearch, as ids only: no facets, snippets or relaxation. */
export function rankIds(data: EngineData, state: SearchState): RankedIds {
  const started = performance.now();
  const { page, total } = rankPage(data, state, parseQuery(state.q), new Map(), false);
  const idOf = (d: number) => data.docs.get(d).id;
  const mates = (d: number) => (state.dup === "all" ? [] : groupMates(data, d).map(idOf));
  const hits = page.map((d) => ({ id: idOf(d), similar: mates(d) }));
  return { total, tookMs: elapsedMs(started), hits };
}
