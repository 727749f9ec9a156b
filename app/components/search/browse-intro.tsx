import Link from "next/link";
import { buildSearchHref } from "@/lib/ui/search-links";
import type { SearchState } from "@/lib/search/types";

/** The landing page: what is here, and a few queries to start from (taken from the corpus). */
export function BrowseIntro({
  articleCount,
  examples,
  state,
}: {
  articleCount: number;
  examples: readonly string[];
  state: SearchState;
}) {
  return (
    <div className="mb-6 rounded-xl border border-stone-200 bg-white px-5 py-4">
      <p className="text-[15px] text-stone-700">
        共收录{" "}
        <strong className="font-semibold text-stone-900">
          {articleCount.toLocaleString("zh-CN")}
        </strong>{" "}
        篇报道，下方按时间从新到旧排列。可按地区、日期、主题和来源筛选，或输入检索词。
      </p>
      {examples.length > 0 && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-starter-queries>
          <span className="text-stone-500" title="近 90 天报道中的常见关键词">
            试试：
          </span>
          {examples.map((q) => (
            <Link
              prefetch={false}
              key={q}
              href={buildSearchHref({ ...state, q, sort: "relevance", page: 1 })}
              className="rounded-full border border-stone-200 px-3 py-0.5 text-stone-700 hover:border-accent-600 hover:text-accent-700"
            >
              {q}
            </Link>
          ))}
        </p>
      )}
    </div>
  );
}
