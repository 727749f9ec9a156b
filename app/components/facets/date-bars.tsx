import Link from "next/link";
import type { DateFacet, SearchState } from "@/lib/search/types";
import { toAxisLabels, toBarHeight, toBarLabel } from "@/lib/ui/date-axis";
import { bucketOverlap, toBucketRange } from "@/lib/ui/date-range";
import { buildDateRangeHref } from "@/lib/ui/search-links";
import { DateBrush } from "./date-brush";

const CHART_HEIGHT = 64;
const UNIT = { day: "日", month: "月", year: "年" } as const;

/**
 * One row of bars: each a link that filters to its period (clicking the selected one clears it),
 * its count shown on hover and keyboard focus; with JavaScript a drag across bars picks a range.
 * Heights are on a square-root scale, as the axis says.
 */
export function DateBars({
  facet,
  state,
  label,
}: {
  facet: DateFacet;
  state: SearchState;
  label: string;
}) {
  const { buckets, granularity } = facet;
  const max = buckets.reduce((m, b) => Math.max(m, b.count), 0);
  const hasRange = state.from !== null || state.to !== null;
  const labels = toAxisLabels(facet);
  const n = buckets.length;
  return (
    <div data-date-chart={granularity}>
      <div className="mb-1 flex justify-between text-[10px] text-stone-400" aria-hidden="true">
        <span className="tabular-nums">{max.toLocaleString("zh-CN")} 篇</span>
        <span>平方根刻度</span>
      </div>
      <DateBrush state={state}>
        <ul
          className="flex touch-pan-y items-end gap-px border-b border-stone-300 select-none"
          style={{ height: CHART_HEIGHT }}
          aria-label={`${label}，点击柱条按该${UNIT[granularity]}筛选`}
        >
          {buckets.map((b) => {
            const range = toBucketRange(b.value);
            if (!range) return null;
            const exact = state.from === range.from && state.to === range.to;
            const overlap = bucketOverlap(b.value, state.from, state.to);
            // The bar's tone (globals.css): how much of its period the chosen range covers.
            const tone = hasRange ? overlap : "all";
            const text = toBarLabel(b.value, b.count);
            return (
              <li key={b.value} className="date-bar">
                <Link
                  prefetch={false}
                  href={
                    exact
                      ? buildDateRangeHref(state, null, null)
                      : buildDateRangeHref(state, range.from, range.to)
                  }
                  aria-label={exact ? `${text}（已选，点击取消）` : text}
                  // A link is natively draggable, which would cancel the pointer drag across bars.
                  draggable={false}
                  data-from={range.from}
                  data-to={range.to}
                >
                  <span
                    className="date-bar-fill"
                    data-tone={tone}
                    style={{ height: toBarHeight(b.count, max, CHART_HEIGHT) }}
                  />
                </Link>
                <span className="date-bar-tip" aria-hidden="true">
                  {text}
                </span>
              </li>
            );
          })}
        </ul>
      </DateBrush>
      <div
        className="relative mt-0.5 h-4 text-[10px] text-stone-500 tabular-nums"
        aria-hidden="true"
      >
        {labels.map(({ index, text }) => (
          <span
            key={index}
            className="absolute whitespace-nowrap"
            style={{
              left: `${((index + 0.5) / n) * 100}%`,
              // The first and last labels stay inside the chart's edges.
              transform:
                index === 0 && n > 1
                  ? "translateX(-2px)"
                  : index === n - 1 && n > 1
                    ? "translateX(calc(-100% + 2px))"
                    : "translateX(-50%)",
            }}
          >
            {text}
          </span>
        ))}
      </div>
    </div>
  );
}
