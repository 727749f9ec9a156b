import type { SearchHit, SearchResponse } from "@/lib/search/types";
import { toWordList } from "@/lib/ui/word-split-text";
import { FocusHashTarget } from "./focus-hash-target";
import { ResultItem } from "./result-item";

/**
 * The page's results. With an unspaced multi-word query the exact matches come first; where the
 * articles with all of its words begin, a divider says so (and the list starts again).
 */
export function ResultList({ response }: { response: SearchResponse }) {
  const { hits, state, exact, splitTerms } = response;
  const offset = (state.page - 1) * state.size;
  const cut = exact === null ? hits.length : Math.min(Math.max(exact - offset, 0), hits.length);
  const list = (items: SearchHit[], label: string, start: number) =>
    items.length > 0 && (
      <ol className="list-none" aria-label={label} start={start}>
        {items.map((hit) => (
          <ResultItem key={hit.id} hit={hit} state={state} />
        ))}
      </ol>
    );
  return (
    <>
      {list(hits.slice(0, cut), "检索结果", offset + 1)}
      {cut < hits.length && (
        <>
          <p
            className="mt-2 mb-1 border-t border-dashed border-stone-300 pt-3 text-sm text-stone-500"
            data-tier-divider
          >
            以下报道包含全部词语（{splitTerms.map(toWordList).join("；")}），但不含完整的
            {splitTerms.map((t) => `“${t.display}”`).join("、")}
          </p>
          {list(hits.slice(cut), "包含全部词语的结果", offset + cut + 1)}
        </>
      )}
      <FocusHashTarget />
    </>
  );
}
