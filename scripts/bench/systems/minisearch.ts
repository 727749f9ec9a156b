import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { normalizeText } from "../../../lib/text/normalize";
import { segmentForSearch } from "../../../lib/text/analyze-text";
import type { BenchSystem } from "../types";

/**
 * MiniSearch with Xunwen's normaliser + jieba tokenizer, BM25 with the title boosted. Terms are
 * ANDed like in every other system here (MiniSearch's default OR would match nearly every article
 * of a day for any substring and count that as found).
 */

type MiniDoc = { id: string; title: string; body: string; date: string };

const options: Options<MiniDoc> = {
  fields: ["title", "body"],
  storeFields: ["date"],
  tokenize: (text) => segmentForSearch(normalizeText(text)),
  processTerm: (term) => term,
  searchOptions: { boost: { title: 2 }, combineWith: "AND" },
};

export const minisearch: BenchSystem = {
  label: "MiniSearch + jieba",
  setup:
    "fields title (boost 2) + body, tokenize = normalizeText + segmentForSearch, BM25, combineWith AND (default is OR); date filter as a filter callback",
  async build(articles, dir) {
    const index = new MiniSearch<MiniDoc>(options);
    index.addAll(
      articles.map((a) => ({ id: a.id, title: a.title, body: a.body, date: a.date ?? "" })),
    );
    await writeFile(path.join(dir, "minisearch.json"), JSON.stringify(index));
  },
  async load(dir) {
    const index = MiniSearch.loadJSON<MiniDoc>(
      await readFile(path.join(dir, "minisearch.json"), "utf8"),
      options,
    );
    return (q) => {
      const { from, to } = q;
      const filter =
        from && to
          ? (r: SearchResult) => String(r.date) >= from && String(r.date) <= to
          : undefined;
      const results = index.search(q.text, { filter });
      return results.slice(0, q.limit).map((r) => [String(r.id)]);
    };
  },
};
