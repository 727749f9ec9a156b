import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { toConcordanceCsv } from "../lib/ui/concordance-csv";
import { numberHits } from "../lib/ui/number-hits";
import { article, buildFixtureEngine } from "./search-fixtures";

let engine: SearchEngine;
beforeAll(async () => {
  engine = (
    await buildFixtureEngine([
      article(
        "a",
        "构建人类命运共同体",
        "推动构建人类命运共同体。携手打造中非命运共同体，共建人类命运共同体。",
        {
          date: "2020-01-01",
          source: "甲报",
        },
      ),
      article("b", "睦邻友好", "构建周边命运共同体，推动构建人类命运共同体。", {
        date: "2021-05-01",
        source: "乙报",
      }),
      article("c", "無關報道", "今天天气晴。", { date: "2022-01-01" }),
      // The rest of a corpus, without the term: a collocate is a word seen near the term more
      // often than its share of the whole corpus would give.
      ...Array.from({ length: 8 }, (_, i) =>
        article(
          `f${i}`,
          `农业报道${i}`,
          "春耕生产有序推进，农民抢抓农时播种施肥，田间地头一片繁忙。".repeat(6),
          {
            date: "2019-03-01",
          },
        ),
      ),
    ])
  ).engine;
});
const kwic = (params: Record<string, string>, sort: "date" | "left" | "right" = "date") =>
  engine.concordance(parseSearchState(params).state, { sort, page: "all" });

describe("the concordance (KWIC)", () => {
  it("lists every occurrence in the matching articles, newest article first", () => {
    const c = kwic({ q: "命运共同体" });
    expect(c.occurrences).toBe(5);
    expect(c.articles).toBe(2);
    expect(c.lines.map((l) => l.id)).toEqual(["b", "b", "a", "a", "a"]);
    expect(c.lines[0]).toMatchObject({
      left: "构建周边",
      hit: "命运共同体",
      date: "2021-05-01",
      source: "乙报",
    });
  });

  it("pages the lines: each page its own, the last page clamped, in the same order as all", () => {
    const state = parseSearchState({ q: "命运共同体" }).state;
    const all = engine.concordance(state, { sort: "right", page: "all" }).lines;
    const pages = [1, 2, 3].map((page) =>
      engine.concordance(state, { sort: "right", page, size: 2 }),
    );
    expect(pages.flatMap((p) => p.lines)).toEqual(all);
    expect(pages.map((p) => p.lineCount)).toEqual([5, 5, 5]);
    const past = engine.concordance(state, { sort: "right", page: 9, size: 2 });
    expect(past.page).toBe(3);
    expect(past.lines).toEqual(pages[2]!.lines);
  });

  it("links each line to the same occurrence on the article page", () => {
    for (const line of kwic({ q: "命运共同体" }).lines) {
      const h = engine.highlightArticle(line.id, "命运共同体")!;
      const { blocks } = numberHits([h.title, ...h.paragraphs]);
      const marked = blocks.flat().find((s) => s.hitIndex === line.hitIndex);
      expect(marked?.text).toBe(line.hit);
    }
  });

  it("sorts on the word left or right of the term, so collocations line up", () => {
    const left = kwic({ q: "命运共同体" }, "left").lines.map((l) => l.left.slice(-2));
    expect(left.filter((w) => w === "人类")).toHaveLength(3);
    const firstHuman = left.indexOf("人类");
    expect(left.slice(firstHuman, firstHuman + 3)).toEqual(["人类", "人类", "人类"]);
    // Right of the term: 共建, 推动, 携手, then the lines where nothing follows (punctuation is no word).
    const right = kwic({ q: "命运共同体" }, "right").lines.map(
      (l) => /\p{Script=Han}{2}/u.exec(l.right)?.[0] ?? "",
    );
    expect(right).toEqual(["共建", "推动", "携手", "", ""]);
  });

  it("applies the search's filters and folding: 命運共同體 finds the same, a source filter narrows", () => {
    expect(kwic({ q: "命運共同體" }).occurrences).toBe(5);
    expect(kwic({ q: "命运共同体", source: "甲报" }).lines.map((l) => l.id)).toEqual([
      "a",
      "a",
      "a",
    ]);
    expect(kwic({ q: "" }).lines).toEqual([]);
  });

  it("finds the words near the term most associated with it, and narrows the lines to one", () => {
    const collocates = engine.collocates(parseSearchState({ q: "命运共同体" }).state);
    const human = collocates.find((x) => x.word === "人类");
    // Every one of the 5 lines has 人类 within 5 words: before the term, or before the next one.
    expect(human).toMatchObject({ count: 5 });
    expect(human!.corpus).toBeGreaterThanOrEqual(3);
    // Ranked by log-likelihood, each seen more often near the term than chance (MI above 0).
    const ll = collocates.map((x) => x.logLikelihood);
    expect(ll).toEqual([...ll].sort((a, b) => b - a));
    expect(collocates.every((x) => x.logLikelihood > 0 && x.mi > 0)).toBe(true);
    expect(collocates.every((x) => x.count >= 2)).toBe(true);
    const near = engine.concordance(parseSearchState({ q: "命运共同体" }).state, {
      sort: "date",
      near: "人类",
    });
    expect(near.lines).toHaveLength(human!.count);
    expect(near.lines.every((l) => l.left.includes("人类") || l.right.includes("人类"))).toBe(true);
  });

  it("exports the lines as CSV that Excel opens", () => {
    const csv = toConcordanceCsv(kwic({ q: "命运共同体" }).lines);
    expect(csv.startsWith("\uFEFF左侧语境,检索词,右侧语境")).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(6);
  });
});
