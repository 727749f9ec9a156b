import { describe, expect, it, inject } from "vitest";
import { baseUrl, openPage, resultIds, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

/** The id of the first result for `q`, from the JSON API. */
async function firstHitId(q: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/search?q=${encodeURIComponent(q)}`);
  const api = (await res.json()) as { hits: { id: string }[] };
  return api.hits[0]!.id;
}

describe.skipIf(inject("noCorpus") !== null)("article page", () => {
  it("opens from the results with every hit highlighted, and 返回结果 restores the same page", async () => {
    const page = await openPage(browser());
    await page.goto(`/?q=${encodeURIComponent("疫情防控")}&page=2&size=5`);
    const listUrl = page.url();
    const ids = await resultIds(page);
    expect(ids.length).toBeGreaterThan(0);

    await Promise.all([
      page.waitForURL(/\/article\//),
      page.locator("[data-result-id] h3 a").first().click(),
    ]);
    await page.waitForLoadState("networkidle");
    expect(new URL(page.url()).pathname).toBe(`/article/${ids[0]}`);
    const marks = page.locator("article mark");
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await page.locator("#hit-0").count()).toBe(1);
    expect(await page.locator('a[href="#hit-0"]').count()).toBe(1);
    const markTexts = await marks.allTextContents();
    expect(markTexts.every((t) => /[疫情防控]/.test(t))).toBe(true);

    await Promise.all([
      page.waitForURL((u) => u.pathname === "/"),
      page.click('a:has-text("返回结果")'),
    ]);
    await page.waitForLoadState("networkidle");
    // The same result page, at the result that was opened, with focus on its link.
    expect(page.url()).toBe(`${listUrl}#r-${ids[0]}`);
    expect(await resultIds(page)).toEqual(ids);
    await page.waitForFunction((id) => document.activeElement?.id === `r-${id}`, ids[0]);
    await page.context().close();
  });

  it("shows metadata, a safe original link and related articles", async () => {
    const page = await openPage(browser());
    await page.goto(`/?q=${encodeURIComponent("包头")}`);
    await Promise.all([
      page.waitForURL(/\/article\//),
      page.locator("[data-result-id] h3 a").first().click(),
    ]);
    const meta = page.locator('section[aria-label="报道信息"]');
    expect(await meta.textContent()).toContain("内蒙古自治区");
    const original = meta.locator('a:has-text("查看原文")');
    if ((await original.count()) > 0) {
      expect(await original.getAttribute("rel")).toBe("noopener noreferrer nofollow");
      expect(await original.getAttribute("href")).toMatch(/^https?:\/\//);
    }
    expect(await page.locator("#related-heading").count()).toBe(1);
    await page.context().close();
  });

  it("an unknown id is a friendly 404, rendered on the server (no JavaScript needed)", async () => {
    const res = await fetch(`${baseUrl()}/article/no-such-article`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("找不到这篇报道");
    for (const javaScriptEnabled of [false, true]) {
      const page = await openPage(browser(), { javaScriptEnabled });
      const response = await page.goto("/article/no-such-article");
      expect(response?.status()).toBe(404);
      expect(await page.title()).toBe("找不到这篇报道 — 寻文");
      expect(await page.locator("h1").innerText()).toBe("找不到这篇报道");
      await page.getByRole("link", { name: "回到检索首页" }).click();
      await page.waitForURL((u) => u.pathname === "/");
      await page.context().close();
    }
    const elsewhere = await openPage(browser(), { javaScriptEnabled: false });
    expect((await elsewhere.goto("/no/such/page"))?.status()).toBe(404);
    expect(await elsewhere.locator("h1").innerText()).toBe("找不到这个页面");
    await elsewhere.context().close();
  });

  it("has one canonical URL, og:url and a description that opens with date and source", async () => {
    const id = await firstHitId("疫情");
    const res = await fetch(`${baseUrl()}/article/${id}?q=${encodeURIComponent("疫情")}&back=x`);
    const html = await res.text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical).toBe(`${baseUrl()}/article/${id}`);
    expect(html).toContain(`<meta property="og:url" content="${canonical}"`);
    const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(description).toMatch(/^\d{4}-\d{2}-\d{2} [^：]+：/);
    expect(description).toMatch(/[。！？”…]$/);
    const forged = await fetch(`${baseUrl()}/article/${id}`, {
      headers: { "x-forwarded-host": "evil.example/<x>" },
    });
    expect(await forged.text()).not.toContain("evil.example");
  });

  it("复制引用 copies a GB/T 7714 citation dated today, which is readable without JavaScript too", async () => {
    const id = await firstHitId("疫情");
    const page = await openPage(browser(), { permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(`/article/${id}`);
    await page.locator("summary", { hasText: "引用" }).click();
    await page.getByRole("button", { name: "复制引用" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = new Date().toLocaleDateString("sv-SE");
    expect(copied).toMatch(/\[(?:N\/OL|EB\/OL)\]/);
    expect(copied).toContain(`[${today}]`);
    expect(copied).toMatch(/https?:\/\/\S+\.$/);
    await page.context().close();

    const noJs = await openPage(browser(), { javaScriptEnabled: false });
    await noJs.goto(`/article/${id}`);
    await noJs.locator("summary", { hasText: "引用" }).click();
    expect(await noJs.locator("[data-citation]").textContent()).toMatch(/\[(?:N\/OL|EB\/OL)\]/);
    await noJs.context().close();
  });
});
