import type { SearchState } from "../search/types";
import { parseSearchState, serializeSearchState } from "../search/search-state";
import { buildSearchHref } from "./search-links";

/**
 * An article link carries the query (for highlighting) and the whole search state (for "返回结果"),
 * so the article page needs no memory of where the reader came from.
 */
export function buildArticleHref(id: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q);
  const back = serializeSearchState(state);
  if (back) params.set("back", back);
  const query = params.toString();
  return `/article/${encodeURIComponent(id)}${query ? `?${query}` : ""}`;
}

/**
 * The search an article was opened from, from the untrusted `back` parameter (re-parsed, so it can
 * only ever describe a search); without one, a search for the article's query.
 */
export function parseBackState(back: string | null, q: string): SearchState {
  return parseSearchState(back ? new URLSearchParams(back) : { q }).state;
}

/** "返回结果": exactly the result page the reader came from, or the search page. */
export function buildBackHref(back: string | null, q: string): string {
  return buildSearchHref(parseBackState(back, q));
}
