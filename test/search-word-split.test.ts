import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import type { SearchResponse } from "../lib/search/types";
import { quoteSplitTerms } from "../lib/ui/word-split-text";
import { article, buildFixtureEngine } from "./search-fixtures";

const at = (id: string, title: string, body: string, date: string): Article =>
  article(id, title, body, { date, source: "测试日报" });

const ARTICLES = [
  at("exact", "武汉疫情防控工作会议召开", "会议总结武汉疫情防控经验。", "2020-02-01"),
  at("words", "武汉市召开会议", "会议部署全省疫情防控和物资保障。", "2020-05-01"),
  at("one-word", "湖北召开会议", "会议部署疫情防控工作。", "2020-06-01"),
  at("quantum", "我国实现量子纠缠新突破", "科研团队制备了多光子量子纠缠态。", "2021-01-01"),
];

let engine: SearchEngine;
beforeAll(async () => {
  engine = (await buildFixtureEngine(ARTICLES)).engine;
});
const search = (params: Record<string, string>): SearchResponse =>
  engine.search(parseSearchState(params).state);
const ids = (r: SearchResponse) => r.hits.map((h) => h.id);

describe("an unspaced query of several words", () => {
  it("lists the exact matches first, then the articles with all of its words, with both counts", () => {
    const r = search({ q: "武汉疫情防控" });
    expect(ids(r)).toEqual(["exact", "words"]);
    expect(r.exact).toBe(1);
    expect(r.total).toBe(2);
    expect(r.splitTerms).toEqual([{ display: "武汉疫情防控", words: ["武汉", "疫情防控"] }]);
    const words = r.hits[1]!.snippets.flat().filter((s) => s.hit);
    expect(words.map((s) => s.text)).toContain("疫情防控");
  });

  it("finds what the spaced query finds, and keeps exact matches first in date order too", () => {
    expect(ids(search({ q: "武汉 疫情防控" })).sort()).toEqual(["exact", "words"]);
    expect(ids(search({ q: "武汉疫情防控", sort: "newest" }))).toEqual(["exact", "words"]);
    expect(ids(search({ q: "武汉疫情防控", sort: "oldest" }))).toEqual(["exact", "words"]);
  });

  it("pages across the two tiers without losing or repeating an article", () => {
    const pages = ["1", "2"].map((page) => ids(search({ q: "武汉疫情防控", size: "1", page })));
    expect(pages).toEqual([["exact"], ["words"]]);
  });

  it("applies filters to both tiers", () => {
    const r = search({ q: "武汉疫情防控", from: "2020-03-01" });
    expect(ids(r)).toEqual(["words"]);
    expect(r.exact).toBe(0);
  });

  it("stays exact when quoted, and for a single word", () => {
    const quoted = search({ q: '"武汉疫情防控"' });
    expect(ids(quoted)).toEqual(["exact"]);
    expect(quoted.splitTerms).toEqual([]);
    expect(search({ q: "会议" }).splitTerms).toEqual([]);
  });

  it("offers the longest part that has results when nothing has all the words", () => {
    const r = search({ q: "量子纠缠猫咪" });
    expect(r.total).toBe(0);
    expect(r.relaxation).toMatchObject({ kept: "量子纠缠", dropped: "猫咪", total: 1 });
    expect(r.relaxation?.state.q).toBe("量子纠缠");
  });
});

describe("the exact-only link", () => {
  it("quotes the split terms and leaves the rest of the query as typed", () => {
    const terms = [{ display: "武汉疫情防控", words: ["武汉", "疫情防控"] }];
    expect(quoteSplitTerms("武汉疫情防控 -境外", terms)).toBe('"武汉疫情防控" -境外');
    expect(quoteSplitTerms("（武汉疫情防控｜湖北）", terms)).toBe('（"武汉疫情防控"｜湖北）');
    expect(quoteSplitTerms("“武汉疫情防控会议” 武汉疫情防控", terms)).toBe(
      '“武汉疫情防控会议” "武汉疫情防控"',
    );
  });
});
