import type { ConcordanceSort } from "../search/present/concordance";
import { firstParam, type RawParamValue } from "./raw-params";
import { toViewParams } from "./search-links";
import type { SearchState } from "../search/types";

/**
 * Links of the concordance view: the search state in the one schema, plus the view's own sort
 * ("left"/"right" of the term; date is the default and left out), collocate ("near") and page.
 */

export const KWIC_PAGE_SIZE = 50;

export function parseKwicSort(value: RawParamValue): ConcordanceSort {
  const v = firstParam(value);
  return v === "left" || v === "right" ? v : "date";
}

/** A collocate to narrow the lines to: one word of at most 20 characters, else none. */
export function parseKwicNear(value: RawParamValue): string | null {
  const v = firstParam(value)?.trim();
  return v && v.length <= 20 ? v : null;
}

/** The page of lines asked for: a whole number from 1, else 1 (the engine clamps it to the last). */
export function parseKwicPage(value: RawParamValue): number {
  return Math.max(1, Number.parseInt(firstParam(value) ?? "1", 10) || 1);
}

export interface KwicView {
  sort: ConcordanceSort;
  near: string | null;
  page: number;
}

function kwicQuery(state: SearchState, view: Partial<KwicView>): string {
  const params = toViewParams(state, ["sort", "page", "size", "dup"]);
  if (view.sort && view.sort !== "date") params.set("sort", view.sort);
  if (view.near) params.set("near", view.near);
  if (view.page && view.page > 1) params.set("page", String(view.page));
  return params.toString();
}

export function buildKwicHref(state: SearchState, view: Partial<KwicView> = {}): string {
  const q = kwicQuery(state, view);
  return q ? `/kwic?${q}` : "/kwic";
}

export function buildKwicCsvHref(state: SearchState, view: Partial<KwicView>): string {
  return `/api/kwic?format=csv&${kwicQuery(state, { ...view, page: 1 })}`;
}
