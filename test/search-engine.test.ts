import { UNKNOWN_REGION } from "../lib/search/facets/filters";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import type { SearchResponse, Segment } from "../lib/search/types";
import { buildFixtureEngine } from "./search-fixtures";

let engine: SearchEngine;
beforeAll(async () => {
  engine = (await buildFixtureEngine()).engine;
});

function search(params: Record<string, string | string[]>): SearchResponse {
  return engine.search(parseSearchState(params).state);
}
const ids = (r: SearchResponse) => r.hits.map((h) => h.id);
const marked = (segs: Segment[]) => segs.filter((s) => s.hit).map((s) => s.text);

describe("search engine: recall and query syntax", () => {
  it("ranks the 包头 article first for 包头 稀土, highlighting title and snippet", () => {
    const r = search({ q: "包头 稀土" });
    expect(ids(r)[0]).toBe("baotou");
    expect(marked(r.hits[0]!.title)).toEqual(["包头稀土"]);
    expect(r.hits[0]!.snippets.flat().some((s) => s.hit && s.text.includes("稀土"))).toBe(true);
  });

  it("finds Simplified and Traditional spellings alike, marking the article's own script", () => {
    const simplified = search({ q: "包头" });
    const traditional = search({ q: "包頭" });
    expect(ids(traditional).sort()).toEqual(ids(simplified).sort());
    expect(ids(traditional)).toContain("baotou-tw");
    const tw = traditional.hits.find((h) => h.id === "baotou-tw")!;
    expect(marked(tw.title)).toEqual(["包頭"]);
    expect(marked(tw.snippets.flat())).toEqual(["包頭"]);
    expect(
      tw.snippets
        .flat()
        .map((s) => s.text)
        .join(""),
    ).toContain("召開");
  });

  it("finds a substring inside a longer jieba word, and a 1-character query", () => {
    expect(ids(search({ q: "农业" }))).toEqual(["adbc"]);
    const one = search({ q: "疫" });
    expect(one.total).toBe(6);
    expect(ids(one)).toContain("flu");
  });

  it("lists the contiguous string first for a term jieba splits, then its loose words", () => {
    // wenzhou-nodate has 温州, 东 and 大门 but not 温州东大门.
    const r = search({ q: "温州东大门" });
    expect(ids(r)).toEqual(["adbc", "wenzhou-nodate"]);
    expect(r.exact).toBe(1);
    expect(ids(search({ q: '"温州东大门"' }))).toEqual(["adbc"]);
  });

  it("distinguishes an exact phrase from loose terms", () => {
    // 南京: 防控 and 工作(者) both occur, but never as 防控工作.
    const loose = ids(search({ q: "防控 工作" }));
    const phrase = ids(search({ q: '"防控 工作"' }));
    expect(loose).toContain("nanjing");
    expect(phrase).not.toContain("nanjing");
    expect(phrase).toContain("baotou-tw");
    expect(phrase.length).toBe(loose.length - 1);
  });

  it("excludes -terms, supports A | B and OR, and reads an unbalanced quote literally", () => {
    expect(ids(search({ q: "志愿者 -南京" })).sort()).toEqual(["hangzhou", "wenzhou-nodate"]);
    expect(ids(search({ q: "春耕 | 流感" })).sort()).toEqual(["adbc", "flu"]);
    expect(ids(search({ q: "春耕 OR 流感" })).sort()).toEqual(["adbc", "flu"]);
    expect(ids(search({ q: '"春耕' }))).toEqual(["adbc"]);
  });
});

describe("search engine: filters and facets", () => {
  it("keeps only the selected region's subtree", () => {
    const r = search({ q: "", region: "浙江省/温州市" });
    expect(r.hits.every((h) => h.region?.province === "浙江省" && h.region.city === "温州市")).toBe(
      true,
    );
    expect(ids(r)).toContain("wenzhou-nodate");
    expect(ids(r)).not.toContain("hangzhou");
  });

  it("excludes unknown dates from a date range", () => {
    const r = search({ q: "志愿者", from: "2020-01-01", to: "2020-12-31" });
    expect(ids(r).sort()).toEqual(["hangzhou", "nanjing"]);
    expect(r.facets.date.unknown).toBe(1);
  });

  it("computes disjunctive facet counts over the whole match set", () => {
    const r = search({ q: "社区", region: "浙江省" });
    expect(r.total).toBe(2);
    const provinces = Object.fromEntries(r.facets.region.map((n) => [n.value, n.count]));
    expect(provinces).toEqual({ 浙江省: 2, 江苏省: 1, 内蒙古自治区: 1 });
    expect(r.facets.theme).toEqual([{ value: "社区防控", count: 2 }]);
    const zhejiang = r.facets.region.find((n) => n.value === "浙江省")!;
    expect(zhejiang.children.map((c) => c.value).sort()).toEqual([
      "浙江省/杭州市",
      "浙江省/温州市",
    ]);
  });

  it("offers articles with no region as a value of their own, last, and filters to them", () => {
    const all = search({ q: "" });
    const last = all.facets.region.at(-1)!;
    expect(last).toMatchObject({ value: UNKNOWN_REGION, count: 1, children: [] });
    const r = search({ q: "", region: UNKNOWN_REGION });
    expect(ids(r)).toEqual(["flu"]);
    // Together with a province it is an OR, like any two regions.
    expect(search({ q: "", region: [UNKNOWN_REGION, "江苏省"] }).total).toBe(2);
  });

  it("says how many reposts were collapsed, and lists every article with dup=all", () => {
    const collapsed = search({ q: "龙湾区" });
    expect([collapsed.total, collapsed.matched]).toEqual([1, 2]);
    const all = search({ q: "龙湾区", dup: "all" });
    expect([all.total, all.matched]).toEqual([2, 2]);
    expect(ids(all).sort()).toEqual(["repost-a", "repost-b"]);
    expect(all.hits.every((h) => h.similar.length === 0)).toBe(true);
    expect(
      engine
        .rankIds(all.state)
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(["repost-a", "repost-b"]);
  });

  it("collapses near-duplicates into one result listing the others", () => {
    const r = search({ q: "龙湾区" });
    expect(r.total).toBe(1);
    expect(r.hits[0]!.similar.map((s) => s.id)).toEqual([
      r.hits[0]!.id === "repost-a" ? "repost-b" : "repost-a",
    ]);
  });

  it("browses everything newest first for an empty query, unknown dates last", () => {
    const r = search({ q: "" });
    expect(r.total).toBe(8);
    expect(r.state.sort).toBe("newest");
    const dates = r.hits.map((h) => h.date);
    expect(dates.at(-1)).toBeNull();
    const known = dates.filter((d): d is string => d !== null);
    expect(known).toEqual([...known].sort().reverse());
    expect(r.facets.source.length).toBeGreaterThan(3);
  });

  it("offers a relaxation and names the empty terms when nothing matches", () => {
    const r = search({ q: "志愿者 火星" });
    expect(r.total).toBe(0);
    expect(r.emptyTerms).toEqual(["火星"]);
    expect(r.relaxation).toMatchObject({ dropped: "火星", total: 3 });
    const filtered = search({ q: "稀土", region: "江苏省" });
    expect(filtered.relaxation?.dropped).toBe("地区: 江苏省");
  });
});

describe("search engine: article views", () => {
  it("returns the cleaned article with every hit highlighted, plus related and suggestions", () => {
    expect(engine.getArticle("baotou-tw")?.body).toContain("包頭市召開");
    const h = engine.highlightArticle("baotou", "稀土");
    expect(h?.paragraphs[0]?.filter((s) => s.hit).length).toBe(3);
    expect(engine.related("hangzhou", 3).map((r) => r.id)).toContain("nanjing");
    expect(engine.suggest("包頭", 5)).toContain("包头市");
    expect(engine.getArticle("missing")).toBeNull();
  });
});
