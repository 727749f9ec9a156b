import Link from "next/link";
import type { SearchState } from "@/lib/search/types";
import { buildFilterChips } from "@/lib/ui/describe-state";
import { buildClearAllHref } from "@/lib/ui/search-links";

/** The filters in force, each removable, plus "清除全部". */
export function ActiveFilters({ state }: { state: SearchState }) {
  const chips = buildFilterChips(state);
  if (chips.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" aria-label="当前筛选">
      {chips.map((chip) => (
        <Link
          prefetch={false}
          key={`${chip.kind}-${chip.label}`}
          href={chip.removeHref}
          aria-label={`移除筛选 ${chip.kind}：${chip.label}`}
          className="inline-flex items-center gap-1.5 rounded-full border border-accent-100 bg-accent-50 py-1 pr-2 pl-3 text-sm text-accent-800 hover:border-accent-600"
        >
          <span className="text-accent-600">{chip.kind}</span>
          <span>{chip.label}</span>
          <span aria-hidden="true" className="text-base leading-none text-accent-600">
            ×
          </span>
        </Link>
      ))}
      <Link
        prefetch={false}
        href={buildClearAllHref(state)}
        className="px-2 text-sm text-stone-500 underline-offset-4 hover:text-stone-800 hover:underline"
      >
        清除全部
      </Link>
    </div>
  );
}
