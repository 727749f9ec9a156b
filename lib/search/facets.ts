import type { DateFacet, FacetValue, Facets, RegionFacetNode } from "./types";
import type { DocColumns } from "./doc-columns";
import { FILTER_DATE, FILTER_REGION, FILTER_SOURCE, FILTER_THEME, type DocFilter } from "./filters";

/**
 * One pass over the query's match set yields both the filtered results and disjunctive facet
 * counts: a document passing every filter counts everywhere; one failing exactly one filter X
 * counts only in facet X (so a facet's counts ignore its own selection but honour the others).
 * Counts are per article (near-duplicates are grouped only in the result list).
 */

const MAX_VALUES = 100;
const MAX_MONTH_SPAN = 36;

function toValues(counts: Int32Array, names: readonly string[]): FacetValue[] {
  const out: FacetValue[] = [];
  counts.forEach((count, i) => count > 0 && out.push({ value: names[i]!, count }));
  return out.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, MAX_VALUES);
}

function toRegionTree(counts: Int32Array, cols: DocColumns): RegionFacetNode[] {
  const nodes = cols.regionNodes.map((n, i) => ({ value: n.value, name: n.name, count: counts[i]!, children: [] as RegionFacetNode[] }));
  const roots: RegionFacetNode[] = [];
  cols.regionNodes.forEach((n, i) => {
    if (counts[i]! <= 0) return;
    (n.parent < 0 ? roots : nodes[n.parent]!.children).push(nodes[i]!);
  });
  const sortTree = (list: RegionFacetNode[]): RegionFacetNode[] => {
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    list.forEach((n) => sortTree(n.children));
    return list;
  };
  return sortTree(roots);
}

function toDateFacet(months: Map<number, number>, unknown: number): DateFacet {
  const keys = [...months.keys()].sort((a, b) => a - b);
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return { granularity: "month", buckets: [], unknown };
  const index = (ym: number) => Math.floor(ym / 100) * 12 + (ym % 100) - 1;
  const span = index(last) - index(first) + 1;
  const buckets: FacetValue[] = [];
  if (span > MAX_MONTH_SPAN) {
    for (let y = Math.floor(first / 100); y <= Math.floor(last / 100); y++) {
      let count = 0;
      for (let m = 1; m <= 12; m++) count += months.get(y * 100 + m) ?? 0;
      buckets.push({ value: String(y), count });
    }
    return { granularity: "year", buckets, unknown };
  }
  for (let i = index(first); i <= index(last); i++) {
    const y = Math.floor(i / 12);
    const m = (i % 12) + 1;
    buckets.push({ value: `${y}-${String(m).padStart(2, "0")}`, count: months.get(y * 100 + m) ?? 0 });
  }
  return { granularity: "month", buckets, unknown };
}

export function filterAndFacet(matches: Uint32Array, filter: DocFilter, cols: DocColumns): { results: Uint32Array; facets: Facets } {
  const region = new Int32Array(cols.regionNodes.length);
  const theme = new Int32Array(cols.themes.length);
  const source = new Int32Array(cols.sources.length);
  const months = new Map<number, number>();
  let unknown = 0;
  const results = new Uint32Array(matches.length);
  let n = 0;
  for (const d of matches) {
    const f = filter.failures(d);
    if (f === 0) results[n++] = d;
    else if ((f & (f - 1)) !== 0) continue;
    if ((f & ~FILTER_REGION) === 0 && cols.regionId[d]! >= 0) for (const node of cols.regionChain[cols.regionId[d]!]!) region[node]!++;
    if ((f & ~FILTER_THEME) === 0) for (const t of cols.docThemes[d]!) theme[t]!++;
    if ((f & ~FILTER_SOURCE) === 0 && cols.sourceId[d]! >= 0) source[cols.sourceId[d]!]!++;
    if ((f & ~FILTER_DATE) === 0) {
      const day = cols.date[d]!;
      if (day === 0) unknown++;
      else months.set(Math.floor(day / 100), (months.get(Math.floor(day / 100)) ?? 0) + 1);
    }
  }
  return {
    results: results.subarray(0, n),
    facets: { region: toRegionTree(region, cols), theme: toValues(theme, cols.themes), source: toValues(source, cols.sources), date: toDateFacet(months, unknown) },
  };
}
