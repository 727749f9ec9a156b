import { beforeAll, describe, expect, it } from "vitest";
import { parseTrendQueries } from "../lib/search/query/trend-queries";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { toTrendsCsv } from "../lib/ui/trends-csv";
import { article, buildFixtureEngine } from "./search-fixtures";

const on = (id: string, body: string, date: string, source = "甲报") =>
  article(id, body.slice(0, 8), body, { date, source });

let engine: SearchEngine;
beforeAll(async () => {
  engine = (
    await buildFixtureEngine([
      on("a", "社区防控工作会议召开", "2020-01-10"),
      on("b", "复工复产有序推进，社区防控不放松", "2020-03-02"),
      on("c", "复工复产稳步推进", "2020-03-20", "乙报"),
      on("d", "春耕生产忙", "2020-03-25"),
      on("e", "社区防控常态化", "2021-02-01"),
    ])
  ).engine;
});
const trends = (query: string) => {
  const { states, by } = parseTrendQueries(new URLSearchParams(query));
  return engine.trends(states, by);
};

describe("trends of several queries", () => {
  it("counts matches per period side by side, and as a share of all articles of the period", () => {
    const t = trends("q=社区防控&q=复工复产&by=month&to=2020-12-31");
    expect(t.periods.slice(0, 3)).toEqual(["2020-01", "2020-02", "2020-03"]);
    expect(t.all.slice(0, 3)).toEqual([1, 0, 3]);
    expect(t.series.map((s) => s.counts.slice(0, 3))).toEqual([
      [1, 0, 1],
      [0, 0, 2],
    ]);
    expect(t.series[1]!.shares[2]).toBeCloseTo(2 / 3);
    expect(t.series[0]!.shares[1]).toBe(0);
  });

  it("chooses the period by the span, and applies the filters to counts and shares alike", () => {
    expect(trends("q=社区防控").by).toBe("month");
    expect(trends("q=复工复产&from=2020-03-01&to=2020-03-31").by).toBe("day");
    const filtered = trends("q=复工复产&source=甲报&by=year&from=2020-01-01&to=2020-12-31");
    expect(filtered.series[0]!.counts).toEqual([1]);
    expect(filtered.all).toEqual([3]);
  });

  it("finds what the search finds: Traditional script, full-width operators", () => {
    const t = trends("q=復工復產&q=社区防控　－复工&by=year");
    expect(t.series.map((s) => s.total)).toEqual([2, 2]);
  });

  it("takes at most 5 queries, saying so, and exports the same numbers as CSV", () => {
    const many = parseTrendQueries(new URLSearchParams("q=一&q=二&q=三&q=四&q=五&q=六"));
    expect(many.states).toHaveLength(5);
    expect(many.notices.join()).toContain("最多比较 5 个");
    const csv = toTrendsCsv(trends("q=复工复产&by=year"));
    expect(csv.startsWith("\uFEFF时间,全部报道,复工复产（篇）,复工复产（占比）")).toBe(true);
  });
});
