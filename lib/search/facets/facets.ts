import type { DateFacet, FacetValue, Facets, RegionFacetNode } from "../types";
import type { DocColumns } from "../store/doc-columns";
import {
  FILTER_DATE,
  FILTER_REGION,
  FILTER_SOURCE,
  FILTER_THEME,
  UNKNOWN_REGION,
  type DocFilter,
} from "./filters";
import { scratchUint32 } from "../match/scratch";
import { buildDateDetail } from "./date-detail";

/**
 * One pass over the query's match set yields both the filtered results and disjunctive facet
 * counts: a document passing every filter counts everywhere; one failing exactly one filter X
 * counts only in facet X (so a facet's counts ignore its own selection but honour the others).
 * Counts are per article (near-duplicates are grouped only in the result list). The pass only
 * reads typed columns and bumps typed counters (per region id, theme, source, month); region
 * ids are rolled up into the province › city › county tree afterwards.
 */

const MAX_VALUES = 100;
const MAX_MONTH_SPAN = 36;
// One collator for all tie-breaks (String.prototype.localeCompare sets one up per call).
const collator = new Intl.Collator();

function toValues(counts: Int32Array, names: readonly string[]): FacetValue[] {
  const out: FacetValue[] = [];
  for (let i = 0; i < counts.length; i++)
    if (counts[i]! > 0) out.push({ value: names[i]!, count: counts[i]! });
  return out
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value))
    .slice(0, MAX_VALUES);
}

/** `byRegionId` has one slot per region value and a last one for articles with no region. */
function toRegionTree(byRegionId: Int32Array, cols: DocColumns): RegionFacetNode[] {
  const counts = new Int32Array(cols.regionNodes.length);
  for (let r = 0; r < cols.regionValues.length; r++) {
    const c = byRegionId[r]!;
    if (c > 0) for (const node of cols.regionChain[r]!) counts[node]! += c;
  }
  // Nodes with a count only; a parent has at least its children's counts, so it exists too.
  const roots: number[] = [];
  const children = new Map<number, number[]>();
  for (let i = 0; i < counts.length; i++) {
    if (counts[i]! <= 0) continue;
    const parent = cols.regionNodes[i]!.parent;
    if (parent < 0) roots.push(i);
    else (children.get(parent) ?? children.set(parent, []).get(parent)!).push(i);
  }
  // Ties in collation order of the values, precomputed as ranks.
  const rank = cols.regionNodeRank;
  const build = (list: number[]): RegionFacetNode[] =>
    list
      .sort((a, b) => counts[b]! - counts[a]! || rank[a]! - rank[b]!)
      .map((i) => {
        const n = cols.regionNodes[i]!;
        return {
          value: n.value,
          name: n.name,
          count: counts[i]!,
          children: build(children.get(i) ?? []),
        };
      });
  const unknown = byRegionId[cols.regionValues.length] ?? 0;
  const tree = build(roots);
  // Always last: "no region found" is a value to select, not a region to rank.
  if (unknown > 0)
    tree.push({ value: UNKNOWN_REGION, name: UNKNOWN_REGION, count: unknown, children: [] });
  return tree;
}

/** `months[0]` counts unknown dates; slot i ≥ 1 is month firstMonth + i − 1 (year·12 + month − 1). */
function toDateFacet(months: Int32Array, firstMonth: number): DateFacet {
  const unknown = months[0]!;
  let lo = 1;
  let hi = months.length - 1;
  while (lo <= hi && months[lo] === 0) lo++;
  while (hi >= lo && months[hi] === 0) hi--;
  if (lo > hi) return { granularity: "month", buckets: [], unknown };
  const at = (slot: number) => firstMonth + slot - 1;
  const buckets: FacetValue[] = [];
  if (hi - lo + 1 > MAX_MONTH_SPAN) {
    const firstYear = Math.floor(at(lo) / 12);
    for (let y = firstYear; y <= Math.floor(at(hi) / 12); y++)
      buckets.push({ value: String(y), count: 0 });
    for (let slot = lo; slot <= hi; slot++)
      buckets[Math.floor(at(slot) / 12) - firstYear]!.count += months[slot]!;
    return { granularity: "year", buckets, unknown };
  }
  for (let slot = lo; slot <= hi; slot++) {
    const m = at(slot);
    buckets.push({
      value: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`,
      count: months[slot]!,
    });
  }
  return { granularity: "month", buckets, unknown };
}

/** Facet counts when no filter is set: every match counts everywhere. */
function countAll(
  matches: Uint32Array,
  cols: DocColumns,
  region: Int32Array,
  theme: Int32Array,
  source: Int32Array,
  months: Int32Array,
): void {
  const { regionId, sourceId, themeStart, themeIds, month } = cols;
  const unknown = cols.regionValues.length;
  for (let i = 0; i < matches.length; i++) {
    const d = matches[i]!;
    const r = regionId[d]!;
    region[r >= 0 ? r : unknown]!++;
    const s = sourceId[d]!;
    if (s >= 0) source[s]!++;
    months[month[d]!]!++;
    const end = themeStart[d + 1]!;
    for (let k = themeStart[d]!; k < end; k++) theme[themeIds[k]!]!++;
  }
}

/** `results` is scratch space (or `matches` itself when no filter is set), valid until the next call. */
export function filterAndFacet(
  matches: Uint32Array,
  filter: DocFilter,
  cols: DocColumns,
  range: { from: string | null; to: string | null },
): { results: Uint32Array; facets: Facets } {
  const region = new Int32Array(cols.regionValues.length + 1);
  const theme = new Int32Array(cols.themes.length);
  const source = new Int32Array(cols.sources.length);
  const months = new Int32Array(cols.monthCount + 1);
  const { regionId, sourceId, themeStart, themeIds, month } = cols;
  let results = matches;
  if (filter.active === 0) countAll(matches, cols, region, theme, source, months);
  else {
    results = scratchUint32("results", matches.length);
    let n = 0;
    for (let i = 0; i < matches.length; i++) {
      const d = matches[i]!;
      const f = filter.failures(d);
      if (f === 0) results[n++] = d;
      else if ((f & (f - 1)) !== 0) continue;
      if ((f & ~FILTER_REGION) === 0) {
        const r = regionId[d]!;
        region[r >= 0 ? r : cols.regionValues.length]!++;
      }
      if ((f & ~FILTER_THEME) === 0)
        for (let k = themeStart[d]!, end = themeStart[d + 1]!; k < end; k++) theme[themeIds[k]!]!++;
      if ((f & ~FILTER_SOURCE) === 0 && sourceId[d]! >= 0) source[sourceId[d]!]!++;
      if ((f & ~FILTER_DATE) === 0) months[month[d]!]!++;
    }
    results = results.subarray(0, n);
  }
  return {
    results,
    facets: {
      region: toRegionTree(region, cols),
      theme: toValues(theme, cols.themes),
      source: toValues(source, cols.sources),
      date: toDateFacet(months, cols.firstMonth),
      dateDetail: buildDateDetail(results, cols, range.from, range.to),
    },
  };
}
