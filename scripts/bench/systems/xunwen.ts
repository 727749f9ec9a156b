import type { Article } from "../../../lib/article";
import { loadSearchEngine } from "../../../lib/search/store/load-search-engine";
import type { SearchState } from "../../../lib/search/types";
import { writeSearchIndex } from "../../../lib/search/store/write-search-index";
import type { BenchQuery, BenchSystem } from "../types";

/**
 * Xunwen's own engine, twice over one index: the ranked top 20 as ids (what every peer answers)
 * and the whole page the app renders (the same top 20 plus facets and highlighted snippets).
 */

function toState(q: BenchQuery): SearchState {
  return {
    q: q.text,
    region: [],
    theme: [],
    source: [],
    from: q.from,
    to: q.to,
    sort: "relevance",
    dup: "collapse",
    page: 1,
    size: q.limit,
  };
}

const COLLAPSED = "a collapsed near-duplicate counts at its group's rank";

export const xunwen: BenchSystem = {
  label: "Xunwen",
  setup: `writeSearchIndex + loadSearchEngine; engine.rankIds(SearchState): match, filter, BM25F + rerank, near-duplicate collapsing, top 20 ids; ${COLLAPSED}`,
  async build(articles: Article[], dir: string) {
    await writeSearchIndex(articles, dir);
  },
  async load(dir: string) {
    const engine = await loadSearchEngine(dir);
    return (q) => engine.rankIds(toState(q)).hits.map((h) => [h.id, ...h.similar]);
  },
};

export const xunwenPage: BenchSystem = {
  label: "Xunwen, whole page",
  setup: `the Xunwen index; engine.search(SearchState) as the app calls it: the same top 20 plus disjunctive facets over every match and highlighted title and snippets per hit; ${COLLAPSED}`,
  sharesIndexWith: "xunwen",
  build: () => Promise.reject(new Error("uses the xunwen index")),
  async load(dir: string) {
    const engine = await loadSearchEngine(dir);
    return (q) => engine.search(toState(q)).hits.map((h) => [h.id, ...h.similar.map((s) => s.id)]);
  },
};
