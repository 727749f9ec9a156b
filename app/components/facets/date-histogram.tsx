import Link from "next/link";
import type { DateFacet, SearchState } from "@/lib/search/types";
import { isBucketInRange, toBucketRange } from "@/lib/ui/date-range";
import { buildDateRangeHref } from "@/lib/ui/search-links";

const CHART_HEIGHT = 64;

/** Results per month (or year) as bars; a bar is a link that filters to its period. */
export function DateHistogram({ facet, state }: { facet: DateFacet; state: SearchState }) {
  const { buckets, granularity, unknown } = facet;
  if (buckets.length === 0) {
    return <p className="px-1.5 text-sm text-stone-400">没有带日期的报道</p>;
  }
  const peak = buckets.reduce((a, b) => (b.count > a.count ? b : a));
  const max = Math.max(peak.count, 1);
  const hasRange = state.from !== null || state.to !== null;
  const unit = granularity === "month" ? "月" : "年";
  const first = buckets[0]?.value ?? "";
  const last = buckets[buckets.length - 1]?.value ?? "";
  return (
    <figure>
      <ul
        className="flex items-end gap-px border-b border-stone-300"
        style={{ height: CHART_HEIGHT }}
        aria-label={`按${unit}分布，点击柱条按该${unit}筛选`}
      >
        {buckets.map((b) => {
          const range = toBucketRange(b.value);
          if (!range) return null;
          const active = isBucketInRange(b.value, state.from, state.to);
          const exact = state.from === range.from && state.to === range.to;
          const href = exact
            ? buildDateRangeHref(state, null, null)
            : buildDateRangeHref(state, range.from, range.to);
          const height =
            b.count === 0 ? 0 : Math.max(3, Math.round((b.count / max) * CHART_HEIGHT));
          const label = `${b.value}：${b.count.toLocaleString("zh-CN")} 篇`;
          return (
            <li key={b.value} className="flex h-full min-w-[3px] flex-1 items-end">
              <Link
                prefetch={false}
                href={href}
                title={label}
                aria-label={exact ? `${label}（已选，点击取消）` : label}
                className="group flex h-full w-full items-end"
              >
                <span
                  className={`block w-full rounded-t-[2px] transition-colors ${
                    active
                      ? "bg-accent-700"
                      : hasRange
                        ? "bg-stone-300 group-hover:bg-accent-600"
                        : "bg-accent-600/70 group-hover:bg-accent-700"
                  }`}
                  style={{ height }}
                />
              </Link>
            </li>
          );
        })}
      </ul>
      <div
        className="mt-1 flex justify-between text-[11px] tabular-nums text-stone-400"
        aria-hidden="true"
      >
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <figcaption className="mt-1 text-xs text-stone-500">
        最多：{peak.value}，{peak.count.toLocaleString("zh-CN")} 篇
        {unknown > 0 && <> · 日期不详 {unknown.toLocaleString("zh-CN")} 篇</>}
      </figcaption>
    </figure>
  );
}
