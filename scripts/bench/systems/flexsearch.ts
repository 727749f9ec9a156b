import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Charset, Document, Encoder, type IndexOptions } from "flexsearch";
import type { Article } from "../../../lib/article";
import { normalizeText } from "../../../lib/text/normalize";
import { segmentForSearch } from "../../../lib/text/analyze-text";
import type { BenchSystem, Searcher } from "../types";

/**
 * A FlexSearch Document over one field "title\nbody" (FlexSearch scores by position, so the title
 * leads), serialised with export()/import() into one JSON file, plus the articles' dates.
 *
 * Date filters are applied after the search, over every match: FlexSearch 0.8.212's tag search
 * first cuts the unfiltered query to 100 results whatever `limit` says, then intersects with the
 * tag, so a filtered search silently lost most matches (e.g. 5 of 15 in a 300-document test).
 */

type FlexDoc = { id: string; text: string };

function createDocument(field: IndexOptions): Document<FlexDoc> {
  return new Document<FlexDoc>({ document: { id: "id", index: [{ ...field, field: "text" }] } });
}

async function buildFlexSearch(
  field: IndexOptions,
  articles: Article[],
  dir: string,
): Promise<void> {
  const doc = createDocument(field);
  for (const a of articles) doc.add({ id: a.id, text: `${a.title}\n${a.body}` });
  const parts: Record<string, string> = {};
  await doc.export((key: string, data: string) => {
    parts[key] = data;
  });
  await writeFile(path.join(dir, "flexsearch.json"), JSON.stringify(parts));
  await writeFile(
    path.join(dir, "dates.json"),
    JSON.stringify(Object.fromEntries(articles.map((a) => [a.id, a.date]))),
  );
}

async function loadFlexSearch(field: IndexOptions, dir: string): Promise<Searcher> {
  const doc = createDocument(field);
  const parts = JSON.parse(await readFile(path.join(dir, "flexsearch.json"), "utf8")) as Record<
    string,
    string
  >;
  for (const [key, data] of Object.entries(parts)) doc.import(key, data);
  const dates = new Map(
    Object.entries(
      JSON.parse(await readFile(path.join(dir, "dates.json"), "utf8")) as Record<
        string,
        string | null
      >,
    ),
  );
  return ({ text, from, to, limit }) => {
    if (!from || !to)
      return doc.search({ query: text, limit, merge: true }).map((r) => [String(r.id)]);
    const inRange = (id: string) => {
      const date = dates.get(id);
      return !!date && date >= from && date <= to;
    };
    const all = doc
      .search({ query: text, limit: dates.size, merge: true })
      .map((r) => String(r.id));
    return all
      .filter(inRange)
      .slice(0, limit)
      .map((id) => [id]);
  };
}

/** FlexSearch with Xunwen's normaliser and jieba tokenizer: the baseline for Xunwen's p95 target. */
const jiebaField: IndexOptions = {
  encode: (text: string) => segmentForSearch(normalizeText(text)),
  tokenize: "strict",
};

export const flexsearchJieba: BenchSystem = {
  label: "FlexSearch + jieba",
  setup:
    "Document, encode = normalizeText + segmentForSearch (jieba cutForSearch, Xunwen's user dictionary), tokenize strict; date filter applied to all matches",
  build: (articles, dir) => buildFlexSearch(jiebaField, articles, dir),
  load: (dir) => loadFlexSearch(jiebaField, dir),
};

/**
 * FlexSearch's own CJK set-up: one term per character (AND of characters), scored by position.
 * Whitespace is filtered out: Charset.CJK alone makes " " a term, so "经济 发展" found nothing.
 * No context index: it demands adjacent characters, so "经济 发展" would miss 经济社会发展.
 */
const encoder = new Encoder({ ...Charset.CJK, filter: (term: string) => /\S/.test(term) });
const cjkField: IndexOptions = { encoder, tokenize: "strict" };

export const flexsearchCjk: BenchSystem = {
  label: "FlexSearch CJK",
  setup:
    "Document, encoder Charset.CJK (one term per character; whitespace filtered), tokenize strict, no context index; no jieba, no Traditional folding; date filter applied to all matches (see scripts/bench/systems/flexsearch.ts)",
  build: (articles, dir) => buildFlexSearch(cjkField, articles, dir),
  load: (dir) => loadFlexSearch(cjkField, dir),
};
