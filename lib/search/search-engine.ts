import type { Article } from "../article";
import { buildCollocates, buildConcordance } from "./present/concordance";
import { buildTrends } from "./present/trends";
import type { EngineData } from "./store/engine-data";
import { findHits, toParagraphSegments, toSegments } from "./present/highlight";
import type { SearchEngine } from "./store/load-search-engine";
import { parseQuery, positiveTerms } from "./query/parse-query";
import { findRelated } from "./present/related";
import { rankIds, runSearch } from "./rank/run-search";
import { suggestTerms } from "./present/suggest";

/** The SearchEngine facade over loaded index data. */
export function createSearchEngine(data: EngineData): SearchEngine {
  const docOf = (id: string): number | null => data.idToDoc.get(id) ?? null;
  return {
    articleCount: data.docs.length,
    starterQueries: data.meta.starterQueries,
    taxonomy: data.meta.taxonomy,
    search: (state) => runSearch(data, state),
    rankIds: (state) => rankIds(data, state),
    getArticle(id: string): Article | null {
      const d = docOf(id);
      if (d === null) return null;
      return { ...data.docs.get(d), body: data.text.originalBody(d) };
    },
    highlightArticle(id: string, q: string) {
      const d = docOf(id);
      if (d === null) return null;
      const terms = positiveTerms(parseQuery(q)).map((t) => t.text);
      return {
        title: toSegments(data.docs.get(d).title, findHits(data.text.title(d), terms)),
        paragraphs: toParagraphSegments(data.text.originalBody(d), data.text.body(d), terms),
      };
    },
    related(id: string, limit: number) {
      const d = docOf(id);
      return d === null ? [] : findRelated(data, d, limit);
    },
    suggest: (prefix, limit) => suggestTerms(data, prefix, limit),
    concordance: (state, view) => buildConcordance(data, state, view),
    collocates: (state) => buildCollocates(data, state),
    trends: (states, by) => buildTrends(data, states, by),
  };
}
