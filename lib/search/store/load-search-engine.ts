import path from "node:path";
import { readWholeFile, readWholeTextFile } from "../../index-dir/read-whole-file";
import type { Article } from "../../article";
import { DocColumns, type ColumnSource } from "./doc-columns";
import { DocStore } from "./doc-store";
import type { EngineData } from "./engine-data";
import { loadFlexIndex } from "./flex-index";
import { GramPostings } from "./gram-postings";
import { INDEX_FILES, parseSearchMeta } from "./index-format";
import { TermMatcher } from "../match/match-terms";
import { createSearchEngine } from "../search-engine";
import { TextStore } from "./text-store";
import { WordMatcher } from "../match/word-matches";
import type { Collocate } from "../present/collocates";
import type { Concordance, ConcordanceView } from "../present/concordance";
import type { TrendPeriod, Trends } from "../present/trends";
import type { Taxonomy } from "../../themes/load-themes";
import type { RankedIds, Segment, SearchResponse, SearchState, SimilarReport } from "../types";

export interface SearchEngine {
  search(state: SearchState): SearchResponse;
  /** The page `search` would show, as ranked ids only: no facets, snippets or relaxation. */
  rankIds(state: SearchState): RankedIds;
  getArticle(id: string): Article | null;
  /** Title and paragraphs of the cleaned text with every hit of q's positive terms marked. */
  highlightArticle(id: string, q: string): { title: Segment[]; paragraphs: Segment[][] } | null;
  related(id: string, limit: number): SimilarReport[];
  suggest(prefix: string, limit: number): string[];
  /** Every occurrence of the query's terms in the matching articles, in context. */
  concordance(state: SearchState, view: ConcordanceView): Concordance;
  /** The words most associated with the query's terms within a few words of them. */
  collocates(state: SearchState): Collocate[];
  /** Matches per period for several queries under one set of filters (the first state's). */
  trends(states: readonly SearchState[], by: TrendPeriod | null): Trends;
  readonly articleCount: number;
  /** Example queries taken from the corpus at build time (starter-queries.ts). */
  readonly starterQueries: readonly string[];
  /** The theme taxonomy the index was built with, when recorded. */
  readonly taxonomy: Taxonomy | null;
}

async function readJson(dir: string, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readWholeTextFile(path.join(dir, file)));
  } catch (e) {
    throw new Error(
      `${dir}: cannot read ${file} (${(e as Error).message}); rebuild the index with \`npm run index\``,
    );
  }
}

/** Loads an index directory written by writeSearchIndex (format and version are checked first). */
export async function loadSearchEngine(dir: string): Promise<SearchEngine> {
  const meta = parseSearchMeta(await readJson(dir, INDEX_FILES.meta), dir);
  // One read per file (see readWholeFile): a loading server stays responsive and loads fast.
  const read = (file: string) => readWholeFile(path.join(dir, file));
  const [docBytes, columns, duplicates, vocabulary, textBuf, layout, titleGrams, bodyGrams, flex] =
    await Promise.all([
      read(INDEX_FILES.docs),
      readJson(dir, INDEX_FILES.columns) as Promise<ColumnSource>,
      readJson(dir, INDEX_FILES.duplicates) as Promise<number[][]>,
      readJson(dir, INDEX_FILES.vocabulary) as Promise<[string, number][]>,
      read(INDEX_FILES.text),
      read(INDEX_FILES.textLayout),
      read(INDEX_FILES.titleGrams),
      read(INDEX_FILES.bodyGrams),
      loadFlexIndex(path.join(dir, INDEX_FILES.flexDir), meta.flexKeys),
    ]);
  if (columns.ids?.length !== meta.articleCount)
    throw new Error(
      `${dir}: ${INDEX_FILES.columns} does not hold the ${meta.articleCount} articles meta lists; rebuild the index`,
    );
  const docs = new DocStore(docBytes, meta.articleCount, path.join(dir, INDEX_FILES.docs));
  const text = new TextStore(textBuf.toString("utf16le"), layout, INDEX_FILES.textLayout);
  const groupOf = new Int32Array(docs.length).fill(-1);
  duplicates.forEach((g, i) => g.forEach((d) => (groupOf[d] = i)));
  const titleLengths = new Uint32Array(docs.length);
  const bodyLengths = new Uint32Array(docs.length);
  let titleChars = 0;
  for (let d = 0; d < docs.length; d++) {
    titleChars += titleLengths[d] = text.titleLength(d);
    bodyLengths[d] = text.bodyLength(d);
  }
  const data: EngineData = {
    meta,
    docs,
    idToDoc: new Map(columns.ids.map((id, d) => [id, d])),
    cols: new DocColumns(columns),
    text,
    lengths: {
      title: titleLengths,
      body: bodyLengths,
      avgTitle: docs.length ? titleChars / docs.length : 0,
      avgBody: meta.avgBodyLength,
    },
    matcher: new TermMatcher(
      new GramPostings(titleGrams, INDEX_FILES.titleGrams),
      new GramPostings(bodyGrams, INDEX_FILES.bodyGrams),
      text,
    ),
    words: new WordMatcher(flex, docs.length),
    groupOf,
    groups: duplicates,
    vocabulary,
    stamp: new Uint32Array(docs.length),
    mark: { value: 0 },
  };
  return createSearchEngine(data);
}
