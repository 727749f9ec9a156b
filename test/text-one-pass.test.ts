import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { IngestReport } from "../lib/ingest/ingest-report";
import { toArticle } from "../lib/ingest/to-article";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import { parseSearchState } from "../lib/search/query/search-state";
import { keywordsOf, searchTokensOf } from "../lib/text/analyze-text";
import { normalizeText } from "../lib/text/normalize";
import { cutAccurate, USER_DICT_PATH } from "../lib/text/segment";
import { buildThemeMatcher } from "../lib/themes/match-themes";
import { makeTempDir } from "./temp-dirs";

const require = createRequire(import.meta.url);
type RawJieba = {
  load(options: { userDict: string }): void;
  cutForSearch(text: string, hmm: boolean): string[];
  extract(text: string, topN: number): { word: string }[];
};

const TEXTS = [
  "中华人民共和国国务院新闻办公室今天举行新闻发布会，介绍联防联控和复工复产的最新进展。",
  "温州市龙湾区推进“最多跑一次”改革，企业开办时间压缩到一个工作日以内。",
  "香港特别行政区政府宣布，粤港澳大湾区建设将带动经济高质量发展。COVID-19 疫苗接种率达到 90%。",
];

describe("one jieba pass per article", () => {
  it("gives the same search tokens and keywords as jieba's own search mode and extractor", () => {
    cutAccurate("预热"); // segment.ts loads jieba (with the user dictionary) first, and once
    const jieba = require("nodejieba") as RawJieba;
    // The oracle's extractor needs nodejieba's own IDF table, which segment.ts leaves out.
    jieba.load({ userDict: USER_DICT_PATH });
    for (const text of TEXTS) {
      const normalized = normalizeText(text);
      const words = cutAccurate(normalized);
      const own = jieba
        .cutForSearch(normalized, true)
        .map((t) => t.trim())
        .filter((t) => /[\p{L}\p{N}]/u.test(t));
      expect(searchTokensOf(words)).toEqual(own);
      const ownKeywords = jieba.extract(normalized, 5).map((k) => k.word);
      expect(new Set(keywordsOf(words, 5))).toEqual(new Set(ownKeywords));
    }
  });

  it("an index written from ingested articles answers as one that segments again", async () => {
    const themes = buildThemeMatcher([]);
    const articles = TEXTS.map((text, i) =>
      toArticle(
        {
          kind: "record",
          origin: `t:${i}`,
          record: {
            title: text.slice(0, 12),
            text,
            date: "2024-05-01",
            source: null,
            url: null,
            province: null,
            tags: [],
          },
        },
        themes,
        new IngestReport(),
      ),
    ).filter((a) => a !== null);
    expect(articles.every((a) => a.tokens)).toBe(true);
    const withTokens = makeTempDir("one-pass-a");
    const without = makeTempDir("one-pass-b");
    await writeSearchIndex(articles, withTokens);
    await writeSearchIndex(
      articles.map(({ tokens: _tokens, ...a }) => a),
      without,
    );
    const [a, b] = [await loadSearchEngine(withTokens), await loadSearchEngine(without)];
    for (const q of ["复工复产", "龙湾", "大湾区 经济", "covid-19"]) {
      const { state } = parseSearchState(new URLSearchParams({ q }));
      // Scores too: the whole-word signal comes from the word index the tokens feed.
      const ids = (e: typeof a) => e.search(state).hits.map((h) => `${h.id} ${h.score}`);
      expect(ids(a).length).toBeGreaterThan(0);
      expect(ids(a)).toEqual(ids(b));
    }
    expect(Object.keys(a.getArticle(articles[0]!.id)!)).not.toContain("tokens");
  });
});
