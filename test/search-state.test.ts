import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE,
  parseSearchState,
  serializeSearchState,
} from "../lib/search/query/search-state";

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "",
    " ",
    "-1",
    "0",
    "1e3",
    "NaN",
    "2020-02-30",
    "2020-13-01",
    "relevance",
    "newest",
  ),
);
const anyParams = fc.dictionary(
  fc.oneof(
    fc.constantFrom("q", "page", "size", "sort", "from", "to", "region", "theme", "source"),
    fc.string(),
  ),
  fc.oneof(anyValue, fc.array(anyValue, { maxLength: 4 }), fc.constant(undefined)),
);

describe("parseSearchState", () => {
  it("never throws and always yields a valid state, for any input", () => {
    fc.assert(
      fc.property(anyParams, (raw) => {
        const { state } = parseSearchState(raw);
        expect(state.page).toBeGreaterThanOrEqual(1);
        expect(state.page).toBeLessThanOrEqual(MAX_PAGE);
        expect(state.size).toBeGreaterThanOrEqual(1);
        expect(state.size).toBeLessThanOrEqual(100);
        expect(["relevance", "newest", "oldest"]).toContain(state.sort);
        expect(Array.from(state.q).length).toBeLessThanOrEqual(200);
        if (state.from && state.to) expect(state.from <= state.to).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips: parse(serialize(state)) gives the same state", () => {
    fc.assert(
      fc.property(anyParams, (raw) => {
        const { state } = parseSearchState(raw);
        const again = parseSearchState(new URLSearchParams(serializeSearchState(state)));
        expect(again.state).toEqual(state);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("falls back to defaults with Chinese notices", () => {
    const { state, notices } = parseSearchState({
      q: "疫情",
      page: "abc",
      size: "0",
      sort: "best",
      from: "2020-02-30",
    });
    expect(state).toMatchObject({
      q: "疫情",
      page: 1,
      size: DEFAULT_PAGE_SIZE,
      sort: "relevance",
      from: null,
    });
    expect(notices).toContain("页码无效，已显示第 1 页");
    expect(notices.length).toBe(4);
  });

  it("defaults to newest first for an empty query, caps q, swaps a reversed range", () => {
    const { state, notices, adjustments } = parseSearchState(
      new URLSearchParams({ q: "长".repeat(250), from: "2020-03-31", to: "2020-03-01" }),
    );
    expect(Array.from(state.q).length).toBe(200);
    expect([state.from, state.to]).toEqual(["2020-03-01", "2020-03-31"]);
    // The overlong query fell back (a notice); the reversed range was only put in order.
    expect(notices.length).toBe(1);
    expect(adjustments).toEqual(["起止日期颠倒，已按 2020-03-01 至 2020-03-31 检索"]);
    expect(parseSearchState({}).state.sort).toBe("newest");
  });

  it("reads dup=all (every repost listed), writes it back, and falls back on anything else", () => {
    const { state } = parseSearchState({ q: "疫情", dup: "all" });
    expect(state.dup).toBe("all");
    expect(serializeSearchState(state)).toBe("q=%E7%96%AB%E6%83%85&dup=all");
    const bad = parseSearchState({ q: "疫情", dup: "yes" });
    expect(bad.state.dup).toBe("collapse");
    expect(bad.notices).toEqual(["重复报道参数无效，已合并转载显示"]);
    expect(serializeSearchState(parseSearchState({ q: "疫情" }).state)).toBe(
      "q=%E7%96%AB%E6%83%85",
    );
  });

  it("keeps repeated filters and writes a canonical query string", () => {
    const { state } = parseSearchState(
      new URLSearchParams(
        "region=浙江省&unknown=1&region=江苏省/南京市&theme=复工复产&size=20&page=2&sort=relevance&q=包头",
      ),
    );
    expect(state.region).toEqual(["浙江省", "江苏省/南京市"]);
    expect(serializeSearchState(state)).toBe(
      new URLSearchParams([
        ["q", "包头"],
        ["region", "浙江省"],
        ["region", "江苏省/南京市"],
        ["theme", "复工复产"],
        ["page", "2"],
      ]).toString(),
    );
  });
});
