import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Trends } from "../../lib/search/present/trends";
import { baseUrl, launchBrowser, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(inject("noCorpus") !== null)("the trends page", () => {
  it("opens from the results, draws the chart on the server, and its table holds the API's numbers", async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`/?q=${encodeURIComponent("疫情")}`);
    await page.getByRole("link", { name: "趋势", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/trends" && u.searchParams.get("q") === "疫情");
    await page.fill('input[name="q"] >> nth=1', "复工复产");
    await page.getByRole("button", { name: "比较" }).click();
    await page.waitForURL((u) => u.searchParams.getAll("q").includes("复工复产"));
    expect(await page.locator("[data-trends-chart] svg").count()).toBeGreaterThan(0);
    const api = (await (
      await fetch(
        `${baseUrl()}/api/trends?q=${encodeURIComponent("疫情")}&q=${encodeURIComponent("复工复产")}`,
      )
    ).json()) as Trends;
    const rows = page.locator("[data-trends-table] tbody tr");
    expect(await rows.count()).toBe(api.periods.length);
    const first = (await rows.first().locator("td a").allTextContents()).map((x) =>
      Number(x.replace(/,/g, "")),
    );
    expect(first).toEqual(api.series.map((s) => s.counts[0]));
    // A point of the chart opens the search for that query and period.
    const href = await page.locator("[data-trends-chart] a").first().getAttribute("href");
    expect(href).toMatch(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    // Each query by region: a province opens the same trends narrowed to it, by its cities.
    const province = page
      .locator("[data-trends-breakdown] ul")
      .first()
      .locator('a[href^="/trends"]')
      .first();
    const name = (await province.textContent())!;
    await province.click();
    await page.waitForURL((u) => u.searchParams.get("region") !== null);
    expect(await page.locator("#breakdown-heading").textContent()).toContain(`${name} 各市`);
    await page.context().close();
  });

  it("downloads the same numbers as CSV and the chart as SVG", async () => {
    const q = `q=${encodeURIComponent("疫情")}`;
    const svg = await fetch(`${baseUrl()}/api/trends?format=svg&${q}`);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");
    const csv = await fetch(`${baseUrl()}/api/trends?format=csv&${q}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
  });
});
