import type { DateFacet, SearchState } from "@/lib/search/types";
import { toRangeLabel } from "@/lib/ui/date-range";
import { DateBars } from "./date-bars";

const BY = { day: "按日", month: "按月", year: "按年" } as const;

/**
 * Results over time: the whole span of the results for context (the chosen range highlighted on
 * it), and once a range is chosen, that range close up by day, month or year.
 */
export function DateHistogram({
  facet,
  detail,
  state,
}: {
  facet: DateFacet;
  detail: DateFacet | null;
  state: SearchState;
}) {
  const { buckets, granularity, unknown } = facet;
  if (buckets.length === 0) {
    return <p className="px-1.5 text-sm text-stone-400">没有带日期的报道</p>;
  }
  const peak = buckets.reduce((a, b) => (b.count > a.count ? b : a));
  const range = toRangeLabel(state.from, state.to);
  return (
    <figure className="space-y-3">
      <DateBars facet={facet} state={state} label={`全部时间${BY[granularity]}分布`} />
      {detail && detail.buckets.length > 0 && range && (
        <section aria-label={`所选范围 ${range}，${BY[detail.granularity]}`}>
          <h4 className="mb-1 text-xs font-medium text-stone-600">
            {range}，{BY[detail.granularity]}
          </h4>
          <DateBars facet={detail} state={state} label={`${range}${BY[detail.granularity]}分布`} />
        </section>
      )}
      <figcaption className="text-xs text-stone-500">
        最多：{peak.value}，{peak.count.toLocaleString("zh-CN")} 篇
        {unknown > 0 && <> · 日期不详 {unknown.toLocaleString("zh-CN")} 篇</>}
      </figcaption>
    </figure>
  );
}
