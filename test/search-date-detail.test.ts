import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import type { SearchResponse } from "../lib/search/types";
import { toAxisLabels, toBarHeight } from "../lib/ui/date-axis";
import { bucketOverlap } from "../lib/ui/date-range";
import { article, buildFixtureEngine } from "./search-fixtures";

const dated = (id: string, date: string, source = "甲报"): Article =>
  article(id, `社区防控简报 ${id}`, "社区开展疫情防控工作。", { date, source });

const DATES = [
  "2012-05-01",
  "2019-12-20",
  "2020-01-05",
  "2020-01-06",
  "2020-03-15",
  "2020-06-30",
  "2020-07-01",
];

let engine: SearchEngine;
beforeAll(async () => {
  engine = (
    await buildFixtureEngine([
      ...DATES.map((d, i) => dated(`a${i}`, d)),
      dated("b", "2020-01-05", "乙报"),
    ])
  ).engine;
});
const search = (params: Record<string, string>): SearchResponse =>
  engine.search(parseSearchState({ q: "防控", ...params }).state);
const counts = (r: SearchResponse) =>
  Object.fromEntries(
    (r.facets.dateDetail?.buckets ?? []).filter((b) => b.count > 0).map((b) => [b.value, b.count]),
  );

describe("the date chart", () => {
  it("keeps the whole span for context and shows the chosen range by month", () => {
    const r = search({ from: "2019-12-01", to: "2020-06-30" });
    expect(r.facets.date.buckets.map((b) => b.value)).toEqual(
      Array.from({ length: 9 }, (_, i) => String(2012 + i)),
    );
    expect(r.facets.dateDetail?.granularity).toBe("month");
    expect(r.facets.dateDetail?.buckets.map((b) => b.value)).toEqual([
      "2019-12",
      "2020-01",
      "2020-02",
      "2020-03",
      "2020-04",
      "2020-05",
      "2020-06",
    ]);
    expect(counts(r)).toEqual({ "2019-12": 1, "2020-01": 3, "2020-03": 1, "2020-06": 1 });
  });

  it("shows a short range by day, and applies the other filters to it", () => {
    const r = search({ from: "2020-01-01", to: "2020-01-31", source: "甲报" });
    expect(r.facets.dateDetail?.granularity).toBe("day");
    expect(r.facets.dateDetail?.buckets).toHaveLength(31);
    expect(counts(r)).toEqual({ "2020-01-05": 1, "2020-01-06": 1 });
  });

  it("bounds an open range by the results' own dates, and has no close-up without a range", () => {
    const r = search({ from: "2020-03-01" });
    expect(r.facets.dateDetail?.buckets[0]?.value).toBe("2020-03");
    expect(r.facets.dateDetail?.buckets.at(-1)?.value).toBe("2020-07");
    expect(search({}).facets.dateDetail).toBeNull();
  });

  it("highlights every period the range touches, partly or wholly", () => {
    expect(bucketOverlap("2019", "2019-12-01", "2020-06-30")).toBe("partial");
    expect(bucketOverlap("2020-03", "2019-12-01", "2020-06-30")).toBe("full");
    expect(bucketOverlap("2021", "2019-12-01", "2020-06-30")).toBe("none");
    expect(bucketOverlap("2020-01-05", "2020-01-05", null)).toBe("full");
  });

  it("keeps a small year visible beside a big one, and labels the axis", () => {
    expect(toBarHeight(300, 6000, 64)).toBeGreaterThan(64 * 0.2);
    expect(toBarHeight(0, 6000, 64)).toBe(0);
    const years = Array.from({ length: 15 }, (_, i) => ({ value: String(2012 + i), count: 1 }));
    const labels = toAxisLabels({ granularity: "year", buckets: years });
    expect(labels[0]?.text).toBe("2012");
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels.length).toBeLessThanOrEqual(8);
  });
});
