import type { ConcordanceSort } from "../search/present/concordance";
import { serializeSearchState } from "../search/query/search-state";
import type { SearchState } from "../search/types";

/**
 * Links of the concordance view: the search state in the one schema, plus its own sort
 * ("left"/"right" of the term; date is the default and left out) and page.
 */

export const KWIC_PAGE_SIZE = 50;

export function parseKwicSort(value: string | string[] | undefined): ConcordanceSort {
  const v = Array.isArray(value) ? value[0] : value;
  return v === "left" || v === "right" ? v : "date";
}

function kwicQuery(state: SearchState, sort: ConcordanceSort, page = 1): string {
  const params = new URLSearchParams(serializeSearchState({ ...state, page: 1 }));
  for (const key of ["sort", "page", "size", "dup"]) params.delete(key);
  if (sort !== "date") params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

export function buildKwicHref(
  state: SearchState,
  sort: ConcordanceSort = "date",
  page = 1,
): string {
  const q = kwicQuery(state, sort, page);
  return q ? `/kwic?${q}` : "/kwic";
}

export function buildKwicCsvHref(state: SearchState, sort: ConcordanceSort): string {
  return `/api/kwic?format=csv&${kwicQuery(state, sort)}`;
}
