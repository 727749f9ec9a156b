import { describe, expect, it } from "vitest";
import { buildPageList, toPageCount, toServedPages } from "../lib/ui/page-list";
import { applySuggestion, splitLastToken } from "../lib/ui/suggest-token";
import { toSafeUrl } from "../lib/safe-url";
import { numberHits } from "../lib/ui/number-hits";

describe("pager", () => {
  it("shows first, last and the pages around the current one", () => {
    expect(buildPageList(1, 1)).toEqual([1]);
    expect(buildPageList(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(buildPageList(10, 20)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 20]);
    // A single hidden page is shown rather than replaced by "…".
    expect(buildPageList(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 20]);
  });

  it("counts pages", () => {
    expect(toPageCount(0, 20)).toBe(1);
    expect(toPageCount(41, 20)).toBe(3);
  });

  it("never offers a page past the last one served, and says how many articles that leaves out", () => {
    expect(toServedPages(75_728, 20, 1000)).toEqual({
      pageCount: 1000,
      capped: true,
      reachable: 20_000,
    });
    expect(toServedPages(41, 20, 1000)).toEqual({ pageCount: 3, capped: false, reachable: 41 });
    expect(buildPageList(1, toServedPages(75_728, 20, 1000).pageCount).at(-1)).toBe(1000);
  });
});

describe("autocomplete on the last word", () => {
  it("keeps the earlier words and the syntax marks", () => {
    expect(splitLastToken("复工 -温")).toEqual({ head: "复工 -", token: "温" });
    expect(splitLastToken("复工 ")).toEqual({ head: "复工 ", token: "" });
    expect(applySuggestion("复工 -温", "温州")).toBe("复工 -温州");
    expect(applySuggestion('"党旗', "党旗飘扬")).toBe('"党旗飘扬');
    expect(applySuggestion("防控 | 复", "复产")).toBe("防控 | 复产");
  });
});

describe("external links", () => {
  it("only http and https become links", () => {
    expect(toSafeUrl("https://www.gov.cn/a.html")).toBe("https://www.gov.cn/a.html");
    expect(toSafeUrl("javascript:alert(1)")).toBeNull();
    expect(toSafeUrl("data:text/html,<script>")).toBeNull();
    expect(toSafeUrl("not a url")).toBeNull();
    expect(toSafeUrl(null)).toBeNull();
  });
});

describe("hit numbering", () => {
  it("numbers hits in reading order across blocks", () => {
    const { blocks, hitCount } = numberHits([
      [
        { text: "复工", hit: true },
        { text: "新闻", hit: false },
      ],
      [
        { text: "正文", hit: false },
        { text: "复工", hit: true },
        { text: "复产", hit: true },
      ],
    ]);
    expect(hitCount).toBe(3);
    expect(blocks.flat().map((s) => s.hitIndex)).toEqual([0, null, null, 1, 2]);
  });
});
