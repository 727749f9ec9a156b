import { describe, expect, it, inject } from "vitest";
import { baseUrl, openPage, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

const PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"];

describe.skipIf(inject("noCorpus") !== null)("untrusted input", () => {
  it("XSS payloads in the URL render as text and never run", async () => {
    const page = await openPage(browser());
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const payload of PAYLOADS) {
      const q = encodeURIComponent(payload);
      await page.goto(`/?q=${q}&region=${q}&theme=${q}`);
      await page.waitForLoadState("networkidle");
      expect(await page.inputValue("#search-input")).toBe(payload);
      expect(await page.locator("main").textContent()).toContain(payload);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);

      await page.goto(`/article/${q}?q=${q}&back=${encodeURIComponent(`q=${payload}`)}`);
      await page.waitForLoadState("networkidle");
    }
    expect(dialogs).toBe(0);
    await page.context().close();
  });

  it("bad parameters give a polite notice, never an error page", async () => {
    const res = await fetch(`${baseUrl()}/?page=abc&sort=zzz&from=2020-13-45&size=-3`);
    expect(res.status).toBe(200);
    const page = await openPage(browser());
    await page.goto("/?page=abc&sort=zzz&from=2020-13-45");
    const banner = page.locator('[role="status"]:has-text("部分链接参数无法识别")');
    const text = await banner.textContent();
    expect(text).toContain("页码无效");
    expect(text).toContain("排序方式无效");
    expect(text).toContain("2020-13-45");
    await page.context().close();
  });

  it("a query that finds nothing says which term, and offers a relaxed search", async () => {
    const page = await openPage(browser());
    await page.goto(`/?q=${encodeURIComponent("疫情 量子纠缠猫")}`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("没有找到");
    expect(text).toContain("量子纠缠猫");
    const relax = page.locator('a:has-text("可找到")');
    expect(await relax.count()).toBe(1);
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get("q") !== "疫情 量子纠缠猫"),
      relax.click(),
    ]);
    expect(await page.locator("[data-result-id]").count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("sends the security headers", async () => {
    const res = await fetch(`${baseUrl()}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});

describe.skipIf(inject("noCorpus") !== null)("JSON API and export", () => {
  it("GET /api/search answers like the page, with notices", async () => {
    const res = await fetch(
      `${baseUrl()}/api/search?q=${encodeURIComponent("疫情")}&size=3&sort=bogus`,
    );
    const body = (await res.json()) as {
      total: number;
      hits: { id: string }[];
      notices: string[];
      facets: unknown;
    };
    expect(body.hits).toHaveLength(3);
    expect(body.total).toBeGreaterThan(3);
    expect(body.notices.join()).toContain("排序方式无效");
    expect(body.facets).toBeTruthy();
  });

  it("exports every page as CSV with a BOM, and as JSON", async () => {
    const query = `q=${encodeURIComponent("疫情")}&size=3&page=2`;
    const search = (await (await fetch(`${baseUrl()}/api/search?${query}`)).json()) as {
      total: number;
    };
    const csvRes = await fetch(`${baseUrl()}/api/export?format=csv&${query}`);
    expect(csvRes.headers.get("content-type")).toContain("text/csv");
    expect(csvRes.headers.get("x-export-limit")).toBe(String(inject("limits").exportMaxRows));
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const jsonRes = await fetch(`${baseUrl()}/api/export?format=json&${query}`);
    const json = (await jsonRes.json()) as {
      results: { id: string }[];
      state: { q: string };
      exportedAt: string;
      rows: number;
    };
    expect(json.results).toHaveLength(Math.min(search.total, inject("limits").exportMaxRows));
    expect(json.state.q).toBe("疫情");
    expect(json.rows).toBe(json.results.length);
    const day = json.exportedAt.slice(0, 10);
    // The file is named after the query and the day it was exported.
    expect(csvRes.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent(`xunwen-疫情-${day}.csv`)}`,
    );
  });

  it("GET /api/suggest completes a prefix", async () => {
    const res = await fetch(`${baseUrl()}/api/suggest?q=${encodeURIComponent("疫")}`);
    const body = (await res.json()) as { suggestions: string[] };
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.every((s) => s.length > 0)).toBe(true);
  });
});
