import type { SearchHit, SearchState } from "@/lib/search/types";
import { FocusHashTarget } from "./focus-hash-target";
import { ResultItem } from "./result-item";

export function ResultList({ hits, state }: { hits: SearchHit[]; state: SearchState }) {
  return (
    <>
      <ol className="list-none" aria-label="检索结果">
        {hits.map((hit) => (
          <ResultItem key={hit.id} hit={hit} state={state} />
        ))}
      </ol>
      <FocusHashTarget />
    </>
  );
}
