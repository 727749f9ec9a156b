import type { Page } from "playwright-core";
import { describe, expect, it, inject } from "vitest";
import { baseUrl, openPage, resultIds, chromiumForThisFile } from "./browser";

// The fixture server runs with low caps (global-setup.ts), so that ~430 articles reach them.
const { maxPage, exportMaxRows } = inject("limits");

const browser = chromiumForThisFile();

async function totalOf(query: string): Promise<number> {
  const r = await fetch(`${baseUrl()}/api/search?${query}`);
  return ((await r.json()) as { total: number }).total;
}
const pagerPages = (page: Page) =>
  page
    .locator('nav[aria-label="分页"] a[aria-label^="第 "]')
    .evaluateAll((els) =>
      els.map((e) =>
        Number(new URL((e as HTMLAnchorElement).href).searchParams.get("page") ?? "1"),
      ),
    );
const zh = (n: number) => n.toLocaleString("zh-CN");

/** Records of a CSV text: line ends outside quoted fields (bodies have line breaks of their own). */
function countCsvRecords(text: string): number {
  let quoted = false;
  let records = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) records++;
  }
  return text.endsWith("\n") ? records : records + 1;
}

describe.skipIf(inject("noCorpus") !== null)("paging and export past their caps", () => {
  it("the pager never offers a page it will not serve, and says how to reach the rest", async () => {
    const total = await totalOf("");
    expect(Math.ceil(total / 20)).toBeGreaterThan(maxPage);
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    const offered = await pagerPages(page);
    expect(Math.max(...offered)).toBe(maxPage);
    const reachable = maxPage * 20;
    expect(await page.locator('nav[aria-label="分页"] + p').textContent()).toContain(
      `翻页只到第 ${zh(maxPage)} 页（前 ${zh(reachable)} 篇）；要看其余的 ${zh(total - reachable)} 篇`,
    );
    await page.locator(`nav[aria-label="分页"] a[aria-label="第 ${maxPage} 页"]`).click();
    await page.waitForURL((u) => u.searchParams.get("page") === String(maxPage));
    expect(await resultIds(page)).toHaveLength(20);
    expect(await page.locator('[role="alert"], [data-notice]').count()).toBe(0);
    await page.context().close();
  });

  it("a page past the last one says so, marks no page as current, and links to the last", async () => {
    const total = await totalOf(`q=${encodeURIComponent("疫情防控")}`);
    const last = Math.ceil(total / 20);
    expect(last + 1).toBeLessThanOrEqual(maxPage);
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/?q=${encodeURIComponent("疫情防控")}&page=${last + 1}`);
    expect(await page.getByText(`第 ${last + 1} 页没有结果（共 ${last} 页）`).count()).toBe(1);
    expect(await page.locator('nav[aria-label="分页"] [aria-current="page"]').count()).toBe(0);
    await page.getByRole("link", { name: "转到最后一页" }).click();
    await page.waitForURL((u) => u.searchParams.get("page") === String(last));
    expect(await page.locator('[aria-current="page"]').textContent()).toBe(String(last));
    await page.context().close();
  });

  it("states the export cap next to the export links, and the file holds that many rows", async () => {
    const total = await totalOf("");
    const page = await openPage(browser());
    await page.goto("/");
    expect(await page.locator("[data-export-cap]").textContent()).toBe(
      `导出前 ${zh(exportMaxRows)} 篇，共 ${zh(total)} 篇`,
    );
    const csv = await fetch(`${baseUrl()}/api/export?format=csv`);
    expect(csv.headers.get("x-export-rows")).toBe(String(exportMaxRows));
    expect(countCsvRecords(await csv.text())).toBe(exportMaxRows + 1); // + the header
    const json = (await (await fetch(`${baseUrl()}/api/export?format=json`)).json()) as {
      results: unknown[];
      total: number;
    };
    expect(json.results).toHaveLength(exportMaxRows);
    expect(json.total).toBe(total);
    // A query under the cap says nothing about it.
    await page.goto(`/?q=${encodeURIComponent("包头")}`);
    expect(await page.locator("[data-export-cap]").count()).toBe(0);
    await page.context().close();
  });
});
