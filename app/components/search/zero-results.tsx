import Link from "next/link";
import type { SearchResponse } from "@/lib/search/types";
import { buildFilterChips } from "@/lib/ui/describe-state";
import { buildClearAllHref, buildSearchHref } from "@/lib/ui/search-links";
import { toWordList } from "@/lib/ui/word-split-text";

/** An empty result says why (which term, or which filter) and offers the nearest search that works. */
export function ZeroResults({ response }: { response: SearchResponse }) {
  const { state, emptyTerms, relaxation, splitTerms } = response;
  const chips = buildFilterChips(state);
  const q = state.q.trim();
  return (
    <div className="rounded-xl border border-stone-200 bg-white px-6 py-8" role="status">
      <h2 className="text-lg font-semibold text-stone-900">
        {q ? `没有找到与“${q}”相符的报道` : "当前筛选条件下没有报道"}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-[15px] text-stone-600">
        {emptyTerms.map((term) => (
          <li key={term}>
            词语“<strong className="text-stone-900">{term}</strong>”在全部报道中都没有出现。
          </li>
        ))}
        {splitTerms.map((t) => (
          <li key={`split-${t.display}`}>
            按词语（{toWordList(t)}）拆开检索，也没有报道同时包含它们。
          </li>
        ))}
        {emptyTerms.length === 0 && chips.length > 0 && (
          <li>
            这些词语单独都能找到报道，是筛选条件（
            {chips.map((c) => `${c.kind}：${c.label}`).join("；")}）把结果排除了。
          </li>
        )}
        {emptyTerms.length === 0 && chips.length === 0 && q && (
          <li>这些词语没有同时出现在任何一篇报道中。</li>
        )}
      </ul>
      <div className="mt-5 flex flex-wrap gap-3 text-sm">
        {relaxation && (
          <Link
            prefetch={false}
            href={buildSearchHref(relaxation.state)}
            className="rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-800"
          >
            {relaxation.kept
              ? `只搜“${relaxation.kept}”（去掉“${relaxation.dropped}”），可找到 `
              : `去掉“${relaxation.dropped}”，可找到 `}
            {relaxation.total.toLocaleString("zh-CN")} 篇 →
          </Link>
        )}
        {chips.length > 0 && (
          <Link
            prefetch={false}
            href={buildClearAllHref(state)}
            className="rounded-lg border border-stone-300 px-4 py-2 text-stone-700 hover:bg-stone-50"
          >
            清除全部筛选
          </Link>
        )}
      </div>
    </div>
  );
}
