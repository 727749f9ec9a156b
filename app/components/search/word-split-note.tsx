import Link from "next/link";
import type { SearchResponse } from "@/lib/search/types";
import { buildSearchHref } from "@/lib/ui/search-links";
import { quoteSplitTerms, toWordList } from "@/lib/ui/word-split-text";

/**
 * An unspaced query of several words: how many results contain it exactly (listed first) and
 * how many only contain all of its words, with the way back to exact matches only.
 */
export function WordSplitNote({ response }: { response: SearchResponse }) {
  const { state, total, exact, splitTerms } = response;
  if (splitTerms.length === 0 || exact === null) return null;
  const rest = total - exact;
  const typed = splitTerms.map((t) => `“${t.display}”`).join("、");
  const words = splitTerms.map(toWordList).join("；");
  const exactHref = buildSearchHref({ ...state, q: quoteSplitTerms(state.q, splitTerms), page: 1 });
  return (
    <span className="block text-stone-500" data-word-split-note>
      {exact.toLocaleString("zh-CN")} 篇完全匹配{typed}
      {rest > 0 && (
        <>
          ，另有 {rest.toLocaleString("zh-CN")} 篇包含全部词语（{words}）
        </>
      )}
      。
      {rest > 0 && (
        <Link
          prefetch={false}
          className="whitespace-nowrap text-accent-700 underline-offset-2 hover:underline"
          href={exactHref}
        >
          只看完全匹配
        </Link>
      )}
    </span>
  );
}
