import type { Page } from "playwright-core";
import { describe, expect, it, inject } from "vitest";
import type { SearchResponse } from "../../lib/search/types";
import { baseUrl, openPage, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

const overviewBars = (page: Page) =>
  page.locator("[data-date-chart]").first().locator("a[data-from]");

describe.skipIf(inject("noCorpus") !== null)("the date chart", () => {
  it("a bar shows its count on keyboard focus", async () => {
    const page = await openPage(browser());
    await page.goto("/");
    const bar = overviewBars(page).nth(1);
    await bar.focus();
    const label = (await bar.getAttribute("aria-label")) ?? "";
    expect(label).toMatch(/^\d{4}-\d{2}(-\d{2})?：[\d,]+ 篇$/);
    const tip = page.locator("li:has(a:focus) > span[aria-hidden]");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(label);
    await page.context().close();
  });

  it("after picking a period the full span stays and the period is shown close up", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    const before = await overviewBars(page).count();
    const bar = overviewBars(page).nth(1);
    const from = (await bar.getAttribute("data-from"))!;
    const to = (await bar.getAttribute("data-to"))!;
    await bar.click();
    await page.waitForURL(
      (u) => u.searchParams.get("from") === from && u.searchParams.get("to") === to,
    );
    expect(await overviewBars(page).count()).toBe(before);
    const detail = page.locator("[data-date-chart]").nth(1);
    const bars = detail.locator("a[data-from]");
    expect(await bars.count()).toBeGreaterThanOrEqual(28);
    const counts = (
      await bars.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))
    ).map((l) => Number(/：([\d,]+) 篇/.exec(l)?.[1]?.replace(/,/g, "") ?? "0"));
    const api = (await (
      await fetch(`${baseUrl()}/api/search?from=${from}&to=${to}&dup=all`)
    ).json()) as SearchResponse;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(api.total);
    await page.context().close();
  });

  it("dragging across bars chooses the range they span", async () => {
    const page = await openPage(browser());
    await page.goto("/");
    const first = overviewBars(page).nth(0);
    const third = overviewBars(page).nth(2);
    const from = (await first.getAttribute("data-from"))!;
    const to = (await third.getAttribute("data-to"))!;
    const a = (await first.boundingBox())!;
    const b = (await third.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height - 3);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height - 3, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL(
      (u) => u.searchParams.get("from") === from && u.searchParams.get("to") === to,
    );
    await page.context().close();
  });
});
