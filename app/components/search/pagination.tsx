import Link from "next/link";
import type { SearchState } from "@/lib/search/types";
import { MAX_PAGE } from "@/lib/search/query/search-state";
import { buildPageList, toServedPages } from "@/lib/ui/page-list";
import { buildPageHref } from "@/lib/ui/search-links";

const ITEM = "flex h-9 min-w-9 items-center justify-center rounded-md px-2.5 text-sm";

export function Pagination({ state, total }: { state: SearchState; total: number }) {
  const { pageCount, capped, reachable } = toServedPages(total, state.size, MAX_PAGE);
  if (pageCount <= 1) return null;
  // Past the last page (an old link on a smaller index) no page is current; ‹ leads to the last one.
  const page = state.page;
  const center = Math.min(page, pageCount);
  return (
    <>
      <nav aria-label="分页" className="mt-8 flex flex-wrap items-center justify-center gap-1">
        {page > 1 ? (
          <Link
            prefetch={false}
            href={buildPageHref(state, Math.min(page - 1, pageCount))}
            rel="prev"
            className={`${ITEM} text-stone-600 hover:bg-stone-100`}
          >
            ‹ 上一页
          </Link>
        ) : (
          <span className={`${ITEM} text-stone-300`} aria-hidden="true">
            ‹ 上一页
          </span>
        )}
        {buildPageList(center, pageCount).map((item, i) =>
          item === "gap" ? (
            <span key={`gap-${i}`} className={`${ITEM} text-stone-400`} aria-hidden="true">
              …
            </span>
          ) : (
            <Link
              prefetch={false}
              key={item}
              href={buildPageHref(state, item)}
              aria-label={`第 ${item} 页`}
              aria-current={item === page ? "page" : undefined}
              className={`${ITEM} ${
                item === page
                  ? "bg-stone-800 font-medium text-white"
                  : "text-stone-600 hover:bg-stone-100"
              }`}
            >
              {item}
            </Link>
          ),
        )}
        {page < pageCount ? (
          <Link
            prefetch={false}
            href={buildPageHref(state, page + 1)}
            rel="next"
            className={`${ITEM} text-stone-600 hover:bg-stone-100`}
          >
            下一页 ›
          </Link>
        ) : (
          <span className={`${ITEM} text-stone-300`} aria-hidden="true">
            下一页 ›
          </span>
        )}
      </nav>
      {capped && (
        <p className="mt-3 text-center text-sm text-stone-500">
          翻页只到第 {MAX_PAGE.toLocaleString("zh-CN")} 页（前 {reachable.toLocaleString("zh-CN")}{" "}
          篇）；要看其余的 {(total - reachable).toLocaleString("zh-CN")}{" "}
          篇，请加检索词、选地区、来源或日期缩小范围，或换一种排序。
        </p>
      )}
    </>
  );
}
