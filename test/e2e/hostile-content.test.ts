import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "@/lib/article";
import { ingestPaths } from "@/lib/ingest/ingest";
import { IngestReport } from "@/lib/ingest/ingest-report";
import { writeSearchIndex } from "@/lib/search/store/write-search-index";
import { launchBrowser } from "./browser";
import { startServerOn, type HostileServer } from "./hostile-server";
import { makeTempDir } from "../temp-dirs";

/**
 * Untrusted article text (script and img tags, javascript: URLs, HTML entities, a right-to-left
 * override, zero-width characters) goes through the real ingest pipeline into an index served by
 * its own `next start`; the pages must show all of it as text and run none of it. One extra article
 * keeps its javascript: URL, bypassing ingest's URL filter, to test the page's own guard.
 */

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/hostile/hostile.jsonl");
const Q = "恶意载荷";
const RLO = "\u202e";

let server: HostileServer;
let browser: Browser;
const articles: Article[] = [];
const byTitle = (start: string) => articles.find((a) => a.title.startsWith(start))!;

beforeAll(async () => {
  const report = new IngestReport();
  for await (const a of ingestPaths([FIXTURE], report)) articles.push(a);
  // A changed copy drops the ingestion tokens: they were derived from the first article's text.
  const { tokens: _tokens, ...first } = articles[0]!;
  articles.push({
    ...first,
    id: "jsurl-bypass",
    title: "绕过入库过滤的恶意载荷链接",
    body: "恶意载荷测试：这篇报道的原文地址是 javascript: 链接，页面不得把它做成链接。",
    url: "javascript:alert(1)",
  });
  const dir = makeTempDir("hostile-index");
  await writeSearchIndex(articles, dir);
  server = await startServerOn(dir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page that counts dialogs (alert/confirm/prompt) for the whole test. */
async function openCounted(): Promise<{
  page: Page;
  dialogs: () => number;
  blocked: () => string[];
}> {
  const context = await browser.newContext({ baseURL: server.base, locale: "zh-CN" });
  const page = await context.newPage();
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  // What the Content-Security-Policy refused: nothing of the app's own may be among it.
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  return { page, dialogs: () => dialogs, blocked: () => blocked };
}

/** Elements a payload would have created if it had been parsed as HTML. */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // Next's inline flight data legitimately carries the text as an escaped JS string; a script
    // made from a payload would consist of the payload's code alone.
    for (const s of document.querySelectorAll("script"))
      if (/^\s*alert\(\d\)\s*$/.test(s.textContent ?? "")) found.push("script");
    for (const e of document.querySelectorAll("[onerror],[onload],[onclick]"))
      found.push(e.tagName);
    for (const e of document.querySelectorAll(
      'img[src="x"], iframe, main style, main b, main svg[onload]',
    ))
      found.push(e.tagName);
    for (const a of document.querySelectorAll("a[href]"))
      if (/^\s*javascript:/i.test(a.getAttribute("href") ?? "")) found.push("a[javascript:]");
    return found;
  });
}

describe("hostile article content", () => {
  it("keeps the payloads as text through ingest and drops non-http URLs", () => {
    expect(byTitle("<script>").body).toContain("<img src=x onerror=alert(1)>");
    expect(byTitle("<script>").url).toBeNull();
    // Zero-width characters and bidi overrides are removed by a cleaning rule, so the text cannot
    // display reversed ("覆盖exe.jpg" spoofing); the visible characters stay.
    expect(byTitle("<script>").body).toContain("零宽空格连接符字符");
    expect(byTitle("<script>").body).toContain("覆盖gpj.exe");
    expect(byTitle("<script>").body).not.toContain(RLO);
    expect(byTitle("恶意载荷之二").url).toBeNull();
    expect(byTitle("恶意链接对照").url).toBe("https://example.com/news/1.html");
  });

  it("shows the payloads as text on the result page and runs none of them", async () => {
    const { page, dialogs, blocked } = await openCounted();
    await page.goto(`/?q=${encodeURIComponent(Q)}`);
    await page.waitForLoadState("networkidle");
    // Under the nonce policy the page's own scripts all ran: none was refused.
    expect(blocked()).toEqual([]);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("<script>alert(1)</script>恶意载荷标题");
    expect(text).toContain("恶意载荷之二<svg onload=alert(3)>");
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator("[data-result-id]").count()).toBe(articles.length);
    expect(await injectedElements(page)).toEqual([]);
    expect(dialogs()).toBe(0);
    await page.context().close();
  });

  it("shows the payloads as text on the article page, entities literally, with no link for javascript: URLs", async () => {
    const { page, dialogs } = await openCounted();
    for (const a of [byTitle("<script>"), byTitle("恶意载荷之二"), byTitle("绕过入库过滤")]) {
      await page.goto(`/article/${encodeURIComponent(a.id)}?q=${encodeURIComponent(Q)}`);
      await page.waitForLoadState("networkidle");
      expect(await page.locator("h1").textContent()).toBe(a.title);
      expect(await page.locator('a:has-text("查看原文")').count()).toBe(0);
      expect(await injectedElements(page)).toEqual([]);
    }
    await page.goto(`/article/${encodeURIComponent(byTitle("<script>").id)}`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("<img src=x onerror=alert(1)>图片标签");
    expect(text).toContain("&lt;b&gt;实体粗体&lt;/b&gt; &amp; 符号");
    expect(text).toContain('<a href="javascript:alert(2)">点我</a>');
    expect(text).toContain("<b>来源</b>");
    expect(text).toContain("覆盖gpj.exe");
    expect(text).not.toContain(RLO);
    expect(text).toContain("零宽空格连接符字符");
    expect(dialogs()).toBe(0);

    await page.goto(`/article/${encodeURIComponent(byTitle("恶意链接对照").id)}`);
    expect(await page.locator('a:has-text("查看原文")').getAttribute("href")).toBe(
      "https://example.com/news/1.html",
    );
    await page.context().close();
  });

  it("sends the security headers on pages and API responses", async () => {
    const paths = [
      "/",
      `/?q=${encodeURIComponent(Q)}`,
      `/article/${encodeURIComponent(byTitle("<script>").id)}`,
      `/api/search?q=${encodeURIComponent(Q)}`,
    ];
    for (const p of paths) {
      const res = await fetch(server.base + p);
      expect(res.status, p).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, p).toContain("frame-ancestors 'none'");
      expect(csp, p).toMatch(/default-src 'self'/);
      expect(csp, p).not.toContain("unsafe-eval");
      // No inline script runs unless the server marked it for this one response.
      expect(csp.match(/script-src [^;]*/)?.[0], p).not.toContain("unsafe-inline");
      expect(res.headers.get("x-content-type-options"), p).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), p).toBeTruthy();
    }
  });

  it("marks every script of a page with a nonce that changes on each request", async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.base}/?q=${encodeURIComponent(Q)}`);
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
      expect(nonce).toBeTruthy();
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
