import { describe, expect, it } from "vitest";
import { parseSearchState } from "../lib/search/query/search-state";
import { buildArticleHref, buildBackHref, parseBackState } from "../lib/ui/article-links";

describe("article links carry the search", () => {
  it("an article link restores the exact result page", () => {
    const state = parseSearchState(
      new URLSearchParams("q=复工复产&region=浙江省&from=2020-03-01&page=2&size=10"),
    ).state;
    const href = buildArticleHref("abc123", state);
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/article/abc123");
    expect(url.searchParams.get("q")).toBe("复工复产");
    const back = url.searchParams.get("back");
    expect(buildBackHref(back, "复工复产")).toBe(
      `/?${new URLSearchParams("q=复工复产&region=浙江省&from=2020-03-01&page=2&size=10").toString()}`,
    );
    expect(parseBackState(back, "")).toEqual(state);
  });

  it("ids are escaped into the path", () => {
    const state = parseSearchState({}).state;
    expect(buildArticleHref("a/b?c", state)).toBe("/article/a%2Fb%3Fc");
  });

  it("a forged back parameter can only lead to the search page", () => {
    expect(buildBackHref("//evil.example/x", "")).toBe("/");
    expect(buildBackHref("https://evil.example", "")).toBe("/");
    expect(buildBackHref("q=<script>alert(1)</script>", "")).toBe(
      "/?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E",
    );
    expect(buildBackHref(null, "包头")).toBe("/?q=%E5%8C%85%E5%A4%B4");
    expect(buildBackHref(null, "包头", "a1b2")).toBe("/?q=%E5%8C%85%E5%A4%B4#r-a1b2");
  });
});
