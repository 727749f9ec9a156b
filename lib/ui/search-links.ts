import type { SearchState, SortOrder } from "../search/types";
import { serializeSearchState } from "../search/query/search-state";

/**
 * Every control on the search page is a plain link built here from the current state, so the URL is
 * the only state and every view works without JavaScript. Anything that changes the result set goes
 * back to page 1.
 */

export function buildSearchHref(state: SearchState): string {
  const query = serializeSearchState(state);
  return query ? `/?${query}` : "/";
}

/**
 * The state's parameters for another view of the same search (feed, concordance, trends), less
 * the keys that view sets itself (its own sort, page and size).
 */
export function toViewParams(state: SearchState, own: readonly string[]): URLSearchParams {
  const params = new URLSearchParams(serializeSearchState({ ...state, page: 1 }));
  for (const key of own) params.delete(key);
  return params;
}

type FilterPatch = Partial<
  Pick<SearchState, "q" | "region" | "theme" | "source" | "from" | "to" | "sort" | "dup">
>;

/** The state after a change to the query, a filter or the order: always page 1. */
export function toChangedState(state: SearchState, patch: FilterPatch): SearchState {
  return { ...state, ...patch, page: 1 };
}

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function isSameOrAncestor(ancestor: string, value: string): boolean {
  return value === ancestor || value.startsWith(`${ancestor}/`);
}

/**
 * Regions are OR-ed, so ticking 温州市 while 浙江省 is ticked would change nothing. Ticking a region
 * therefore replaces its ancestors and descendants: it drills down or widens, as a reader expects.
 */
export function toggleRegion(selected: string[], value: string): string[] {
  if (selected.includes(value)) return selected.filter((v) => v !== value);
  const unrelated = selected.filter(
    (v) => !isSameOrAncestor(v, value) && !isSameOrAncestor(value, v),
  );
  return [...unrelated, value];
}

export function buildRegionToggleHref(state: SearchState, value: string): string {
  return buildSearchHref(toChangedState(state, { region: toggleRegion(state.region, value) }));
}

export function buildThemeToggleHref(state: SearchState, value: string): string {
  return buildSearchHref(toChangedState(state, { theme: toggle(state.theme, value) }));
}

export function buildSourceToggleHref(state: SearchState, value: string): string {
  return buildSearchHref(toChangedState(state, { source: toggle(state.source, value) }));
}

export function buildSortHref(state: SearchState, sort: SortOrder): string {
  return buildSearchHref(toChangedState(state, { sort }));
}

export function buildPageHref(state: SearchState, page: number): string {
  return buildSearchHref({ ...state, page });
}

export function buildDateRangeHref(
  state: SearchState,
  from: string | null,
  to: string | null,
): string {
  return buildSearchHref(toChangedState(state, { from, to }));
}

/** Keeps the query and the order, drops every filter. */
export function buildClearAllHref(state: SearchState): string {
  return buildSearchHref(
    toChangedState(state, { region: [], theme: [], source: [], from: null, to: null }),
  );
}

/**
 * Name/value pairs for hidden inputs of a GET form that edits some fields (e.g. q, or from/to): the
 * rest of the state travels along, the edited fields and the page do not.
 */
export function buildHiddenFields(
  state: SearchState,
  edited: (keyof SearchState)[],
): [string, string][] {
  const params = new URLSearchParams(serializeSearchState({ ...state, page: 1 }));
  const skip = new Set<string>([...edited, "page"]);
  return [...params.entries()].filter(([name]) => !skip.has(name));
}

/** The same results with reposts collapsed into one ("collapse") or every article listed ("all"). */
export function buildDuplicateModeHref(state: SearchState, dup: SearchState["dup"]): string {
  return buildSearchHref(toChangedState(state, { dup }));
}
