import { describe, expect, it, inject } from "vitest";
import type { RegionFacetNode, SearchResponse } from "../../lib/search/types";
import { baseUrl, openPage, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

const Q = "疫情";

/** The search's region facet, from the API, to compare the page's rows with. */
async function regionFacet(): Promise<RegionFacetNode[]> {
  const r = (await (
    await fetch(`${baseUrl()}/api/search?q=${encodeURIComponent(Q)}`)
  ).json()) as SearchResponse;
  return r.facets.region;
}

const countOf = (label: string) => Number(/，([\d,]+) 篇/.exec(label)![1]!.replace(/,/g, ""));

describe.skipIf(inject("noCorpus") !== null)("facet values the page sends on demand", () => {
  it("a province's cities are not in the page, and appear with their counts when it is opened", async () => {
    const facet = await regionFacet();
    const province = facet.find((n) => n.children.length > 0)!;
    const page = await openPage(browser());
    await page.goto(`/?q=${encodeURIComponent(Q)}`);
    const item = page.locator("aside li", {
      has: page.locator(`a[data-facet-row][aria-label^="${province.name}，"]`),
    });
    const city = province.children[0]!;
    expect(await page.locator(`aside a[aria-label^="${city.name}，"]`).count()).toBe(0);
    await item.locator("summary").first().click();
    const rows = item.locator("[data-facet-more] a[data-facet-row]");
    await rows.first().waitFor();
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!));
    expect(labels.map((l) => l.split("，")[0])).toEqual(province.children.map((c) => c.name));
    expect(labels.map(countOf)).toEqual(province.children.map((c) => c.count));
    // A city toggles the filter like any row.
    await rows.first().click();
    await page.waitForURL((u) => u.searchParams.get("region") === city.value);
    await page.context().close();
  });

  it("without JavaScript, a province shows its cities once selected, and 更多 is a plain page", async () => {
    const facet = await regionFacet();
    const province = facet.find((n) => n.children.length > 0)!;
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/?q=${encodeURIComponent(Q)}`);
    const row = page.locator(`a[data-facet-row][aria-label^="${province.name}，"]`);
    const item = page.locator("aside li", { has: row });
    await item.locator("summary").first().click();
    expect(await item.textContent()).toContain("选择该地区可查看其下级地区");
    await page.locator("aside").locator(row).first().click();
    await page.waitForURL((u) => u.searchParams.get("region") === province.value);
    const cities = await page
      .locator(`aside a[data-facet-row]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!));
    for (const c of province.children)
      expect(cities).toContain(`${c.name}，${c.count.toLocaleString("zh-CN")} 篇`);

    await page.goto(`/?q=${encodeURIComponent(Q)}`);
    const more = page.locator('aside summary:has-text("更多地区")');
    if ((await more.count()) === 0) return; // ten provinces or fewer: nothing behind 更多
    await more.click();
    await page.getByRole("link", { name: "显示全部" }).first().click();
    await page.waitForURL((u) => u.pathname === "/facets");
    expect(await page.locator("h1").textContent()).toBe("全部地区");
    const labels = await page
      .locator("main a[data-facet-row]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!));
    expect(labels.map(countOf)).toEqual(facet.map((c) => c.count));
    await page.getByRole("link", { name: "← 返回检索结果" }).click();
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("q") === Q);
    await page.context().close();
  });
});
