import Link from "next/link";
import type { SearchState, SortOrder } from "@/lib/search/types";
import { buildSortHref } from "@/lib/ui/search-links";

const ORDERS: { sort: SortOrder; label: string }[] = [
  { sort: "relevance", label: "相关度" },
  { sort: "newest", label: "最新" },
  { sort: "oldest", label: "最早" },
];

export function SortBar({ state }: { state: SearchState }) {
  // Without a query every article is equally relevant: only the date orders make sense.
  const orders = state.q.trim() ? ORDERS : ORDERS.filter((o) => o.sort !== "relevance");
  return (
    <nav aria-label="排序" className="flex items-center gap-2 text-sm">
      <span className="text-stone-500">排序</span>
      <ul className="flex rounded-lg border border-stone-200 bg-white p-0.5">
        {orders.map(({ sort, label }) => {
          const current = state.sort === sort;
          return (
            <li key={sort}>
              <Link
                prefetch={false}
                href={buildSortHref(state, sort)}
                aria-current={current ? "true" : undefined}
                className={`block rounded-md px-3 py-1 ${
                  current ? "bg-stone-800 text-white" : "text-stone-600 hover:bg-stone-100"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
