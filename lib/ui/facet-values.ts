import { parseSearchState } from "../search/query/search-state";
import type { Facets, FacetValue, RegionFacetNode, SearchState } from "../search/types";
import { toRegionFilterName } from "./describe-state";
import {
  buildRegionToggleHref,
  buildSourceToggleHref,
  buildThemeToggleHref,
  toViewParams,
} from "./search-links";

/**
 * The facet values a results page does not send: a region's children and the sources or themes
 * past the first few, asked for when a reader opens "更多" (JSON for the page's script, or a plain
 * page without it). Each row carries its toggle link, built by the same helpers as the page's.
 */

export type FacetName = "region" | "source" | "theme";

export interface FacetValueRow {
  value: string;
  label: string;
  count: number;
  href: string;
  selected: boolean;
  /** A region with regions below it. */
  hasChildren: boolean;
}

export function parseFacetName(value: string | null | undefined): FacetName | null {
  return value === "region" || value === "source" || value === "theme" ? value : null;
}

/** The query of a facet-values request: the search state plus which facet (and region parent). */
export function buildFacetValuesQuery(
  state: SearchState,
  facet: FacetName,
  parent: string | null = null,
): string {
  const params = toViewParams(state, ["page", "size", "sort"]);
  params.set("facet", facet);
  if (parent) params.set("parent", parent);
  return params.toString();
}

/** The same query from a results page's own address (its search part), for the page's script. */
export function buildFacetValuesQueryFromUrl(
  search: string,
  facet: FacetName,
  parent: string | null = null,
): string {
  return buildFacetValuesQuery(parseSearchState(new URLSearchParams(search)).state, facet, parent);
}

/** The JSON of those values (for the page's script) and the plain page of them (without it). */
export const toFacetValuesApiHref = (query: string) => `/api/facets?${query}`;
export const toFacetValuesPageHref = (query: string) => `/facets?${query}`;

function findRegion(nodes: RegionFacetNode[], value: string): RegionFacetNode | null {
  for (const n of nodes) {
    if (n.value === value) return n;
    if (value.startsWith(`${n.value}/`)) return findRegion(n.children, value);
  }
  return null;
}

/** All values of one facet (or one region's children), in the facet's order. */
export function toFacetValueRows(
  facets: Facets,
  state: SearchState,
  facet: FacetName,
  parent: string | null,
): FacetValueRow[] {
  if (facet === "region") {
    const nodes = parent ? (findRegion(facets.region, parent)?.children ?? []) : facets.region;
    return nodes.map((n) => ({
      value: n.value,
      label: toRegionFilterName(n.name),
      count: n.count,
      href: buildRegionToggleHref(state, n.value),
      selected: state.region.includes(n.value),
      hasChildren: n.children.length > 0,
    }));
  }
  const [values, selected, toggle]: [FacetValue[], string[], typeof buildSourceToggleHref] =
    facet === "source"
      ? [facets.source, state.source, buildSourceToggleHref]
      : [facets.theme, state.theme, buildThemeToggleHref];
  return values.map((v) => ({
    value: v.value,
    label: v.value,
    count: v.count,
    href: toggle(state, v.value),
    selected: selected.includes(v.value),
    hasChildren: false,
  }));
}
