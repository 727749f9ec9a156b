import type { SearchState } from "../search/types";
import { parseSearchState, serializeSearchState } from "../search/query/search-state";
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

/** The anchor of a result on the search page (its title link). */
export function toResultAnchor(id: string): string {
  return `r-${id}`;
}

/** "返回结果": exactly the result page the reader came from, at the result that was opened. */
export function buildBackHref(back: string | null, q: string, openedId?: string): string {
  const href = buildSearchHref(parseBackState(back, q));
  return openedId ? `${href}#${encodeURIComponent(toResultAnchor(openedId))}` : href;
}
