import type { Page } from "playwright-core";
import { describe, expect, it, inject } from "vitest";
import { openPage, resultIds, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

async function waitForUrl(page: Page, test: (url: URL) => boolean): Promise<URL> {
  await page.waitForURL((url) => test(url));
  await page.waitForLoadState("networkidle");
  return new URL(page.url());
}

describe.skipIf(inject("noCorpus") !== null)("search, filter, page, share", () => {
  it("a shared link reproduces the exact result page, with and without JavaScript", async () => {
    const page = await openPage(browser(), { permissions: ["clipboard-read", "clipboard-write"] });
    // Five results a page, so a filtered search still has a second page.
    await page.goto("/?size=5");
    expect(await resultIds(page)).toHaveLength(5);

    // Type a query: the page updates without a reload and the box keeps focus.
    await page.fill("#search-input", "疫情");
    await page.press("#search-input", "Enter");
    let url = await waitForUrl(page, (u) => u.searchParams.get("q") === "疫情");
    expect(url.searchParams.get("size")).toBe("5");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    expect(await page.locator("[data-result-id] mark").count()).toBeGreaterThan(0);

    // Pick the largest province in the region facet.
    const province = page.locator('aside section[aria-label="地区"] a').first();
    const provinceName = (await province.locator("span.facet-label").textContent())?.trim() ?? "";
    const provinceValue = new URL(
      (await province.getAttribute("href"))!,
      page.url(),
    ).searchParams.get("region");
    await province.click();
    url = await waitForUrl(page, (u) => u.searchParams.getAll("region").length === 1);
    expect(url.searchParams.get("region")).toBe(provinceValue);
    await expect
      .poll(() => page.locator('[aria-label="当前筛选"]').textContent())
      .toContain(provinceName);

    // A date range through the from/to inputs.
    await page.fill("#date-from", "2020-02-01");
    await page.fill("#date-to", "2020-04-30");
    await page.click('button:has-text("应用日期范围")');
    url = await waitForUrl(page, (u) => u.searchParams.get("from") === "2020-02-01");
    expect(url.searchParams.get("to")).toBe("2020-04-30");
    expect(url.searchParams.get("region")).toBe(provinceValue);
    expect(url.searchParams.get("q")).toBe("疫情");

    // Page 2.
    await page.click('nav[aria-label="分页"] a[aria-label="第 2 页"]');
    url = await waitForUrl(page, (u) => u.searchParams.get("page") === "2");
    const ids = await resultIds(page);
    expect(ids.length).toBeGreaterThan(0);

    // Copy the link.
    await page.click("[data-share-url]");
    await expect.poll(() => page.locator("[data-share-url]").textContent()).toContain("已复制");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    // The link in a fresh browser context shows the same results in the same order.
    const fresh = await openPage(browser());
    await fresh.goto(copied);
    expect(await resultIds(fresh)).toEqual(ids);
    expect(await fresh.title()).toContain("“疫情”");
    expect(await fresh.title()).toContain(provinceName);

    // And with JavaScript disabled, rendered by the server alone.
    const noJs = await openPage(browser(), { javaScriptEnabled: false });
    await noJs.goto(copied);
    expect(await resultIds(noJs)).toEqual(ids);
    await Promise.all([page.context().close(), fresh.context().close(), noJs.context().close()]);
  });

  it("without JavaScript the search form and facet links still work", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    await page.fill("#search-input", "复工复产");
    await Promise.all([page.waitForURL(/q=/), page.press("#search-input", "Enter")]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("复工复产");
    expect((await resultIds(page)).length).toBeGreaterThan(0);
    await Promise.all([
      page.waitForURL(/sort=oldest/),
      page.click('nav[aria-label="排序"] a:has-text("最早")'),
    ]);
    const dates = (
      await page.locator("[data-result-id] > p:first-of-type > span:first-child").allTextContents()
    ).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    await page.context().close();
  });

  it("a bar of the date histogram filters to its month, and the chip removes it", async () => {
    const page = await openPage(browser());
    await page.goto("/");
    const bar = page.locator('aside section[aria-label="日期"] ul a').first();
    const label = (await bar.getAttribute("aria-label")) ?? "";
    const month = label.slice(0, 7);
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    await bar.click();
    const url = await waitForUrl(page, (u) => u.searchParams.has("from"));
    expect(url.searchParams.get("from")).toBe(`${month}-01`);
    expect(url.searchParams.get("to")?.startsWith(month)).toBe(true);
    const count = Number(/(\d[\d,]*) 篇/.exec(label)?.[1]?.replace(/,/g, ""));
    expect(await page.locator("section#results strong").first().textContent()).toBe(
      count.toLocaleString("zh-CN"),
    );
    await page.click('a[aria-label^="移除筛选 日期"]');
    await waitForUrl(page, (u) => !u.searchParams.has("from"));
    await page.context().close();
  });

  it("a Traditional-script query finds the Simplified-indexed article (包頭 → 包头)", async () => {
    const page = await openPage(browser());
    await page.goto(`/?q=${encodeURIComponent("包頭")}`);
    const titles = await page.locator("[data-result-id] h3").allTextContents();
    expect(titles.some((t) => /包[头頭]稀土高新/.test(t))).toBe(true);
    await page.context().close();
  });

  it("autocomplete is a keyboard-navigable combobox", async () => {
    const page = await openPage(browser());
    await page.goto("/");
    await page.click("#search-input");
    await page.keyboard.type("疫");
    const listbox = page.getByRole("listbox", { name: "搜索建议" });
    await listbox.waitFor({ state: "visible" });
    const options = await listbox.getByRole("option").allTextContents();
    expect(options.length).toBeGreaterThan(0);
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute("#search-input", "aria-activedescendant")).toBeTruthy();
    expect(await page.getAttribute("#search-input", "aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    await listbox.waitFor({ state: "hidden" });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const url = await waitForUrl(page, (u) => u.searchParams.has("q"));
    expect(url.searchParams.get("q")).toBe(options[0]);
    await page.context().close();
  });

  it("offers no completions and takes no Enter while an input method is composing", async () => {
    const page = await openPage(browser());
    const suggestRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/suggest")) suggestRequests.push(r.url());
    });
    await page.goto("/");
    await page.click("#search-input");
    // Chromium's own IME path: composition events and input events with isComposing, as pinyin.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "s", selectionStart: 1, selectionEnd: 1 });
    await page.waitForTimeout(600);
    expect(suggestRequests).toEqual([]);
    expect(await page.getAttribute("#search-input", "aria-expanded")).toBe("false");
    // Safari's Enter that commits a composition arrives as keydown with isComposing.
    await page.locator("#search-input").evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent("keydown", {
          key: "Enter",
          keyCode: 229,
          isComposing: true,
          bubbles: true,
        }),
      ),
    );
    expect(new URL(page.url()).searchParams.has("q")).toBe(false);
    // The input method commits 疫: now the word is real and completions come.
    await cdp.send("Input.insertText", { text: "疫" });
    const listbox = page.getByRole("listbox", { name: "搜索建议" });
    await listbox.waitFor({ state: "visible" });
    expect(suggestRequests.every((u) => !decodeURIComponent(u).includes("q=s"))).toBe(true);
    expect(await page.inputValue("#search-input")).toBe("疫");
    await page.context().close();
  });

  it("the ? beside the box explains the syntax, without JavaScript too", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    const help = page.locator("details", { hasText: "检索语法" });
    expect(await help.locator("table").isVisible()).toBe(false);
    await help.locator("summary").click();
    const rows = await help.locator("tr").allTextContents();
    expect(rows.some((r) => r.includes("(武汉 | 湖北) 疫情") && r.includes("括号分组"))).toBe(true);
    expect(rows.some((r) => r.includes("疫情 -境外"))).toBe(true);
    await page.context().close();
  });

  it("every page and API answer says which index served it", async () => {
    const page = await openPage(browser());
    await page.goto("/");
    const footer = (await page.locator("footer").textContent()) ?? "";
    expect(footer).toMatch(/索引建于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间） · 共 [\d,]+ 篇/);
    const res = await fetch(new URL("/api/search?q=%E7%96%AB", page.url()));
    const buildId = res.headers.get("x-xunwen-index");
    expect(buildId).toBeTruthy();
    expect(footer).toContain(buildId!);
    expect(Number.isNaN(Date.parse(res.headers.get("x-xunwen-index-built") ?? ""))).toBe(false);
    await page.context().close();
  });

  it("a keyboard reaches the results in a few Tabs, facet rows read with their counts, headings never skip a level", async () => {
    const page = await openPage(browser());
    await page.goto(`/?q=${encodeURIComponent("疫情")}`);
    let focused = "";
    for (let i = 0; i < 4 && focused !== "跳到结果"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    }
    expect(focused).toBe("跳到结果");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "results");
    const facetNames = await page
      .locator("aside a[data-facet-row]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(facetNames.length).toBeGreaterThan(0);
    expect(facetNames.every((n) => /^.+，[\d,]+ 篇(，已选)?$/.test(n))).toBe(true);
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((els) => els.map((e) => Number(e.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]!).toBeLessThanOrEqual(levels[i - 1]! + 1);
    await page.context().close();
  });

  it("nationwide stories read as such, and articles with no region found are a value to select", async () => {
    const page = await openPage(browser());
    await page.goto("/");
    // Provinces past the first ten are asked for when "更多地区" is opened.
    const more = page.locator('aside summary:has-text("更多地区")');
    if ((await more.count()) > 0) {
      await more.click();
      await page.locator("aside [data-facet-more] a[data-facet-row]").first().waitFor();
    }
    const rows = page.locator("aside a[data-facet-row]");
    const names = await rows.evaluateAll((els) =>
      els.map((e) => e.getAttribute("aria-label") ?? ""),
    );
    expect(names.some((n) => n.startsWith("全国性报道，"))).toBe(true);
    const unknown = names.find((n) => n.startsWith("未识别地区，"));
    expect(unknown).toBeTruthy();
    const count = Number(/，([\d,]+) 篇/.exec(unknown!)![1]!.replace(/,/g, ""));
    // Last in the list: follow its link.
    const href = await rows.filter({ hasText: "未识别地区" }).first().getAttribute("href");
    await page.goto(href!);
    expect(new URL(page.url()).searchParams.get("region")).toBe("未识别地区");
    expect(await page.locator('[aria-label="当前筛选"]').textContent()).toContain("未识别地区");
    const api = (await (
      await fetch(
        new URL(`/api/search?region=${encodeURIComponent("未识别地区")}&size=100`, page.url()),
      )
    ).json()) as { total: number; hits: { region: unknown; similar: unknown[] }[] };
    expect(api.hits.length).toBeGreaterThan(0);
    expect(api.hits.every((h) => h.region === null)).toBe(true);
    // Reposts collapse into one result: results plus their collapsed copies make the facet's count.
    expect(api.total).toBeLessThanOrEqual(count);
    if (api.total <= 100) {
      expect(api.hits.reduce((n, h) => n + 1 + h.similar.length, 0)).toBe(count);
    }
    await page.context().close();
  });

  it("the date inputs take any date, and a reversed range is put in order with a plain note", async () => {
    const page = await openPage(browser());
    await page.goto(`/?q=${encodeURIComponent("疫情")}&from=2020-04-30&to=2019-06-01`);
    expect(await page.locator("[data-adjustment]").textContent()).toContain("起止日期颠倒");
    expect(await page.getByText("部分链接参数无法识别").count()).toBe(0);
    expect(await page.inputValue("#date-from")).toBe("2019-06-01");
    // No min/max from the current results: a date before any of them is still accepted.
    expect(await page.getAttribute("#date-from", "min")).toBeNull();
    await page.fill("#date-from", "2012-01-01");
    expect(
      await page.locator("#date-from").evaluate((el) => (el as HTMLInputElement).validity.valid),
    ).toBe(true);
    await page.context().close();
  });

  it("a query typed with full-width operators finds what its ASCII twin finds", async () => {
    const page = await openPage(browser());
    const pairs: [string, string][] = [
      ["（武汉｜湖北）　疫情", "(武汉 | 湖北) 疫情"],
      ["疫情 －武汉", "疫情 -武汉"],
      ["「联防联控」", '"联防联控"'],
    ];
    for (const [typed, twin] of pairs) {
      await page.goto("/");
      await page.fill("#search-input", typed);
      await page.keyboard.press("Enter");
      await waitForUrl(page, (u) => u.searchParams.get("q") === typed);
      const ids = await resultIds(page);
      const total = await page.locator('p[aria-live="polite"] strong').first().textContent();
      await page.goto(`/?q=${encodeURIComponent(twin)}`);
      expect(await resultIds(page)).toEqual(ids);
      expect(ids.length).toBeGreaterThan(0);
      expect(await page.locator('p[aria-live="polite"] strong').first().textContent()).toBe(total);
    }
    await page.context().close();
  });
});
