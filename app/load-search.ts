import { cache } from "react";
import { getSearchEngine } from "@/lib/search/serve/get-search-engine";
import { parseSearchState, serializeSearchState } from "@/lib/search/query/search-state";
import type { SearchResponse, SearchState } from "@/lib/search/types";

export type RawSearchParams = Record<string, string | string[] | undefined>;

// generateMetadata and the page both need the response: one engine call per request.
const searchCanonical = cache(async (canonical: string): Promise<SearchResponse> => {
  const engine = await getSearchEngine();
  return engine.search(parseSearchState(new URLSearchParams(canonical)).state);
});

export async function loadSearch(raw: RawSearchParams): Promise<{
  state: SearchState;
  notices: string[];
  adjustments: string[];
  response: SearchResponse;
}> {
  const { state, notices, adjustments } = parseSearchState(raw);
  const response = await searchCanonical(serializeSearchState(state));
  return { state, notices, adjustments, response };
}
