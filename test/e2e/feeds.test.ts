import { DOMParser } from "linkedom";
import { describe, expect, it, inject } from "vitest";
import type { SearchResponse } from "../../lib/search/types";
import { baseUrl, openPage, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

describe.skipIf(inject("noCorpus") !== null)("a feed of any search", () => {
  it("the results page links its Atom feed, which lists the newest matches of the same search", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/?q=${encodeURIComponent("疫情防控")}&region=${encodeURIComponent("湖北省")}`);
    const href = await page.getByRole("link", { name: "订阅" }).getAttribute("href");
    expect(
      await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href"),
    ).toBe(href);
    expect(href).toBe(
      `/feed.xml?q=${encodeURIComponent("疫情防控")}&region=${encodeURIComponent("湖北省")}`,
    );

    const res = await fetch(`${baseUrl()}${href}`);
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const doc = new DOMParser().parseFromString(await res.text(), "text/xml");
    const ids = [...doc.querySelectorAll("entry > id")].map(
      (e) => e.textContent?.split("/article/")[1],
    );
    const newest = (await (
      await fetch(`${baseUrl()}/api/search?${href!.split("?")[1]}&sort=newest&size=50`)
    ).json()) as SearchResponse;
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(newest.hits.map((h) => encodeURIComponent(h.id)));
    await page.context().close();
  });

  it("a reader polling the feed gets 304 Not Modified until another index build is served", async () => {
    const url = `${baseUrl()}/feed.xml?q=${encodeURIComponent("复工复产")}`;
    const first = await fetch(url);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("x-xunwen-index")).toBeTruthy();
    const again = await fetch(url, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    const other = await fetch(`${baseUrl()}/feed.xml?q=${encodeURIComponent("武汉")}`, {
      headers: { "if-none-match": etag! },
    });
    expect(other.status).toBe(200);
  });
});
