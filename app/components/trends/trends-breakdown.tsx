import Link from "next/link";
import type { FacetValue, RegionFacetNode, SearchResponse, SearchState } from "@/lib/search/types";
import { UNKNOWN_REGION } from "@/lib/search/facets/filters";
import { toRegionFilterName } from "@/lib/ui/describe-state";
import { buildSearchHref } from "@/lib/ui/search-links";
import { buildTrendsHref } from "@/lib/ui/trends-links";

const TOP = 8;

/** Regions of one query: provinces, or a chosen province's cities (its own node's children). */
function regionRows(response: SearchResponse, state: SearchState): RegionFacetNode[] {
  const chosen = state.region.length === 1 ? state.region[0]! : null;
  const node = chosen ? response.facets.region.find((n) => n.value === chosen) : null;
  return (node ? node.children : response.facets.region).slice(0, TOP);
}

function Rows({
  rows,
  total,
  href,
}: {
  rows: FacetValue[];
  total: number;
  href: (value: string) => string;
}) {
  return (
    <ul className="space-y-0.5 text-sm">
      {rows.map((r) => (
        <li key={r.value} className="flex items-baseline justify-between gap-2">
          <Link
            prefetch={false}
            href={href(r.value)}
            className="truncate text-stone-700 hover:underline"
          >
            {"name" in r ? toRegionFilterName(String(r.name)) : r.value}
          </Link>
          <span className="shrink-0 text-xs text-stone-500 tabular-nums">
            {r.count.toLocaleString("zh-CN")} ·{" "}
            {total > 0 ? ((r.count / total) * 100).toFixed(1) : "0.0"}%
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where each query was reported (provinces, or the cities of one chosen province) and by which
 * outlets, over the chosen period: the search's own facets. A province opens the same trends
 * narrowed to it; a source opens the search.
 */
export function TrendsBreakdown({
  responses,
  states,
}: {
  responses: SearchResponse[];
  states: SearchState[];
}) {
  const chosen = states[0]?.region.length === 1 ? states[0].region[0]! : null;
  return (
    <section aria-labelledby="breakdown-heading" className="mt-6">
      <h2 id="breakdown-heading" className="text-base font-semibold text-stone-900">
        {chosen ? `${chosen.split("/").at(-1)} 各市` : "各地区与来源"}
        {chosen && (
          <Link
            prefetch={false}
            href={buildTrendsHref(states.map((s) => ({ ...s, region: [] })))}
            className="ml-2 text-sm font-normal text-accent-700 hover:underline"
          >
            回到全国
          </Link>
        )}
      </h2>
      <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-trends-breakdown>
        {responses.map((r, i) => {
          const state = states[i]!;
          return (
            <div key={state.q} className="rounded-xl border border-stone-200 bg-white p-3">
              <h3 className="text-sm font-medium text-stone-800">
                “{state.q}” · 共 {r.matched.toLocaleString("zh-CN")} 篇
              </h3>
              <h4 className="mt-2 text-xs text-stone-500">{chosen ? "城市" : "地区"}</h4>
              <Rows
                rows={regionRows(r, state)}
                total={r.matched}
                href={(value) =>
                  // Nationwide and unplaced stories have no cities: they open the search.
                  chosen || value === "全国" || value === UNKNOWN_REGION
                    ? buildSearchHref({ ...state, region: [value], page: 1 })
                    : buildTrendsHref(states.map((s) => ({ ...s, region: [value] })))
                }
              />
              <h4 className="mt-2 text-xs text-stone-500">来源</h4>
              <Rows
                rows={r.facets.source.slice(0, TOP)}
                total={r.matched}
                href={(value) => buildSearchHref({ ...state, source: [value], page: 1 })}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
