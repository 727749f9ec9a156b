import Link from "next/link";
import type { DateFacet, SearchState } from "@/lib/search/types";
import { toAxisLabels, toBarHeight, toBarLabel } from "@/lib/ui/date-axis";
import { bucketOverlap, toBucketRange } from "@/lib/ui/date-range";
import { buildDateRangeHref } from "@/lib/ui/search-links";
import { DateBrush } from "./date-brush";

const CHART_HEIGHT = 64;
const UNIT = { day: "日", month: "月", year: "年" } as const;

const BAR_COLOR = {
  full: "bg-accent-700",
  partial: "bg-accent-700/45",
  none: "bg-stone-300 group-hover:bg-accent-600",
  all: "bg-accent-600/70 group-hover:bg-accent-700",
} as const;

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
            const color = hasRange ? BAR_COLOR[overlap] : BAR_COLOR.all;
            const text = toBarLabel(b.value, b.count);
            return (
              <li key={b.value} className="group relative flex h-full min-w-[2px] flex-1 items-end">
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
                  className="flex h-full w-full items-end focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-700"
                >
                  <span
                    className={`block w-full rounded-t-[2px] transition-colors ${color} [[data-brushed]>&]:bg-accent-800`}
                    style={{ height: toBarHeight(b.count, max, CHART_HEIGHT) }}
                  />
                </Link>
                <span
                  className="pointer-events-none absolute bottom-full left-1/2 z-10 mb-1 hidden -translate-x-1/2 rounded bg-stone-800 px-1.5 py-0.5 text-[11px] whitespace-nowrap text-white tabular-nums group-focus-within:block group-hover:block"
                  aria-hidden="true"
                >
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
