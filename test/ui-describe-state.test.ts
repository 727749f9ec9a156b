import { describe, expect, it } from "vitest";
import { parseSearchState } from "../lib/search/query/search-state";
import { buildFilterChips, buildPageDescription, buildPageTitle } from "../lib/ui/describe-state";
import { isBucketInRange, toBucketRange, toRangeLabel } from "../lib/ui/date-range";

const state = (query: string) => parseSearchState(new URLSearchParams(query)).state;

describe("page title and description", () => {
  it("states the query and the filters", () => {
    const s = state("q=复工复产&region=浙江省&from=2020-03-01&to=2020-03-31");
    expect(buildPageTitle(s)).toBe("“复工复产” · 浙江省 · 2020-03 — 寻文");
    expect(buildPageDescription(s, 1234)).toBe(
      "在寻文中检索“复工复产”，筛选：浙江省 · 2020-03，共 1,234 篇报道。",
    );
  });

  it("names a city with its province, and a later page", () => {
    expect(buildPageTitle(state("region=浙江省/温州市&page=2"))).toBe(
      "浙江省温州市 · 第 2 页 — 寻文",
    );
  });

  it("the landing page is the site name", () => {
    expect(buildPageTitle(state(""))).toBe("寻文 — 中文新闻全文检索");
  });
});

describe("filter chips", () => {
  it("each chip removes exactly its own filter", () => {
    const s = state("q=疫情&region=浙江省/温州市&theme=复工复产&from=2020-01-01&page=3");
    const chips = buildFilterChips(s);
    expect(chips.map((c) => `${c.kind}:${c.label}`)).toEqual([
      "地区:浙江省 › 温州市",
      "主题:复工复产",
      "日期:2020-01-01 起",
    ]);
    const region = new URL(chips[0]!.removeHref, "http://x").searchParams;
    expect(region.getAll("region")).toEqual([]);
    expect(region.getAll("theme")).toEqual(["复工复产"]);
    expect(region.get("page")).toBeNull();
    const date = new URL(chips[2]!.removeHref, "http://x").searchParams;
    expect(date.get("from")).toBeNull();
    expect(date.get("q")).toBe("疫情");
  });
});

describe("date buckets", () => {
  it("turn months and years into inclusive day ranges", () => {
    expect(toBucketRange("2020-02")).toEqual({ from: "2020-02-01", to: "2020-02-29" });
    expect(toBucketRange("2021-02")).toEqual({ from: "2021-02-01", to: "2021-02-28" });
    expect(toBucketRange("2020")).toEqual({ from: "2020-01-01", to: "2020-12-31" });
    expect(toBucketRange("2020-13")).toBeNull();
    expect(toBucketRange("soon")).toBeNull();
  });

  it("know whether they fall inside the selected range", () => {
    expect(isBucketInRange("2020-03", "2020-02-01", "2020-04-30")).toBe(true);
    expect(isBucketInRange("2020-05", "2020-02-01", "2020-04-30")).toBe(false);
    expect(isBucketInRange("2020-05", "2020-02-01", null)).toBe(true);
    expect(isBucketInRange("2020-05", null, null)).toBe(false);
  });

  it("label a range as briefly as it allows", () => {
    expect(toRangeLabel("2020-03-01", "2020-03-31")).toBe("2020-03");
    expect(toRangeLabel("2020-01-01", "2020-12-31")).toBe("2020年");
    expect(toRangeLabel("2020-03-05", "2020-04-01")).toBe("2020-03-05 至 2020-04-01");
    expect(toRangeLabel(null, "2020-04-01")).toBe("2020-04-01 止");
    expect(toRangeLabel(null, null)).toBeNull();
  });
});
