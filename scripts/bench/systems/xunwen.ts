import type { Article } from "../../../lib/article";
import { loadSearchEngine } from "../../../lib/search/load-search-engine";
import type { SearchState } from "../../../lib/search/types";
import { writeSearchIndex } from "../../../lib/search/write-search-index";
import type { BenchQuery, BenchSystem } from "../types";

/** Xunwen's own engine, exactly as the app uses it: a SearchState in, hits with snippets and facets out. */

function toState(q: BenchQuery): SearchState {
  return { q: q.text, region: [], theme: [], source: [], from: q.from, to: q.to, sort: "relevance", page: 1, size: q.limit };
}

export const xunwen: BenchSystem = {
  label: "Xunwen",
  setup: "writeSearchIndex + loadSearchEngine; engine.search(SearchState) incl. snippets and facets; a collapsed near-duplicate counts at its group's rank",
  async build(articles: Article[], dir: string) {
    await writeSearchIndex(articles, dir);
  },
  async load(dir: string) {
    const engine = await loadSearchEngine(dir);
    return (q) => engine.search(toState(q)).hits.map((h) => [h.id, ...h.similar.map((s) => s.id)]);
  },
};
