import type { Page } from "playwright-core";
import { describe, expect, it, inject } from "vitest";
import type { SearchResponse } from "../../lib/search/types";
import { openPage, resultIds, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

async function api(page: Page, q: string): Promise<SearchResponse> {
  const r = await page.request.get(`/api/search?q=${encodeURIComponent(q)}`);
  return (await r.json()) as SearchResponse;
}
const shownTotal = (page: Page) =>
  page.locator('p[aria-live="polite"] strong').first().textContent();

describe.skipIf(inject("noCorpus") !== null)("a query typed without spaces", () => {
  it("lists the exact matches first, then the articles with all of its words, and says how many of each", async () => {
    const page = await openPage(browser());
    const exactOnly = await api(page, '"武汉疫情防控"');
    const spaced = await api(page, "武汉 疫情防控");
    expect(exactOnly.total).toBeGreaterThan(0);
    expect(spaced.total).toBeGreaterThan(exactOnly.total);

    await page.goto("/");
    await page.fill("#search-input", "武汉疫情防控");
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.get("q") === "武汉疫情防控");
    expect(await shownTotal(page)).toBe(spaced.total.toLocaleString("zh-CN"));
    const note = page.locator("[data-word-split-note]");
    await expect
      .poll(() => note.textContent())
      .toContain(
        `${exactOnly.total} 篇完全匹配“武汉疫情防控”，另有 ${spaced.total - exactOnly.total} 篇包含全部词语（武汉 · 疫情防控）`,
      );

    // The first results are the exact ones, in the order of the quoted query; a divider follows them.
    const ids = await resultIds(page);
    const exactIds = exactOnly.hits.map((h) => h.id);
    expect(ids.slice(0, exactIds.length)).toEqual(exactIds.slice(0, ids.length));
    const before = await page
      .locator("[data-tier-divider]")
      .evaluate(
        (el) => el.previousElementSibling?.querySelectorAll("[data-result-id]").length ?? 0,
      );
    expect(before).toBe(Math.min(exactOnly.total, 20));

    await note.getByRole("link", { name: "只看完全匹配" }).click();
    await page.waitForURL((u) => u.searchParams.get("q") === '"武汉疫情防控"');
    expect(await shownTotal(page)).toBe(exactOnly.total.toLocaleString("zh-CN"));
    expect(await page.locator("[data-tier-divider]").count()).toBe(0);
    await page.context().close();
  });

  it("when no article has all the words, offers the longest part that has results", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/?q=${encodeURIComponent("疫情防控猫咪")}`);
    const offer = page.getByRole("link", {
      name: /只搜“疫情防控”（去掉“猫咪”），可找到 [\d,]+ 篇/,
    });
    await expect.poll(() => offer.count()).toBe(1);
    const expected = (await api(page, "疫情防控")).total;
    expect(await offer.textContent()).toContain(`${expected.toLocaleString("zh-CN")} 篇`);
    await offer.click();
    await page.waitForURL((u) => u.searchParams.get("q") === "疫情防控");
    expect(await shownTotal(page)).toBe(expected.toLocaleString("zh-CN"));
    await page.context().close();
  });
});
