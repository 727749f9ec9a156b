import { describe, expect, it, inject } from "vitest";
import type { SearchResponse } from "../../lib/search/types";
import { normalizeText } from "../../lib/text/normalize";
import { segmentWords } from "../../lib/text/segment";
import { baseUrl, openPage, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

describe.skipIf(inject("noCorpus") !== null)("the concordance view", () => {
  it("lists each occurrence in context, from the results page, and opens the article at it", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/?q=${encodeURIComponent("联防联控")}`);
    await page.getByRole("link", { name: "索引行" }).click();
    await page.waitForURL((u) => u.pathname === "/kwic" && u.searchParams.get("q") === "联防联控");
    const all = (await (
      await fetch(`${baseUrl()}/api/search?q=${encodeURIComponent("联防联控")}&dup=all`)
    ).json()) as SearchResponse;
    expect(await page.locator('p[aria-live="polite"] strong').first().textContent()).toBe(
      all.total.toLocaleString("zh-CN"),
    );
    const lines = page.locator("[data-kwic-line]");
    const shown = await lines.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(50);
    const term = lines.first().getByRole("link");
    expect(await term.textContent()).toBe("联防联控");
    const href = (await term.getAttribute("href"))!;
    const anchor = href.split("#")[1]!;
    await term.click();
    await page.waitForURL((u) => u.pathname.startsWith("/article/"));
    expect(await page.locator(`mark#${anchor}`).textContent()).toBe("联防联控");
    await page.context().close();
  });

  it("sorts on the word left of the term, and exports the lines as CSV", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/kwic?q=${encodeURIComponent("联防联控")}`);
    await page.getByRole("link", { name: "按左侧词" }).click();
    await page.waitForURL((u) => u.searchParams.get("sort") === "left");
    expect(await page.getByRole("link", { name: "按左侧词" }).getAttribute("aria-current")).toBe(
      "true",
    );
    // A collocate narrows the lines to those with it near the term, as many as it says.
    const collocate = page.locator("[data-collocates] a").first();
    const count = Number(
      /\(([\d,]+) ·/.exec((await collocate.textContent()) ?? "")?.[1]?.replace(/,/g, ""),
    );
    await collocate.click();
    await page.waitForURL(
      (u) => u.searchParams.has("near") && u.searchParams.get("sort") === "left",
    );
    expect(await page.locator("[data-kwic-near]").textContent()).toContain(
      `${count.toLocaleString("zh-CN")} 行`,
    );
    expect(await page.locator("[data-kwic-line]").count()).toBe(Math.min(count, 50));
    const csv = await fetch(`${baseUrl()}/api/kwic?format=csv&q=${encodeURIComponent("联防联控")}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    // Decoded by hand: fetch's text() drops the BOM that Excel needs.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith("\uFEFF左侧语境,检索词,右侧语境")).toBe(true);
    await page.context().close();
  });

  it("sorted on the right word, lines with the same word after the term stand together", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/kwic?q=${encodeURIComponent("疫情")}&sort=right`);
    const rights = await page.locator("[data-kwic-line] td:nth-child(3)").allTextContents();
    expect(rights.length).toBe(50);
    const words = rights.map((r) => segmentWords(normalizeText(r))[0] ?? "");
    const runs = words.filter((w, i) => i === 0 || w !== words[i - 1]);
    // Each word forms one run, and some word recurs, so the order is doing something.
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs.length).toBeLessThan(words.length);
    await page.context().close();
  });
});
