import Link from "next/link";
import type { Trends } from "@/lib/search/present/trends";
import type { SearchState } from "@/lib/search/types";
import { buildPeriodSearchHref } from "@/lib/ui/trends-links";

/** The chart's numbers: one row per period, each query's count (a link to its results) and share. */
export function TrendsTable({ trends, states }: { trends: Trends; states: SearchState[] }) {
  return (
    <div className="mt-4 max-h-[28rem] overflow-auto rounded-xl border border-stone-200 bg-white">
      <table
        className="w-full border-collapse text-sm whitespace-nowrap tabular-nums"
        data-trends-table
      >
        <thead className="sticky top-0 bg-white text-xs text-stone-500">
          <tr className="border-b border-stone-200">
            <th scope="col" className="px-3 py-2 text-left font-normal">
              时间
            </th>
            <th scope="col" className="px-3 py-2 text-right font-normal">
              全部报道
            </th>
            {trends.series.map((s) => (
              <th key={s.q} scope="col" className="px-3 py-2 text-right font-normal">
                {s.q}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trends.periods.map((p, i) => (
            <tr key={p} className="border-b border-stone-100 last:border-b-0">
              <th scope="row" className="px-3 py-1 text-left font-normal text-stone-600">
                {p}
              </th>
              <td className="px-3 py-1 text-right text-stone-500">
                {trends.all[i]!.toLocaleString("zh-CN")}
              </td>
              {trends.series.map((s, k) => (
                <td key={s.q} className="px-3 py-1 text-right">
                  <Link
                    prefetch={false}
                    href={buildPeriodSearchHref(states[k]!, trends.by, p)}
                    className="text-stone-800 hover:underline"
                  >
                    {s.counts[i]!.toLocaleString("zh-CN")}
                  </Link>
                  <span className="ml-1 text-xs text-stone-400">
                    {(s.shares[i]! * 100).toFixed(2)}%
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
