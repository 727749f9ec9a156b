import { describe, expect, it } from "vitest";
import { parseSearchState } from "../lib/search/query/search-state";
import {
  buildClearAllHref,
  buildHiddenFields,
  buildPageHref,
  buildRegionToggleHref,
  buildSortHref,
  buildSourceToggleHref,
  buildThemeToggleHref,
  toggleRegion,
} from "../lib/ui/search-links";

const state = (query: string) => parseSearchState(new URLSearchParams(query)).state;
const params = (href: string) => new URL(href, "http://x").searchParams;

describe("facet toggle links", () => {
  it("adding or removing a filter returns to page 1 and keeps the rest of the search", () => {
    const s = state("q=复工复产&region=浙江省&page=4&sort=newest");
    const p = params(buildThemeToggleHref(s, "疫情防控"));
    expect(p.get("q")).toBe("复工复产");
    expect(p.getAll("region")).toEqual(["浙江省"]);
    expect(p.getAll("theme")).toEqual(["疫情防控"]);
    expect(p.get("sort")).toBe("newest");
    expect(p.get("page")).toBeNull();
  });

  it("clicking a selected source removes it", () => {
    const s = state("source=新华网&source=人民网");
    expect(params(buildSourceToggleHref(s, "新华网")).getAll("source")).toEqual(["人民网"]);
  });

  it("drilling down from a province to a city replaces the province, and back up replaces the city", () => {
    expect(toggleRegion(["浙江省"], "浙江省/温州市")).toEqual(["浙江省/温州市"]);
    expect(toggleRegion(["浙江省/温州市", "云南省"], "浙江省")).toEqual(["云南省", "浙江省"]);
    expect(toggleRegion(["浙江省/温州市"], "浙江省/温州市")).toEqual([]);
    // A sibling whose name starts the same is not a descendant.
    expect(toggleRegion(["吉林省/吉林市"], "吉林省/吉林市郊")).toEqual([
      "吉林省/吉林市",
      "吉林省/吉林市郊",
    ]);
    const p = params(buildRegionToggleHref(state("region=浙江省&page=2"), "浙江省/温州市"));
    expect(p.getAll("region")).toEqual(["浙江省/温州市"]);
    expect(p.get("page")).toBeNull();
  });

  it("changing the order resets the page; paging keeps everything else", () => {
    const s = state("q=疫情&page=3");
    expect(buildSortHref(s, "oldest")).toBe("/?q=%E7%96%AB%E6%83%85&sort=oldest");
    expect(params(buildPageHref(s, 4)).get("page")).toBe("4");
    expect(params(buildPageHref(s, 4)).get("q")).toBe("疫情");
  });

  it("清除全部 drops filters but keeps the query", () => {
    const s = state("q=疫情&region=浙江省&theme=复工复产&from=2020-01-01&page=2");
    expect(buildClearAllHref(s)).toBe("/?q=%E7%96%AB%E6%83%85");
    expect(buildClearAllHref(state("region=浙江省"))).toBe("/");
  });
});

describe("hidden fields of the GET forms", () => {
  it("carry the other filters but not the edited fields or the page", () => {
    const s = state("q=疫情&region=浙江省&region=云南省&from=2020-01-01&to=2020-02-01&page=5");
    expect(buildHiddenFields(s, ["from", "to"])).toEqual([
      ["q", "疫情"],
      ["region", "浙江省"],
      ["region", "云南省"],
    ]);
    expect(buildHiddenFields(s, ["q"])).toEqual([
      ["region", "浙江省"],
      ["region", "云南省"],
      ["from", "2020-01-01"],
      ["to", "2020-02-01"],
    ]);
  });
});
