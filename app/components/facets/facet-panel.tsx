import type { Facets, SearchState } from "@/lib/search/types";
import { buildFacetValuesQuery, toFacetValuesPageHref } from "@/lib/ui/facet-values";
import { buildSourceToggleHref, buildThemeToggleHref } from "@/lib/ui/search-links";
import { DateHistogram } from "./date-histogram";
import { DateRangeForm } from "./date-range-form";
import { FacetSection } from "./facet-section";
import { RegionTree } from "./region-tree";
import { ValueList } from "./value-list";

/**
 * All facets. Counts come from the engine's disjunctive facets: each group counts as if its own
 * selection were not applied, so other values stay visible and their counts stay honest.
 * On a phone the panel is a closed "筛选" drawer; from 1024 px it is always open (globals.css).
 */
export function FacetPanel({
  facets,
  state,
  activeCount,
  total,
}: {
  facets: Facets;
  state: SearchState;
  activeCount: number;
  total: number;
}) {
  return (
    <details className="facet-drawer rounded-xl border border-stone-200 bg-white lg:border-0 lg:bg-transparent">
      <summary className="flex items-center justify-between px-4 py-3 text-sm font-medium text-stone-800 lg:hidden">
        <span>
          筛选
          {activeCount > 0 && (
            <span className="ml-2 rounded-full bg-accent-700 px-1.5 py-0.5 text-xs text-white">
              {activeCount}
            </span>
          )}
        </span>
        <span className="text-stone-400" aria-hidden="true">
          ▾
        </span>
      </summary>
      <div className="px-4 pb-2 lg:px-0">
        <FacetSection title="地区">
          <RegionTree nodes={facets.region} state={state} />
        </FacetSection>
        <FacetSection title="日期">
          <DateHistogram facet={facets.date} detail={facets.dateDetail} state={state} />
          <DateRangeForm state={state} />
        </FacetSection>
        <FacetSection title="主题">
          <ValueList
            values={facets.theme}
            selected={state.theme}
            buildHref={(v) => buildThemeToggleHref(state, v)}
            more={{
              facet: "theme",
              page: toFacetValuesPageHref(buildFacetValuesQuery(state, "theme")),
            }}
          />
        </FacetSection>
        <FacetSection title="来源">
          <ValueList
            values={facets.source}
            selected={state.source}
            buildHref={(v) => buildSourceToggleHref(state, v)}
            more={{
              facet: "source",
              page: toFacetValuesPageHref(buildFacetValuesQuery(state, "source")),
            }}
          />
        </FacetSection>
        {/* On a phone the results sit below this long panel: a way back to them. */}
        <a
          href="#results"
          className="my-3 block rounded-lg bg-accent-700 py-2 text-center text-sm font-medium text-white hover:bg-accent-800 lg:hidden"
        >
          查看 {total.toLocaleString("zh-CN")} 篇结果 ↓
        </a>
      </div>
    </details>
  );
}
