import { describe, expect, it, inject } from "vitest";
import type { SearchResponse } from "../../lib/search/types";
import { baseUrl, openPage, resultIds, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

async function api(query: string): Promise<SearchResponse> {
  return (await (await fetch(`${baseUrl()}/api/search?${query}`)).json()) as SearchResponse;
}
const zh = (n: number) => n.toLocaleString("zh-CN");
const shownTotal = (page: import("playwright-core").Page) =>
  page.locator('p[aria-live="polite"] strong').first().textContent();

// The fixture's dxy items carry 央视新闻 under its app's name too, and include reposts.
describe.skipIf(inject("noCorpus") !== null)("one outlet, and reposts, counted once", () => {
  it("an outlet under several names is one source value; the article shows the name it came with", async () => {
    const all = await api("");
    const names = all.facets.source.map((s) => s.value);
    expect(names).toContain("央视新闻");
    expect(names.filter((n) => n.startsWith("央视新闻"))).toEqual(["央视新闻"]);
    const count = all.facets.source.find((s) => s.value === "央视新闻")!.count;

    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    const row = page.locator('[data-facet-row][aria-label^="央视新闻，"]');
    expect(await row.getAttribute("aria-label")).toBe(`央视新闻，${zh(count)} 篇`);
    await row.click();
    await page.waitForURL((u) => u.searchParams.get("source") === "央视新闻");
    expect(await shownTotal(page)).toBe(zh((await api("source=央视新闻")).total));
    // The items of 2020-03-26/27 came as 央视新闻app: an article keeps and shows that name.
    await page.goto(`/?source=${encodeURIComponent("央视新闻")}&from=2020-03-26&to=2020-03-27`);
    const ids = (await resultIds(page)).slice(0, 5);
    const metas: string[] = [];
    for (const id of ids) {
      await page.goto(`/article/${id}`);
      metas.push((await page.locator('section[aria-label="报道信息"]').textContent()) ?? "");
    }
    expect(metas.some((m) => m.includes("央视新闻（原作“央视新闻app”）"))).toBe(true);
    await page.context().close();
  });

  it("says how many reposts were merged into their originals, and lists every article on request", async () => {
    const collapsed = await api("");
    expect(collapsed.matched).toBeGreaterThan(collapsed.total);
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    const note = page.locator("[data-duplicate-note]");
    expect(await note.textContent()).toContain(
      `另有 ${zh(collapsed.matched - collapsed.total)} 篇转载已合并到原文（共 ${zh(collapsed.matched)} 篇）`,
    );
    await note.getByRole("link", { name: "逐篇显示" }).click();
    await page.waitForURL((u) => u.searchParams.get("dup") === "all");
    expect(await shownTotal(page)).toBe(zh(collapsed.matched));
    expect(await page.locator("[data-duplicate-note]").textContent()).toContain("转载逐篇列出");
    await page.getByRole("link", { name: "合并转载" }).click();
    await page.waitForURL((u) => !u.searchParams.has("dup"));
    expect(await shownTotal(page)).toBe(zh(collapsed.total));
    await page.context().close();
  });
});
